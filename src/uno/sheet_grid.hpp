// Sheet → grid: the cells of a sheet or range that have content, read in
// bulk (getDataArray) and turned into the core's Grid. The first step of
// every check. Only cells with content count: a sheet whose used area spans
// A1:AMJ1048576 because of two cells costs two cells, not a billion.
#pragma once

#include <optional>
#include <string>

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include "core/form/grid.hpp"

namespace perfeval::uno {

// The most cells with content a check reads (a form has hundreds; 2 million
// cells take about 100 MB in the office's bulk read). The same cap holds for
// the one-click check, the Validator, vnd.perfeval:check, 填入公式 and
// PERF.CHECK.
constexpr long long kMaxCheckedCells = 2'000'000;

struct RangeContent {
    std::optional<Grid> grid;  // none: more than kMaxCheckedCells cells have content
    long long cells = 0;       // how many cells have content
};

// What a range (or a whole sheet, which is a range) holds: its cells with
// values, texts or formulas (XCellRangesQuery::queryContentCells), read in
// as few bulk reads as keep each read's rectangle near its content.
RangeContent read_content(const com::sun::star::uno::Reference<com::sun::star::table::XCellRange>& range);
RangeContent read_content(const com::sun::star::uno::Reference<com::sun::star::sheet::XSpreadsheet>& sheet);

// The name of the sheet a range or sheet belongs to.
std::string sheet_name_of(const com::sun::star::uno::Reference<com::sun::star::uno::XInterface>& range_or_sheet);

}  // namespace perfeval::uno
