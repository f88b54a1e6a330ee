#include <gtest/gtest.h>

#include "core/form/budget_block.hpp"

using perfeval::CellAddress;
using perfeval::CellValue;
using perfeval::Grid;

namespace {

CellValue t(const char* s) { return CellValue{std::string(s)}; }
CellValue n(double d) { return CellValue{d}; }
const CellValue e{};

}  // namespace

TEST(BudgetBlock, FindsTheSeedLayout) {
    // Rows 4–5 of the seed form, columns A..H.
    Grid g({3, 0}, 2, 8,
           {t("年度预\n算申请\n（万元）"), e, t("年初预算数"), t("全年预算数"), t("全年执行数"),
            t("分值"), t("执行率"), t("得分"),  //
            e, t("年度资金总额"), n(4229.37), n(2481.78), n(2481.78), n(10), n(0.956), n(9)});
    const auto b = perfeval::find_budget_block(g);
    ASSERT_TRUE(b);
    EXPECT_EQ(perfeval::to_a1(b->total_label), "B5");
    EXPECT_EQ(perfeval::to_a1(*b->opening_budget), "C5");
    EXPECT_EQ(perfeval::to_a1(*b->budget), "D5");
    EXPECT_EQ(perfeval::to_a1(*b->executed), "E5");
    EXPECT_EQ(perfeval::to_a1(*b->weight), "F5");
    EXPECT_EQ(perfeval::to_a1(*b->rate), "G5");
    EXPECT_EQ(perfeval::to_a1(*b->score), "H5");
}

TEST(BudgetBlock, ToleratesSpacedFullWidthLabelsAnywhereOnTheSheet) {
    Grid g({10, 3}, 3, 4,
           {t("全年 预算数"), t("全年执行数"), t("执　行　率"), t("自评得分"),  //
            e, e, e, e,                                                          // spacer row
            n(100), n(90), n(0.9), t("年度资金总额 ")});
    const auto b = perfeval::find_budget_block(g);
    ASSERT_TRUE(b);
    EXPECT_EQ(perfeval::to_a1(*b->budget), "D13");
    EXPECT_EQ(perfeval::to_a1(*b->executed), "E13");
    EXPECT_EQ(perfeval::to_a1(*b->rate), "F13");
    EXPECT_EQ(perfeval::to_a1(*b->score), "G13");
    EXPECT_FALSE(b->opening_budget);
}

TEST(BudgetBlock, NoFormNoBlock) {
    Grid g({0, 0}, 1, 2, {t("年度资金"), t("执行率")});
    EXPECT_FALSE(perfeval::find_budget_block(g));
    EXPECT_FALSE(perfeval::find_budget_block(Grid{}));
}
