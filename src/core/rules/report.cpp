#include "report.hpp"

#include "../form/recognize.hpp"
#include "../scoring/scores.hpp"
#include "../text/normalize.hpp"
#include "format.hpp"

namespace perfeval {

std::string_view kind_id(FormKind kind) {
    return kind == FormKind::project ? "project" : "department";
}

SheetReport check_sheet(const Grid& grid, const std::string& sheet, const Profile& profile, Lang lang) {
    SheetReport report;
    report.sheet = sheet;
    const auto form = recognize(grid);
    if (!form) {
        report.findings.push_back(
            Finding{"no-form", Severity::notice, sheet, std::nullopt,
                    lang == Lang::zh ? "此工作表没有绩效自评表（未找到 年度资金总额、三级指标 或 “绩效自评表” 标题）"
                                     : "No self-evaluation form on this sheet",
                    "", "", std::nullopt});
        report.notices = 1;
        return report;
    }
    report.has_form = true;
    report.kind = form->kind;
    report.range = to_a1(form->top_left) + ":" + to_a1(form->bottom_right);
    report.unit_name = text::normalize(format_cell(form->unit_name.value));
    auto checked = check_form(*form, sheet, profile, lang);
    report.findings = std::move(checked.findings);
    report.totals = checked.totals;
    if (!form->missing.empty()) {
        std::string parts;
        for (const auto& m : form->missing)
            parts += (parts.empty() ? "" : (lang == Lang::zh ? "、" : "; ")) + (lang == Lang::zh ? m.zh : m.en);
        report.findings.push_back(Finding{
            "form-partial", Severity::notice, sheet, std::nullopt,
            lang == Lang::zh ? "表格不完整，以下部分未找到，相关核对已跳过：" + parts
                             : "Parts of the form were not found and their checks skipped: " + parts,
            "", "", std::nullopt});
    }
    for (const auto& f : report.findings)
        (f.severity == Severity::error ? report.errors
         : f.severity == Severity::warning ? report.warnings
                                           : report.notices)++;
    if (report.totals.computed_score)
        if (const auto g = grade(*report.totals.computed_score, profile)) report.grade = std::string(*g);
    return report;
}

}  // namespace perfeval
