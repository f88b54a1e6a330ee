#include "format.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "../text/normalize.hpp"
#include "decimal.hpp"

namespace perfeval {

std::string format_number(double value, int decimals) {
    if (!std::isfinite(value)) return "#NUM!";  // as Calc shows a number out of range
    double rounded = round_half_up(value, decimals);
    if (rounded == 0) rounded = 0;  // -0.001 at 2 decimals is "0.00", not "-0.00"
    // As long as it takes: 1E300 has 301 digits.
    const int n = std::snprintf(nullptr, 0, "%.*f", decimals, rounded);
    std::string out(static_cast<size_t>(std::max(n, 0)) + 1, '\0');
    std::snprintf(out.data(), out.size(), "%.*f", decimals, rounded);
    out.resize(static_cast<size_t>(std::max(n, 0)));
    return out;
}

std::string format_number(double value) { return format_number(value, decimals_of(value)); }

std::string format_percent(double fraction, int decimals) { return format_number(fraction * 100, decimals) + "%"; }

std::string format_cell(const CellValue& value) {
    if (const auto* d = std::get_if<double>(&value)) return format_number(*d);
    if (const auto* s = std::get_if<std::string>(&value)) return text::normalize(*s);
    if (std::holds_alternative<CellError>(value)) return "#ERR";
    return "";
}

}  // namespace perfeval
