#include "context.hpp"

#include <algorithm>
#include <cmath>

#include "../decimal/decimal.hpp"
#include "../decimal/format.hpp"
#include "../read_number.hpp"
#include "../scoring/exec_rate.hpp"
#include "../scoring/operand.hpp"
#include "../scoring/scores.hpp"
#include "../text/normalize.hpp"
#include "../text/number.hpp"

namespace perfeval::rules {

std::optional<double> number(const FormValue& v) {
    if (!v.present() || v.empty()) return std::nullopt;
    const auto n = read_number(v.value);
    return n ? std::optional<double>(*n) : std::nullopt;
}

// The decimals a stated value shows: as written for a text, as stored for a
// number (the display format is not in the grid), at least `min`.
int shown_decimals(const CellValue& v, int min) {
    if (const auto* s = std::get_if<std::string>(&v)) {
        if (const auto n = text::parse_number(*s))
            return std::max(min, n->decimals + text::unit_scale(n->percent ? "%" : "").extra_decimals);
    }
    if (const auto* d = std::get_if<double>(&v)) return std::max(min, decimals_of(*d));
    return min;
}

bool score_agrees(double stated, const CellValue& written, double expected, double weight) {
    if (compare_values(stated, weight) >= 0 && compare_values(expected, weight) < 0 &&
        !equal_at(stated, expected, std::max(2, shown_decimals(written, 0))))
        return false;
    return equal_at(stated, expected, shown_decimals(written, 0));
}

std::optional<double> rate_of(const FormModel& f) {
    if (!f.budget) return std::nullopt;
    const auto b = number(f.budget->total.budget), e = number(f.budget->total.executed);
    if (!b || !e) return std::nullopt;
    // The one rule for a rate, also when the quotient overflows (100 over
    // a denormal budget): no rate, rather than an infinite one to "fix" to.
    const auto rate = exec_rate(*e, *b);
    return rate ? std::optional<double>(*rate) : std::nullopt;
}

double exec_weight(const FormModel& f, const Profile& p) {
    if (f.budget) {
        if (const auto w = number(f.budget->weight)) return *w;
    }
    if (f.rate_indicator)
        if (const auto w = number(f.indicators[static_cast<size_t>(*f.rate_indicator)].weight)) return *w;
    return p.default_exec_weight;
}

const FormValue* exec_score_cell(const FormModel& f) {
    if (f.budget && f.budget->score.present()) return &f.budget->score;
    if (f.rate_indicator) return &f.indicators[static_cast<size_t>(*f.rate_indicator)].score;
    return nullptr;
}

std::optional<double> scored_rate(const FormModel& f) {
    if (const auto r = rate_of(f)) return r;
    // No figures to compute it from (a block that states only its rate):
    // its score must still follow the rate it states.
    if (!f.budget || number(f.budget->total.budget) || number(f.budget->total.executed)) return std::nullopt;
    const auto s = number(f.budget->rate);
    if (!s || *s < 0) return std::nullopt;
    return f.budget->rate_in_percent && *s > 1.5 ? *s / 100 : *s;
}

std::optional<double> expected_exec_score(const FormModel& f, const Profile& p) {
    const auto rate = scored_rate(f);
    if (!rate) return std::nullopt;
    const auto s = exec_score(*rate, exec_weight(f, p), p);
    return s ? std::optional<double>(*s) : std::nullopt;
}

namespace {

// The text of a 度量单位 column ("%", "万元", "个"); empty when there is none.
std::string column_unit(const FormValue& v) {
    const auto* s = std::get_if<std::string>(&v.value);
    if (!s) return "";
    std::string unit = text::squeeze(*s);
    return unit == "/" ? "" : unit;
}

// A bare number given the unit of its 度量单位 column: "100" under "%" is
// 100 %. A spreadsheet number at most 1 beside a partner above 1 is Calc's
// stored percent (95% = 0.95): already the fraction, not 0.95 %.
std::optional<Operand> with_unit(std::optional<Operand> op, const std::string& unit, const CellValue& partner) {
    if (!op || unit.empty() || !op->quantitative() || !op->unit().empty()) return op;
    const auto scale = text::unit_scale(unit);
    auto& q = *op->reading.quantity;
    const auto* other = std::get_if<double>(&partner);
    const bool stored_percent =
        scale.divisor != 1 && op->from_number && std::fabs(q.value) <= 1 && other && std::fabs(*other) > 1;
    // Decimals stay as written in the unit (value_decimals() adds the unit's).
    if (stored_percent)
        q.decimals = std::max(0, q.decimals - scale.extra_decimals);
    else
        q.value /= scale.divisor;
    q.unit = unit;
    if (auto& upper = op->reading.upper) {  // a range "90-100" under "%"
        upper->value /= scale.divisor;
        upper->unit = unit;
    }
    op->from_number = false;
    return op;
}

bool ends_with_any(const std::string& name, const std::vector<std::string>& endings) {
    const std::string squeezed = text::squeeze(name);
    for (const auto& e : endings)
        if (squeezed.size() >= e.size() && squeezed.compare(squeezed.size() - e.size(), e.size(), e) == 0) return true;
    return false;
}

IndicatorFacts facts_of(const Indicator& ind, const Profile& p, std::optional<int> year,
                        const std::vector<std::string>& reverse_names) {
    IndicatorFacts f;
    // Texts are read once here; target-format reports the unreadable ones.
    auto read = [](const CellValue& v, std::optional<Operand>& op, std::optional<text::Reading>& reading) {
        if (const auto* s = std::get_if<std::string>(&v); s && !s->empty()) {
            reading = text::read_quantity(*s);
            if (reading->ok()) op = Operand{*reading, false};
        } else if (auto o = operand_of(v)) {
            op = *o;
        }
    };
    read(ind.target.value, f.target, f.target_text);
    read(ind.actual.value, f.actual, f.actual_text);
    const std::string unit = column_unit(ind.unit);
    f.target = with_unit(f.target, unit, ind.actual.value);
    f.actual = with_unit(f.actual, unit, ind.target.value);
    // A bare actual where the target states its unit: the same unit is
    // meant (96 against ≤90万元), as a 度量单位 column would say.
    if (f.target && f.actual && f.target->quantitative() && f.actual->quantitative() && !f.target->unit().empty() &&
        f.actual->unit().empty() && !units_agree(*f.target, *f.actual) &&
        // A bare 1 beside a percent may be 100 % written as a fraction or
        // 1 %: unsure, so the units stay apart (a warning says so).
        !(text::unit_scale(f.target->unit()).divisor != 1 && std::fabs(f.actual->value()) <= 1)) {
        f.unit_assumed = f.target->unit();
        f.actual = with_unit(f.actual, f.unit_assumed, ind.target.value);
    }
    // A 指标性质 column gives the direction a bare target does not write.
    if (f.target && f.target->quantitative() && !f.target->reading.direction_written)
        if (const auto* d = std::get_if<std::string>(&ind.direction.value))
            if (const auto dir = text::parse_direction(*d); dir && *dir != text::Direction::qualitative)
                f.target->reading.direction = *dir;
    // An unsigned target of a name the family reads as a ceiling (控制率).
    if (f.target && f.target->quantitative() && !f.target->reading.direction_written &&
        f.target->reading.direction == text::Direction::at_least && ends_with_any(ind.name, reverse_names))
        f.target->reading.direction = text::Direction::at_most;
    f.weight = number(ind.weight);
    f.score = number(ind.score);
    // Quantities, ranges and deadlines: what arithmetic can score.
    f.quantitative = f.target && (f.target->quantitative() || f.target->reading.dated());
    if (f.target && f.actual && f.weight)
        f.expected = indicator_score(*f.target, *f.actual, *f.weight, std::nullopt, p, year);
    if (f.quantitative && f.actual)
        if (const auto share = indicator_score(*f.target, *f.actual, 1, std::nullopt, p, year)) f.share = *share;
    // A missed "=" target: national rules give 0, many bureaus partial
    // credit. A partial score stated is taken as it is; only a full score for
    // a miss is sure to be wrong.
    if (f.expected && *f.expected == 0 && f.target->reading.direction == text::Direction::equal) {
        f.expected_exact = false;
        if (f.score && compare_values(*f.score, 0) > 0 && compare_values(*f.score, *f.weight) < 0)
            f.expected = *f.score;
    }
    return f;
}

}  // namespace

std::vector<IndicatorFacts> facts_of(const FormModel& form, const Profile& p) {
    std::vector<IndicatorFacts> out;
    out.reserve(form.indicators.size());
    for (const auto& ind : form.indicators) out.push_back(facts_of(ind, p, form.year, form.reverse_names));
    return out;
}

namespace {

// Whether the row's stated score is what a weight `w` gives it, by the
// rules' arithmetic. Only a quantitative indicator can say: a score in
// words could be any share of its weight, so it proves nothing.
std::optional<bool> consistent_with(const Indicator& ind, const IndicatorFacts& f, double w, const Profile& p,
                                    std::optional<int> year) {
    if (!f.score || !f.quantitative || !f.target || !f.actual || !f.expected_exact) return std::nullopt;
    const auto e = indicator_score(*f.target, *f.actual, w, std::nullopt, p, year);
    if (!e) return std::nullopt;
    return score_agrees(*f.score, ind.score.value, *e, w);
}

// Among `members`, those whose weight, taken back by `excess`, makes their
// own row agree where the weight as written does not: a met indicator
// scored 5 under a weight of 6. A row in words scored exactly the weight
// taken back may be one too (it proves nothing, but it ties): the
// quantitative candidates first, then these.
struct Candidates {
    std::vector<size_t> sure, tied;
};

Candidates culprits(const FormModel& form, const std::vector<IndicatorFacts>& facts, const std::vector<size_t>& members,
                    double excess, const Profile& p) {
    Candidates out;
    for (size_t i : members) {
        const auto& f = facts[i];
        const double w = *f.weight, corrected = round_half_up(w - excess, p.max_decimals);
        if (compare_values(corrected, 0) <= 0) continue;
        // The indicator that scores the execution rate is the rate rule's.
        const bool rate_row = form.rate_indicator && static_cast<size_t>(*form.rate_indicator) == i;
        const auto now = consistent_with(form.indicators[i], f, w, p, form.year);
        const auto then = consistent_with(form.indicators[i], f, corrected, p, form.year);
        if (!rate_row && now && then && !*now && *then)
            out.sure.push_back(i);
        else if ((!now || rate_row) && f.score && compare_values(*f.score, corrected) == 0 &&
                 compare_values(*f.score, w) != 0)
            out.tied.push_back(i);
    }
    return out;
}

// One culprit: one sure candidate and nothing tied with it.
std::optional<size_t> single(const Candidates& c) {
    if (c.sure.size() == 1 && c.tied.empty()) return c.sure.front();
    return std::nullopt;
}

std::vector<size_t> all_of(const Candidates& c) {
    std::vector<size_t> out = c.sure;
    out.insert(out.end(), c.tied.begin(), c.tied.end());
    return out;
}

// Weighs what the form tells about `members`, whose weights exceed d.label
// by d.sum − d.label: the one culprit takes the weight it must have (and
// the score that weight gives); else every member is in doubt.
void blame(WeightDoubt& d, const std::vector<size_t>& members, const FormModel& form,
           std::vector<IndicatorFacts>& facts, const Profile& p) {
    const double excess = d.sum - d.label;
    const Candidates found = culprits(form, facts, members, excess, p);
    d.culprit = single(found);
    d.candidates = all_of(found);
    for (size_t i : d.candidates) facts[i].weight_suspect = true;
    if (d.culprit) {
        auto& f = facts[*d.culprit];
        f.stated_weight = f.weight;
        f.weight = round_half_up(*f.weight - excess, p.max_decimals);
        if (f.target && f.actual)
            f.expected = indicator_score(*f.target, *f.actual, *f.weight, std::nullopt, p, form.year);
        return;
    }
    // The form cannot tell which: every member may be the one.
    if (d.candidates.empty()) d.candidates = members;
    for (size_t i : members) facts[i].weight_in_doubt = true;
}

}  // namespace

std::vector<WeightDoubt> weight_doubts(FormModel& form, std::vector<IndicatorFacts>& facts, const Profile& p) {
    // The labels that weigh indicators directly: each group's, or the whole
    // table's when the groups carry none (绩效指标(90分) over its indicators).
    std::vector<size_t> weighted;  // the indicators that have a weight
    for (size_t i = 0; i < facts.size(); ++i)
        if (facts[i].weight) weighted.push_back(i);
    std::vector<std::pair<const IndicatorGroup*, std::vector<size_t>>> sums;
    for (size_t g = 0; g < form.groups.size(); ++g) {
        if (!form.groups[g].label_weight) continue;
        std::vector<size_t> members;
        for (size_t i = 0; i < form.indicators.size(); ++i)
            if (form.indicators[i].group == static_cast<int>(g) && facts[i].weight) members.push_back(i);
        if (!members.empty()) sums.push_back({&form.groups[g], std::move(members)});
    }
    if (sums.empty() && form.indicator_block && form.indicator_block->label_weight && !weighted.empty())
        sums.push_back({&*form.indicator_block, weighted});
    std::vector<WeightDoubt> out;
    for (const auto& [group, members] : sums) {
        double sum = 0;
        for (size_t i : members) sum += *facts[i].weight;
        sum = round_half_up(sum, p.max_decimals);
        const double label = *group->label_weight;
        if (compare_values(sum, label) == 0) continue;
        WeightDoubt d{group, label, sum, std::nullopt, {}, std::nullopt};
        blame(d, members, form, facts, p);
        out.push_back(std::move(d));
    }
    // All weights against the total's 100, when the total says 100: a group
    // that did not add up is said above; else the one weight no label checks
    // (the budget's), or the one row that its own score and figures single
    // out, or, when nothing tells, every weight is in doubt.
    const auto stated_total = number(form.total_weight);
    const bool budget_counts = form.budget && form.budget_in_total && number(form.budget->weight);
    const bool groups_unsure = std::any_of(out.begin(), out.end(), [](const WeightDoubt& d) { return !d.culprit; });
    if (form.totals_unsure || !stated_total || compare_values(*stated_total, p.total_weight) != 0 || groups_unsure)
        return out;
    double indicators = 0;  // as the groups' culprits now weigh
    for (size_t i : weighted) indicators += *facts[i].weight;
    indicators = round_half_up(indicators, p.max_decimals);
    const double budget = budget_counts ? *number(form.budget->weight) : 0;
    const double sum = round_half_up(indicators + budget, p.max_decimals);
    if (compare_values(sum, p.total_weight) == 0) return out;
    WeightDoubt d{nullptr, p.total_weight, sum, std::nullopt, {}, std::nullopt};
    const bool labels_hold_every_row =
        !weighted.empty() && std::all_of(weighted.begin(), weighted.end(), [&](size_t i) {
            const int g = form.indicators[i].group;
            return g >= 0 && form.groups[static_cast<size_t>(g)].label_weight.has_value();
        });
    const double budget_must = round_half_up(p.total_weight - indicators, p.max_decimals);
    if (budget_counts && labels_hold_every_row && compare_values(budget_must, 0) > 0) {
        d.budget_weight = budget_must;
        d.budget_stated = budget;
        form.budget->weight.value = CellValue{budget_must};  // every rule takes the weight it must have
    } else {
        blame(d, weighted, form, facts, p);
        d.budget_in_doubt = !d.culprit && budget_counts;
    }
    out.push_back(std::move(d));
    return out;
}

bool budget_weight_in_doubt(const std::vector<WeightDoubt>& doubts) {
    return std::any_of(doubts.begin(), doubts.end(), [](const WeightDoubt& d) { return d.budget_in_doubt; });
}

std::optional<double> expected_of(const IndicatorFacts& f) {
    return f.expected ? std::optional<double>(*f.expected) : std::nullopt;
}

std::optional<double> writable_expected(const IndicatorFacts& f) {
    return f.quantitative && f.expected_exact && !f.weight_in_doubt ? expected_of(f) : std::nullopt;
}

std::optional<double> rule_score(const FormModel& form, const std::vector<IndicatorFacts>& facts, size_t i,
                                 const Profile& profile) {
    if (form.rate_indicator && static_cast<size_t>(*form.rate_indicator) == i)
        return expected_exec_score(form, profile);
    return facts[i].quantitative ? expected_of(facts[i]) : std::nullopt;
}

bool total_checkable(const FormModel& form) {
    // Unsure what the budget block adds: no error built on a guess. A score
    // left blank is reported where it is, not again in the total.
    if (form.totals_unsure) return false;
    for (const auto& ind : form.indicators)
        if (!ind.name.empty() && ind.score.present() && ind.score.empty()) return false;
    const auto* exec = exec_score_cell(form);
    return !(exec && exec->empty());
}

Totals totals_of(const FormModel& form, const std::vector<IndicatorFacts>& facts, const Profile& profile) {
    Totals t;
    t.stated_weight = number(form.total_weight);
    t.stated_score = number(form.total_score);
    if (!t.stated_score) t.stated_score = number(form.header_score);
    double sum = 0;
    bool any = false;
    if (form.totals_unsure) return t;
    if (!form.budget_in_total) {
        // The family does not score the budget block.
    } else if (const auto e = expected_exec_score(form, profile)) {
        sum += *e;
        any = true;
    } else if (form.budget) {
        if (const auto s = number(form.budget->score)) {
            sum += *s;
            any = true;
        }
    }
    for (size_t i = 0; i < facts.size(); ++i) {
        const auto& f = facts[i];
        auto s = rule_score(form, facts, i, profile);
        if (!s) s = f.score;
        // A weighted indicator without a score leaves the total unknown, not
        // smaller (a form half filled in is not graded 差).
        if (!s && f.weight) return t;
        if (s) {
            sum += *s;
            any = true;
        }
    }
    if (any) t.computed_score = round_half_up(sum, profile.max_decimals);
    return t;
}

}  // namespace perfeval::rules
