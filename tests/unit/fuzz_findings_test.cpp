// What the sanitizers and fuzzers (tests/fuzz, scripts/deep-test.sh) found in
// src/core, one test per fix: each failed, or was undefined behaviour under
// -fsanitize=address,undefined, before its fix.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

#include "core/decimal/decimal.hpp"
#include "core/decimal/format.hpp"
#include "core/form/grid.hpp"
#include "core/form/recognize.hpp"
#include "core/formulas/formulas.hpp"
#include "core/rules/check.hpp"
#include "core/scoring/exec_rate.hpp"
#include "core/scoring/profile.hpp"
#include "core/scoring/scores.hpp"

using namespace perfeval;

namespace {

Operand num(double d) { return *operand_of(CellValue{d}); }
CellValue str(const char* s) { return CellValue{std::string(s)}; }

}  // namespace

// values (or any two values at 20+ decimals) as equal.
TEST(FuzzFindings, EqualAtHugeValuesOrManyDecimals) {
    EXPECT_FALSE(equal_at(1e19, 5e19, 0));
    EXPECT_FALSE(equal_at(1e300, 2e300, 2));
    EXPECT_TRUE(equal_at(1e300, 1e300, 2));
    EXPECT_FALSE(equal_at(0.956, 1.0, 24));  // "95.600000000000000000000%" as stated rate
    EXPECT_TRUE(equal_at(0.956, 0.956, 24));
    EXPECT_EQ(to_units(1e19, 0), std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ(to_units(-1e19, 0), std::numeric_limits<std::int64_t>::min());
    EXPECT_EQ(to_units(1e19, -5), 100000000000000);
    EXPECT_DOUBLE_EQ(from_units(100000000000000, -5), 1e19);
}

// and 0 at hundreds of decimals NaN.
TEST(FuzzFindings, RoundHalfUpStaysFinite) {
    EXPECT_DOUBLE_EQ(round_half_up(1.7e308, 2), 1.7e308);
    EXPECT_DOUBLE_EQ(round_half_up(0, 400), 0);
    EXPECT_DOUBLE_EQ(round_half_up(44.02, 400), 44.02);
    EXPECT_DOUBLE_EQ(*indicator_score(num(5), num(5), 1.7e308, {}, default_profile()), 1.7e308);
}

// (UB), PERF.SUMCHECK(1E19;5E18;5E18) gave −7.77E17 and (1E20;1E19) gave 0.
TEST(FuzzFindings, SumCheckOfHugeValuesNeitherOverflowsNorAgreesFalsely) {
    EXPECT_DOUBLE_EQ(*sum_check(num(1e19), {num(5e18), num(5e18)}, default_profile()), 0);
    EXPECT_DOUBLE_EQ(*sum_check(num(1e20), {num(1e19)}, default_profile()), 9e19);
    EXPECT_DOUBLE_EQ(*formulas::sum_check(CellValue{1e19}, {CellValue{5e18}, CellValue{5e18}}), 0);
    EXPECT_DOUBLE_EQ(*formulas::sum_check(CellValue{1e20}, {CellValue{1e19}}), 9e19);
    // 6 decimals on a 13-digit amount: 1E19 units did not fit.
    EXPECT_DOUBLE_EQ(*sum_check(num(9.3e12), {num(9.3e12 - 0.5), num(0.5)}, default_profile()), 0);
    EXPECT_DOUBLE_EQ(*sum_check(num(9.3e12), {num(9.3e12), num(0.000001)}, default_profile()), 0);  // beyond 15 digits
    EXPECT_NE(*sum_check(num(9.3e12), {num(9.3e12 - 1), num(0.5)}, default_profile()), 0);
    EXPECT_DOUBLE_EQ(*sum_check(num(9.3e12), {num(1), num(0.000001)}, default_profile()), 9.3e12 - 1);
    EXPECT_DOUBLE_EQ(*sum_check(num(5e307), {num(5e307)}, default_profile()), 0);
    EXPECT_DOUBLE_EQ(*sum_check(num(5e307), {num(-5e307)}, default_profile()), 1e308);
    // A difference beyond a double (or a sum, in the rules): no number, not inf.
    EXPECT_EQ(sum_check(num(1.7e308), {num(-1.7e308)}, default_profile()).problem(), Problem::not_a_number);
    EXPECT_EQ(formulas::sum_check(CellValue{1.7e308}, {CellValue{-1.7e308}}).problem(), Problem::not_a_number);
    // Many large parts: the running sum stays within int64.
    std::vector<Operand> parts(100, num(9e16));
    EXPECT_DOUBLE_EQ(*sum_check(num(9e18), parts, default_profile()), 0);
    // Small values stay exact at their decimals.
    EXPECT_DOUBLE_EQ(*sum_check(num(2481.78), {num(2376.49), num(105.29)}, default_profile()), 0);
    EXPECT_DOUBLE_EQ(*sum_check(num(0.3), {num(0.1), num(0.2), num(0.000001)}, default_profile()), -0.000001);
}

// (and PERF.EXECSCORE NaN with a weight of 0).
TEST(FuzzFindings, ExecRateThatOverflows) {
    EXPECT_EQ(exec_rate(1e308, 1e-308).problem(), Problem::not_a_number);
    EXPECT_EQ(formulas::exec_rate(CellValue{1e308}, CellValue{1e-308}).problem(), Problem::not_a_number);
    EXPECT_EQ(formulas::exec_score(CellValue{1e308}, CellValue{1e-308}, CellValue{0.0}, CellValue{}).problem(),
              Problem::not_a_number);
    EXPECT_DOUBLE_EQ(*exec_rate(2481.78, 2481.78), 1);
}

// exec_score: an uncapped rate × weight beyond a double gave inf.
TEST(FuzzFindings, UncappedExecScoreThatOverflows) {
    const Profile& uncapped = *find_profile("uncapped");
    EXPECT_EQ(exec_score(1e200, 1e200, uncapped).problem(), Problem::not_a_number);
    EXPECT_EQ(
        formulas::exec_score(CellValue{1e200}, CellValue{1e-10}, CellValue{1e200}, CellValue{std::string("uncapped")})
            .problem(),
        Problem::not_a_number);
    EXPECT_DOUBLE_EQ(*exec_score(1e200, 1e200, default_profile()), 1e200);  // capped at the weight
}

// printed "-inf", "nan" and "-0.00".
TEST(FuzzFindings, FormatNumberWholeAndFinite) {
    EXPECT_EQ(format_number(1e70, 0).size(), 71u);
    EXPECT_EQ(format_number(1e70, 0).substr(0, 15), "100000000000000");
    EXPECT_EQ(format_number(-1e63, 2).size(), 1 + 64 + 3);
    EXPECT_EQ(format_number(-0.001, 2), "0.00");
    EXPECT_EQ(format_number(-0.0), "0");
    EXPECT_EQ(format_number(std::numeric_limits<double>::infinity(), 2), "#NUM!");
    EXPECT_EQ(format_number(-std::numeric_limits<double>::infinity()), "#NUM!");
    EXPECT_EQ(format_number(std::nan(""), 2), "#NUM!");
    EXPECT_EQ(format_percent(0.956), "95.60%");
}

// hundreds of digits threw std::out_of_range out of recognize().
TEST(FuzzFindings, GroupWeightWithHundredsOfDigits) {
    const std::string huge = "产出指标(" + std::string(400, '9') + "分)";
    std::vector<CellValue> cells{str("三级指标"), str("一级指标"), str("数量"), str(huge.c_str())};
    const Grid grid({0, 0}, 2, 2, cells);
    std::optional<FormModel> form;
    ASSERT_NO_THROW(form = recognize(grid));
    ASSERT_TRUE(form);
    ASSERT_EQ(form->groups.size(), 1u);
    EXPECT_FALSE(form->groups[0].label_weight);
    EXPECT_NO_THROW(check_sheet(grid, "S", default_profile()));
}
