// Reading a text that is one number and nothing else, the way it appears in
// forms: "2481.78", "2,481.78", "95.60%", "-3", "１２３", " 5 ".
#pragma once

#include <optional>
#include <string_view>

namespace perfeval::text {

struct ParsedNumber {
    double value = 0;      // a percent is already divided by 100
    int decimals = 0;      // digits after the decimal point as written
    bool percent = false;  // written with a % sign
};

std::optional<ParsedNumber> parse_number(std::string_view utf8);

}  // namespace perfeval::text
