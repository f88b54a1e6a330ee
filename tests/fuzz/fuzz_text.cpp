// libFuzzer target: target/actual texts and the functions that read them.
//
// Input: up to four UTF-8 (or not) strings separated by the byte 0x1F (ASCII
// unit separator), e.g. "≥90%\x1f" "100%\x1f" "3\x1f" "≥". Every text
// function runs on every string; the formulas take them as their arguments
// (target, actual, weight, direction; executed, budget, weight; total and
// parts). The input's length picks the scoring profile.
//
// Invariants checked (beyond the sanitizers): no exception escapes; numbers
// read from text are finite; normalize/squeeze leave the white space they
// promise; a score for a finite non-negative weight lies in 0..weight.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"

#include "core/cell_value.hpp"
#include "core/decimal/decimal.hpp"
#include "core/formulas/formulas.hpp"
#include "core/read_number.hpp"
#include "core/text/normalize.hpp"
#include "core/text/number.hpp"
#include "core/text/numerals.hpp"
#include "core/text/quantity.hpp"

using namespace perfeval;

namespace {

bool ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

void check_quantity(const text::Quantity& q) {
    CHECK(std::isfinite(q.value));
    CHECK(q.decimals >= 0);
}

void text_functions(std::string_view s) {
    const std::string n = text::normalize(s);
    if (!n.empty()) {
        CHECK(!ascii_space(n.front()) && !ascii_space(n.back()));
    }
    for (size_t i = 0; i < n.size(); ++i) {
        CHECK(n[i] == ' ' || !ascii_space(n[i]));
        if (i > 0) CHECK(!(n[i] == ' ' && n[i - 1] == ' '));
    }
    for (char c : text::squeeze(s)) CHECK(!ascii_space(c));

    if (const auto p = text::parse_number(s)) {
        CHECK(std::isfinite(p->value));
        CHECK(p->decimals >= 0);
    }
    const text::Reading r = text::read_quantity(s);
    if (r.ok()) {
        if (r.quantity) check_quantity(*r.quantity);
    } else {
        CHECK(!r.quantity);
        CHECK(!r.date);
    }
    if (r.upper) {  // a range: both ends, low first, one unit
        CHECK(r.quantity && r.direction == text::Direction::range);
        check_quantity(*r.upper);
        CHECK(r.quantity->value <= r.upper->value && r.quantity->unit == r.upper->unit);
    }
    if (r.date) {  // a date is no quantity, and a real month and day
        CHECK(!r.quantity);
        CHECK(r.date->month >= 1 && r.date->month <= 12);
        CHECK(!r.date->day || (*r.date->day >= 1 && *r.date->day <= 31));
        CHECK(text::compare_dates(*r.date, *r.date, std::nullopt) == 0);
        const text::Date other{2024, 0, 6, 15};
        CHECK(text::compare_dates(*r.date, other, 2024) == -text::compare_dates(other, *r.date, 2024));
    }
    if (const auto n = text::chinese_number(s)) CHECK(std::isfinite(*n));
    (void)text::with_arabic_numerals(text::squeeze(s));
    if (r.quantitative()) CHECK(r.quantity.has_value());
    (void)text::direction_symbol(r.direction);
    for (const auto& q : text::find_quantities(s)) check_quantity(q);
    if (const auto d = text::parse_direction(s)) (void)text::direction_symbol(*d);
}

CellValue cell(const std::string& s) { return s.empty() ? CellValue{} : CellValue{s}; }

void check_finite(const Expected<double>& v) {
    if (v) CHECK(std::isfinite(*v));
}

void formulas_on(const std::vector<std::string>& s, const CellValue& profile) {
    const CellValue a = cell(s[0]), b = cell(s[1]), c = cell(s[2]), d = cell(s[3]);

    check_finite(formulas::target_value(a));
    (void)formulas::target_direction(a);
    (void)formulas::grade(a, profile);
    check_finite(formulas::sum_check(a, {b, c, d}));
    check_finite(formulas::sum_check(a, {a}));
    if (const auto self = formulas::sum_check(a, {a})) CHECK(*self == 0);
    // Agreement only for values that agree (at up to 6 decimals or 15 digits).
    const auto one = formulas::sum_check(a, {b});
    const auto va = formulas::target_value(a), vb = formulas::target_value(b);
    if (one && *one == 0 && va && vb)
        CHECK(std::fabs(*va - *vb) <= 1e-6 + 1e-13 * std::max(std::fabs(*va), std::fabs(*vb)));

    const auto rate = formulas::exec_rate(a, b);
    if (rate) CHECK(*rate >= 0);
    (void)formulas::exec_score(a, b, c, profile);

    const auto score = formulas::indicator_score(a, b, c, d, profile);
    check_finite(score);
    const auto weight = read_number(c);
    if (score && weight && std::isfinite(*weight) && *weight >= 0) {
        CHECK(*score >= 0);
        CHECK(*score <= round_half_up(*weight, 2) * (1 + 1e-12) + 1e-9);
    }
    // Texts as the direction and the weight in the other places too.
    (void)formulas::indicator_score(a, b, d, c, profile);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
    if (size > 4096) return 0;  // texts in forms are short; long ones only slow the search
    const std::string_view in(reinterpret_cast<const char*>(data), size);
    std::vector<std::string> s;
    size_t start = 0;
    while (s.size() < 3) {
        const size_t sep = in.find('\x1f', start);
        if (sep == std::string_view::npos) break;
        s.emplace_back(in.substr(start, sep - start));
        start = sep + 1;
    }
    s.emplace_back(in.substr(start));
    s.resize(4);

    for (const auto& t : s) text_functions(t);

    static const char* const kProfiles[] = {"", "national", "linear", "uncapped", "LINEAR", "nope"};
    const CellValue profile = cell(kProfiles[size % 6]);
    formulas_on(s, profile);
    return 0;
}
