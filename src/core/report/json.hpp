// Checked sheets as JSON: the one shape every program reads, from the
// command line's --json to a macro or a remote script dispatching
// vnd.perfeval:check (standard types only: no client needs our IDL).
#pragma once

#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "sheet_text.hpp"

namespace perfeval {

// {"sheet", "has_form", "kind", "template", "range", "unit",
//  "summary": {"errors", "warnings", "notices", "total_weight", "total_score",
//              "computed_score", "grade"},
//  "findings": [{"rule", "severity", "sheet", "cell", "message", "expected", "actual", "fix"}]}
// Unknown numbers (and a finding without a value to write) are null.
boost::json::object sheet_json(const SheetText& sheet);

// {"sheets": [sheet_json, …]}, serialized.
std::string sheets_json(const std::vector<SheetText>& sheets);

}  // namespace perfeval
