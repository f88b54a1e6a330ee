#include "live_formulas.hpp"

#include <algorithm>
#include <set>

#include "../decimal/format.hpp"
#include "../form/recognize.hpp"
#include "../scoring/native_formulas.hpp"
#include "../scoring/scores.hpp"
#include "context.hpp"

namespace perfeval {

namespace {

using rules::IndicatorFacts;

// One operand of a formula: the cell itself where it holds that very
// number, so the formula follows later edits; otherwise the number the rules
// read from the cell's text, quoted in a comment.
struct Term {
    std::string text;
    std::optional<ConstantSource> source;
};

Term term(const FormValue& v, double value) {
    if (const auto* d = std::get_if<double>(&v.value); d && v.present() && *d == value) return {to_a1(*v.cell), {}};
    Term t{number_text(value), std::nullopt};
    if (v.present() && !v.empty()) {
        const auto* s = std::get_if<std::string>(&v.value);
        t.source = ConstantSource{to_a1(*v.cell), s ? *s : format_cell(v.value), t.text};
    }
    return t;
}

// A formula being built: its text, and the constants it took from texts.
class Builder {
public:
    const std::string& operator()(const Term& t) {
        if (t.source) constants_.push_back(*t.source);
        return t.text;
    }
    LiveFormula done(CellAddress cell, std::string formula) {
        return LiveFormula{cell, "=" + std::move(formula), std::move(constants_)};
    }

private:
    std::vector<ConstantSource> constants_;
};

// The execution rate's parts, when the form has them as number cells and a
// positive budget (rules::rate_of): E/D in every formula that needs the rate.
struct ExecParts {
    std::string rate;   // "E5/D5"
    std::string score;  // "ROUND(MIN(E5/D5*F5;F5);2)"
    std::vector<ConstantSource> constants;
};

std::optional<ExecParts> exec_parts(const FormModel& form, const Profile& p) {
    if (!form.budget) return std::nullopt;
    const auto& row = form.budget->total;
    const auto* e = std::get_if<double>(&row.executed.value);
    const auto* b = std::get_if<double>(&row.budget.value);
    if (!e || !b || *b <= 0 || *e < 0 || !rules::rate_of(form)) return std::nullopt;
    ExecParts parts;
    parts.rate = to_a1(*row.executed.cell) + "/" + to_a1(*row.budget.cell);
    const double weight = rules::exec_weight(form, p);
    const FormValue* weight_cell = rules::number(form.budget->weight) ? &form.budget->weight
                                   : form.rate_indicator
                                       ? &form.indicators[static_cast<size_t>(*form.rate_indicator)].weight
                                       : nullptr;
    Term w = weight_cell ? term(*weight_cell, weight) : Term{number_text(weight), std::nullopt};
    if (w.source) parts.constants.push_back(*w.source);
    parts.score = native_exec_score(parts.rate, w.text, p);
    return parts;
}

// An indicator's score formula, when arithmetic can score it exactly as the
// rules do; nullopt for qualitative targets, deadlines, words and texts.
std::optional<LiveFormula> indicator_formula(const Indicator& ind, const IndicatorFacts& f, const FormModel& form,
                                             const Profile& p) {
    if (!ind.score.present() || !f.target || !f.actual || !f.weight || !f.expected) return std::nullopt;
    const Operand& target = *f.target;
    const Operand& actual = *f.actual;
    if (!target.quantitative() || !actual.quantitative() || target.reading.dated()) return std::nullopt;
    // A partial score the rules accept for a missed "=" target stays as stated.
    const auto raw = indicator_score(target, actual, *f.weight, std::nullopt, p, form.year);
    if (!raw || *raw != *f.expected) return std::nullopt;

    Builder use;
    const Term target_term = term(ind.target, target.value());
    const bool fixed = target_term.source.has_value() && target.value() > 0;  // a positive constant
    const std::string t = use(target_term);
    const std::string a = use(term(ind.actual, actual.value()));
    const std::string w = use(term(ind.weight, *f.weight));
    const double high_value = target.reading.upper ? target.reading.upper->value : target.value();
    const std::string h =
        target.reading.direction == text::Direction::range ? use(term(ind.target, high_value)) : std::string();
    const std::string share = native_share(target.reading.direction, a, t, h, fixed, fixed && high_value > 0,
                                           std::max(target.value_decimals(), actual.value_decimals()), p);
    if (share.empty()) return std::nullopt;
    return use.done(*ind.score.cell, native_score(share, w, p));
}

// SUM's arguments, runs of cells one under another joined into ranges
// (H14:H36), at most 255 to a SUM as Excel allows.
std::string sum_of(const std::vector<std::pair<std::optional<CellAddress>, std::string>>& parts) {
    std::vector<std::string> args;
    for (size_t i = 0; i < parts.size();) {
        size_t j = i;
        while (parts[i].first && j + 1 < parts.size() && parts[j + 1].first &&
               parts[j + 1].first->col == parts[i].first->col && parts[j + 1].first->row == parts[j].first->row + 1)
            ++j;
        args.push_back(j > i ? to_a1(*parts[i].first) + ":" + to_a1(*parts[j].first) : parts[i].second);
        i = j + 1;
    }
    auto join = [](auto begin, auto end) {
        std::string s;
        for (auto it = begin; it != end; ++it) s += (s.empty() ? "" : ";") + *it;
        return "SUM(" + s + ")";
    };
    if (args.size() <= 255) return join(args.begin(), args.end());
    std::vector<std::string> chunks;
    for (size_t i = 0; i < args.size(); i += 255)
        chunks.push_back(join(args.begin() + static_cast<long>(i),
                              args.begin() + static_cast<long>(std::min(args.size(), i + 255))));
    return join(chunks.begin(), chunks.end());
}

}  // namespace

std::optional<LivePlan> plan_live_formulas(const Grid& grid, const Profile& profile) {
    const auto form = recognize(grid);
    if (!form) return std::nullopt;
    const auto facts = rules::facts_of(*form, profile);
    LivePlan plan;
    std::set<std::pair<int, int>> written;  // score cells that now hold formulas
    auto write = [&](LiveFormula f) {
        written.insert({f.cell.row, f.cell.col});
        plan.formulas.push_back(std::move(f));
    };

    const auto exec = exec_parts(*form, profile);
    const FormValue* exec_cell = rules::exec_score_cell(*form);
    if (exec) {
        // A rate written as a percent number (99.92 under "(%)") stays one.
        if (form->budget->rate.present())
            write({*form->budget->rate.cell,
                   "=" + (form->budget->rate_in_percent ? "(" + exec->rate + ")*100" : exec->rate),
                   {}});
        if (exec_cell) write({*exec_cell->cell, "=" + exec->score, exec->constants});
    } else {
        if (form->budget && form->budget->rate.present()) plan.skipped.push_back(*form->budget->rate.cell);
        if (exec_cell) plan.skipped.push_back(*exec_cell->cell);
    }

    for (size_t i = 0; i < form->indicators.size(); ++i) {
        if (form->rate_indicator && static_cast<size_t>(*form->rate_indicator) == i) continue;  // the rate's score
        const Indicator& ind = form->indicators[i];
        if (auto f = indicator_formula(ind, facts[i], *form, profile))
            write(std::move(*f));
        else if (ind.score.present())
            plan.skipped.push_back(*ind.score.cell);
    }

    // The total: every part the rules add up, as the cells now hold them.
    const FormValue* total = form->total_score.present() ? &form->total_score : nullptr;
    const FormValue* header = form->header_score.present() ? &form->header_score : nullptr;
    if (!total && !header) return plan;
    std::vector<std::pair<std::optional<CellAddress>, std::string>> parts;
    std::vector<ConstantSource> constants;
    bool known = !form->totals_unsure;
    // A part as its cell will hold it: a formula or a number by reference, a
    // number written as text by its value.
    auto add_cell = [&](const FormValue& v, bool weighted) {
        const bool formula = written.count({v.cell->row, v.cell->col}) > 0;
        if (formula || std::holds_alternative<double>(v.value)) {
            parts.emplace_back(*v.cell, to_a1(*v.cell));
        } else if (const auto n = rules::number(v)) {
            const Term t = term(v, *n);
            parts.emplace_back(std::nullopt, t.text);
            constants.push_back(*t.source);
        } else if (weighted) {
            known = false;  // a weighted part without a score: the total is unknown
        }
    };
    if (known && form->budget_in_total) {
        if (exec_cell && form->budget && exec_cell == &form->budget->score)
            add_cell(*exec_cell, false);
        else if (exec) {
            parts.emplace_back(std::nullopt, exec->score);
            constants.insert(constants.end(), exec->constants.begin(), exec->constants.end());
        }
    }
    for (size_t i = 0; known && i < form->indicators.size(); ++i) {
        const Indicator& ind = form->indicators[i];
        if (ind.score.present())
            add_cell(ind.score, facts[i].weight.has_value());
        else if (facts[i].weight)
            known = false;
    }
    if (!known || parts.empty()) {
        for (const FormValue* v : {total, header})
            if (v) plan.skipped.push_back(*v->cell);
        return plan;
    }
    const std::string sum = sum_of(parts);
    if (total) plan.formulas.push_back({*total->cell, "=" + sum, constants});
    if (header)
        plan.formulas.push_back({*header->cell, total ? "=" + to_a1(*total->cell) : "=" + sum,
                                 total ? std::vector<ConstantSource>{} : constants});
    return plan;
}

}  // namespace perfeval
