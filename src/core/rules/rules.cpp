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
    using M = MessageId;
    static const std::vector<Rule> kRules{
        {{"budget-zero", Severity::error, M::rule_budget_zero}, budget_zero},
        {{"exec-rate", Severity::error, M::rule_exec_rate}, exec_rate_rule},
        {{"exec-score", Severity::error, M::rule_exec_score}, exec_score_rule},
        {{"exec-over", Severity::warning, M::rule_exec_over}, exec_over},
        {{"exec-low", Severity::warning, M::rule_exec_low}, exec_low},
        {{"funding-income", Severity::error, M::rule_funding_income}, funding_income},
        {{"funding-expense", Severity::error, M::rule_funding_expense}, funding_expense},
        {{"funding-rows", Severity::error, M::rule_funding_rows}, funding_rows},
        {{"budget-adjusted", Severity::error, M::rule_budget_adjusted}, budget_adjusted},
        {{"balance", Severity::error, M::rule_balance}, balance_rule},
        {{"weight-sum", Severity::error, M::rule_weight_sum}, weight_sum},
        {{"total-weight", Severity::error, M::rule_total_weight}, total_weight},
        {{"missing-value", Severity::error, M::rule_missing_value}, missing_value},
        {{"score-range", Severity::error, M::rule_score_range}, score_range},
        {{"indicator-score", Severity::error, M::rule_indicator_score}, indicator_score_rule},
        {{"deviation-reason", Severity::warning, M::rule_deviation_reason}, deviation_reason},
        {{"total-score", Severity::error, M::rule_total_score}, total_score},
        {{"target-format", Severity::warning, M::rule_target_format}, target_format},
        {{"cross-check", Severity::warning, M::rule_cross_check}, cross_check},
    };
    return kRules;
}

// Emitted by check_sheet() about the sheet, not by a rule over a form.
constexpr RuleInfo kSheetNotices[] = {
    {"no-form", Severity::notice, MessageId::rule_no_form},
    {"form-partial", Severity::notice, MessageId::rule_form_partial},
    {"form-unchecked", Severity::warning, MessageId::rule_form_unchecked},
    {"form-generic", Severity::notice, MessageId::rule_form_generic},
    {"sheet-too-large", Severity::warning, MessageId::rule_sheet_too_large},
};

}  // namespace

const RuleInfo* find_rule(std::string_view id) {
    for (const auto& r : registry())
        if (r.info.id == id) return &r.info;
    for (const auto& info : kSheetNotices)
        if (info.id == id) return &info;
    return nullptr;
}

FormCheck check_form(const FormModel& stated, const std::string& sheet, const Profile& profile) {
    FormCheck out;
    auto& findings = out.findings;
    FormModel form = stated;  // a mistyped budget weight is taken at the value it must have
    auto facts = facts_of(form, profile);
    const auto doubts = weight_doubts(form, facts, profile);
    out.totals = totals_of(form, facts, profile);
    out.coverage = coverage_of(form, facts, profile);
    for (const auto& r : registry()) {
        Context c{form, facts, doubts, out.totals, sheet, profile, &r.info, &findings};
        r.check(c);
    }
    // One error a cell: where several rules find its value wrong (a score
    // above its weight is score-range's and indicator-score's), the one
    // that says what the cell should hold wins (a fix; among those, the
    // later, more specific rule), the others are named in its detail.
    const auto strength = [](const Finding& f) {
        size_t order = 0;
        for (size_t i = 0; i < registry().size(); ++i)
            if (registry()[i].info.id == f.rule) order = i;
        return std::make_pair(f.fix.has_value(), order);
    };
    for (size_t i = 0; i < findings.size(); ++i) {
        if (findings[i].severity != Severity::error || !findings[i].cell) continue;
        for (size_t j = i + 1; j < findings.size();) {
            const Finding& other = findings[j];
            if (other.severity != Severity::error || other.cell != findings[i].cell) {
                ++j;
                continue;
            }
            if (strength(other) > strength(findings[i])) std::swap(findings[i], findings[j]);
            findings[i].also.push_back(findings[j].rule);
            for (auto& a : findings[j].also) findings[i].also.push_back(std::move(a));
            findings.erase(findings.begin() + static_cast<std::ptrdiff_t>(j));
        }
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
