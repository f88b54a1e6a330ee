#include "sheet_grid.hpp"

#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>

#include "convert.hpp"

namespace perfeval::uno {

namespace css = com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

Grid read_used_area(const Reference<css::sheet::XSpreadsheet>& sheet) {
    const Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
    const Reference<css::sheet::XUsedAreaCursor> used(cursor, UNO_QUERY_THROW);
    used->gotoStartOfUsedArea(false);
    used->gotoEndOfUsedArea(true);
    const auto area = Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)
                          ->getRangeAddress();
    const auto data = Reference<css::sheet::XCellRangeData>(cursor, UNO_QUERY_THROW)->getDataArray();

    const int rows = data.getLength();
    const int cols = rows > 0 ? data[0].getLength() : 0;
    std::vector<CellValue> values;
    values.reserve(static_cast<size_t>(rows) * cols);
    for (const auto& row : data)
        for (const auto& cell : row) values.push_back(range_element(cell));
    return Grid({area.StartRow, area.StartColumn}, rows, cols, std::move(values));
}

}  // namespace perfeval::uno
