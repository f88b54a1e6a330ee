// Rules on the budget block and the funding splits.
#include <algorithm>
#include <cmath>
#include <tuple>

#include "../decimal/decimal.hpp"
#include "../decimal/format.hpp"
#include "../read_number.hpp"
#include "../scoring/exec_rate.hpp"
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

namespace {

// A stated rate as the fractions it may mean, each with the decimals it is
// written to: under a "(%)" header a plain number is a percent (99.92 is
// 99.92 %), though a cell formatted as a percent (0.9992) is taken too.
std::vector<std::pair<double, int>> stated_fractions(const FormValue& stated, bool in_percent) {
    const auto s = number(stated);
    if (!s) return {};
    std::vector<std::pair<double, int>> out{{*s, shown_decimals(stated.value, 2)}};
    if (in_percent) out.insert(out.begin(), {*s / 100, shown_decimals(stated.value, 0) + 2});
    return out;
}

// Whether any reading of a stated rate agrees with `fraction`, at the
// precision it is written (86% for 86.20 % is not wrong).
bool any_agrees(const std::vector<std::pair<double, int>>& readings, double fraction) {
    return std::any_of(readings.begin(), readings.end(),
                       [&](const auto& r) { return equal_at(r.first, fraction, r.second); });
}

// The value to write for a rate: a percent number under a "(%)" header.
double rate_to_write(double fraction, bool in_percent) {
    return in_percent ? round_half_up(fraction * 100, 2) : fraction;
}

// One row's stated rate against its own figures; `required` says an empty
// one is an error (the total's), not a row left blank.
void check_rate(const Context& c, const BudgetRow& row, const FormValue& stated, bool in_percent, bool required) {
    if (!stated.present()) return;
    const auto b = number(row.budget), e = number(row.executed);
    if (!b || !e) return;
    const auto rate = exec_rate(*e, *b);
    if (!rate) return;
    if (stated.empty()) {
        if (required)
            c.emit(stated.cell, Message(MessageId::exec_rate_empty), format_percent(*rate), "",
                   rate_to_write(*rate, in_percent), Severity::error);
        return;
    }
    const std::string formula = format_cell(row.executed.value) + " ÷ " + format_cell(row.budget.value);
    const auto readings = stated_fractions(stated, in_percent);
    if (readings.empty()) {
        if (required)
            c.emit(stated.cell, Message(MessageId::exec_rate_not_number, {arg("formula", formula)}),
                   format_percent(*rate), format_cell(stated.value), rate_to_write(*rate, in_percent));
        return;
    }
    if (any_agrees(readings, *rate)) return;
    const double shown = readings.front().first;
    c.emit(stated.cell,
           Message(MessageId::exec_rate_wrong,
                   {arg("stated", format_percent(shown)), arg("formula", formula), arg("rate", format_percent(*rate))}),
           format_percent(*rate), format_percent(shown), rate_to_write(*rate, in_percent));
}

// Every row of the block with figures of its own: the total, its fund
// rows, and the rows a total written last adds up.
std::vector<const BudgetRow*> all_rows(const BudgetSection& b) {
    std::vector<const BudgetRow*> out{&b.total};
    for (const auto* rows : {&b.parts, &b.rows})
        for (const auto& r : *rows) out.push_back(&r);
    return out;
}

}  // namespace

void exec_rate_rule(const Context& c) {
    if (!c.form.budget) return;
    const auto& b = *c.form.budget;
    check_rate(c, b.total, b.rate, b.rate_in_percent, true);
    // A row's own rate, where it states one: checked on its own figures.
    for (const BudgetRow* row : all_rows(b))
        if (row != &b.total) check_rate(c, *row, row->rate, b.rate_in_percent, false);
}

// ③ = ① + ②: the full-year budget is the opening budget and the adjustment.
void budget_adjusted(const Context& c) {
    if (!c.form.budget) return;
    for (const BudgetRow* row : all_rows(*c.form.budget)) {
        const auto o = number(row->opening_budget), a = number(row->adjustment), b = number(row->budget);
        if (!o || !a || !b) continue;
        const auto diff =
            sum_check(*operand_of(CellValue{*b}), {*operand_of(CellValue{*o}), *operand_of(CellValue{*a})}, c.profile);
        if (!diff || *diff == 0) continue;
        const double sum = round_half_up(*o + *a, c.profile.max_decimals);
        c.emit(row->budget.cell,
               Message(MessageId::budget_adjusted_sum,
                       {arg("row", row->label), arg("stated", format_number(*b)), arg("opening", format_number(*o)),
                        arg("adjustment", format_number(*a)), arg("sum", format_number(sum))}),
               format_number(sum), format_number(*b), sum);
    }
}

// ⑥ = ③ − ④ and ⑦ = ⑥ ÷ ③: what is left of the budget, and its share.
void balance_rule(const Context& c) {
    if (!c.form.budget) return;
    const auto& sec = *c.form.budget;
    for (const BudgetRow* row : all_rows(sec)) {
        const auto b = number(row->budget), e = number(row->executed);
        if (!b || !e) continue;
        const double left = round_half_up(*b - *e, c.profile.max_decimals);
        if (const auto stated = number(row->balance);
            stated && !equal_at(*stated, left, std::max(shown_decimals(row->balance.value, 0), decimals_of(left))))
            c.emit(
                row->balance.cell,
                Message(MessageId::balance_wrong, {arg("row", row->label), arg("stated", format_number(*stated)),
                                                   arg("budget", format_number(*b)), arg("executed", format_number(*e)),
                                                   arg("balance", format_number(left))}),
                format_number(left), format_number(*stated), left);
        if (*b <= 0 || !row->balance_rate.present() || row->balance_rate.empty()) continue;
        const double share = (*b - *e) / *b;
        const auto readings = stated_fractions(row->balance_rate, sec.balance_rate_in_percent);
        if (readings.empty() || any_agrees(readings, share)) continue;
        c.emit(row->balance_rate.cell,
               Message(MessageId::balance_rate_wrong,
                       {arg("row", row->label), arg("stated", format_percent(readings.front().first)),
                        arg("rate", format_percent(share))}),
               format_percent(share), format_percent(readings.front().first),
               rate_to_write(share, sec.balance_rate_in_percent));
    }
}

void exec_score_rule(const Context& c) {
    const auto expected = expected_exec_score(c.form, c.profile);
    const auto* cell = exec_score_cell(c.form);
    if (!expected || !cell) return;
    const auto& stated = *cell;
    const auto rate = *scored_rate(c.form);
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
