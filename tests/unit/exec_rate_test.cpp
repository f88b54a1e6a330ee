#include <gtest/gtest.h>

#include "core/problem.hpp"
#include "core/scoring/exec_rate.hpp"

using perfeval::exec_rate;
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

TEST(Problem, EveryProblemHasAMessageInBothLanguages) {
    for (auto p : {Problem::empty, Problem::not_a_number, Problem::error_value,
                   Problem::zero_budget, Problem::negative_budget, Problem::negative_amount}) {
        EXPECT_FALSE(describe(p, perfeval::Lang::zh).empty());
        EXPECT_FALSE(describe(p, perfeval::Lang::en).empty());
        EXPECT_NE(describe(p, perfeval::Lang::zh), describe(p, perfeval::Lang::en));
    }
}

TEST(Lang, FromLocaleTag) {
    EXPECT_EQ(perfeval::lang_from_tag("zh"), perfeval::Lang::zh);
    EXPECT_EQ(perfeval::lang_from_tag("zh-CN"), perfeval::Lang::zh);
    EXPECT_EQ(perfeval::lang_from_tag("en"), perfeval::Lang::en);
    EXPECT_EQ(perfeval::lang_from_tag(""), perfeval::Lang::en);
}
