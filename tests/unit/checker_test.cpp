// Form recognition and every rule, on the seed form and variants of it.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

#include <algorithm>

#include "core/form/recognize.hpp"
#include "core/report/render.hpp"
#include "core/report/sheet_text.hpp"
#include "core/rules/check.hpp"
#include "seed_fixture.hpp"

using namespace perfeval;
using perfeval::test::CellMap;
using perfeval::test::seed_cells;
using perfeval::test::to_grid;
using testing::HasSubstr;

namespace {

CellValue num(double d) { return CellValue{d}; }
CellValue txt(const char* s) { return CellValue{std::string(s)}; }

SheetReport check(const Grid& g) { return check_sheet(g, "表1", default_profile()); }

// What a user reads of a finding.
std::string said(const Finding* f, Lang lang = Lang::zh) { return f ? render(f->message, lang) : "(none)"; }

std::vector<const Finding*> of_rule(const SheetReport& r, const std::string& rule) {
    std::vector<const Finding*> out;
    for (const auto& f : r.findings)
        if (f.rule == rule) out.push_back(&f);
    return out;
}

const Finding* at(const SheetReport& r, const std::string& rule, const std::string& cell) {
    for (const auto& f : r.findings)
        if (f.rule == rule && f.cell && to_a1(*f.cell) == cell) return &f;
    return nullptr;
}

// The panel's line for a finding.
std::string list_line_of(const SheetReport& r, const std::string& rule, const std::string& cell, Lang lang) {
    for (const auto& f : render_sheet(r, lang).findings)
        if (f.rule == rule && f.cell == cell) return list_line(f, lang);
    return "(none)";
}

// The seed with every published mistake corrected.
CellMap corrected_seed() {
    auto c = seed_cells();
    c["G5"] = num(1);
    c["H5"] = num(10);
    c["H37"] = num(100);
    c["F20"] = txt("44.02万亩");
    c["E20"] = txt("44.02万亩");
    c["F26"] = txt("实际支出840.02万元");
    c["E26"] = txt("不超出840.02万元");
    return c;
}

}  // namespace

TEST(Recognize, TheSeedFormPartByPart) {
    const auto form = recognize(to_grid(seed_cells()));
    ASSERT_TRUE(form);
    EXPECT_EQ(form->kind, FormKind::department);
    EXPECT_EQ(std::get<std::string>(form->unit_name.value), "岳阳市君山区自然资源局\u3000");
    ASSERT_TRUE(form->budget);
    EXPECT_EQ(to_a1(*form->budget->total.budget.cell), "D5");
    EXPECT_EQ(to_a1(*form->budget->total.executed.cell), "E5");
    EXPECT_EQ(to_a1(*form->budget->rate.cell), "G5");
    EXPECT_EQ(to_a1(*form->budget->score.cell), "H5");
    EXPECT_TRUE(form->budget->parts.empty());
    ASSERT_TRUE(form->income);
    ASSERT_EQ(form->income->items.size(), 4u);
    EXPECT_EQ(form->income->items[0].label, "一般公共预算");
    EXPECT_DOUBLE_EQ(std::get<double>(form->income->items[0].value.value), 2376.49);
    ASSERT_TRUE(form->expense);
    ASSERT_EQ(form->expense->items.size(), 2u);
    EXPECT_EQ(form->expense->items[1].label, "项目支出");
    EXPECT_DOUBLE_EQ(std::get<double>(form->expense->items[1].value.value), 840.02);
    EXPECT_EQ(to_a1(*form->narrative.cell), "E12");
    ASSERT_EQ(form->indicators.size(), 23u);
    EXPECT_EQ(form->indicators[6].name, "守住耕地红线(亩)");  // normalized: full-width brackets folded
    EXPECT_EQ(form->indicators[6].level1, "产出指标");
    EXPECT_EQ(form->indicators[6].level2, "质量指标");
    EXPECT_EQ(form->indicators[22].level1, "满意度指标");
    ASSERT_EQ(form->groups.size(), 3u);
    EXPECT_EQ(*form->groups[0].label_weight, 50);
    EXPECT_EQ(*form->groups[1].label_weight, 30);
    EXPECT_EQ(*form->groups[2].label_weight, 10);
    EXPECT_EQ(to_a1(*form->total_score.cell), "H37");
    EXPECT_EQ(to_a1(*form->total_weight.cell), "G37");
    EXPECT_EQ(to_a1(form->top_left), "A2");  // from the title; 附件2 above is not part of the form
    EXPECT_EQ(to_a1(form->bottom_right), "I37");
    EXPECT_TRUE(form->missing.empty());
}

