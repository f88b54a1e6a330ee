// The text layer: the message table, rendering, the lines every front end
// prints and the report files.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include <regex>
#include <set>
#include <string>

#include "core/report/export.hpp"
#include "core/report/json.hpp"
#include "core/report/messages.hpp"
#include "core/report/render.hpp"
#include "core/report/sheet_text.hpp"
#include "seed_fixture.hpp"

using namespace perfeval;
using testing::HasSubstr;
using testing::Not;

namespace {

std::set<std::string> placeholders(std::string_view text) {
    static const std::regex kPlaceholder(R"(\{([a-z_]+)\})");
    std::set<std::string> out;
    const std::string s(text);
    for (auto it = std::sregex_iterator(s.begin(), s.end(), kPlaceholder); it != std::sregex_iterator(); ++it)
        out.insert((*it)[1]);
    return out;
}

SheetReport seed_report() { return check_sheet(test::to_grid(test::seed_cells()), "表1", default_profile()); }

}  // namespace

TEST(MessageTable, EveryMessageHasAKeyAndWordsInBothLanguages) {
    std::set<std::string_view> keys;
    for (const auto& m : all_messages()) {
        SCOPED_TRACE(std::string(m.key));
        EXPECT_TRUE(keys.insert(m.key).second) << "duplicate key";
        EXPECT_FALSE(m.text.zh.empty());
        EXPECT_FALSE(m.text.en.empty());
        EXPECT_NE(m.text.zh, m.text.en);
        EXPECT_EQ(m.brief.zh.empty(), m.brief.en.empty()) << "a brief form in one language only";
        EXPECT_EQ(&message_text(m.id), &m);
    }
}

TEST(MessageTable, BothLanguagesFillTheSamePlaceholders) {
    for (const auto& m : all_messages()) {
        SCOPED_TRACE(std::string(m.key));
        const auto zh = placeholders(m.text.zh), en = placeholders(m.text.en);
        // English may leave out a detail the Chinese gives (the split's terms),
        // never name a value the Chinese does not.
        for (const auto& p : en) EXPECT_TRUE(zh.count(p)) << "{" << p << "} only in English";
        const auto brief_zh = placeholders(m.brief.zh), brief_en = placeholders(m.brief.en);
        for (const auto& p : brief_zh) EXPECT_TRUE(zh.count(p)) << "brief {" << p << "} not in the text";
        for (const auto& p : brief_en) EXPECT_TRUE(zh.count(p)) << "brief {" << p << "} not in the text";
    }
}

TEST(Render, FillsPlaceholdersInTheReadersLanguage) {
    const Message m(MessageId::exec_over, {arg("executed", "2500"), arg("budget", "2481.78")});
    EXPECT_EQ(render(m, Lang::zh), "全年执行数 2500 超过全年预算数 2481.78，请核实是否超预算支出");
    EXPECT_EQ(render(m, Lang::en), "Executed 2500 exceeds the full-year budget 2481.78");
    EXPECT_EQ(render_brief(m, Lang::zh), "全年执行数 2500 超过全年预算数 2481.78");
    // No brief form: the sentence itself.
    EXPECT_EQ(render_brief(Message(MessageId::exec_rate_empty), Lang::zh), "执行率未填写");
}

TEST(Render, WordsFollowTheLanguageAndListsJoin) {
    const Message m(MessageId::form_partial,
                    {words("parts", {MessageId::part_total_row, MessageId::part_column_score})});
    EXPECT_EQ(render(m, Lang::zh), "表格不完整，以下部分未找到，相关核对已跳过：总分行、指标表“得分”列");
    EXPECT_EQ(render(m, Lang::en),
              "Parts of the form were not found and their checks skipped: the 总分 (total) row; the indicator "
              "table's 得分 column");
}

TEST(Render, AValueIsNeverReadAsAPattern) {
    // A cell typed "{stated}" stays text; it does not pull in another argument.
    const Message m(MessageId::value_missing, {arg("name", "{field}"), word("field", MessageId::field_score)});
    EXPECT_EQ(render(m, Lang::zh), "“{field}”的得分未填写");
}

TEST(Render, AMissingArgumentShowsInsteadOfVanishing) {
    EXPECT_EQ(render(Message(MessageId::exec_over, {arg("executed", "1")}), Lang::en),
              "Executed 1 exceeds the full-year budget {budget}");
}

