#include "scores.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "../decimal/decimal.hpp"

namespace perfeval {

Expected<double> exec_score(double rate, double weight, const Profile& profile) {
    if (weight < 0) return Problem::negative_weight;
    double score = rate * weight;
    if (profile.cap_exec_score) score = std::min(score, weight);
    if (!std::isfinite(score)) return Problem::not_a_number;  // uncapped 1E200 × 1E200
    return round_half_up(score, profile.score_decimals);
}

namespace {

double positive_share(double actual, double target) {
    if (compare_values(actual, target) >= 0) return 1;
    if (target <= 0) return 0;
    return std::max(0.0, actual / target);
}

double reverse_share(double actual, double target, ReverseRule rule) {
    if (compare_values(actual, target) <= 0) return 1;
    if (target <= 0) return 0;  // target 0 and something spent: nothing earned
    switch (rule) {
        case ReverseRule::ratio: return target / actual;
        case ReverseRule::linear: return std::max(0.0, 1 - (actual - target) / target);
    }
    return 0;
}

// A deadline: met → all of the weight, missed → the profile's share.
Expected<double> date_share(const Operand& target, const Operand& actual, text::Direction dir,
                            std::optional<int> form_year, const Profile& profile) {
    if (!actual.reading.dated()) return actual.quantitative() ? Problem::unit_mismatch : Problem::unreadable_text;
    const int order = text::compare_dates(*actual.reading.date, *target.reading.date, form_year);
    bool met = false;
    switch (dir) {
        case text::Direction::at_least: met = order >= 0; break;
        case text::Direction::equal: met = order == 0; break;
        default: met = order <= 0; break;  // a deadline
    }
    return met ? 1.0 : profile.late_deadline_share;
}

}  // namespace

Expected<double> indicator_score(const Operand& target, const Operand& actual, double weight,
                                 std::optional<text::Direction> direction, const Profile& profile,
                                 std::optional<int> form_year) {
    if (weight < 0) return Problem::negative_weight;
    const text::Direction dir = direction.value_or(target.reading.direction);
    if (dir == text::Direction::qualitative) return Problem::qualitative;
    if (target.reading.dated()) {
        const auto share = date_share(target, actual, dir, form_year, profile);
        if (!share) return share;
        return round_half_up(*share * weight, profile.score_decimals);
    }
    if (!target.quantitative()) return Problem::qualitative;
    if (actual.reading.dated()) return Problem::unit_mismatch;
    if (!actual.quantitative() || actual.reading.upper) return Problem::unreadable_text;
    if (!units_agree(target, actual)) return Problem::unit_mismatch;

    const double t = target.value(), a = actual.value();
    double share = 0;
    switch (dir) {
        case text::Direction::at_least: share = positive_share(a, t); break;
        case text::Direction::at_most: share = reverse_share(a, t, profile.reverse); break;
        case text::Direction::equal:
            share = equal_at(a, t, std::max(target.value_decimals(), actual.value_decimals())) ? 1 : 0;
            break;
        case text::Direction::range: {
            // Inside the range: met. Below it: as "at least" its low end;
            // above it: as "at most" its high end.
            const double high = target.reading.upper ? target.reading.upper->value : t;
            share = compare_values(a, t) < 0 ? positive_share(a, t) : reverse_share(a, high, profile.reverse);
            break;
        }
        case text::Direction::qualitative: break;
    }
    return round_half_up(share * weight, profile.score_decimals);
}

Expected<std::string_view> grade(double total, const Profile& profile) {
    if (compare_values(total, 0) < 0 || compare_values(total, 100) > 0) return Problem::total_out_of_range;
    for (const auto& band : profile.grades)
        if (compare_values(total, band.min_total) >= 0) return band.name;
    return profile.grades.back().name;
}

Expected<double> sum_check(const Operand& total, const std::vector<Operand>& parts, const Profile& profile) {
    if (!total.quantitative()) return Problem::not_a_number;
    int decimals = total.value_decimals();
    const std::string* unit = total.unit().empty() ? nullptr : &total.unit();
    for (const auto& p : parts) {
        if (!p.quantitative()) return Problem::not_a_number;
        if (!p.unit().empty()) {
            if (unit && p.unit() != *unit) return Problem::unit_mismatch;
            unit = &p.unit();
        }
        decimals = std::max(decimals, p.value_decimals());
    }
    decimals = std::min(decimals, profile.max_decimals);
    // Units stay within 15 significant digits (what a cell shows and a double
    // holds) and the running sum within int64: fewer decimals for large
    // values, units of tens, hundreds … for huge ones (1E19, 1E20).
    double largest = std::fabs(total.value());
    for (const auto& p : parts) largest = std::max(largest, std::fabs(p.value()));
    // Near DBL_MAX the sum (or the difference) itself would overflow.
    if (largest > std::numeric_limits<double>::max() / static_cast<double>(parts.size() + 2))
        return Problem::not_a_number;
    const double limit = std::min(1e15, 4e18 / static_cast<double>(parts.size() + 1));
    while (largest * std::pow(10.0, decimals) >= limit) --decimals;
    std::int64_t diff = to_units(total.value(), decimals);
    for (const auto& p : parts) diff -= to_units(p.value(), decimals);
    return from_units(diff, decimals);
}

}  // namespace perfeval
