// The one grammar for numbers as forms write them, used for a cell that is
// a number and nothing else ("2,481.78", "95.60%", "１２３", " 5 ") and for
// the numbers inside a target or actual text ("≥90%", "实际支出734.73万元").
//
//   number := [+-] ( d{1,3} (,ddd)+ | d+ ) [. d+]  |  [+-] . d+
//
// Thousands separators only in groups of three, so "1,2" is not 12. A %
// divides by 100 and shows two more decimals ("95.60%" = 0.9560), a ‰ by
// 1000 with three more: unit_scale() says so for every caller.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace perfeval::text {

struct ParsedNumber {
    double value = 0;      // a percent is already divided by 100
    int decimals = 0;      // digits after the decimal point as written
    bool percent = false;  // written with a % sign
};

// A text that is one number: NFKC, white space around it, one space between
// sign and digits or before a trailing %. Anything else is not a number.
std::optional<ParsedNumber> parse_number(std::string_view utf8);

// Where the numbers of an (already squeezed) text stand, left to right.
struct NumberToken {
    size_t pos = 0, len = 0;
};
std::vector<NumberToken> number_tokens(std::string_view s);
// The value of a token number_tokens() found ("2,481.78" → 2481.78, 2 decimals).
std::optional<ParsedNumber> token_value(std::string_view token);

// U+2212 MINUS SIGN, which NFKC does not fold, as '-'.
void fold_minus_sign(std::string& s);

// What a unit written after a number does to it: "%" divides by 100 and the
// value shows 2 more decimals; "‰" 1000 and 3; anything else nothing.
struct UnitScale {
    double divisor = 1;
    int extra_decimals = 0;
};
UnitScale unit_scale(std::string_view unit);

}  // namespace perfeval::text