TEST(SheetText, TheLinesOfTheSeedForm) {
    const SheetReport report = seed_report();
    const SheetText zh = render_sheet(report, Lang::zh);
    EXPECT_EQ(summary_line(zh, Lang::zh), "错误 3 · 警告 2 · 提示 1 · 总分：表内 100，更正后 100 · 等级 优");
    const SheetText en = render_sheet(report, Lang::en);
    EXPECT_EQ(summary_line(en, Lang::en),
              "Errors 3 · Warnings 2 · Notices 1 · Total: stated 100, after corrections 100 · Grade Excellent");

    const FindingText& rate = zh.findings.at(0);
    ASSERT_EQ(rate.cell, "G5");
    EXPECT_EQ(rate.rule_title, "执行率 = 全年执行数 ÷ 全年预算数");
    EXPECT_EQ(finding_line(rate, Lang::zh),
              "✗ 错误 G5 [exec-rate] 执行率填写为 95.60%，但 全年执行数 ÷ 全年预算数 = 2481.78 ÷ 2481.78 = "
              "100.00%（执行率按全年预算数计算，不是年初预算数）");
    EXPECT_EQ(list_line(rate, Lang::zh), "执行率填写为 95.60% → 应为 100.00%");
    EXPECT_EQ(list_entry(rate, false, Lang::zh), "✗ G5  执行率填写为 95.60% → 应为 100.00%");
    EXPECT_EQ(list_entry(rate, true, Lang::zh), "✗ G5 (表1)  执行率填写为 95.60% → 应为 100.00%");
    EXPECT_EQ(detail_text(rate, Lang::zh), rate.message + "\n应为：100.00%\n表内：95.60%");

    // The expected value is added where the sentence does not say it.
    const FindingText& total = zh.findings.at(2);
    ASSERT_EQ(total.cell, "H37");
    EXPECT_THAT(finding_line(total, Lang::zh), Not(HasSubstr("（应为")));
    FindingText quiet = rate;
    quiet.message = "执行率有误";
    EXPECT_EQ(finding_line(quiet, Lang::zh), "✗ 错误 G5 [exec-rate] 执行率有误（应为 100.00%）");
}

TEST(SheetText, NoTotalsNoGradeNoWords) {
    EXPECT_EQ(totals_text(Totals{}, Lang::zh), "");
    EXPECT_EQ(grade_text("", Lang::zh), "");
    EXPECT_EQ(counts_text(0, 1, 2, Lang::en), "Errors 0 · Warnings 1 · Notices 2");
    EXPECT_EQ(grade_label("良", Lang::en), "Good");
    EXPECT_EQ(grade_label("良", Lang::zh), "良");
    EXPECT_EQ(grade_text("差", Lang::en), "Grade Poor");
    Totals only_computed;
    only_computed.computed_score = 99.5;
    EXPECT_EQ(totals_text(only_computed, Lang::zh), "总分：表内 —，更正后 99.5");
    EXPECT_EQ(severity_label(Severity::warning, Lang::zh), "警告");
    EXPECT_EQ(severity_mark(Severity::notice), "ℹ");  // visible, unlike the ·
    SheetText unknown_family;
    unknown_family.kind = FormKind::project;
    unknown_family.family = "no-such-family";
    EXPECT_EQ(form_label(unknown_family, Lang::en), "project form");
    SheetText sichuan;
    sichuan.family = "sichuan-project";
    EXPECT_EQ(form_label(sichuan, Lang::zh), "四川部门预算项目支出绩效自评表");
    EXPECT_EQ(rule_title("no-such-rule", Lang::zh), "");
    EXPECT_EQ(rule_title("no-form", Lang::en), "A form on the sheet");
}

// The JSON every program reads: the summary and each finding with its
// value to write; numbers that are not known are null, not 0.
TEST(Json, TheSeedFormAsScriptsReadIt) {
    const auto sheets = boost::json::parse(sheets_json(render_sheets({seed_report()}, Lang::zh))).at("sheets");
    ASSERT_EQ(sheets.as_array().size(), 1u);
    const auto& sheet = sheets.at(0);
    EXPECT_EQ(sheet.at("sheet").as_string(), "表1");
    EXPECT_TRUE(sheet.at("has_form").as_bool());
    EXPECT_EQ(sheet.at("kind").as_string(), "department");
    EXPECT_EQ(sheet.at("summary").at("errors").as_int64(), 3);
    EXPECT_EQ(sheet.at("summary").at("total_score").as_double(), 100);
    EXPECT_EQ(sheet.at("summary").at("grade").as_string(), "优");
    const auto& g5 = sheet.at("findings").at(0);
    EXPECT_EQ(g5.at("rule").as_string(), "exec-rate");
    EXPECT_EQ(g5.at("severity").as_string(), "error");
    EXPECT_EQ(g5.at("cell").as_string(), "G5");
    EXPECT_EQ(g5.at("expected").as_string(), "100.00%");
    EXPECT_EQ(g5.at("fix").as_double(), 1);
    bool some_without_fix = false;
    for (const auto& f : sheet.at("findings").as_array()) some_without_fix |= f.at("fix").is_null();
    EXPECT_TRUE(some_without_fix) << "a notice has no value to write";

    SheetReport empty;
    empty.sheet = "Sheet2";
    const auto none = boost::json::parse(sheets_json(render_sheets({empty}, Lang::en))).at("sheets").at(0);
    EXPECT_FALSE(none.at("has_form").as_bool());
    EXPECT_TRUE(none.at("summary").at("total_score").is_null());
    EXPECT_TRUE(none.at("summary").at("grade").is_null());
}

