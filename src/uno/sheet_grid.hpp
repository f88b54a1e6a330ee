// Sheet → grid: the used area of a sheet in one bulk read (getDataArray),
// turned into the core's Grid. The first step of every check.
#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>

#include "core/form/grid.hpp"

namespace perfeval::uno {

Grid read_used_area(const com::sun::star::uno::Reference<com::sun::star::sheet::XSpreadsheet>& sheet);

}  // namespace perfeval::uno