TEST(Check, TheSeedFormAsPublished) {
    const auto r = check(to_grid(seed_cells()));
    ASSERT_TRUE(r.has_form);
    EXPECT_EQ(r.range, "A2:I37");

    const auto* rate = at(r, "exec-rate", "G5");
    ASSERT_NE(rate, nullptr);
    EXPECT_EQ(rate->severity, Severity::error);
    EXPECT_EQ(rate->expected, "100.00%");
    EXPECT_EQ(rate->actual, "95.60%");
    EXPECT_DOUBLE_EQ(*rate->fix, 1.0);
    EXPECT_THAT(said(rate), HasSubstr("2481.78 ÷ 2481.78"));

    const auto* score = at(r, "exec-score", "H5");
    ASSERT_NE(score, nullptr);
    EXPECT_EQ(score->expected, "10");
    EXPECT_EQ(score->actual, "9");
    EXPECT_EQ(list_line_of(r, "exec-rate", "G5", Lang::zh), "执行率填写为 95.60% → 应为 100.00%");
    EXPECT_EQ(list_line_of(r, "exec-score", "H5", Lang::zh), "执行率得分填写为 9 → 应为 10");
    EXPECT_EQ(list_line_of(r, "exec-rate", "G5", Lang::en), "The execution rate states 95.60% → expected 100.00%");

    const auto* total = at(r, "total-score", "H37");
    ASSERT_NE(total, nullptr);
    EXPECT_EQ(total->severity, Severity::error);
    // The total the rules give once H5 is corrected, which H37 holds already:
    // nothing to write there, and the line says where the fault is.
    EXPECT_EQ(total->expected, "100");
    EXPECT_EQ(total->actual, "100");
    EXPECT_FALSE(total->fix.has_value());
    EXPECT_THAT(said(total), HasSubstr("；更正 H5 后总分应为 100，与填写相符"));
    EXPECT_EQ(list_line_of(r, "total-score", "H37", Lang::zh), "总分得分 100 与各项合计 99 不符，更正 H5 后相符");

    const auto* cost = at(r, "cross-check", "F26");
    ASSERT_NE(cost, nullptr);
    EXPECT_EQ(cost->severity, Severity::warning);
    EXPECT_EQ(cost->expected, "840.02");
    EXPECT_EQ(cost->actual, "734.73");

    const auto* unit = at(r, "cross-check", "F20");
    ASSERT_NE(unit, nullptr);
    EXPECT_EQ(unit->severity, Severity::warning);
    EXPECT_THAT(said(unit), HasSubstr("万亩"));

    EXPECT_EQ(r.errors, 3);
    EXPECT_EQ(r.findings.front().severity, Severity::error);  // errors first
    EXPECT_DOUBLE_EQ(*r.totals.stated_score, 100);
    EXPECT_DOUBLE_EQ(*r.totals.stated_weight, 100);
    EXPECT_DOUBLE_EQ(*r.totals.computed_score, 100);  // 10 + 90 with the execution score corrected
    EXPECT_EQ(r.grade, "优");
}

TEST(Check, TheCorrectedSeedHasNoErrors) {
    const auto r = check(to_grid(corrected_seed()));
    for (const auto& f : r.findings)
        if (f.severity != Severity::notice)
            ADD_FAILURE() << f.rule << " " << (f.cell ? to_a1(*f.cell) : "") << " " << said(&f);
    EXPECT_EQ(r.errors, 0);
    EXPECT_EQ(r.warnings, 0);
}