TEST(Export, HtmlNamesTheProfileAndEscapesCells) {
    auto cells = test::seed_cells();
    cells["C3"] = CellValue{std::string("<script>单位&</script>")};
    const auto report = check_sheet(test::to_grid(cells), "表<1>", default_profile());
    const std::string html = report_html({report}, ExportInfo{"a&b.ods", "2026-11-28 10:00", "national"}, Lang::zh);
    EXPECT_THAT(html, HasSubstr("<td>全国通行规则 (national)</td>"));
    EXPECT_THAT(html, HasSubstr("&lt;script&gt;单位&amp;&lt;/script&gt;"));
    EXPECT_THAT(html, Not(HasSubstr("<script>")));
    EXPECT_THAT(html, HasSubstr("工作表：表&lt;1&gt;"));
    // The rule's name in the UI language, its id small beside it.
    EXPECT_THAT(html, HasSubstr("<td>执行率 = 全年执行数 ÷ 全年预算数<small class=\"id\">exec-rate</small></td>"));
    // Printed on A4, values never wrapped.
    EXPECT_THAT(html, HasSubstr("@page{size:A4"));
    EXPECT_THAT(html, HasSubstr("<td class=\"value\">100.00%</td>"));
    EXPECT_THAT(html, HasSubstr("错误 3 · 警告 2 · 提示 1"));
}

TEST(Export, CsvIsOneTableWithItsHeaderFirst) {
    const std::string csv = report_csv({seed_report()}, ExportInfo{"x.ods", "2026-11-28", "linear"}, Lang::en);
    EXPECT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u);  // the byte-order mark first
    // The header is the first row: nothing above it, so it imports as one table.
    EXPECT_EQ(csv.find("\"File\",\"Date\",\"Profile\",\"unit\",\"sheet\",\"template\",\"cell\",\"severity\",\"rule\","
                       "\"rule id\",\"message\",\"expected\",\"actual\"\r\n"),
              3u);
    EXPECT_THAT(
        csv,
        HasSubstr("\"x.ods\",\"2026-11-28\",\"Linear deduction (linear)\",\"岳阳市君山区自然资源局\",\"表1\","
                  "\"Hunan department form\",\"G5\",\"error\",\"Execution rate = executed ÷ budget\",\"exec-rate\","));
    // A quote inside a field is doubled.
    EXPECT_THAT(csv, HasSubstr("\"\"守住耕地红线(亩)\"\" counts 44.02"));
    // Every row has the header's 13 fields.
    size_t rows = 0;
    for (size_t at = 3, end; (end = csv.find("\r\n", at)) != std::string::npos; at = end + 2, ++rows) {
        const std::string line = csv.substr(at, end - at);
        size_t fields = 0;
        bool quoted = false;
        for (char c : line) {
            if (c == '"') quoted = !quoted;
            if (c == ',' && !quoted) ++fields;
        }
        EXPECT_EQ(fields + 1, 13u) << line;
    }
    EXPECT_EQ(rows, 1 + seed_report().findings.size());
}

// Texts from the cells that a spreadsheet would run as formulas stay text
// (the OWASP rule for CSV injection): =, +, -, @, TAB and CR first get a '.
TEST(Export, CsvNeutralizesFormulaLikeTexts) {
    auto cells = test::seed_cells();
    cells["C3"] = CellValue{std::string("=HYPERLINK(\"http://x\",\"y\")")};
    const auto report = check_sheet(test::to_grid(cells), "@SUM(1)", default_profile());
    const std::string csv = report_csv({report}, ExportInfo{"+1.ods", "-1", "national"}, Lang::zh);
    EXPECT_THAT(csv, HasSubstr("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""));
    EXPECT_THAT(csv, HasSubstr("\"'@SUM(1)\""));
    EXPECT_THAT(csv, HasSubstr("\"'+1.ods\",\"'-1\""));
    EXPECT_THAT(csv, Not(HasSubstr(",\"=")));
    EXPECT_THAT(csv, Not(HasSubstr(",\"@")));
}
