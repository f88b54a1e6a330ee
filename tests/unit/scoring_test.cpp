#include <gtest/gtest.h>

#include "core/decimal/decimal.hpp"
#include "core/scoring/profile.hpp"
#include "core/scoring/scores.hpp"

using namespace perfeval;

namespace {

Operand op(const CellValue& v) {
    auto o = operand_of(v);
    EXPECT_TRUE(o.ok());
    return *o;
}
Operand num(double d) { return op(CellValue{d}); }
Operand txt(const char* s) { return op(CellValue{std::string(s)}); }
const Profile& national() { return *find_profile("national"); }

}  // namespace

TEST(Decimal, ShowsAndRoundsLikeAPerson) {
    EXPECT_EQ(decimals_of(2481.78), 2);
    EXPECT_EQ(decimals_of(100), 0);
    EXPECT_EQ(decimals_of(0.1 + 0.2), 1);
    EXPECT_EQ(decimals_of(1.0 / 3), 6);
    EXPECT_DOUBLE_EQ(round_half_up(2.675, 2), 2.68);
    EXPECT_DOUBLE_EQ(round_half_up(4.5, 0), 5);
    EXPECT_DOUBLE_EQ(round_half_up(-4.5, 0), -5);
    EXPECT_DOUBLE_EQ(round_half_up(3.2000000000000006, 2), 3.2);
    EXPECT_EQ(to_units(2376.49, 2) + to_units(105.29, 2), to_units(2481.78, 2));
    EXPECT_TRUE(equal_at(0.1 + 0.2, 0.3, 2));
    EXPECT_EQ(compare_values(0.1 + 0.2, 0.3), 0);
    EXPECT_EQ(compare_values(0.9, 0.95), -1);
}

TEST(Profile, NamedRuleSetsAsData) {
    EXPECT_EQ(default_profile().name, "national");
    ASSERT_NE(find_profile("LINEAR"), nullptr);
    EXPECT_EQ(find_profile("linear")->reverse, ReverseRule::linear);
    EXPECT_FALSE(find_profile("uncapped")->cap_exec_score);
    EXPECT_EQ(find_profile("nope"), nullptr);
    for (const auto& p : profiles()) {
        EXPECT_FALSE(p.label.zh.empty());
        EXPECT_FALSE(p.label.en.empty());
        EXPECT_EQ(p.grades.back().min_total, 0);
        // The policy numbers a region may set, as published rules state them.
        EXPECT_LT(0, p.tiers.partly_from);
        EXPECT_LT(p.tiers.partly_from, p.tiers.partly_to);
        EXPECT_LT(p.tiers.partly_to, 1);
        EXPECT_GT(p.fix_rounds, 0);
        EXPECT_GE(p.max_decimals, p.score_decimals);
    }
    EXPECT_DOUBLE_EQ(default_profile().tiers.partly_from, 0.6);
    EXPECT_DOUBLE_EQ(default_profile().tiers.partly_to, 0.8);
    EXPECT_EQ(default_profile().max_decimals, 6);
}

TEST(ExecScore, CappedByDefaultUncappedByProfile) {
    EXPECT_DOUBLE_EQ(*exec_score(1.0, 10, national()), 10);  // the seed: 10, not 9
    EXPECT_DOUBLE_EQ(*exec_score(0.956, 10, national()), 9.56);
    EXPECT_DOUBLE_EQ(*exec_score(1.2, 10, national()), 10);
    EXPECT_DOUBLE_EQ(*exec_score(1.2, 10, *find_profile("uncapped")), 12);
    EXPECT_EQ(exec_score(1.0, -1, national()).problem(), Problem::negative_weight);
}