// A budget so small that executed ÷ budget overflows (found by fuzz_form):
// no rate, so no finding offers an infinite value to write.
TEST(Check, ARateThatOverflowsIsNoRateToFixTo) {
    auto c = seed_cells();
    c["D5"] = num(5e-324);  // 全年预算数, a denormal
    const auto r = check(to_grid(c));
    for (const auto& f : r.findings)
        EXPECT_TRUE(!f.fix || std::isfinite(*f.fix)) << f.rule << " " << (f.cell ? to_a1(*f.cell) : "");
    EXPECT_EQ(at(r, "exec-rate", "G5"), nullptr);
}

TEST(Check, MessagesFollowTheLanguage) {
    const auto r = check(to_grid(seed_cells()));
    const auto* rate = at(r, "exec-rate", "G5");
    ASSERT_NE(rate, nullptr);
    EXPECT_EQ(said(rate, Lang::en),
              "The execution rate states 95.60% but executed ÷ full-year budget = 2481.78 ÷ 2481.78 = 100.00%");
    EXPECT_EQ(said(rate, Lang::zh),
              "执行率填写为 95.60%，但 全年执行数 ÷ 全年预算数 = 2481.78 ÷ 2481.78 = 100.00%"
              "（执行率按全年预算数计算，不是年初预算数）");
}

TEST(Recognize, AFormMovedElsewhereWithTextNumbersAndOddLabels) {
    auto c = seed_cells();
    c["D5"] = txt("2,481.78");
    c["E5"] = txt("２４８１．７８");
    c["G5"] = txt("95.60%");
    c["G4"] = txt("执 行 率");
    c["H4"] = txt("自评得分");
    c["A3"] = txt("预算部门、单位名称");
    const auto r = check(to_grid(c, 5, 3));  // starts at D6
    ASSERT_TRUE(r.has_form);
    EXPECT_EQ(r.range, "D7:L42");
    const auto* rate = at(r, "exec-rate", "J10");
    ASSERT_NE(rate, nullptr);
    EXPECT_EQ(rate->actual, "95.60%");
    EXPECT_NE(at(r, "exec-score", "K10"), nullptr);
    EXPECT_NE(at(r, "total-score", "K42"), nullptr);
    EXPECT_EQ(r.errors, 3);
}

TEST(Recognize, ASheetWithoutAFormIsANotice) {
    CellMap c{{"A1", txt("封面")}, {"A2", txt("岳阳市君山区自然资源局")}, {"B3", num(2024)}};
    const auto r = check(to_grid(c));
    EXPECT_FALSE(r.has_form);
    ASSERT_EQ(r.findings.size(), 1u);
    EXPECT_EQ(r.findings[0].rule, "no-form");
    EXPECT_EQ(r.findings[0].severity, Severity::notice);
    EXPECT_EQ(r.errors, 0);
    EXPECT_FALSE(check(Grid{}).has_form);
}

TEST(Recognize, APartialFormSaysWhatIsMissing) {
    auto c = seed_cells();
    for (auto it = c.begin(); it != c.end();)  // keep only rows 1–10
        it = test::from_a1(it->first).row >= 10 ? c.erase(it) : std::next(it);
    const auto r = check(to_grid(c));
    ASSERT_TRUE(r.has_form);
    EXPECT_NE(at(r, "exec-rate", "G5"), nullptr);
    // The indicator table unread: a warning, not a notice, and the form is partial.
    EXPECT_TRUE(of_rule(r, "form-partial").empty());
    const auto unchecked = of_rule(r, "form-unchecked");
    ASSERT_EQ(unchecked.size(), 1u);
    EXPECT_EQ(unchecked[0]->severity, Severity::warning);
    EXPECT_EQ(said(unchecked[0]), "未识别绩效指标表：各指标得分、偏差原因与总分未核对，本表只核对了已识别的部分");
    EXPECT_TRUE(r.coverage.partial());
    EXPECT_TRUE(r.coverage.budget);
    EXPECT_TRUE(r.coverage.rate);
    EXPECT_FALSE(r.coverage.indicator_table);
    EXPECT_EQ(coverage_status(r.coverage), "partial");
}

