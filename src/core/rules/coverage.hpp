// What a check of a form covered: which parts were read, how many indicator
// rows arithmetic could check, where the total stood. A report never says
// "0 errors" without saying of what; a form whose budget block or
// indicator table was not read is partial.
#pragma once

#include <string_view>
#include <vector>

#include "../form/form_model.hpp"

namespace perfeval {

struct Coverage {
    // The budget block: found; its rate checked against its figures; its
    // score checked; how many fund rows were read.
    bool budget = false, rate = false, exec_score = false;
    int fund_rows = 0;  // and other rows with figures of their own (subtotals)
    // The indicator table: found; rows read; rows whose target and actual
    // arithmetic compared (scored, where the form has scores); qualitative rows.
    bool indicator_table = false;
    int indicators = 0, checked = 0, qualitative = 0;
    // Where the stated total is read: a total row, a header field, both, none.
    enum class Total { none, row, header, both } total = Total::none;
    bool total_checked = false;  // a computed total was compared with it

    // A part every form has went unread: its checks were not made.
    bool partial() const { return !budget || !indicator_table; }
};

std::string_view coverage_status(const Coverage& c);  // "complete", "partial"
std::string_view total_place_id(Coverage::Total t);   // "row", "header", "both", ""
Coverage::Total total_place(std::string_view id);

}  // namespace perfeval
