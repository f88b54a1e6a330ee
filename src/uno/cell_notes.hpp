// The comment a formula's cell gets when the formula holds numbers read from
// texts: which text each came from. A comment already there is kept.
#pragma once

#include <vector>

#include <com/sun/star/sheet/XSpreadsheet.hpp>

#include "core/form/grid.hpp"
#include "core/lang.hpp"
#include "core/scoring/constant_source.hpp"

namespace perfeval::uno {

void note_constants(const com::sun::star::uno::Reference<com::sun::star::sheet::XSpreadsheet>& sheet, CellAddress cell,
                    const std::vector<ConstantSource>& constants, Lang lang);

}  // namespace perfeval::uno