// A project form: its budget block has fund rows under the total.
TEST(Recognize, AProjectForm) {
    CellMap c{
        {"A1", txt("2024年度项目支出绩效自评表")},
        {"A2", txt("项目名称")},
        {"C2", txt("耕地保护专项")},
        {"A3", txt("项目资金\n（万元）")},
        {"C3", txt("年初预算数")},
        {"D3", txt("全年预算数")},
        {"E3", txt("全年执行数")},
        {"F3", txt("分值")},
        {"G3", txt("执行率")},
        {"H3", txt("得分")},
        {"B4", txt("年度资金总额")},
        {"C4", num(100)},
        {"D4", num(120)},
        {"E4", num(108)},
        {"F4", num(10)},
        {"G4", num(0.9)},
        {"H4", num(9)},
        {"B5", txt("其中：本年财政拨款")},
        {"C5", num(80)},
        {"D5", num(100)},
        {"E5", num(90)},
        {"B6", txt("上年结转资金")},
        {"C6", num(20)},
        {"D6", num(20)},
        {"E6", num(10)},
        {"B7", txt("其他资金")},
        {"C7", num(0)},
        {"D7", num(0)},
        {"E7", num(0)},
        {"A8", txt("绩效指标")},
        {"B8", txt("一级指标")},
        {"C8", txt("二级指标")},
        {"D8", txt("三级指标")},
        {"E8", txt("年度指标值")},
        {"F8", txt("实际完成值")},
        {"G8", txt("分值")},
        {"H8", txt("得分")},
        {"I8", txt("偏差原因分析及改进措施")},
        {"B9", txt("产出指标（50分）")},
        {"C9", txt("数量指标")},
        {"D9", txt("整治面积（亩）")},
        {"E9", txt("≥1000亩")},
        {"F9", txt("800亩")},
        {"G9", num(50)},
        {"H9", num(40)},
        {"I9", txt("受天气影响，下年加快进度")},
        {"B10", txt("效益指标（40分）")},
        {"C10", txt("社会效益指标")},
        {"D10", txt("群众满意度")},
        {"E10", txt("≥90%")},
        {"F10", num(0.95)},
        {"G10", num(40)},
        {"H10", num(40)},
        {"A11", txt("总分")},
        {"G11", num(100)},
        {"H11", num(89)},
    };
    const auto form = recognize(to_grid(c));
    ASSERT_TRUE(form);
    EXPECT_EQ(form->kind, FormKind::project);
    ASSERT_EQ(form->budget->parts.size(), 3u);
    const auto r = check(to_grid(c));
    EXPECT_EQ(r.kind, FormKind::project);
    // 执行数 108 = 90 + 10 + 0? no: 100. 全年预算数 120 = 100 + 20 + 0.
    const auto* rows = at(r, "funding-rows", "E4");
    ASSERT_NE(rows, nullptr);
    EXPECT_EQ(rows->expected, "100");
    EXPECT_EQ(at(r, "funding-rows", "D4"), nullptr);
    EXPECT_EQ(at(r, "funding-rows", "C4"), nullptr);
    EXPECT_EQ(at(r, "exec-rate", "G4"), nullptr);  // 108 ÷ 120 = 90 %
    EXPECT_EQ(at(r, "exec-score", "H4"), nullptr);
    EXPECT_EQ(at(r, "indicator-score", "H9"), nullptr);  // 800 ÷ 1000 × 50 = 40
    EXPECT_EQ(at(r, "deviation-reason", "I9"), nullptr);
    EXPECT_EQ(at(r, "total-score", "H11"), nullptr);  // 9 + 40 + 40 = 89
    const auto* ws = at(r, "total-weight", "G11");
    EXPECT_EQ(ws, nullptr);  // 10 + 50 + 40 = 100
}

