// What the recognizer found on a sheet, part by part, with its cells: what
// perfeval-check --explain prints, so that a bureau can write a family file
// for its own template, and what the form tests compare with each
// fixture's role: lines.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "recognize.hpp"

namespace perfeval {

// "budget.rate" → "G5", "indicators" → "23" (a count): the names of
// tests/forms/README.md.
std::map<std::string, std::string> form_roles(const FormModel& form);

struct Explanation {
    std::string sheet;
    bool has_form = false;
    std::string family;  // the family chosen ("generic": none fitted well enough)
    std::string range;
    std::vector<std::pair<std::string, double>> fits;          // each family's share of its words, best first
    std::vector<std::pair<std::string, std::string>> headers;  // "budget.rate" → the header cell naming it
    std::map<std::string, std::string> roles;                  // form_roles()
    std::vector<MessageId> missing;                            // parts not found (MessageId::part_…)
};

Explanation explain_sheet(const Grid& grid, const std::string& sheet);

}  // namespace perfeval