TEST(IndicatorScore, PositiveIndicators) {
    EXPECT_DOUBLE_EQ(*indicator_score(num(5), num(5), 5, {}, national()), 5);
    EXPECT_DOUBLE_EQ(*indicator_score(num(1), num(1.4), 4, {}, national()), 4);
    EXPECT_DOUBLE_EQ(*indicator_score(num(5), num(4), 5, {}, national()), 4);
    EXPECT_DOUBLE_EQ(*indicator_score(txt("≥90%"), txt("100%"), 3, {}, national()), 3);
    EXPECT_DOUBLE_EQ(*indicator_score(txt("≥90%"), num(1), 3, {}, national()), 3);  // 100% cell
    EXPECT_DOUBLE_EQ(*indicator_score(txt("≥90%"), num(0.6), 3, {}, national()), 2);
    EXPECT_DOUBLE_EQ(
        *indicator_score(txt("完成供应土地价款1000万元"), txt("全年供应土地价款2607万元"), 3, {}, national()), 3);
    EXPECT_DOUBLE_EQ(*indicator_score(num(3), num(1), 1, {}, national()), 0.33);
    EXPECT_DOUBLE_EQ(*indicator_score(num(0), num(-1), 2, perfeval::text::Direction::at_least, national()), 0);
    // 0 alone is a ceiling (安全事故 0 起): none meets it, one misses it.
    EXPECT_DOUBLE_EQ(*indicator_score(num(0), num(0), 2, {}, national()), 2);
    EXPECT_DOUBLE_EQ(*indicator_score(num(0), num(1), 2, {}, national()), 0);
    EXPECT_DOUBLE_EQ(*indicator_score(txt("0起"), txt("无"), 2, {}, national()), 2);
}

TEST(IndicatorScore, ReverseIndicatorsByProfile) {
    const auto t = txt("不超出740.00万元");
    EXPECT_DOUBLE_EQ(*indicator_score(t, txt("实际支出734.73万元"), 3, {}, national()), 3);
    EXPECT_DOUBLE_EQ(*indicator_score(txt("≤100万元"), txt("125万元"), 4, {}, national()), 3.2);
    const auto& linear = *find_profile("linear");
    EXPECT_DOUBLE_EQ(*indicator_score(txt("≤100万元"), txt("125万元"), 4, {}, linear), 3);
    EXPECT_DOUBLE_EQ(*indicator_score(txt("≤100万元"), txt("200万元"), 4, {}, linear), 0);
    EXPECT_DOUBLE_EQ(*indicator_score(txt("≤100万元"), txt("250万元"), 4, {}, linear), 0);
    EXPECT_DOUBLE_EQ(*indicator_score(txt("≤0"), num(1), 4, {}, national()), 0);
    EXPECT_DOUBLE_EQ(*indicator_score(txt("≤0"), num(0), 4, {}, national()), 4);
}

TEST(IndicatorScore, EqualityAndExplicitDirection) {
    EXPECT_DOUBLE_EQ(*indicator_score(txt("=100%"), num(1), 2, {}, national()), 2);
    EXPECT_DOUBLE_EQ(*indicator_score(txt("=100%"), num(0.99), 2, {}, national()), 0);
    EXPECT_DOUBLE_EQ(*indicator_score(num(5), num(4), 5, text::Direction::at_most, national()), 5);
    EXPECT_DOUBLE_EQ(*indicator_score(num(5), num(6), 5, text::Direction::at_most, national()), 4.17);
}

// A deadline met earns its weight; a missed one the profile's share of it
// (national: none), never a ratio of month numbers.
TEST(IndicatorScore, DeadlinesByProfile) {
    EXPECT_DOUBLE_EQ(*indicator_score(txt("9月前"), txt("7月"), 5, {}, national()), 5);
    EXPECT_DOUBLE_EQ(*indicator_score(txt("9月前"), txt("10月"), 5, {}, national()), 0);
    Profile half = national();
    half.late_deadline_share = 0.5;
    EXPECT_DOUBLE_EQ(*indicator_score(txt("9月前"), txt("10月"), 5, {}, half), 2.5);
    EXPECT_DOUBLE_EQ(*indicator_score(txt("9月前"), txt("8月"), 5, {}, half), 5);
    // The form's year places dates that leave it out.
    EXPECT_DOUBLE_EQ(*indicator_score(txt("次年3月前"), txt("2025年2月"), 5, {}, national(), 2024), 5);
    EXPECT_DOUBLE_EQ(*indicator_score(txt("次年3月前"), txt("2025年4月"), 5, {}, national(), 2024), 0);
    EXPECT_DOUBLE_EQ(*indicator_score(txt("12月底前"), txt("2025年1月"), 5, {}, national(), 2024), 0);
}

// Every notation staff write, met and missed, with the national profile.
struct Notation {
    const char* target;
    const char* met;     // an actual that meets it: the full weight 10
    const char* missed;  // an actual that misses it
    double missed_score;
};

