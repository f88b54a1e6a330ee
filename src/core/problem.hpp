// Why a value could not be computed. The words for each are in the message
// table (report/render.hpp: describe()).
#pragma once

namespace perfeval {

enum class Problem {
    empty,               // the cell or argument is empty
    not_a_number,        // text that does not read as a number
    error_value,         // the cell holds a Calc error
    zero_budget,         // the full-year budget is 0
    negative_budget,     // the full-year budget is below 0
    negative_amount,     // an executed amount below 0
    qualitative,         // a qualitative target (完成, 全面落实): no arithmetic score
    unreadable_text,     // a target/actual text that cannot be read (≥100百分比, two numbers)
    unit_mismatch,       // units disagree (万元 vs 元, % vs a plain text number)
    negative_weight,     // a weight (分值) below 0
    total_out_of_range,  // a total score outside 0–100
    unknown_profile,     // no scoring profile of that name
    bad_direction,       // a direction argument other than >=, <=, =, ≥, ≤
    shape_mismatch,      // ranges of different shapes in one call
    no_form,             // no self-evaluation form in the range
    date_value,          // a date or deadline (9月前) where a number is asked for
    range_value,         // a range (90%-100%) where one number is asked for
    too_many_cells,      // more used cells in a range than a check reads
};

}  // namespace perfeval
