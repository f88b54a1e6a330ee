// The checks, each a small function registered with its id, default severity
// and title. check_form() runs them all over a recognized form.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../form/form_model.hpp"
#include "../message.hpp"
#include "../scoring/profile.hpp"
#include "coverage.hpp"
#include "finding.hpp"

namespace perfeval {

struct RuleInfo {
    std::string_view id;
    Severity severity;
    MessageId title;  // one line: what the rule checks
};

// Every rule id a finding may carry (the registered rules, then no-form and
// form-partial, which the sheet check itself emits); nullptr for others.
const RuleInfo* find_rule(std::string_view id);

// The form's totals as they should be, from the rules' own arithmetic.
struct Totals {
    std::optional<double> stated_weight;   // 总分 row, 分值
    std::optional<double> stated_score;    // 总分 row, 得分
    std::optional<double> computed_score;  // correct execution score + every indicator score
};

struct FormCheck {
    std::vector<Finding> findings;  // errors first
    Totals totals;
    Coverage coverage;
};

FormCheck check_form(const FormModel& form, const std::string& sheet, const Profile& profile);

}  // namespace perfeval
