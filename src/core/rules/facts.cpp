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

std::optional<double> expected_exec_score(const FormModel& f, const Profile& p) {
    const auto rate = rate_of(f);
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

IndicatorFacts facts_of(const Indicator& ind, const Profile& p, std::optional<int> year) {
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
    // A 指标性质 column gives the direction a bare target does not write.
    if (f.target && f.target->quantitative() && !f.target->reading.direction_written)
        if (const auto* d = std::get_if<std::string>(&ind.direction.value))
            if (const auto dir = text::parse_direction(*d); dir && *dir != text::Direction::qualitative)
                f.target->reading.direction = *dir;
    f.weight = number(ind.weight);
    f.score = number(ind.score);
    // Quantities, ranges and deadlines: what arithmetic can score.
    f.quantitative = f.target && (f.target->quantitative() || f.target->reading.dated());
    if (f.target && f.actual && f.weight)
        f.expected = indicator_score(*f.target, *f.actual, *f.weight, std::nullopt, p, year);
    // A missed "=" target: national rules give 0, many bureaus partial
    // credit. A partial score stated is taken as it is; only a full score for
    // a miss is sure to be wrong.
    if (f.expected && *f.expected == 0 && f.score && f.target->reading.direction == text::Direction::equal &&
        compare_values(*f.score, 0) > 0 && compare_values(*f.score, *f.weight) < 0)
        f.expected = *f.score;
    return f;
}

}  // namespace

std::vector<IndicatorFacts> facts_of(const FormModel& form, const Profile& p) {
    std::vector<IndicatorFacts> out;
    out.reserve(form.indicators.size());
    for (const auto& ind : form.indicators) out.push_back(facts_of(ind, p, form.year));
    return out;
}

std::optional<double> expected_of(const IndicatorFacts& f) {
    return f.expected ? std::optional<double>(*f.expected) : std::nullopt;
}

std::optional<double> rule_score(const FormModel& form, const std::vector<IndicatorFacts>& facts, size_t i,
                                 const Profile& profile) {
    if (form.rate_indicator && static_cast<size_t>(*form.rate_indicator) == i)
        return expected_exec_score(form, profile);
    return facts[i].quantitative ? expected_of(facts[i]) : std::nullopt;
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
