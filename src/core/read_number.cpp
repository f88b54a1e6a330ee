#include "read_number.hpp"

#include <cmath>

#include "text/number.hpp"

namespace perfeval {
namespace {

struct Reader {
    Expected<double> operator()(std::monostate) const { return Problem::empty; }
    Expected<double> operator()(double d) const {
        return std::isfinite(d) ? Expected<double>(d) : Expected<double>(Problem::not_a_number);
    }
    Expected<double> operator()(const std::string& s) const {
        if (s.empty()) return Problem::empty;
        if (auto n = text::parse_number(s)) return n->value;
        return Problem::not_a_number;
    }
    Expected<double> operator()(CellError) const { return Problem::error_value; }
};

}  // namespace

Expected<double> read_number(const CellValue& value) { return std::visit(Reader{}, value); }

}  // namespace perfeval
