#include "sheet_grid.hpp"

#include <algorithm>
#include <vector>

#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

#include "convert.hpp"

namespace perfeval::uno {

namespace css = com::sun::star;
using css::table::CellRangeAddress;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

long long cells_in(const CellRangeAddress& a) {
    return static_cast<long long>(a.EndRow - a.StartRow + 1) * (a.EndColumn - a.StartColumn + 1);
}

CellRangeAddress box_of(const CellRangeAddress& a, const CellRangeAddress& b) {
    return {a.Sheet, std::min(a.StartColumn, b.StartColumn), std::min(a.StartRow, b.StartRow),
            std::max(a.EndColumn, b.EndColumn), std::max(a.EndRow, b.EndRow)};
}

// One bulk read of a rectangle: numbers and texts, "" for blank cells.
css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data_of(const Reference<css::sheet::XSpreadsheet>& sheet,
                                                              const CellRangeAddress& a) {
    return Reference<css::sheet::XCellRangeData>(
               sheet->getCellRangeByPosition(a.StartColumn, a.StartRow, a.EndColumn, a.EndRow), UNO_QUERY_THROW)
        ->getDataArray();
}

// A rectangle, appended as cells with their sheet addresses.
void read_rectangle(const Reference<css::sheet::XSpreadsheet>& sheet, const CellRangeAddress& a,
                    std::vector<GridCell>& out) {
    const auto data = data_of(sheet, a);
    for (sal_Int32 r = 0; r < data.getLength(); ++r)
        for (sal_Int32 c = 0; c < data[r].getLength(); ++c) {
            CellValue v = range_element(data[r][c]);
            if (!is_empty(v)) out.push_back({CellAddress{a.StartRow + r, a.StartColumn + c}, std::move(v)});
        }
}

}  // namespace

RangeContent read_content(const Reference<css::table::XCellRange>& range) {
    namespace flags = css::sheet::CellFlags;
    const auto found = Reference<css::sheet::XCellRangesQuery>(range, UNO_QUERY_THROW)
                           ->queryContentCells(flags::VALUE | flags::DATETIME | flags::STRING | flags::FORMULA);
    auto parts = found->getRangeAddresses();  // disjoint
    RangeContent out;
    for (const auto& p : parts) out.cells += cells_in(p);
    if (out.cells > kMaxCheckedCells) return out;
    if (parts.getLength() == 0) {
        const auto at = Reference<css::sheet::XCellRangeAddressable>(range, UNO_QUERY_THROW)->getRangeAddress();
        out.grid = Grid({at.StartRow, at.StartColumn}, 0, 0, {});
        return out;
    }
    // Top to bottom, each part joins the rectangle above it while that stays
    // compact; otherwise it starts a rectangle of its own. A form is one
    // rectangle, one bulk read; two far corners are two.
    std::vector<CellRangeAddress> sorted(parts.begin(), parts.end());
    std::sort(sorted.begin(), sorted.end(), [](const CellRangeAddress& a, const CellRangeAddress& b) {
        return a.StartRow != b.StartRow ? a.StartRow < b.StartRow : a.StartColumn < b.StartColumn;
    });
    std::vector<std::pair<CellRangeAddress, long long>> rectangles;  // box, content cells in it
    for (const auto& p : sorted) {
        if (!rectangles.empty()) {
            auto& [box, content] = rectangles.back();
            const CellRangeAddress joined = box_of(box, p);
            if (dense_enough(cells_in(joined), content + cells_in(p))) {  // one bulk read for both
                box = joined;
                content += cells_in(p);
                continue;
            }
        }
        rectangles.push_back({p, cells_in(p)});
    }
    const auto sheet = Reference<css::sheet::XSheetCellRange>(range, UNO_QUERY_THROW)->getSpreadsheet();
    if (rectangles.size() == 1) {  // the usual case: one read, one dense grid
        const CellRangeAddress& a = rectangles.front().first;
        const auto data = data_of(sheet, a);
        const int rows = data.getLength();
        const int cols = rows > 0 ? data[0].getLength() : 0;
        std::vector<CellValue> values;
        values.reserve(static_cast<size_t>(rows) * cols);
        for (const auto& row : data)
            for (const auto& cell : row) values.push_back(range_element(cell));
        out.grid = Grid({a.StartRow, a.StartColumn}, rows, cols, std::move(values));
        return out;
    }
    std::vector<GridCell> cells;
    for (const auto& [box, content] : rectangles) read_rectangle(sheet, box, cells);
    out.grid = Grid::of_cells(std::move(cells));
    return out;
}

// The SDK's Reference has no implicit up-cast outside LibreOffice itself.
RangeContent read_content(const Reference<css::sheet::XSpreadsheet>& sheet) {
    return read_content(Reference<css::table::XCellRange>(sheet, UNO_QUERY_THROW));
}

std::string sheet_name_of(const Reference<css::uno::XInterface>& range_or_sheet) {
    Reference<css::container::XNamed> named(range_or_sheet, UNO_QUERY);
    if (!named.is()) {
        const Reference<css::sheet::XSheetCellRange> range(range_or_sheet, UNO_QUERY);
        if (range.is()) named.set(range->getSpreadsheet(), UNO_QUERY);
    }
    return named.is() ? to_utf8(named->getName()) : std::string();
}

}  // namespace perfeval::uno
