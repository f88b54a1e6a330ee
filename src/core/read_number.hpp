// A cell or argument read as a number: a number stays a number, a text is
// parsed ("2,481.78", "95.60%" → 0.956), empty and error cells are problems.
#pragma once

#include "cell_value.hpp"
#include "expected.hpp"

namespace perfeval {

Expected<double> read_number(const CellValue& value);

}  // namespace perfeval
