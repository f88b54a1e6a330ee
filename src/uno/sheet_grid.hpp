// Sheet → grid: the used area of a sheet in one bulk read (getDataArray),
// turned into the core's Grid. The first step of every check.
#pragma once

#include <optional>

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include "core/form/grid.hpp"

namespace perfeval::uno {

Grid read_used_area(const com::sun::star::uno::Reference<com::sun::star::sheet::XSpreadsheet>& sheet);

// Any cell range, with its sheet addresses: every cell of it is read.
Grid read_range(const com::sun::star::uno::Reference<com::sun::star::table::XCellRange>& range);

// The most cells a check reads from a referenced range (a form has hundreds;
// 2 million cells take about 100 MB in the office's bulk read).
constexpr long long kMaxCheckedCells = 2'000'000;

// The part of a range that can hold data (a PERF.CHECK argument): the range
// clipped to its sheet's used area before any bulk read, so a whole-sheet
// reference costs what its data costs. nullopt when that part has more than
// kMaxCheckedCells cells.
std::optional<Grid> read_used_part(const com::sun::star::uno::Reference<com::sun::star::table::XCellRange>& range);

// The name of the sheet a range or sheet belongs to.
std::string sheet_name_of(const com::sun::star::uno::Reference<com::sun::star::uno::XInterface>& range_or_sheet);

}  // namespace perfeval::uno
