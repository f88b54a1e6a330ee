// One value as a spreadsheet holds it: empty, a number, a text or an error.
// It is what the grid is made of and what a function argument arrives as.
#pragma once

#include <string>
#include <variant>

namespace perfeval {

struct CellError {
    int code = 0;  // Calc's error number (e.g. 502); 0 when unknown
    bool operator==(const CellError& o) const { return code == o.code; }
};

// Texts are UTF-8.
using CellValue = std::variant<std::monostate, double, std::string, CellError>;

inline bool is_empty(const CellValue& v) {
    if (std::holds_alternative<std::monostate>(v)) return true;
    const auto* text = std::get_if<std::string>(&v);
    return text && text->empty();
}

}  // namespace perfeval
