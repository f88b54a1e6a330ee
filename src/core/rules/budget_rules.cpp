// Rules on the budget block and the funding splits.
#include <algorithm>
#include <cmath>
#include <tuple>

#include "../decimal/decimal.hpp"
#include "../decimal/format.hpp"
#include "../read_number.hpp"
#include "../scoring/operand.hpp"
#include "../scoring/scores.hpp"
#include "context.hpp"

namespace perfeval::rules {

// ---- budget block --------------------------------------------------------

void budget_zero(const Context& c) {
    if (!c.form.budget) return;
    const auto& b = c.form.budget->total.budget;
    if (!b.present()) return;
    const auto v = number(b);
    if (!v || *v == 0) c.emit(b.cell, Message(MessageId::budget_zero), "", format_cell(b.value));
}

void exec_rate_rule(const Context& c) {
    if (!c.form.budget) return;
    const auto rate = rate_of(c.form);
    const auto& stated = c.form.budget->rate;
    if (!rate || !stated.present()) return;
    if (stated.empty()) {
        c.emit(stated.cell, Message(MessageId::exec_rate_empty), format_percent(*rate), "", *rate, Severity::error);
        return;
    }
    const auto s = number(stated);
    const auto& t = c.form.budget->total;
    const std::string formula = format_cell(t.executed.value) + " ÷ " + format_cell(t.budget.value);
    if (!s) {
        c.emit(stated.cell, Message(MessageId::exec_rate_not_number, {arg("formula", formula)}), format_percent(*rate),
               format_cell(stated.value), *rate);
        return;
    }
    // At the precision the rate is written: 86% for 86.20 % is not wrong.
    if (equal_at(*s, *rate, shown_decimals(stated.value, 2))) return;
    c.emit(stated.cell,
           Message(MessageId::exec_rate_wrong,
                   {arg("stated", format_percent(*s)), arg("formula", formula), arg("rate", format_percent(*rate))}),
           format_percent(*rate), format_percent(*s), *rate);
}

void exec_score_rule(const Context& c) {
    const auto expected = expected_exec_score(c.form, c.profile);
    const auto* cell = exec_score_cell(c.form);
    if (!expected || !cell) return;
    const auto& stated = *cell;
    const auto rate = *rate_of(c.form);
    const std::string how = format_percent(rate) + " × " + format_number(exec_weight(c.form, c.profile));
    const auto capped = c.profile.cap_exec_score ? word("capped", MessageId::exec_score_capped) : arg("capped", "");
    const auto s = number(stated);
    if (s && score_agrees(*s, stated.value, *expected, exec_weight(c.form, c.profile))) return;
    // Its weight may be the wrong cell: nothing is raised to meet it.
    const bool sure = !budget_weight_in_doubt(c.doubts);
    c.emit(stated.cell,
           s ? Message(MessageId::exec_score_wrong, {arg("stated", format_number(*s)), arg("how", how),
                                                     arg("expected", format_number(*expected)), capped})
             : Message(MessageId::exec_score_missing,
                       {arg("how", how), arg("expected", format_number(*expected)), capped}),
           format_number(*expected), format_cell(stated.value), sure ? std::optional<double>(*expected) : std::nullopt);
}

void exec_over(const Context& c) {
    if (!c.form.budget) return;
    const auto& t = c.form.budget->total;
    const auto b = number(t.budget), e = number(t.executed);
    if (!b || !e || *b <= 0 || compare_values(*e, *b) <= 0) return;
    c.emit(t.executed.cell,
           Message(MessageId::exec_over, {arg("executed", format_number(*e)), arg("budget", format_number(*b))}),
           "≤ " + format_number(*b), format_number(*e));
}

void exec_low(const Context& c) {
    const auto rate = rate_of(c.form);
    if (!rate || compare_values(*rate, c.profile.explain_rate_below) >= 0) return;
    const auto& cell = c.form.budget->rate.present() ? c.form.budget->rate : c.form.budget->total.executed;
    const std::string threshold = format_percent(c.profile.explain_rate_below, 0);
    c.emit(cell.cell, Message(MessageId::exec_low, {arg("rate", format_percent(*rate)), arg("threshold", threshold)}),
           "≥ " + threshold, format_percent(*rate));
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
        if (op && op->quantitative())
            parts.push_back(*op);
        else if (!item.value.empty())
            missing += (missing.empty() ? "" : " ") + item.label;
    }
    if (!missing.empty()) {
        c.emit(split->title_cell,
               Message(MessageId::funding_unreadable, {arg("split", split->title), arg("items", missing)}), "", "",
               std::nullopt, Severity::warning);
        return;
    }
    const auto total_op = *operand_of(CellValue{*executed});
    const auto diff = sum_check(total_op, parts, c.profile);
    if (!diff || *diff == 0) return;
    if (budget) {  // a split of the budget rather than of what was executed
        const auto of_budget = sum_check(*operand_of(CellValue{*budget}), parts, c.profile);
        if (of_budget && *of_budget == 0) return;
    }
    const double sum = *executed - *diff;
    std::string terms;
    for (const auto& item : split->items) terms += (terms.empty() ? "" : " + ") + format_cell(item.value.value);
    c.emit(split->title_cell,
           Message(MessageId::funding_split_sum,
                   {arg("split", split->title), arg("terms", terms), arg("sum", format_number(sum)),
                    arg("total", format_number(*executed)), arg("difference", format_number(*diff))}),
           format_number(*executed), format_number(sum));
}

}  // namespace

void funding_income(const Context& c) { split_rule(c, c.form.income); }
void funding_expense(const Context& c) { split_rule(c, c.form.expense); }

void funding_rows(const Context& c) {
    if (!c.form.budget || c.form.budget->parts.empty()) return;
    const auto& b = *c.form.budget;
    const std::pair<FormValue BudgetRow::*, MessageId> columns[] = {
        {&BudgetRow::opening_budget, MessageId::column_opening_budget},
        {&BudgetRow::budget, MessageId::column_budget},
        {&BudgetRow::executed, MessageId::column_executed}};
    for (const auto& [field, column] : columns) {
        const FormValue& total = b.total.*field;
        const auto t = number(total);
        if (!t) continue;
        std::vector<Operand> parts;
        for (const auto& row : b.parts)
            if (const auto v = number(row.*field)) parts.push_back(*operand_of(CellValue{*v}));
        if (parts.empty()) continue;
        const auto diff = sum_check(*operand_of(CellValue{*t}), parts, c.profile);
        if (!diff || *diff == 0) continue;
        // The parts' sum as the parts write it (238.93, not 238.93000000000006).
        const double sum = round_half_up(*t - *diff, c.profile.max_decimals);
        c.emit(total.cell,
               Message(MessageId::funding_rows_sum,
                       {word("column", column), arg("sum", format_number(sum)), arg("total", format_number(*t))}),
               format_number(sum), format_number(*t), sum);
    }
}

}  // namespace perfeval::rules
