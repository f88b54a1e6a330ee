// The functions as a formula sees them: cell values in, a number or a problem out.
#include <gtest/gtest.h>

#include "core/formulas/formulas.hpp"

using namespace perfeval;
namespace f = perfeval::formulas;

namespace {
CellValue n(double d) { return CellValue{d}; }
CellValue t(const char* s) { return CellValue{std::string(s)}; }
const CellValue none{};
}  // namespace

TEST(Formulas, ExecScoreDefaultsAndProfiles) {
    EXPECT_DOUBLE_EQ(*f::exec_score(n(2481.78), n(2481.78), none, none), 10);
    EXPECT_DOUBLE_EQ(*f::exec_score(n(95), n(100), n(20), none), 19);
    EXPECT_DOUBLE_EQ(*f::exec_score(n(120), n(100), n(10), t("uncapped")), 12);
    EXPECT_EQ(f::exec_score(n(1), n(1), none, t("nope")).problem(), Problem::unknown_profile);
    EXPECT_EQ(f::exec_score(n(1), n(1), none, n(3)).problem(), Problem::unknown_profile);
    EXPECT_EQ(f::exec_score(n(1), n(0), none, none).problem(), Problem::zero_budget);
    EXPECT_EQ(f::exec_score(n(1), n(1), t("abc"), none).problem(), Problem::not_a_number);
}

TEST(Formulas, IndicatorScoreArguments) {
    EXPECT_DOUBLE_EQ(*f::indicator_score(t("≥90%"), t("100%"), n(3), none, none), 3);
    EXPECT_DOUBLE_EQ(*f::indicator_score(n(5), n(6), n(5), t("<="), none), 4.17);
    EXPECT_DOUBLE_EQ(*f::indicator_score(n(5), n(6), t("　5"), t("≤"), none), 4.17);
    EXPECT_EQ(f::indicator_score(n(5), n(6), n(5), t("up"), none).problem(), Problem::bad_direction);
    EXPECT_EQ(f::indicator_score(n(5), n(6), none, none, none).problem(), Problem::empty);
    EXPECT_EQ(f::indicator_score(none, n(6), n(5), none, none).problem(), Problem::empty);
    EXPECT_EQ(f::indicator_score(n(5), CellValue{CellError{532}}, n(5), none, none).problem(), Problem::error_value);
    EXPECT_EQ(f::indicator_score(n(5), n(6), n(-5), none, none).problem(), Problem::negative_weight);
    EXPECT_EQ(f::indicator_score(t("≥100某某"), n(6), n(5), none, none).problem(), Problem::unreadable_text);
}

TEST(Formulas, TargetAndDirection) {
    EXPECT_DOUBLE_EQ(*f::target_value(t("≥90%")), 0.9);
    EXPECT_DOUBLE_EQ(*f::target_value(t("不超出4229.37万元")), 4229.37);
    EXPECT_DOUBLE_EQ(*f::target_value(t("1.4万件")), 1.4);
    EXPECT_DOUBLE_EQ(*f::target_value(n(7)), 7);
    EXPECT_EQ(f::target_value(t("完成")).problem(), Problem::qualitative);
    EXPECT_EQ(f::target_value(none).problem(), Problem::empty);
    EXPECT_EQ(*f::target_direction(t("不超出740.00万元")), "≤");
    EXPECT_EQ(*f::target_direction(t("=100%")), "=");
    EXPECT_EQ(*f::target_direction(t("5")), "≥");
    EXPECT_EQ(*f::target_direction(n(5)), "≥");
    EXPECT_EQ(*f::target_direction(n(0)), "≤");
    EXPECT_EQ(*f::target_direction(t("全面落实")), "定性");
    EXPECT_EQ(*f::target_direction(t("90%-100%")), "区间");
    EXPECT_EQ(f::target_direction(t("90%-100%-110%")).problem(), Problem::unreadable_text);
    // Deadlines: a ceiling on a date, which is no number.
    EXPECT_EQ(*f::target_direction(t("9月前")), "≤");
    EXPECT_EQ(*f::target_direction(t("12月底前")), "≤");
    EXPECT_EQ(f::target_value(t("9月前")).problem(), Problem::date_value);
    EXPECT_EQ(f::target_value(t("90%-100%")).problem(), Problem::range_value);
    // What staff write in words.
    EXPECT_DOUBLE_EQ(*f::target_value(t("三项")), 3);
    EXPECT_DOUBLE_EQ(*f::target_value(t("百分之九十")), 0.9);
    EXPECT_EQ(*f::target_direction(t("安全事故0起")), "≤");
}

