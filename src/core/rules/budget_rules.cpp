// Rules on the budget block and the funding splits.
#include <algorithm>
#include <cmath>
#include <tuple>

#include "context.hpp"
#include "../read_number.hpp"
#include "../scoring/decimal.hpp"
#include "../scoring/operand.hpp"
#include "../scoring/scores.hpp"
#include "format.hpp"

namespace perfeval::rules {

// ---- budget block --------------------------------------------------------

void budget_zero(const Context& c) {
    if (!c.form.budget) return;
    const auto& b = c.form.budget->total.budget;
    if (!b.present()) return;
    const auto v = number(b);
    if (!v || *v == 0)
        c.emit(b.cell,
               c.say("全年预算数为空或为 0，无法计算执行率", "The full-year budget is empty or 0: no execution rate"),
               "", format_cell(b.value));
}

void exec_rate_rule(const Context& c) {
    if (!c.form.budget) return;
    const auto rate = rate_of(c.form);
    const auto& stated = c.form.budget->rate;
    if (!rate || !stated.present()) return;
    if (stated.empty()) {
        c.emit(stated.cell, c.say("执行率未填写", "The execution rate is empty"), format_percent(*rate), "",
               *rate, Severity::error);
        return;
    }
    const auto s = number(stated);
    const auto& t = c.form.budget->total;
    const std::string formula = format_cell(t.executed.value) + " ÷ " + format_cell(t.budget.value);
    if (!s) {
        c.emit(stated.cell, c.say("执行率不是数字，应为 全年执行数 ÷ 全年预算数 = " + formula,
                                  "The execution rate is not a number; executed ÷ budget = " + formula),
               format_percent(*rate), format_cell(stated.value), *rate);
        return;
    }
    if (equal_at(*s, *rate, shown_decimals(stated.value, 4))) return;
    c.emit(stated.cell,
           c.say("执行率填写为 " + format_percent(*s) + "，但 全年执行数 ÷ 全年预算数 = " + formula + " = " +
                     format_percent(*rate) + "（执行率按全年预算数计算，不是年初预算数）",
                 "The execution rate states " + format_percent(*s) + " but executed ÷ full-year budget = " +
                     formula + " = " + format_percent(*rate)),
           format_percent(*rate), format_percent(*s), *rate);
}

void exec_score_rule(const Context& c) {
    if (!c.form.budget) return;
    const auto expected = expected_exec_score(c.form, c.profile);
    const auto& stated = c.form.budget->score;
    if (!expected || !stated.present()) return;
    const auto rate = *rate_of(c.form);
    const std::string how = format_percent(rate) + " × " + format_number(exec_weight(c.form, c.profile));
    const std::string cap = c.profile.cap_exec_score ? c.say("（封顶于分值）", " (capped at the weight)") : "";
    const auto s = number(stated);
    // Scores are computed to the profile's decimals; an integer 9 is not 9.4.
    if (s && equal_at(*s, *expected, shown_decimals(stated.value, c.profile.score_decimals))) return;
    c.emit(stated.cell,
           c.say((s ? "执行率得分填写为 " + format_number(*s) : std::string("执行率得分未填写或不是数字")) +
                     "，但 执行率 × 分值 = " + how + " = " + format_number(*expected) + cap,
                 (s ? "The execution score states " + format_number(*s) : std::string("The execution score is empty")) +
                     " but rate × weight = " + how + " = " + format_number(*expected) + cap),
           format_number(*expected), format_cell(stated.value), *expected);
}

void exec_over(const Context& c) {
    if (!c.form.budget) return;
    const auto& t = c.form.budget->total;
    const auto b = number(t.budget), e = number(t.executed);
    if (!b || !e || *b <= 0 || compare_values(*e, *b) <= 0) return;
    c.emit(t.executed.cell,
           c.say("全年执行数 " + format_number(*e) + " 超过全年预算数 " + format_number(*b) + "，请核实是否超预算支出",
                 "Executed " + format_number(*e) + " exceeds the full-year budget " + format_number(*b)),
           "≤ " + format_number(*b), format_number(*e));
}

void exec_low(const Context& c) {
    const auto rate = rate_of(c.form);
    if (!rate || compare_values(*rate, c.profile.explain_rate_below) >= 0) return;
    const auto& cell = c.form.budget->rate.present() ? c.form.budget->rate : c.form.budget->total.executed;
    c.emit(cell.cell,
           c.say("执行率 " + format_percent(*rate) + " 低于 " + format_percent(c.profile.explain_rate_below, 0) +
                     "，须说明原因（在自评说明或偏差原因中写明）",
                 "The execution rate " + format_percent(*rate) + " is below " +
                     format_percent(c.profile.explain_rate_below, 0) + ": explain why"),
           "≥ " + format_percent(c.profile.explain_rate_below, 0), format_percent(*rate));
}

// ---- funding ---------------------------------------------------------------

namespace {

void split_rule(const Context& c, const std::optional<FundingSplit>& split) {
    if (!split || split->items.empty() || !c.form.budget) return;
    const auto executed = number(c.form.budget->total.executed);
    const auto budget = number(c.form.budget->total.budget);
    if (!executed) return;
    std::vector<Operand> parts;
    std::string missing;
    for (const auto& item : split->items) {
        const auto op = operand_of(item.value.value);
        if (op && op->quantitative()) parts.push_back(*op);
        else if (!item.value.empty()) missing += item.label + " ";
    }
    if (!missing.empty()) {
        c.emit(split->title_cell,
               c.say(split->title + "中以下项目的金额无法识别：" + missing,
                     "Amounts of these items cannot be read: " + missing),
               "", "", std::nullopt, Severity::warning);
        return;
    }
    const auto total_op = *operand_of(CellValue{*executed});
    const auto diff = sum_check(total_op, parts);
    if (!diff || *diff == 0) return;
    if (budget)
        if (const auto d = sum_check(*operand_of(CellValue{*budget}), parts); d && *d == 0) return;  // splits the budget
    const double sum = *executed - *diff;
    std::string terms;
    for (const auto& item : split->items)
        terms += (terms.empty() ? "" : " + ") + format_cell(item.value.value);
    c.emit(split->title_cell,
           c.say(split->title + "各项之和 " + terms + " = " + format_number(sum) + "，与全年执行数 " +
                     format_number(*executed) + " 不一致（相差 " + format_number(*diff) + "）",
                 "The items of " + split->title + " add to " + format_number(sum) + ", not the executed total " +
                     format_number(*executed)),
           format_number(*executed), format_number(sum));
}

}  // namespace

void funding_income(const Context& c) { split_rule(c, c.form.income); }
void funding_expense(const Context& c) { split_rule(c, c.form.expense); }

void funding_rows(const Context& c) {
    if (!c.form.budget || c.form.budget->parts.empty()) return;
    const auto& b = *c.form.budget;
    const std::tuple<FormValue BudgetRow::*, const char*, const char*> columns[] = {
        {&BudgetRow::opening_budget, "年初预算数", "Opening budget"},
        {&BudgetRow::budget, "全年预算数", "Full-year budget"},
        {&BudgetRow::executed, "全年执行数", "Executed"}};
    for (const auto& [field, zh_name, en_name] : columns) {
        const FormValue& total = b.total.*field;
        const auto t = number(total);
        if (!t) continue;
        std::vector<Operand> parts;
        for (const auto& row : b.parts)
            if (const auto v = number(row.*field)) parts.push_back(*operand_of(CellValue{*v}));
        if (parts.empty()) continue;
        const auto diff = sum_check(*operand_of(CellValue{*t}), parts);
        if (!diff || *diff == 0) continue;
        c.emit(total.cell,
               c.say(std::string(zh_name) + "：本年财政拨款、上年结转资金、其他资金之和为 " + format_number(*t - *diff) +
                         "，与年度资金总额 " + format_number(*t) + " 不一致",
                     std::string(en_name) + ": the fund rows add to " + format_number(*t - *diff) + ", not the total " +
                         format_number(*t)),
               format_number(*t - *diff), format_number(*t), *t - *diff);
    }
}


}  // namespace perfeval::rules
