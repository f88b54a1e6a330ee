// Numbers as a form shows them, for messages: "100.00%", "2481.78", "10".
#pragma once

#include <string>

#include "../cell_value.hpp"

namespace perfeval {

std::string format_percent(double fraction, int decimals = 2);
// Fixed decimals; trailing zeros kept only as asked.
std::string format_number(double value, int decimals);
// The shortest form that keeps up to 6 decimals: 9 → "9", 2481.78 → "2481.78".
std::string format_number(double value);
// A cell's content as the user typed it (texts normalized, numbers shortest).
std::string format_cell(const CellValue& value);

}  // namespace perfeval
