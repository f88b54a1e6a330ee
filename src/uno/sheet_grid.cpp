#include "sheet_grid.hpp"

#include <algorithm>

#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>

#include "convert.hpp"

namespace perfeval::uno {

namespace css = com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

Reference<css::sheet::XSheetCellCursor> used_area(const Reference<css::sheet::XSpreadsheet>& sheet) {
    const Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
    const Reference<css::sheet::XUsedAreaCursor> used(cursor, UNO_QUERY_THROW);
    used->gotoStartOfUsedArea(false);
    used->gotoEndOfUsedArea(true);
    return cursor;
}

}  // namespace

Grid read_used_area(const Reference<css::sheet::XSpreadsheet>& sheet) {
    return read_range(Reference<css::table::XCellRange>(used_area(sheet), UNO_QUERY_THROW));
}

std::optional<Grid> read_used_part(const Reference<css::table::XCellRange>& range) {
    const auto wanted = Reference<css::sheet::XCellRangeAddressable>(range, UNO_QUERY_THROW)->getRangeAddress();
    const auto sheet = Reference<css::sheet::XSheetCellRange>(range, UNO_QUERY_THROW)->getSpreadsheet();
    const auto used =
        Reference<css::sheet::XCellRangeAddressable>(used_area(sheet), UNO_QUERY_THROW)->getRangeAddress();
    const sal_Int32 top = std::max(wanted.StartRow, used.StartRow),
                    left = std::max(wanted.StartColumn, used.StartColumn);
    const sal_Int32 bottom = std::min(wanted.EndRow, used.EndRow), right = std::min(wanted.EndColumn, used.EndColumn);
    if (top > bottom || left > right) return Grid({wanted.StartRow, wanted.StartColumn}, 0, 0, {});  // no data there
    if (static_cast<long long>(bottom - top + 1) * (right - left + 1) > kMaxCheckedCells) return std::nullopt;
    return read_range(sheet->getCellRangeByPosition(left, top, right, bottom));
}

std::string sheet_name_of(const Reference<css::uno::XInterface>& range_or_sheet) {
    Reference<css::container::XNamed> named(range_or_sheet, css::uno::UNO_QUERY);
    if (!named.is()) {
        const Reference<css::sheet::XSheetCellRange> range(range_or_sheet, css::uno::UNO_QUERY);
        if (range.is()) named.set(range->getSpreadsheet(), css::uno::UNO_QUERY);
    }
    return named.is() ? to_utf8(named->getName()) : std::string();
}

Grid read_range(const Reference<css::table::XCellRange>& range) {
    // One bulk read: getDataArray gives numbers and texts, "" for blank cells.
    const auto area = Reference<css::sheet::XCellRangeAddressable>(range, UNO_QUERY_THROW)->getRangeAddress();
    const auto data = Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)->getDataArray();

    const int rows = data.getLength();
    const int cols = rows > 0 ? data[0].getLength() : 0;
    std::vector<CellValue> values;
    values.reserve(static_cast<size_t>(rows) * cols);
    for (const auto& row : data)
        for (const auto& cell : row) values.push_back(range_element(cell));
    return Grid({area.StartRow, area.StartColumn}, rows, cols, std::move(values));
}

}  // namespace perfeval::uno
