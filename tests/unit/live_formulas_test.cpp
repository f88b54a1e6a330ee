// The formulas that make a form compute by itself: on the seed form and
// variants, what each computed cell gets and which keep their values.
// (That a check of the form after Calc computes them finds no computable
// error is tests/integration/commands_test.cpp's.)
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "core/rules/live_formulas.hpp"
#include "seed_fixture.hpp"

using namespace perfeval;
using perfeval::test::CellMap;
using perfeval::test::seed_cells;
using perfeval::test::to_grid;

namespace {

const LiveFormula* at(const LivePlan& plan, const std::string& a1) {
    for (const auto& f : plan.formulas)
        if (to_a1(f.cell) == a1) return &f;
    return nullptr;
}

std::string formula_at(const LivePlan& plan, const std::string& a1) {
    const auto* f = at(plan, a1);
    return f ? f->formula : "(none)";
}

bool skipped(const LivePlan& plan, const std::string& a1) {
    return std::any_of(plan.skipped.begin(), plan.skipped.end(), [&](CellAddress c) { return to_a1(c) == a1; });
}

LivePlan plan_of(const CellMap& cells, const char* profile = "national") {
    auto plan = plan_live_formulas(to_grid(cells), *find_profile(profile));
    EXPECT_TRUE(plan.has_value());
    return plan ? *plan : LivePlan{};
}

TEST(LiveFormulas, TheSeedFormsRateScoresAndTotal) {
    const auto plan = plan_of(seed_cells());
    EXPECT_EQ(formula_at(plan, "G5"), "=E5/D5");
    EXPECT_EQ(formula_at(plan, "H5"), "=ROUND(MIN(E5/D5*F5;F5);2)");
    // A number target and actual: the cells themselves, so edits follow.
    EXPECT_EQ(formula_at(plan, "H19"), "=ROUND(IF(F19>=E19;1;IF(E19<=0;0;MAX(0;F19/E19)))*G19;2)");
    // The total adds what the rules add: the rate's score, every indicator's
    // score cell (a run of them as a range), and scores written as text by
    // their value, each quoted in the comment.
    const auto* total = at(plan, "H37");
    ASSERT_NE(total, nullptr);
    EXPECT_EQ(total->formula, "=SUM(H5;H14:H32;2;6;3;H36)");
    ASSERT_EQ(total->constants.size(), 3u);
    EXPECT_EQ(total->constants[0].where, "H33");
    EXPECT_EQ(total->constants[0].text, "　2");
}

TEST(LiveFormulas, ATextTargetBecomesItsNumberWithTheTextQuoted) {
    const auto plan = plan_of(seed_cells());
    const auto* rate = at(plan, "H23");  // ≥90% against 1 (100 %)
    ASSERT_NE(rate, nullptr);
    EXPECT_EQ(rate->formula, "=ROUND(MIN(MAX(0;F23/0.9);1)*G23;2)");
    ASSERT_EQ(rate->constants.size(), 1u);
    EXPECT_EQ(rate->constants[0].where, "E23");
    EXPECT_EQ(rate->constants[0].text, "≥90%");
    EXPECT_EQ(rate->constants[0].value, "0.9");
    // 不超出740.00万元 against 实际支出734.73万元: a ceiling, both from texts.
    EXPECT_EQ(formula_at(plan, "H26"), "=ROUND(IF(734.73<=740;1;740/734.73)*G26;2)");
    EXPECT_EQ(at(plan, "H26")->constants.size(), 2u);
}

TEST(LiveFormulas, WhatArithmeticCannotScoreKeepsItsValue) {
    const auto plan = plan_of(seed_cells());
    for (const char* cell : {"H22", "H24", "H28", "H30", "H33"}) {  // 全面落实, 完成, words, a text weight
        EXPECT_TRUE(skipped(plan, cell)) << cell;
        EXPECT_EQ(at(plan, cell), nullptr) << cell;
    }
    EXPECT_FALSE(skipped(plan, "H19"));
    EXPECT_EQ(plan.formulas.size() + plan.skipped.size(), 2u + 23u + 1u) << "rate, its score, 23 indicators, total";
}

TEST(LiveFormulas, TheProfileShapesTheFormulas) {
    EXPECT_EQ(formula_at(plan_of(seed_cells(), "uncapped"), "H5"), "=ROUND(E5/D5*F5;2)");
    EXPECT_EQ(formula_at(plan_of(seed_cells(), "linear"), "H26"),
              "=ROUND(IF(734.73<=740;1;MAX(0;1-(734.73-740)/740))*G26;2)");
}

TEST(LiveFormulas, AnAmountWrittenAsTextLeavesTheRateAsItIs) {
    CellMap cells = seed_cells();
    cells["D5"] = std::string("2,481.78");  // a number typed as text: no arithmetic on it in Excel
    const auto plan = plan_of(cells);
    EXPECT_TRUE(skipped(plan, "G5"));
    EXPECT_TRUE(skipped(plan, "H5"));
    EXPECT_EQ(formula_at(plan, "H37"), "=SUM(H5;H14:H32;2;6;3;H36)") << "H5 as it stands";
}

TEST(LiveFormulas, AWeightedIndicatorWithoutAnyScoreLeavesTheTotalAlone) {
    CellMap cells = seed_cells();
    cells["E14"] = std::string("完成");  // qualitative now
    cells.erase("H14");                  // and no score stated
    const auto plan = plan_of(cells);
    EXPECT_TRUE(skipped(plan, "H37"));
    EXPECT_EQ(at(plan, "H37"), nullptr);
}

TEST(LiveFormulas, NoFormNoPlan) {
    CellMap cells{{"A1", std::string("随便写写")}, {"B2", 3.0}};
    EXPECT_FALSE(plan_live_formulas(to_grid(cells), default_profile()).has_value());
}

}  // namespace