TEST(Formulas, ScoreOfDeadlinesAndRanges) {
    const auto w = n(5);
    // A month against a month: done in July for "before September" is met.
    EXPECT_DOUBLE_EQ(*f::indicator_score(t("9月前"), t("7月"), w, none, none), 5);
    EXPECT_DOUBLE_EQ(*f::indicator_score(t("9月前"), t("9月"), w, none, none), 5);
    // Missed: the national profile gives nothing, never 9 ÷ 10 of the weight.
    EXPECT_DOUBLE_EQ(*f::indicator_score(t("9月前"), t("10月完成"), w, none, none), 0);
    // A date without a year is taken in the other argument's year.
    EXPECT_DOUBLE_EQ(*f::indicator_score(t("2024年12月31日前"), t("12月20日"), w, none, none), 5);
    EXPECT_DOUBLE_EQ(*f::indicator_score(t("12月底前"), t("2025年1月"), w, none, none), 5);  // same year assumed
    EXPECT_DOUBLE_EQ(*f::indicator_score(t("2024年12月底前"), t("2025年1月"), w, none, none), 0);
    EXPECT_DOUBLE_EQ(*f::indicator_score(t("次年3月前"), t("2月"), w, none, none), 5);
    // A date against a number cannot be compared.
    EXPECT_EQ(f::indicator_score(t("9月前"), t("100%"), w, none, none).problem(), Problem::unit_mismatch);
    EXPECT_EQ(f::indicator_score(t("≥90%"), t("7月"), w, none, none).problem(), Problem::unit_mismatch);
    // Words for a deadline say nothing arithmetic can check.
    EXPECT_EQ(f::indicator_score(t("9月前"), t("按时完成"), w, none, none).problem(), Problem::unreadable_text);
    // Ranges: full inside, as ≥ its low end below it, as ≤ its high end above it.
    EXPECT_DOUBLE_EQ(*f::indicator_score(t("90%-100%"), t("95%"), w, none, none), 5);
    EXPECT_DOUBLE_EQ(*f::indicator_score(t("90%-100%"), n(0.9), w, none, none), 5);
    EXPECT_DOUBLE_EQ(*f::indicator_score(t("90%-100%"), t("45%"), w, none, none), 2.5);
    EXPECT_DOUBLE_EQ(*f::indicator_score(t("90%～110%"), t("137.5%"), w, none, none), 4);
    // Chinese numerals and zero ceilings.
    EXPECT_DOUBLE_EQ(*f::indicator_score(t("不少于三项"), t("3项"), w, none, none), 5);
    EXPECT_DOUBLE_EQ(*f::indicator_score(t("十二个"), t("9个"), n(4), none, none), 3);
    EXPECT_DOUBLE_EQ(*f::indicator_score(t("0起"), t("无"), w, none, none), 5);
    EXPECT_DOUBLE_EQ(*f::indicator_score(t("0起"), t("1起"), w, none, none), 0);
    EXPECT_DOUBLE_EQ(*f::indicator_score(t("≥百分之九十"), t("百分之八十一"), n(10), none, none), 9);
}

TEST(Formulas, GradeAndSumCheck) {
    EXPECT_EQ(*f::grade(n(99), none), "优");
    EXPECT_EQ(*f::grade(t("85"), t("national")), "良");
    EXPECT_EQ(f::grade(n(101), none).problem(), Problem::total_out_of_range);
    EXPECT_EQ(f::grade(t("优"), none).problem(), Problem::not_a_number);
    // The seed: 总分 100, but 9 + 50 + 30 + 10 = 99; blank range cells count as nothing.
    EXPECT_DOUBLE_EQ(*f::sum_check(t("　100"), {n(9), n(50), none, t("　30"), n(10)}), 1);
    EXPECT_EQ(f::sum_check(none, {n(1)}).problem(), Problem::empty);
    EXPECT_EQ(f::sum_check(n(1), {CellValue{CellError{0}}}).problem(), Problem::error_value);
}
