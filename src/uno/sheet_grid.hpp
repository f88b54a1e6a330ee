// Sheet → grid: the used area of a sheet in one bulk read (getDataArray),
// turned into the core's Grid. The first step of every check.
#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include "core/form/grid.hpp"

namespace perfeval::uno {

Grid read_used_area(const com::sun::star::uno::Reference<com::sun::star::sheet::XSpreadsheet>& sheet);

// Any cell range (e.g. a PERF.CHECK argument), with its sheet addresses.
Grid read_range(const com::sun::star::uno::Reference<com::sun::star::table::XCellRange>& range);

// The name of the sheet a range or sheet belongs to.
std::string sheet_name_of(const com::sun::star::uno::Reference<com::sun::star::uno::XInterface>& range_or_sheet);

}  // namespace perfeval::uno
