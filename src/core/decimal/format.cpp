#include "format.hpp"

#include <cstdio>

#include "decimal.hpp"
#include "../text/normalize.hpp"

namespace perfeval {

std::string format_number(double value, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, round_half_up(value, decimals));
    return buf;
}

std::string format_number(double value) { return format_number(value, decimals_of(value)); }

std::string format_percent(double fraction, int decimals) {
    return format_number(fraction * 100, decimals) + "%";
}

std::string format_cell(const CellValue& value) {
    if (const auto* d = std::get_if<double>(&value)) return format_number(*d);
    if (const auto* s = std::get_if<std::string>(&value)) return text::normalize(*s);
    if (std::holds_alternative<CellError>(value)) return "#ERR";
    return "";
}

}  // namespace perfeval
