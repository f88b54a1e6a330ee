// libFuzzer target: the scoring and decimal arithmetic on arbitrary doubles
// (NaN, ±inf, denormals, −0, huge and tiny values).
//
// Input: one byte that picks the decimals (mostly 0–15, sometimes hundreds),
// one byte of flags (profile, direction), then 8-byte little-endian IEEE
// doubles. Short inputs are padded with zeros.
//
// Invariants checked (beyond the sanitizers): no exception escapes; results
// for finite inputs are finite; a score for a finite non-negative weight is
// within 0..weight; sums agree only where the values do.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "fuzz_check.hpp"

#include "core/cell_value.hpp"
#include "core/decimal/decimal.hpp"
#include "core/decimal/format.hpp"
#include "core/formulas/formulas.hpp"
#include "core/scoring/exec_rate.hpp"
#include "core/scoring/operand.hpp"
#include "core/scoring/profile.hpp"
#include "core/scoring/scores.hpp"

using namespace perfeval;

namespace {

bool finite(double v) { return std::isfinite(v); }

// A score of a finite non-negative weight: 0..weight, at the profile's decimals.
void check_score(const Expected<double>& s, double weight) {
    if (!s) return;
    CHECK(finite(*s));
    CHECK(*s >= 0);
    CHECK(*s <= round_half_up(weight, 2) * (1 + 1e-12) + 1e-9);
}

void decimal_functions(double a, double b, int d) {
    const int shown = decimals_of(a);
    CHECK(shown >= 0 && shown <= 6);
    const int shown_d = decimals_of(a, d);
    CHECK(shown_d >= 0 && shown_d <= d);

    const double r = round_half_up(a, d);
    if (finite(a)) CHECK(finite(r));
    const std::int64_t u = to_units(a, d);
    const double back = from_units(u, d);
    if (finite(a) && std::fabs(r) * std::pow(10.0, d) < 9e18) CHECK(back == r);

    const int ab = compare_values(a, b), ba = compare_values(b, a);
    CHECK(ab >= -1 && ab <= 1);
    if (!std::isnan(a) && !std::isnan(b)) CHECK(ab == -ba);
    if (finite(a)) CHECK(equal_at(a, a, d));
    CHECK(equal_at(a, b, d) == equal_at(b, a, d));
    // Equal at d decimals: less than one unit of the d-th decimal apart
    // (or, beyond what a double holds, at 15 significant digits).
    if (finite(a) && finite(b) && equal_at(a, b, d))
        CHECK(std::fabs(a - b) <= std::pow(10.0, -d) + 1e-13 * std::max(std::fabs(a), std::fabs(b)));

    for (const std::string& s : {format_number(a, d), format_number(a), format_percent(a, d % 8)}) {
        if (!finite(a)) continue;
        CHECK(s.find("inf") == std::string::npos && s.find("nan") == std::string::npos);
        CHECK(!s.empty());
    }
    if (finite(a)) {
        const std::string s = format_number(a, d);
        char* end = nullptr;
        const double parsed = std::strtod(s.c_str(), &end);
        CHECK(end == s.c_str() + s.size());
        CHECK(std::fabs(parsed - r) <= 0.5 * std::pow(10.0, -d) + 1e-12 * std::fabs(r));
    }
}

std::optional<Operand> operand(double v) {
    auto o = operand_of(CellValue{v});
    if (!o) {
        CHECK(!finite(v));
        return std::nullopt;
    }
    return *o;
}

void scoring_functions(const std::vector<double>& v, std::uint8_t flags) {
    const Profile& p = profiles()[flags % profiles().size()];
    const double rate = v[0], weight = v[1], target = v[2], actual = v[3];

    const auto r = exec_rate(rate, weight);
    if (r && finite(rate) && finite(weight)) CHECK(*r >= 0 || std::isnan(*r));
    const auto es = exec_score(rate, weight, p);
    if (es && finite(rate) && finite(weight) && rate >= 0 && p.cap_exec_score) check_score(es, weight);

    const auto t = operand(target), a = operand(actual);
    static const std::optional<text::Direction> kDirections[] = {std::nullopt, text::Direction::at_least,
                                                                 text::Direction::at_most, text::Direction::equal,
                                                                 text::Direction::qualitative};
    const auto dir = kDirections[(flags / 4) % 5];
    if (t && a) {
        const auto s = indicator_score(*t, *a, weight, dir, p);
        if (finite(weight) && weight >= 0) check_score(s, weight);
    }

    (void)grade(v[4], p);

    // total − Σ parts over the rest of the doubles.
    if (!t) return;
    std::vector<Operand> parts;
    for (size_t i = 3; i < v.size(); ++i)
        if (const auto o = operand(v[i])) parts.push_back(*o);
    // Values near DBL_MAX give no difference (not_a_number), never inf.
    const auto diff = sum_check(*t, parts, default_profile());
    if (diff) CHECK(finite(*diff));
    const auto self = sum_check(*t, {*t}, default_profile());
    CHECK(self || std::fabs(target) > 1e307);
    if (self) CHECK(*self == 0);
    if (a) {
        const auto one = sum_check(*t, {*a}, default_profile());
        // Agreement only for values equal at the decimals they show (decimals_of:
        // at most 6, fewer for values with many digits) or, for huge values, at
        // 15 significant digits: never for values that differ.
        const int d = std::max(decimals_of(target), decimals_of(actual));
        if (one && *one == 0)
            CHECK(std::fabs(target - actual) <=
                  std::pow(10.0, -d) + 1e-13 * std::max(std::fabs(target), std::fabs(actual)));
    }
}

void formulas_on(const std::vector<double>& v, std::uint8_t flags) {
    static const char* const kProfiles[] = {"national", "linear", "uncapped"};
    const CellValue profile{std::string(kProfiles[flags % 3])};
    const CellValue a{v[0]}, b{v[1]}, c{v[2]}, d{v[3]};
#define finite_if_ok(expr)          \
    do {                            \
        const auto r_ = (expr);     \
        if (r_) CHECK(finite(*r_)); \
    } while (0)
    finite_if_ok(formulas::exec_rate(a, b));
    finite_if_ok(formulas::exec_score(a, b, c, profile));
    finite_if_ok(formulas::exec_score(a, b, CellValue{}, CellValue{}));
    const auto s = formulas::indicator_score(a, b, c, CellValue{}, profile);
    if (finite(v[2]) && v[2] >= 0) check_score(s, v[2]);
    finite_if_ok(formulas::indicator_score(a, b, c, CellValue{std::string("<=")}, profile));
    finite_if_ok(formulas::target_value(a));
    (void)formulas::target_direction(a);
    (void)formulas::grade(a, profile);
    finite_if_ok(formulas::sum_check(a, {b, c, d}));
    finite_if_ok(formulas::sum_check(a, {b, CellValue{}, CellError{502}}));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
    if (size > 2 + 8 * 64) return 0;
    const std::uint8_t db = size > 0 ? data[0] : 0;
    const std::uint8_t flags = size > 1 ? data[1] : 0;
    const int decimals = db < 224 ? db % 16 : (db - 224) * 12;  // 0–15, or up to 372
    std::vector<double> v;
    for (size_t i = 2; i < size; i += 8) {
        std::uint8_t bytes[8] = {};
        std::memcpy(bytes, data + i, std::min<size_t>(8, size - i));
        double d;
        std::memcpy(&d, bytes, 8);
        v.push_back(d);
    }
    if (v.size() < 6) v.resize(6, 0.0);

    decimal_functions(v[0], v[1], decimals);
    decimal_functions(v[1], v[0], decimals);
    scoring_functions(v, flags);
    formulas_on(v, flags);
    return 0;
}
