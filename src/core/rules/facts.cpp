#include "context.hpp"

#include <algorithm>

#include "../decimal/decimal.hpp"
#include "../decimal/format.hpp"
#include "../read_number.hpp"
#include "../scoring/operand.hpp"
#include "../scoring/scores.hpp"
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

std::optional<double> rate_of(const FormModel& f) {
    if (!f.budget) return std::nullopt;
    const auto b = number(f.budget->total.budget), e = number(f.budget->total.executed);
    if (!b || !e || *b <= 0 || *e < 0) return std::nullopt;
    return *e / *b;
}

double exec_weight(const FormModel& f, const Profile& p) {
    if (f.budget) {
        if (const auto w = number(f.budget->weight)) return *w;
    }
    return p.default_exec_weight;
}

std::optional<double> expected_exec_score(const FormModel& f, const Profile& p) {
    const auto rate = rate_of(f);
    if (!rate) return std::nullopt;
    const auto s = exec_score(*rate, exec_weight(f, p), p);
    return s ? std::optional<double>(*s) : std::nullopt;
}

namespace {

IndicatorFacts facts_of(const Indicator& ind, const Profile& p) {
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
    f.weight = number(ind.weight);
    f.score = number(ind.score);
    f.quantitative = f.target && f.target->quantitative();
    if (f.target && f.actual && f.weight)
        f.expected = indicator_score(*f.target, *f.actual, *f.weight, std::nullopt, p);
    return f;
}

}  // namespace

std::vector<IndicatorFacts> facts_of(const FormModel& form, const Profile& p) {
    std::vector<IndicatorFacts> out;
    out.reserve(form.indicators.size());
    for (const auto& ind : form.indicators) out.push_back(facts_of(ind, p));
    return out;
}

std::optional<double> expected_of(const IndicatorFacts& f) {
    return f.expected ? std::optional<double>(*f.expected) : std::nullopt;
}

Totals totals_of(const FormModel& form, const std::vector<IndicatorFacts>& facts, const Profile& profile) {
    Totals t;
    t.stated_weight = number(form.total_weight);
    t.stated_score = number(form.total_score);
    double sum = 0;
    bool any = false;
    if (const auto e = expected_exec_score(form, profile)) {
        sum += *e;
        any = true;
    } else if (form.budget) {
        if (const auto s = number(form.budget->score)) {
            sum += *s;
            any = true;
        }
    }
    for (const auto& f : facts) {
        auto s = f.quantitative ? expected_of(f) : std::nullopt;
        if (!s) s = f.score;
        if (s) {
            sum += *s;
            any = true;
        }
    }
    if (any) t.computed_score = round_half_up(sum, profile.max_decimals);
    return t;
}

}  // namespace perfeval::rules
