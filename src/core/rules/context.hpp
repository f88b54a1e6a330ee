// What every rule works with: the form, each indicator read once, the
// totals, and emit() for its findings. Internal to src/core/rules.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "../scoring/operand.hpp"
#include "../text/quantity.hpp"
#include "coverage.hpp"
#include "rules.hpp"

namespace perfeval::rules {

// Each indicator read once: rules look at the same values many times, and a
// form may have ten thousand rows.
struct IndicatorFacts {
    std::optional<Operand> target, actual;                  // readable (possibly qualitative) operands
    std::optional<text::Reading> target_text, actual_text;  // how a text target/actual was read
    std::optional<double> weight, score;
    bool quantitative = false;                   // the target is a quantity, a range or a deadline
    Expected<double> expected = Problem::empty;  // the profile's score, when arithmetic can tell
    // The share of the target met (the score under a weight of 1), whether
    // or not the form has weights: a form without scores still has targets.
    std::optional<double> share;
    // The actual was a bare number beside a target with a unit (96 against
    // ≤90万元) and is read in the target's unit: a notice says so.
    std::string unit_assumed;
    // Whether `expected` is the one right value to write: not for a missed
    // "=" target, where bureaus give partial credit of their own.
    bool expected_exact = true;
    // When the weights of its group do not add up to the group's label:
    std::optional<double> stated_weight;  // the weight as written, where `weight` is what it must be
    bool weight_in_doubt = false;         // it may be the wrong one, among others: nothing is raised to it
    bool weight_suspect = false;          // its own score and figures point at its weight
};

// Weights that do not add up — an indicator group's to its label, or all of
// them to the total's 100 — and what the form tells about which one is
// wrong (weight_doubts in facts.cpp).
struct WeightDoubt {
    const IndicatorGroup* group;     // the labelled group (the whole table's label); null: the total weight
    double label = 0, sum = 0;       // what they must add up to; what they add up to as written
    std::optional<size_t> culprit;   // the one indicator whose weight breaks the sum
    std::vector<size_t> candidates;  // when the form cannot tell: any of these
    // The budget block's weight (执行率 分值) as the one that breaks the total:
    // every group agrees with its label, so the 100 leaves it one value.
    std::optional<double> budget_weight;  // what it must be
    double budget_stated = 0;             // what it says
    bool budget_in_doubt = false;         // it may be the wrong one: no score is raised to it
};

// Whether the budget block's weight may be the one that breaks the total.
bool budget_weight_in_doubt(const std::vector<WeightDoubt>& doubts);

// ---- the context a rule works in --------------------------------------

struct Context {
    const FormModel& form;
    const std::vector<IndicatorFacts>& facts;  // parallel to form.indicators
    const std::vector<WeightDoubt>& doubts;
    const Totals& totals;
    const std::string& sheet;
    const Profile& profile;
    const RuleInfo* rule = nullptr;
    std::vector<Finding>* out = nullptr;

    void emit(std::optional<CellAddress> cell, Message message, std::string expected, std::string actual,
              std::optional<double> fix = std::nullopt, std::optional<Severity> severity = std::nullopt) const {
        out->push_back(Finding{std::string(rule->id),
                               severity.value_or(rule->severity),
                               sheet,
                               cell,
                               std::move(message),
                               std::move(expected),
                               std::move(actual),
                               fix,
                               {}});
    }
};

// A stated value as a number, when it is one ("　2", "95.60%" included).
std::optional<double> number(const FormValue& v);
// The decimals a stated value shows, at least `min`.
int shown_decimals(const CellValue& v, int min);
// Whether a stated score agrees with the rule's, at the precision it is
// written (published forms round scores to whole points: 9 for 8.62); but a
// full score where the rule gives less never agrees.
bool score_agrees(double stated, const CellValue& written, double expected, double weight);
// 全年执行数 ÷ 全年预算数, when both are there and the budget is positive.
std::optional<double> rate_of(const FormModel& f);
double exec_weight(const FormModel& f, const Profile& p);
// The rate the execution score follows: the figures' rate, or where the
// block has no figures, the rate it states.
std::optional<double> scored_rate(const FormModel& f);
// Where the execution score is stated: the budget block's 得分, or the score
// of the indicator that scores the rate; nullptr when the form has neither.
const FormValue* exec_score_cell(const FormModel& f);
std::optional<double> expected_exec_score(const FormModel& f, const Profile& p);
std::optional<double> expected_of(const IndicatorFacts& f);
// The rules' score as the value to write: for a quantitative indicator whose
// score the rules know exactly, under a weight not in doubt.
std::optional<double> writable_expected(const IndicatorFacts& f);
// The score the rules give indicator i, where arithmetic can tell: its
// quantitative score, or the execution score for the indicator that scores
// the rate (项目管理 · 预算执行率).
std::optional<double> rule_score(const FormModel& form, const std::vector<IndicatorFacts>& facts, size_t i,
                                 const Profile& profile);

std::vector<IndicatorFacts> facts_of(const FormModel& form, const Profile& p);
// What the check covered (coverage.hpp), from the form and its facts.
Coverage coverage_of(const FormModel& form, const std::vector<IndicatorFacts>& facts, const Profile& profile);
// The weights that do not add up; for an identified culprit its facts take
// the weight it must have (and the score that weight gives), for tied
// candidates weight_in_doubt is set. A mistyped budget weight is written
// into `form` as the value it must have, for every rule to use.
std::vector<WeightDoubt> weight_doubts(FormModel& form, std::vector<IndicatorFacts>& facts, const Profile& p);
// Whether the stated total can be checked against its parts: the budget
// block's share is known and no part's score is left blank.
bool total_checkable(const FormModel& form);
Totals totals_of(const FormModel& form, const std::vector<IndicatorFacts>& facts, const Profile& profile);

// The rules, each registered in rules.cpp with its id and severity.
void budget_zero(const Context& c);
void exec_rate_rule(const Context& c);
void exec_score_rule(const Context& c);
void exec_over(const Context& c);
void exec_low(const Context& c);
void funding_income(const Context& c);
void funding_expense(const Context& c);
void funding_rows(const Context& c);
void budget_adjusted(const Context& c);
void balance_rule(const Context& c);
void weight_sum(const Context& c);
void total_weight(const Context& c);
void missing_value(const Context& c);
void score_range(const Context& c);
void indicator_score_rule(const Context& c);
void deviation_reason(const Context& c);
void total_score(const Context& c);
void target_format(const Context& c);
void cross_check(const Context& c);

}  // namespace perfeval::rules
