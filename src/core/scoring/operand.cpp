#include "operand.hpp"

#include <cmath>

#include "../decimal/decimal.hpp"
#include "../text/number.hpp"

namespace perfeval {

int Operand::value_decimals() const {
    if (from_number) return decimals_of(value());
    const auto& q = *reading.quantity;
    return q.decimals + text::unit_scale(q.unit).extra_decimals;
}

Expected<Operand> operand_of(const CellValue& value) {
    if (is_empty(value)) return Problem::empty;
    if (std::holds_alternative<CellError>(value)) return Problem::error_value;
    Operand op;
    if (const auto* d = std::get_if<double>(&value)) {
        if (!std::isfinite(*d)) return Problem::not_a_number;
        op.from_number = true;
        // As for a text: 0 is a ceiling (安全事故 0 起), any other number a floor.
        op.reading.direction = *d == 0 ? text::Direction::at_most : text::Direction::at_least;
        op.reading.quantity = text::Quantity{*d, decimals_of(*d), ""};
        return op;
    }
    op.reading = text::read_quantity(std::get<std::string>(value));
    if (op.reading.error == text::ReadingError::empty) return Problem::empty;
    if (!op.reading.ok()) return Problem::unreadable_text;
    return op;
}

namespace {

bool scales(const std::string& unit) {
    return text::unit_scale(unit).divisor != 1 || unit.rfind("万", 0) == 0 || unit.rfind("亿", 0) == 0;
}

bool bare_agrees_with(const Operand& bare, const Operand& other) {
    if (!scales(other.unit())) return true;
    return bare.from_number && other.unit() == "%";
}

}  // namespace

bool units_agree(const Operand& a, const Operand& b) {
    if (a.unit() == b.unit()) return true;
    if (a.unit().empty()) return bare_agrees_with(a, b);
    if (b.unit().empty()) return bare_agrees_with(b, a);
    return false;
}

}  // namespace perfeval
