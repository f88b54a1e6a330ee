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
    EXPECT_EQ(f::indicator_score(t("≥100百分比"), n(6), n(5), none, none).problem(), Problem::unreadable_text);
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
    EXPECT_EQ(*f::target_direction(t("全面落实")), "定性");
    EXPECT_EQ(f::target_direction(t("90%-100%")).problem(), Problem::unreadable_text);
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
