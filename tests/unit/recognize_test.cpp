// The conventions of the template families, one by one on small forms laid
// out as the Sichuan project form is (the published ones are in forms_test).
#include <gtest/gtest.h>

#include <algorithm>

#include "core/form/recognize.hpp"
#include "core/rules/check.hpp"
#include "core/scoring/profile.hpp"
#include "grid_rows.hpp"

namespace perfeval {
namespace {

using namespace test;  // Row, t, n, e, grid_of

// A Sichuan project form: budget block rows 3–4, indicators from row 6, 合计 row 8.
std::vector<Row> sichuan(Row first, Row second, Row total) {
    return {
        {t("部门预算项目支出绩效自评表(2023年度)")},
        {t("项目名称"), t("某项目")},
        {t("预算执行情况(10分)"), t("年度预算数(万元)"), e, t("年初预算"), t("调整后预算数"), t("预算执行数"),
         t("预算执行率"), t("权重"), t("得分")},
        {e, t("总额"), e, n(100), n(100), n(100), n(1), n(10), n(10)},
        {t("绩效指标(90分)"), t("一级指标"), t("二级指标"), t("三级指标"), t("指标性质"), t("指标值"), t("度量单位"),
         t("完成值"), t("权重"), t("得分"), t("未完成原因分析")},
        std::move(first),
        std::move(second),
        std::move(total),
    };
}

Row indicator(CellValue direction, CellValue target, CellValue unit, CellValue actual, double weight, double score) {
    return {e, t("产出指标"), t("数量指标"), t("指标"), direction, target, unit, actual, n(weight), n(score)};
}

const Row kFull = indicator(t("="), n(100), t("%"), n(100), 45, 45);
const Row kTotal{t("合计"), e, e, e, e, e, e, e, n(100), n(100)};

std::vector<std::string> errors_of(const SheetReport& r) {
    std::vector<std::string> out;
    for (const auto& f : r.findings)
        if (f.severity == Severity::error) out.push_back(f.rule + " " + (f.cell ? to_a1(*f.cell) : "-"));
    return out;
}

const Finding* find(const SheetReport& r, const std::string& rule) {
    for (const auto& f : r.findings)
        if (f.rule == rule) return &f;
    return nullptr;
}

SheetReport check(const std::vector<Row>& rows) { return check_sheet(grid_of(rows), "S", default_profile()); }

TEST(Families, TheDirectionColumnScoresAReverseIndicator) {
    // ≤ 30 万元, 35 spent: 30 ÷ 35 × 45 = 38.57, not the full 45.
    const auto r = check(sichuan(indicator(t("≤"), n(30), t("万元"), n(35), 45, 45), kFull, kTotal));
    EXPECT_EQ(r.family, "sichuan-project");
    // Points are lost and no reason given: the bureau requires one.
    EXPECT_EQ(errors_of(r), (std::vector<std::string>{"indicator-score J6", "deviation-reason K6"}));
    EXPECT_EQ(find(r, "indicator-score")->fix, 38.57);
    // Met (28 ≤ 30): full marks, no error, where a ≥ reading would flag it.
    EXPECT_TRUE(errors_of(check(sichuan(indicator(t("≤"), n(30), t("万元"), n(28), 45, 45), kFull, kTotal))).empty());
}

TEST(Families, ASignInTheTargetWinsOverTheDirectionColumn) {
    // The column says ≤ but the target says ≥ 90: 95 meets it.
    const auto r = check(sichuan(indicator(t("≤"), t("≥90"), t("个"), n(95), 45, 45), kFull, kTotal));
    EXPECT_TRUE(errors_of(r).empty()) << errors_of(r).front();
}

TEST(Families, TheUnitColumnAppliesToTargetAndActual) {
    // 100 under % is 100 %; Calc's 0.9 (typed 90%) is 90 %: 0.9 × 45 = 40.5.
    const auto r = check(sichuan(indicator(t("≥"), n(100), t("%"), n(0.9), 45, 45), kFull, kTotal));
    ASSERT_EQ(errors_of(r), (std::vector<std::string>{"indicator-score J6", "deviation-reason K6"}));
    EXPECT_EQ(find(r, "indicator-score")->fix, 40.5);
    // Written in points on both sides: 90 of 100.
    EXPECT_EQ(
        find(check(sichuan(indicator(t("≥"), n(100), t("%"), n(90), 45, 45), kFull, kTotal)), "indicator-score")->fix,
        40.5);
}

TEST(Families, TheBudgetWeightCountsTowardTheTotal) {
    // 10 + 45 + 45 = 100: no total-weight error, as there was when the
    // Sichuan block was not read (90 against 100).
    const auto r = check(sichuan(kFull, kFull, kTotal));
    EXPECT_TRUE(errors_of(r).empty()) << errors_of(r).front();
    EXPECT_EQ(r.totals.computed_score, 100);
}

TEST(Families, ABlankTotalScoreIsOneWarningWithTheTotalToFillIn) {
    const auto r = check(sichuan(kFull, kFull, {t("合计"), e, e, e, e, e, e, e, n(100)}));
    EXPECT_TRUE(errors_of(r).empty());
    const auto* f = find(r, "missing-value");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::warning);
    EXPECT_EQ(to_a1(*f->cell), "J8");
    EXPECT_EQ(f->fix, 100);
    EXPECT_EQ(
        std::count_if(r.findings.begin(), r.findings.end(), [](const Finding& x) { return x.rule == "missing-value"; }),
        1);
}

TEST(Families, ABlankIndicatorIsOneErrorAtItsScore) {
    Row blank{e, t("产出指标"), t("数量指标"), t("指标"), t("="), n(100), t("%"), e, n(45), e};
    const auto r = check(sichuan(blank, kFull, kTotal));
    EXPECT_EQ(errors_of(r), (std::vector<std::string>{"missing-value J6"}));
    EXPECT_FALSE(r.totals.computed_score) << "a total without one of its scores is unknown";
    EXPECT_EQ(r.grade, "");
}

TEST(Families, UnusedTemplateRowsAreNotIndicators) {
    auto rows = sichuan(kFull, kFull, kTotal);
    rows.insert(rows.begin() + 7, {e, e, e, t("指标2:")});
    rows.insert(rows.begin() + 8, {e, e, e, t("……")});
    const auto form = recognize(grid_of(rows));
    ASSERT_TRUE(form);
    EXPECT_EQ(form->indicators.size(), 2u);
    EXPECT_TRUE(errors_of(check(rows)).empty());
}

TEST(Families, WithoutTheBudgetWeightNoTotalIsCheckedOnAGuess) {
    auto rows = sichuan(kFull, kFull, {t("合计"), e, e, e, e, e, e, e, n(100), n(77)});
    rows[2][7] = e;  // no 权重 column in the budget block
    rows[2][0] = t("预算执行情况");
    const auto r = check(rows);
    EXPECT_TRUE(errors_of(r).empty()) << errors_of(r).front();
    const auto* partial = find(r, "form-partial");
    ASSERT_NE(partial, nullptr);
    EXPECT_FALSE(r.totals.computed_score);
    // The same with the 权重 column there but its cell left blank.
    auto blank = sichuan(kFull, kFull, {t("合计"), e, e, e, e, e, e, e, n(100), n(77)});
    blank[3][7] = e;
    const auto b = check(blank);
    EXPECT_TRUE(errors_of(b).empty()) << errors_of(b).front();
    EXPECT_NE(find(b, "form-partial"), nullptr);
}

TEST(Families, AHeaderTotalIsCheckedBesideTheTotalRow) {
    auto rows = sichuan(kFull, kFull, kTotal);
    rows[1] = {t("项目名称"), t("某项目"), e, e, e, e, e, e, t("自评得分"), n(95)};
    // The Sichuan form has no header total: only a family that has one reads it.
    EXPECT_TRUE(errors_of(check(rows)).empty());
}

TEST(Families, AFourPartFormHasItsTotalInTheHeader) {
    const std::vector<Row> rows{
        {t("项目支出绩效自评表")},
        {t("项目名称"), t("某项目"), e, e, e, t("自评得分"), n(95)},
        {t("项目资金(万元)"), e, t("年初预算数"), t("调整预算数(A)"), t("全年执行数(B)"), t("执行率(B/A)")},
        {e, t("年度资金总额"), n(10), n(10), n(10), n(1)},
        {t("一级指标"), t("二级指标"), t("三级指标"), t("分值"), t("指标值(A)"), t("全年实际值(B)"), t("得分")},
        {t("项目决策(50分)"), t("项目目标"), t("完整性"), n(50), t("明确"), t("明确"), n(50)},
        {t("项目管理(50分)"), t("投入管理"), t("预算执行率"), n(50), t("—"), t("100%"), n(40)},
        {t("评价结论"), t("良好")},
    };
    const auto r = check(rows);
    EXPECT_EQ(r.family, "four-part");
    // 预算执行率 scores the rate: 100 % × 50 = 50, not 40; 自评得分 95 ≠ 50 + 40.
    EXPECT_EQ(errors_of(r), (std::vector<std::string>{"total-score G2", "exec-score G7"}));
    // No execution score of the budget block's own to name in the sentence.
    EXPECT_EQ(find(r, "total-score")->message.id, MessageId::total_score_indicators_corrected);
}

TEST(Families, ASichuanDepartmentFormIsNamedSo) {
    auto rows = sichuan(kFull, kFull, kTotal);
    rows[0] = {t("部门整体支出绩效自评表(2023年度)")};
    rows[1] = {t("部门名称"), t("某局")};
    const auto r = check(rows);
    EXPECT_EQ(r.family, "sichuan-department");
    EXPECT_EQ(r.kind, FormKind::department);
    EXPECT_EQ(r.unit_name, "某局");
}

TEST(Families, AColumnNamedTwiceIsSaidNotGuessedSilently) {
    auto rows = sichuan(kFull, kFull, kTotal);
    rows[4].push_back(t("得分"));  // a second 得分 column (财政审核 kept beside the unit's)
    const auto r = check(rows);
    const auto* notice = find(r, "form-partial");
    ASSERT_NE(notice, nullptr);
    EXPECT_EQ(notice->message.id, MessageId::form_ambiguous);
    EXPECT_EQ(notice->severity, Severity::notice);
}

// Found by fuzz_form: a header field at the used area's right edge with
// nothing beside it pointed a finding at a cell outside the sheet's data.
TEST(Families, AHeaderFieldAtTheEdgeKeepsFindingsOnTheSheet) {
    const std::vector<Row> rows{
        {t("项目名称"), t("某项目"), e, e, e, e, t("自评得分")},
        {t("一级指标"), t("二级指标"), t("三级指标"), t("分值"), t("指标值(A)"), t("全年实际值(B)"), t("得分")},
        {t("项目决策(10分)"), t("项目目标"), t("完整性"), n(10), t("明确"), t("明确"), n(10)},
    };
    const Grid grid = grid_of(rows);
    const auto r = check(rows);
    EXPECT_EQ(r.family, "four-part");
    for (const auto& f : r.findings) {
        if (f.cell) {
            EXPECT_LT(f.cell->col, grid.cols()) << f.rule;
        }
    }
}

}  // namespace
}  // namespace perfeval