// Every rule: a change to the corrected seed that makes it fire, and a near
// miss that must not.
struct RuleCase {
    const char* name;
    const char* rule;
    CellMap changes;
    const char* cell;   // where the finding is looked for
    bool fires = true;  // false: a near miss, the rule must stay silent there
    Severity severity = Severity::error;
};

void PrintTo(const RuleCase& c, std::ostream* os) { *os << c.name; }

class EveryRule : public testing::TestWithParam<RuleCase> {};

TEST_P(EveryRule, FiresOrStaysSilent) {
    const auto& k = GetParam();
    auto cells = corrected_seed();
    for (const auto& [ref, v] : k.changes) cells[ref] = v;
    const auto r = check(to_grid(cells));
    const auto* f = at(r, k.rule, k.cell);
    if (!k.fires) {
        EXPECT_EQ(f, nullptr) << "unexpected: " << said(f);
        return;
    }
    ASSERT_NE(f, nullptr) << k.rule << " did not fire at " << k.cell;
    EXPECT_EQ(f->severity, k.severity);
    // Every placeholder of its message is filled, in both languages.
    for (Lang lang : {Lang::zh, Lang::en}) {
        const std::string text = said(f, lang);
        EXPECT_FALSE(text.empty());
        EXPECT_EQ(text.find('{'), std::string::npos) << text;
        EXPECT_EQ(render_brief(f->message, lang).find('{'), std::string::npos) << render_brief(f->message, lang);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Rules, EveryRule,
    testing::Values(
        RuleCase{"budget_zero", "budget-zero", {{"D5", num(0)}}, "D5"},
        RuleCase{"budget_zero_text_zero", "budget-zero", {{"D5", txt("0.00")}}, "D5"},
        RuleCase{"budget_small_not_zero", "budget-zero", {{"D5", num(0.01)}, {"G5", num(248178)}}, "D5", false},
        RuleCase{"exec_rate_wrong", "exec-rate", {{"G5", num(0.95)}}, "G5"},
        RuleCase{"exec_rate_text_right", "exec-rate", {{"G5", txt("100.00%")}}, "G5", false},
        RuleCase{"exec_rate_rounding_is_not_wrong",
                 "exec-rate",
                 {{"E5", num(2481.7)}, {"G5", txt("100.00%")}},
                 "G5",
                 false},  // 99.997 % shows as 100.00 %
        RuleCase{"exec_rate_uses_full_year_budget", "exec-rate", {{"G5", num(2481.78 / 4229.37)}}, "G5"},
        RuleCase{"exec_score_wrong", "exec-score", {{"H5", num(9.5)}}, "H5"},
        RuleCase{"exec_score_right_as_text", "exec-score", {{"H5", txt("10.00")}}, "H5", false},
        RuleCase{
            "exec_over", "exec-over", {{"E5", num(2500)}, {"G5", num(2500 / 2481.78)}}, "E5", true, Severity::warning},
        RuleCase{"exec_equal_not_over", "exec-over", {{"E5", txt("2,481.78")}}, "E5", false},
        RuleCase{
            "exec_low", "exec-low", {{"E5", num(2000)}, {"G5", num(2000 / 2481.78)}}, "G5", true, Severity::warning},
        RuleCase{"exec_at_ninety_not_low", "exec-low", {{"E5", num(2233.602)}, {"G5", num(0.9)}}, "G5", false},
        RuleCase{"funding_income", "funding-income", {{"B8", txt("政府性基金拨款：105.30")}}, "B6"},
        RuleCase{"funding_income_float_noise",
                 "funding-income",
                 {{"B7", txt("其中：一般公共预算：2376.4")}, {"B8", txt("政府性基金拨款：105.38")}},
                 "B6",
                 false},
        RuleCase{"funding_expense", "funding-expense", {{"E8", txt("项目支出：840.00")}}, "E6"},
        RuleCase{"funding_expense_ok", "funding-expense", {{"E8", txt("项目支出：840.020")}}, "E6", false},
        // 国土空间规划编制 is met and scored 5: its weight is the mistyped one.
        RuleCase{"weight_sum", "weight-sum", {{"G14", num(6)}}, "G14"},
        // Two weights mistyped so that no single one explains the sum: the
        // label says so, naming the weights that may be wrong.
        RuleCase{"weight_sum_unsure", "weight-sum", {{"G14", num(6)}, {"G15", num(4)}}, "B14"},
        RuleCase{"weight_sum_moved_not_changed", "weight-sum", {{"G14", num(6)}, {"G15", num(2)}}, "B14", false},
        RuleCase{"total_weight_parts", "total-weight", {{"G37", num(101)}}, "G37"},
        RuleCase{"total_weight_text_ok", "total-weight", {{"G37", txt("　100")}}, "G37", false},
        RuleCase{"missing_score", "missing-value", {{"H15", CellValue{}}}, "H15"},
        RuleCase{"missing_target", "missing-value", {{"E15", CellValue{}}}, "E15"},
        RuleCase{"zero_is_not_missing", "missing-value", {{"H15", num(0)}}, "H15", false},
        RuleCase{"text_zero_is_not_missing", "missing-value", {{"H15", txt("0")}}, "H15", false},
        // On a qualitative indicator (年度内完成年初绩效目标任务, weight 5): on a
        // quantitative one indicator-score says the same, with the value.
        RuleCase{"score_above_weight", "score-range", {{"H24", num(6)}}, "H24"},
        RuleCase{"score_negative", "score-range", {{"H24", num(-1)}}, "H24"},
        RuleCase{"score_at_weight", "score-range", {{"H14", num(5)}}, "H14", false},
        RuleCase{"indicator_score_wrong", "indicator-score", {{"F14", num(4)}, {"I14", txt("进度滞后")}}, "H14"},
        RuleCase{"indicator_score_right",
                 "indicator-score",
                 {{"F14", num(4)}, {"H14", num(4)}, {"I14", txt("进度滞后")}},
                 "H14",
                 false},
        RuleCase{"indicator_score_reverse", "indicator-score", {{"F27", txt("实际支出40万元")}}, "H27"},
        RuleCase{
            "qualitative_tier_notice", "indicator-score", {{"F24", txt("基本完成")}}, "H24", true, Severity::notice},
        RuleCase{"qualitative_met_silent", "indicator-score", {{"F24", txt("全部完成")}}, "H24", false},
        // Points lost, as stated (4 of 5) or as the figures show (4 of the
        // target 5, scored full): a reason is required (national: an error).
        RuleCase{"deviation_reason", "deviation-reason", {{"F14", num(4)}, {"H14", num(4)}}, "I14"},
        RuleCase{"deviation_reason_missed_scored_full", "deviation-reason", {{"F14", num(4)}}, "I14"},
        RuleCase{"deviation_reason_missed_reverse", "deviation-reason", {{"F27", txt("实际支出40万元")}}, "I27"},
        RuleCase{"deviation_reason_given",
                 "deviation-reason",
                 {{"F14", num(4)}, {"H14", num(4)}, {"I14", txt("两个规划待省级审批")}},
                 "I14",
                 false},
        RuleCase{"deviation_reason_given_for_a_miss",
                 "deviation-reason",
                 {{"F14", num(4)}, {"I14", txt("两个规划待省级审批")}},
                 "I14",
                 false},
        RuleCase{"deviation_reason_exceeded_not_asked", "deviation-reason", {{"F14", num(9)}}, "I14", false},
        RuleCase{"deviation_reason_qualitative_words_alone",
                 "deviation-reason",
                 {{"F24", txt("基本完成")}},
                 "I24",
                 false},  // the tier notice says it; the words alone make no error
        // Deadlines: met earlier or in the month, full; missed, 0 (national).
        RuleCase{"deadline_met_earlier", "indicator-score", {{"E15", txt("9月前")}, {"F15", txt("7月")}}, "H15", false},
        RuleCase{"deadline_met_in_month",
                 "indicator-score",
                 {{"E15", txt("12月底前")}, {"F15", txt("12月20日")}},
                 "H15",
                 false},
        RuleCase{
            "deadline_year_end", "indicator-score", {{"E15", txt("年底前完成")}, {"F15", txt("11月底")}}, "H15", false},
        RuleCase{"deadline_missed", "indicator-score", {{"E15", txt("9月前")}, {"F15", txt("10月完成")}}, "H15"},
        RuleCase{"deadline_missed_full_date",
                 "indicator-score",
                 {{"E15", txt("2024年6月30日前")}, {"F15", txt("2024年7月2日")}},
                 "H15"},
        RuleCase{"deadline_missed_needs_reason",
                 "deviation-reason",
                 {{"E15", txt("9月前")}, {"F15", txt("10月")}, {"H15", num(0)}},
                 "I15"},
        RuleCase{"deadline_words_actual_no_warning",
                 "target-format",
                 {{"E15", txt("9月前")}, {"F15", txt("按时完成")}},
                 "F15",
                 false},
        // Ranges: met inside.
        RuleCase{"range_met", "indicator-score", {{"E14", txt("4-6个")}, {"F14", txt("5个")}}, "H14", false},
        RuleCase{"range_above", "indicator-score", {{"E14", txt("90%～100%")}, {"F14", num(1.2)}}, "H14"},
        // Words where a figure belongs.
        RuleCase{"words_as_actual", "target-format", {{"F27", txt("完成")}}, "F27", true, Severity::warning},
        RuleCase{"words_as_actual_yes", "target-format", {{"F14", txt("是")}}, "F14", true, Severity::warning},
        RuleCase{"words_for_words_target", "target-format", {{"F24", txt("已完成")}}, "F24", false},
        RuleCase{"several_numbers_for_a_figure",
                 "target-format",
                 {{"F14", txt("完成5个，另有2个在审")}},
                 "F14",
                 true,
                 Severity::warning},
        // Amounts typed as text, with thousands separators, in label cells.
        RuleCase{"funding_income_text_numbers",
                 "funding-income",
                 {{"B7", txt("其中：一般公共预算：2,367.49")}, {"E5", txt("2,481.78")}, {"D5", txt("2,481.78")}},
                 "B6"},
        RuleCase{"funding_income_text_numbers_agree",
                 "funding-income",
                 {{"B7", txt("其中：一般公共预算：2,376.49")}, {"E5", txt("2,481.78")}, {"D5", txt("2,481.78")}},
                 "B6",
                 false},
        RuleCase{
            "funding_expense_full_width", "funding-expense", {{"E7", txt("其中：基本支出：１，６４１．７０")}}, "E6"},
        RuleCase{"total_score", "total-score", {{"H37", num(99)}}, "H37"},
        RuleCase{"total_score_text_right", "total-score", {{"H37", txt("100.00")}}, "H37", false},
        RuleCase{"target_format", "target-format", {{"E23", txt("≥100某某")}}, "E23", true, Severity::warning},
        RuleCase{"target_format_fullwidth_ok", "target-format", {{"E23", txt("＞＝９０％")}}, "E23", false},
        RuleCase{"cross_cost", "cross-check", {{"F26", txt("实际支出800.00万元")}}, "F26", true, Severity::warning},
        RuleCase{"cross_cost_same", "cross-check", {{"F26", txt("840.02万元")}}, "F26", false},
        RuleCase{"cross_narrative_unit",
                 "cross-check",
                 {{"F20", num(44.02)}, {"E20", num(44.02)}},
                 "F20",
                 true,
                 Severity::warning},
        RuleCase{"cross_narrative_same_unit", "cross-check", {{"F19", num(1.4)}}, "F19", false}),
    [](const auto& info) { return std::string(info.param.name); });

// Two first-level groups of the same name (a form that repeats its table):
// each group's weights are summed on their own.
TEST(Recognize, RepeatedGroupsKeepTheirOwnIndicators) {
    CellMap c{
        {"B1", txt("一级指标")},
        {"C1", txt("二级指标")},
        {"D1", txt("三级指标")},
        {"E1", txt("年度指标值")},
        {"F1", txt("实际完成值")},
        {"G1", txt("分值")},
        {"H1", txt("得分")},
        {"B2", txt("产出指标（50分）")},
        {"C2", txt("数量指标")},
        {"D2", txt("甲")},
        {"E2", num(1)},
        {"F2", num(1)},
        {"G2", num(50)},
        {"H2", num(50)},
        {"B3", txt("产出指标（50分）")},
        {"C3", txt("数量指标")},
        {"D3", txt("乙")},
        {"E3", num(1)},
        {"F3", num(1)},
        {"G3", num(30)},
        {"H3", num(30)},
        {"D4", txt("丙")},
        {"E4", num(1)},
        {"F4", num(1)},
        {"G4", num(20)},
        {"H4", num(20)},
    };
    const auto form = recognize(to_grid(c));
    ASSERT_TRUE(form);
    ASSERT_EQ(form->groups.size(), 2u);
    EXPECT_EQ(form->indicators[0].group, 0);
    EXPECT_EQ(form->indicators[2].group, 1);
    EXPECT_TRUE(of_rule(check(to_grid(c)), "weight-sum").empty());
}

// The deviation rule's switches are the profile's: a profile may lower the
// required reason to a warning, and may ask for a reason where the actual
// exceeds the target by 30 % or more (strict).
TEST(DeviationReason, ProfilesSetHowStrictItIs) {
    // (Each report is kept while a finding of it is looked at.)
    auto cells = corrected_seed();
    cells["F14"] = num(4);  // 4 of the target 5, scored the full 5
    const Grid missed = to_grid(cells);
    Profile lenient = default_profile();
    lenient.reason_required = false;
    const auto lenient_report = check_sheet(missed, "表1", lenient);
    const auto* f = at(lenient_report, "deviation-reason", "I14");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::warning);
    const auto national_report = check(missed);
    ASSERT_NE(at(national_report, "deviation-reason", "I14"), nullptr);
    EXPECT_EQ(at(national_report, "deviation-reason", "I14")->severity, Severity::error);

    const Profile& strict = *find_profile("strict");
    cells["F14"] = num(6.5);  // 5 × 1.3 = 6.5: exceeded by 30 %
    const auto strict_report = check_sheet(to_grid(cells), "表1", strict);
    const auto* over = at(strict_report, "deviation-reason", "I14");
    ASSERT_NE(over, nullptr);
    EXPECT_EQ(over->severity, Severity::warning);
    EXPECT_THAT(render(over->message, Lang::zh), HasSubstr("30%"));
    EXPECT_EQ(at(check(to_grid(cells)), "deviation-reason", "I14"), nullptr);  // national does not ask
    cells["F14"] = num(6.4);                                                   // 28 % over: not asked
    EXPECT_EQ(at(check_sheet(to_grid(cells), "表1", strict), "deviation-reason", "I14"), nullptr);
    cells["F14"] = num(6.5);
    cells["I14"] = txt("超额完成因新增两个乡镇规划");
    EXPECT_EQ(at(check_sheet(to_grid(cells), "表1", strict), "deviation-reason", "I14"), nullptr);
}

// A deadline's year: a form of 2024 with the target 次年3月前 is met in
// February (of 2025), whatever year the actual leaves out.
TEST(Deadlines, TheFormsYearPlacesDatesWithoutOne) {
    auto cells = corrected_seed();
    cells["E15"] = txt("次年3月前");
    cells["F15"] = txt("2月");
    EXPECT_EQ(at(check(to_grid(cells)), "indicator-score", "H15"), nullptr);
    cells["F15"] = txt("2025年4月");
    const auto late = check(to_grid(cells));
    const auto* f = at(late, "indicator-score", "H15");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->fix, 0);
    EXPECT_THAT(render(f->message, Lang::zh), HasSubstr("次年3月前"));
    cells["F15"] = txt("2024年12月");
    EXPECT_EQ(at(check(to_grid(cells)), "indicator-score", "H15"), nullptr);
}
