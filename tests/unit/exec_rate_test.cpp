#include <gtest/gtest.h>

#include <set>

#include "core/lang.hpp"
#include "core/problem.hpp"
#include "core/report/render.hpp"
#include "core/scoring/exec_rate.hpp"

using perfeval::exec_rate;
using perfeval::Lang;
using perfeval::Problem;

TEST(ExecRate, ExecutedOverFullYearBudget) {
    EXPECT_DOUBLE_EQ(*exec_rate(2481.78, 2481.78), 1.0);  // the seed form: 100 %, not 95.60 %
    EXPECT_DOUBLE_EQ(*exec_rate(90, 100), 0.9);
    EXPECT_DOUBLE_EQ(*exec_rate(0, 100), 0.0);
    EXPECT_DOUBLE_EQ(*exec_rate(120, 100), 1.2);  // overspending is a rate, flagged elsewhere
}

TEST(ExecRate, BadBudgetsAreProblemsNotNumbers) {
    EXPECT_EQ(exec_rate(10, 0).problem(), Problem::zero_budget);
    EXPECT_EQ(exec_rate(10, -5).problem(), Problem::negative_budget);
    EXPECT_EQ(exec_rate(-1, 10).problem(), Problem::negative_amount);
}

// Every problem, each with the words a user reads in Calc's error tooltip.
// Adding a Problem without adding it here fails the count below.
struct ProblemText {
    Problem problem;
    const char* zh;
    const char* en;
};

constexpr ProblemText kEveryProblem[] = {
    {Problem::empty, "单元格为空，缺少数值", "the cell is empty: a number is missing"},
    {Problem::not_a_number, "不是可识别的数字", "not a number"},
    {Problem::error_value, "单元格含错误值", "the cell holds an error value"},
    {Problem::zero_budget, "全年预算数为 0，无法计算执行率", "the full-year budget is 0: no execution rate"},
    {Problem::negative_budget, "全年预算数为负数", "the full-year budget is negative"},
    {Problem::negative_amount, "全年执行数为负数", "the executed amount is negative"},
    {Problem::qualitative, "定性指标不能按公式计分，请按达成程度评定",
     "a qualitative target cannot be scored by arithmetic"},
    {Problem::unreadable_text, "无法识别其中的数值（可能含两个数字或未知单位）",
     "the number in the text cannot be read (two numbers or an unknown unit)"},
    {Problem::unit_mismatch, "指标值与实际值单位不一致，无法比较",
     "the target and the actual value are in different units"},
    {Problem::negative_weight, "分值为负数", "the weight is negative"},
    {Problem::total_out_of_range, "总分应在 0 到 100 之间", "a total score must be between 0 and 100"},
    {Problem::unknown_profile, "未知的计分规则名称（可用：national, linear, uncapped, strict）",
     "unknown scoring profile (national, linear, uncapped, strict)"},
    {Problem::bad_direction, "方向参数应为 >=、<=、= 之一", "the direction must be one of >=, <=, ="},
    {Problem::shape_mismatch, "各区域的行列数不一致", "the ranges differ in shape"},
    {Problem::no_form, "区域内没有绩效自评表", "no self-evaluation form in the range"},
};

TEST(Problem, EveryProblemHasItsOwnWordsInBothLanguages) {
    std::set<Problem> seen;
    for (const auto& p : kEveryProblem) {
        EXPECT_EQ(describe(p.problem, Lang::zh), p.zh);
        EXPECT_EQ(describe(p.problem, Lang::en), p.en);
        seen.insert(p.problem);
    }
    // The enum's last value + 1 is the number of problems: each is listed once.
    EXPECT_EQ(seen.size(), static_cast<size_t>(Problem::no_form) + 1);
    EXPECT_EQ(std::size(kEveryProblem), seen.size());
}

TEST(Lang, FromLocaleTag) {
    EXPECT_EQ(perfeval::lang_from_tag("zh"), Lang::zh);
    EXPECT_EQ(perfeval::lang_from_tag("zh-CN"), Lang::zh);
    EXPECT_EQ(perfeval::lang_from_tag("ZH_tw"), Lang::zh);
    EXPECT_EQ(perfeval::lang_from_tag("en"), Lang::en);
    EXPECT_EQ(perfeval::lang_from_tag("z"), Lang::en);
    EXPECT_EQ(perfeval::lang_from_tag(""), Lang::en);
}
