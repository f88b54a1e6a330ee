#include "rules.hpp"

#include <algorithm>
#include <functional>

#include "context.hpp"

namespace perfeval {
namespace {

using namespace rules;

// ---- the registry ----------------------------------------------------------

struct Rule {
    RuleInfo info;
    std::function<void(const Context&)> check;
};

const std::vector<Rule>& registry() {
    static const std::vector<Rule> kRules{
        {{"budget-zero", Severity::error, {"全年预算数为空或为 0", "Full-year budget empty or 0"}}, budget_zero},
        {{"exec-rate", Severity::error, {"执行率 = 全年执行数 ÷ 全年预算数", "Execution rate = executed ÷ budget"}}, exec_rate_rule},
        {{"exec-score", Severity::error, {"执行率得分按计分规则", "Execution score by the profile"}}, exec_score_rule},
        {{"exec-over", Severity::warning, {"全年执行数超过预算", "Executed above budget"}}, exec_over},
        {{"exec-low", Severity::warning, {"执行率过低须说明原因", "A low execution rate needs a reason"}}, exec_low},
        {{"funding-income", Severity::error, {"按收入性质分之和等于总额", "Income split adds up"}}, funding_income},
        {{"funding-expense", Severity::error, {"按支出性质分之和等于总额", "Expense split adds up"}}, funding_expense},
        {{"funding-rows", Severity::error, {"资金来源各行之和等于年度资金总额", "Fund rows add up"}}, funding_rows},
        {{"weight-sum", Severity::error, {"下级指标分值之和等于上级分值", "Children's weights add up"}}, weight_sum},
        {{"total-weight", Severity::error, {"总分分值等于各项之和且为 100", "Total weight adds up to 100"}}, total_weight},
        {{"missing-value", Severity::error, {"必填的数值未填写", "Required value empty"}}, missing_value},
        {{"score-range", Severity::error, {"得分在 0 与分值之间", "Score within 0 and the weight"}}, score_range},
        {{"indicator-score", Severity::error, {"定量指标得分按计分规则", "Indicator score by the profile"}}, indicator_score_rule},
        {{"deviation-reason", Severity::warning, {"扣分须填写偏差原因", "Deviation reason when points are lost"}}, deviation_reason},
        {{"total-score", Severity::error, {"总分得分等于各项得分之和", "Total score adds up"}}, total_score},
        {{"target-format", Severity::warning, {"指标值文本可识别", "Target text readable"}}, target_format},
        {{"cross-check", Severity::warning, {"表内相关数字互相一致", "Related figures agree"}}, cross_check},
    };
    return kRules;
}

}  // namespace


std::vector<RuleInfo> rule_catalog() {
    std::vector<RuleInfo> out;
    for (const auto& r : registry()) out.push_back(r.info);
    return out;
}

FormCheck check_form(const FormModel& form, const std::string& sheet, const Profile& profile, Lang lang) {
    FormCheck out;
    auto& findings = out.findings;
    const auto facts = facts_of(form, profile);
    out.totals = totals_of(form, facts, profile);
    for (const auto& r : registry()) {
        Context c{form, facts, out.totals, sheet, profile, lang, &r.info, &findings};
        r.check(c);
    }
    // Errors first, then warnings, then notices; within a severity, by place.
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity) return a.severity < b.severity;
        if (!a.cell || !b.cell) return a.cell.has_value() && !b.cell.has_value();
        return a.cell->row != b.cell->row ? a.cell->row < b.cell->row : a.cell->col < b.cell->col;
    });
    return out;
}
}  // namespace perfeval
