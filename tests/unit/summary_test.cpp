// The batch summary's two tables (汇总, 问题明细): what each row holds, errors
// first, files that were not checked, and the CSV form.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "core/report/sheet_text.hpp"
#include "core/report/summary.hpp"
#include "seed_fixture.hpp"

using namespace perfeval;
using testing::ElementsAre;
using testing::HasSubstr;

namespace {

SheetText seed_sheet(const std::string& name) {
    return render_sheet(check_sheet(test::to_grid(test::seed_cells()), name, default_profile()), Lang::zh);
}

SheetText clean_sheet(const std::string& name) {
    SheetText s = seed_sheet(name);
    s.errors = s.warnings = 0;
    s.notices = 1;
    s.findings.clear();
    return s;
}

std::string text_at(const std::vector<SummaryValue>& row, size_t i) {
    const auto* s = std::get_if<std::string>(&row.at(i));
    return s ? *s : "<not text>";
}

double number_at(const std::vector<SummaryValue>& row, size_t i) {
    const auto* d = std::get_if<double>(&row.at(i));
    return d ? *d : -1;
}

}  // namespace

TEST(BatchSummary, OneRowPerFormWithItsCountsAndTotalsAsNumbers) {
    const auto summary = batch_summary({CheckedFile{"a.ods", "ok", "", {seed_sheet("表1")}}}, Lang::zh);
    EXPECT_EQ(summary.forms.name, "汇总");
    EXPECT_EQ(summary.findings.name, "问题明细");
    EXPECT_THAT(summary.forms.header, ElementsAre("文件", "工作表", "单位", "表样", "类型", "状态", "错误", "警告",
                                                  "提示", "表内总分", "更正后总分", "等级", "核对范围", "说明"));
    ASSERT_EQ(summary.forms.rows.size(), 1u);
    const auto& row = summary.forms.rows[0];
    EXPECT_EQ(text_at(row, 0), "a.ods");
    EXPECT_EQ(text_at(row, 1), "表1");
    EXPECT_EQ(text_at(row, 2), "岳阳市君山区自然资源局");
    EXPECT_EQ(text_at(row, 4), "部门整体支出绩效自评表");
    EXPECT_EQ(text_at(row, 5), "已检查");
    EXPECT_EQ(number_at(row, 6), 3);
    EXPECT_EQ(number_at(row, 7), 2);
    EXPECT_EQ(number_at(row, 8), 1);
    EXPECT_EQ(number_at(row, 9), 100);
    EXPECT_EQ(number_at(row, 10), 100);
    EXPECT_EQ(text_at(row, 11), "优");
    EXPECT_EQ(text_at(row, 12),
              "核对范围：预算执行 执行率与得分 · 指标 23 行（14 行按目标核对，9 行定性） · 总分（合计行）")
        << "what the check covered";
    EXPECT_EQ(summary.findings.rows.size(), 6u) << "one row per finding";
}

TEST(BatchSummary, ErrorsFirstThenTheOrderOfTheInputs) {
    const auto summary = batch_summary({CheckedFile{"clean.ods", "ok", "", {clean_sheet("甲")}},
                                        CheckedFile{"none.ods", "no-form", "未找到绩效自评表", {}},
                                        CheckedFile{"bad.ods", "ok", "", {seed_sheet("乙"), clean_sheet("丙")}},
                                        CheckedFile{"hung.ods", "timeout", "60 秒内未完成，已停止（--timeout）", {}}},
                                       Lang::zh);
    std::vector<std::string> order;
    for (const auto& row : summary.forms.rows) order.push_back(text_at(row, 0) + "/" + text_at(row, 5));
    EXPECT_THAT(order, ElementsAre("hung.ods/超时", "bad.ods/已检查", "clean.ods/已检查", "none.ods/无自评表",
                                   "bad.ods/已检查"));
    EXPECT_EQ(text_at(summary.forms.rows[0], 13), "60 秒内未完成，已停止（--timeout）") << "why it was not checked";
    EXPECT_TRUE(std::holds_alternative<std::monostate>(summary.forms.rows[0][6])) << "no counts for it";

    std::vector<std::string> severities;
    for (const auto& row : summary.findings.rows) severities.push_back(text_at(row, 3));
    EXPECT_THAT(severities, ElementsAre("错误", "错误", "错误", "警告", "警告", "提示"));
}

TEST(BatchSummary, CsvIsThePanelExportsKind) {
    const auto summary = batch_summary(
        {CheckedFile{"=x.ods", "ok", "", {seed_sheet("表1")}}, CheckedFile{"b.ods", "crashed", "", {}}}, Lang::en);
    const std::string csv = summary_csv(summary.forms);
    EXPECT_EQ(csv.rfind("\xEF\xBB\xBF\"File\",\"sheet\"", 0), 0u) << csv.substr(0, 40);
    EXPECT_THAT(csv, HasSubstr("\r\n\"b.ods\",\"\",\"\",\"\",\"\",\"office crashed\""));
    EXPECT_THAT(csv, HasSubstr("\"'=x.ods\",\"表1\"")) << "a formula-like field stays text";
    EXPECT_THAT(csv, HasSubstr(",\"3\",\"2\",\"1\",\"100\",\"100\",\"Excellent\","))
        << "numbers in their shortest form";
}

TEST(BatchSummary, EveryStatusHasWords) {
    for (const char* status : {"ok", "no-form", "unreadable", "encrypted", "timeout", "crashed", "too-large"})
        EXPECT_NE(status_label(status, Lang::zh), status);
}
