// What the recognizer found on a sheet (form/explain.hpp) as JSON and as the
// lines perfeval-check --explain prints. The office renders the JSON, the
// command line prints lines from it: one shape for both.
#pragma once

#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "../form/explain.hpp"
#include "../lang.hpp"

namespace perfeval {

// {"sheet", "has_form", "template", "template_name", "range",
//  "fits": [{"template", "share"}], "headers": {"budget.rate": "G4", …},
//  "roles": {"budget.rate": "G5", …}, "missing": ["预算执行情况…", …]}
boost::json::object explanation_json(const Explanation& e, Lang lang);
// {"sheets": [explanation_json, …]}, serialized.
std::string explanations_json(const std::vector<Explanation>& sheets, Lang lang);

// The lines of one sheet's explanation, from its JSON.
std::vector<std::string> explanation_lines(const boost::json::object& sheet, Lang lang);

}  // namespace perfeval
