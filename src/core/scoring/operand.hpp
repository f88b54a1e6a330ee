// A target, actual, total or part as a function receives it: a number (from
// a number cell or a literal) or a text read by read_quantity.
#pragma once

#include "../cell_value.hpp"
#include "../expected.hpp"
#include "../text/quantity.hpp"

namespace perfeval {

struct Operand {
    text::Reading reading;
    bool from_number = false;  // a spreadsheet number: no unit written, % stored as a fraction

    bool quantitative() const { return reading.quantitative(); }
    double value() const { return reading.quantity->value; }
    const std::string& unit() const { return reading.quantity->unit; }
    // Decimals of the value itself ("95.60%" = 0.9560 → 4).
    int value_decimals() const;
};

// Empty → Problem::empty, error cell → error_value, unreadable text →
// unreadable_text. Qualitative texts are operands (they have a direction).
Expected<Operand> operand_of(const CellValue& value);

// Whether two quantities may be compared: equal units; or one without a unit
// beside a unit that does not scale the number (个, 件, 亩 … but not %, ‰,
// 万…, 亿…); or a spreadsheet number beside % (Calc stores 95% as 0.95).
bool units_agree(const Operand& a, const Operand& b);

}  // namespace perfeval
