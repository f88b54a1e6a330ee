// A checked sheet in words: every finding's message rendered in one
// language, and the lines the panel, the report files and the command line
// print. The only code that turns a report into text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../lang.hpp"
#include "../rules/check.hpp"

namespace perfeval {

struct FindingText {
    std::string rule;        // "exec-rate"
    std::string rule_title;  // what the rule checks, in words
    Severity severity = Severity::error;
    std::string sheet;
    std::string cell;     // "G5"; empty when the finding is about the sheet
    std::string message;  // the whole sentence
    std::string brief;    // its one line, without the expected value
    std::string expected, actual;
    std::optional<double> fix;
    std::vector<std::string> also;  // other rules that found the same fault here
};

struct SheetText {
    std::string sheet;
    bool has_form = false;
    FormKind kind = FormKind::department;
    std::string family;  // the template family's id
    std::string range, unit_name;
    int errors = 0, warnings = 0, notices = 0;
    Totals totals;
    std::string grade;
    Coverage coverage;
    std::vector<FindingText> findings;
};

SheetText render_sheet(const SheetReport& report, Lang lang);
std::vector<SheetText> render_sheets(const std::vector<SheetReport>& reports, Lang lang);
// The words of a rule id ("" for an unknown id).
std::string rule_title(std::string_view rule_id, Lang lang);

std::string severity_label(Severity severity, Lang lang);  // 错误 / error
std::string_view severity_mark(Severity severity);         // ✗ ! ·
// The form's template family in words ("四川部门预算项目支出绩效自评表"), or
// its kind when the family is unknown.
std::string form_label(const SheetText& sheet, Lang lang);

// "错误 3 · 警告 2 · 提示 1"
std::string counts_text(int errors, int warnings, int notices, Lang lang);
// "总分：表内 100，更正后 99": the stated total and the total once every
// finding is corrected; empty when neither is known.
std::string totals_text(const Totals& totals, Lang lang);
// "等级 优"; empty without a grade.
// 优 → "Excellent" in English, as it is in Chinese.
std::string grade_label(const std::string& grade, Lang lang);
std::string grade_text(const std::string& grade, Lang lang);
// "核对范围：预算执行 执行率与得分 · 指标 31 行（…） · 总分（合计行）": what
// the check covered, on one line.
std::string coverage_text(const Coverage& coverage, Lang lang);
// counts · totals · grade, on one line.
std::string summary_line(const SheetText& sheet, Lang lang);
// "✗ 错误 G5 [exec-rate] 执行率填写为 …（应为 100.00%）": a line of the command line's report.
std::string finding_line(const FindingText& finding, Lang lang);
// "执行率填写为 95.60% → 应为 100.00%": a finding in one short line.
std::string list_line(const FindingText& finding, Lang lang);
// "✗ G5  执行率填写为 95.60% → 应为 100.00%": an entry of the panel's list,
// with the sheet's name when the finding is on another sheet.
std::string list_entry(const FindingText& finding, bool name_sheet, Lang lang);
// The whole message with the expected and the actual value, one per line.
std::string detail_text(const FindingText& finding, Lang lang);

}  // namespace perfeval
