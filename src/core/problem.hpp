// Why a value could not be computed. Each problem has a plain message for
// the user, in Chinese or English (see describe()).
#pragma once

#include <string_view>

#include "lang.hpp"

namespace perfeval {

enum class Problem {
    empty,            // the cell or argument is empty
    not_a_number,     // text that does not read as a number
    error_value,      // the cell holds a Calc error
    zero_budget,      // the full-year budget is 0
    negative_budget,  // the full-year budget is below 0
    negative_amount,  // an executed amount below 0
};

std::string_view describe(Problem problem, Lang lang);

}  // namespace perfeval