constexpr Notation kNotations[] = {
    {"不低于90%", "90%", "72%", 8},
    {"不少于50个", "52个", "40个", 8},
    {"不高于5%", "5%", "10%", 5},
    {"不超过30天", "28天", "40天", 7.5},
    {"控制在100万元以内", "99.5万元", "125万元", 8},
    {"90%以上", "95%", "45%", 5},
    {"5%以下", "4%", "8%", 6.25},
    {"达到95%", "96%", "76%", 8},
    {"90%-100%", "100%", "72%", 8},
    {"90%～110%", "90%", "137.5%", 8},
    {"3-5个", "4个", "2个", 6.67},
    {"0起", "0起", "1起", 0},
    {"零", "无", "2", 0},
    {"无", "零", "1", 0},
    {"三项", "3项", "2项", 6.67},
    {"不少于十二个", "十二个", "九个", 7.5},
    {"两次", "两次", "一次", 5},
    {"百分之九十", "百分之九十五", "百分之七十二", 8},
    {"≥95分", "95分", "76分", 8},
    {"9月前", "7月", "10月", 0},
    {"9月底前", "9月", "10月完成", 0},
    {"12月底前", "12月20日", "次年1月", 0},
    {"年底前完成", "11月底", "次年2月", 0},
    {"2024年12月31日前", "2024年12月", "2025年1月5日", 0},
    {"次年3月前", "次年2月", "次年4月", 0},
    {"3个工作日内", "2个工作日", "5个工作日", 6},
    {"≤30天", "30天", "40天", 7.5},
    {"15日内", "10日", "20日", 7.5},
};

TEST(IndicatorScore, EveryNotationMetAndMissed) {
    for (const auto& n : kNotations) {
        SCOPED_TRACE(n.target);
        const auto met = indicator_score(txt(n.target), txt(n.met), 10, {}, national());
        ASSERT_TRUE(met) << n.met;
        EXPECT_DOUBLE_EQ(*met, 10) << n.met;
        const auto missed = indicator_score(txt(n.target), txt(n.missed), 10, {}, national());
        ASSERT_TRUE(missed) << n.missed;
        EXPECT_DOUBLE_EQ(*missed, n.missed_score) << n.missed;
    }
}

TEST(IndicatorScore, NeverGuesses) {
    EXPECT_EQ(indicator_score(txt("完成"), txt("完成"), 2, {}, national()).problem(), Problem::qualitative);
    EXPECT_EQ(indicator_score(txt("≥90%"), txt("95"), 3, {}, national()).problem(),
              Problem::unit_mismatch);  // % against a plain text number
    EXPECT_EQ(indicator_score(txt("≤90万元"), txt("80元"), 3, {}, national()).problem(), Problem::unit_mismatch);
    EXPECT_EQ(indicator_score(txt("1万件"), num(14000), 3, {}, national()).problem(), Problem::unit_mismatch);
    EXPECT_DOUBLE_EQ(*indicator_score(txt("≥50个"), txt("52"), 3, {}, national()), 3);
    EXPECT_EQ(indicator_score(num(5), txt("完成"), 3, {}, national()).problem(), Problem::unreadable_text);
}

TEST(Grade, BandsOfTheProfile) {
    EXPECT_EQ(*grade(99, national()), "优");
    EXPECT_EQ(*grade(90, national()), "优");
    EXPECT_EQ(*grade(89.99, national()), "良");
    EXPECT_EQ(*grade(80, national()), "良");
    EXPECT_EQ(*grade(60, national()), "中");
    EXPECT_EQ(*grade(59.5, national()), "差");
    EXPECT_EQ(*grade(0, national()), "差");
    EXPECT_EQ(grade(100.01, national()).problem(), Problem::total_out_of_range);
    EXPECT_EQ(grade(-1, national()).problem(), Problem::total_out_of_range);
}

TEST(SumCheck, ExactAtTheShownDecimals) {
    EXPECT_DOUBLE_EQ(*sum_check(num(2481.78), {num(2376.49), num(105.29), num(0), num(0)}, national()), 0);
    EXPECT_DOUBLE_EQ(*sum_check(num(2481.78), {txt("其中：基本支出：1641.76"), txt("项目支出：840.02")}, national()),
                     0);
    EXPECT_DOUBLE_EQ(*sum_check(num(0.3), {num(0.1), num(0.2)}, national()), 0);
    EXPECT_DOUBLE_EQ(*sum_check(num(100), {num(9), num(50), num(30), num(10)}, national()), 1);
    EXPECT_DOUBLE_EQ(*sum_check(num(2481.78), {num(2481.77)}, national()), 0.01);
    EXPECT_EQ(sum_check(txt("100万元"), {txt("50元")}, national()).problem(), Problem::unit_mismatch);
    EXPECT_EQ(sum_check(num(10), {txt("按收入性质分：")}, national()).problem(), Problem::not_a_number);
}
