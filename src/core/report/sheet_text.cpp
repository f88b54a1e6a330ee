#include "sheet_text.hpp"
#include "../form/families.hpp"

#include "../decimal/format.hpp"
#include "render.hpp"

namespace perfeval {
namespace {

std::string number_or_dash(const std::optional<double>& v) { return v ? format_number(*v) : "—"; }

}  // namespace

std::string rule_title(std::string_view rule_id, Lang lang) {
    const RuleInfo* info = find_rule(rule_id);
    return info ? text(info->title, lang) : std::string();
}

SheetText render_sheet(const SheetReport& report, Lang lang) {
    SheetText out;
    out.sheet = report.sheet;
    out.has_form = report.has_form;
    out.kind = report.kind;
    out.range = report.range;
    out.unit_name = report.unit_name;
    out.family = report.family;
    out.errors = report.errors;
    out.warnings = report.warnings;
    out.notices = report.notices;
    out.totals = report.totals;
    out.grade = report.grade;
    out.coverage = report.coverage;
    out.findings.reserve(report.findings.size());
    for (const auto& f : report.findings)
        out.findings.push_back(FindingText{f.rule, rule_title(f.rule, lang), f.severity, f.sheet,
                                           f.cell ? to_a1(*f.cell) : std::string(), render(f.message, lang),
                                           render_brief(f.message, lang), f.expected, f.actual, f.fix, f.also});
    return out;
}

std::vector<SheetText> render_sheets(const std::vector<SheetReport>& reports, Lang lang) {
    std::vector<SheetText> out;
    out.reserve(reports.size());
    for (const auto& r : reports) out.push_back(render_sheet(r, lang));
    return out;
}

namespace {

// How each severity is shown: its word in the table and its mark in lists.
struct SeverityLook {
    Severity severity;
    MessageId label;
    std::string_view mark;
};
constexpr SeverityLook kSeverities[] = {
    {Severity::error, MessageId::severity_error, "✗"},
    {Severity::warning, MessageId::severity_warning, "!"},
    {Severity::notice, MessageId::severity_notice, "ℹ"},
};

const SeverityLook& look_of(Severity severity) {
    for (const auto& s : kSeverities)
        if (s.severity == severity) return s;
    return kSeverities[2];
}

}  // namespace

std::string severity_label(Severity severity, Lang lang) { return text(look_of(severity).label, lang); }

std::string_view severity_mark(Severity severity) { return look_of(severity).mark; }

std::string form_label(const SheetText& sheet, Lang lang) {
    if (const Family* family = find_family(sheet.family)) return family->name(lang == Lang::en);
    return text(sheet.kind == FormKind::project ? MessageId::kind_project : MessageId::kind_department, lang);
}

std::string counts_text(int errors, int warnings, int notices, Lang lang) {
    return text(MessageId::summary_counts, lang,
                {arg("errors", std::to_string(errors)), arg("warnings", std::to_string(warnings)),
                 arg("notices", std::to_string(notices))});
}

std::string totals_text(const Totals& totals, Lang lang) {
    if (!totals.stated_score && !totals.computed_score) return "";
    return text(
        MessageId::summary_totals, lang,
        {arg("stated", number_or_dash(totals.stated_score)), arg("computed", number_or_dash(totals.computed_score))});
}

std::string grade_label(const std::string& grade, Lang lang) {
    static const std::pair<std::string_view, MessageId> kGrades[] = {{"优", MessageId::grade_excellent},
                                                                     {"良", MessageId::grade_good},
                                                                     {"中", MessageId::grade_fair},
                                                                     {"差", MessageId::grade_poor}};
    for (const auto& [name, id] : kGrades)
        if (grade == name) return text(id, lang);
    return grade;
}

std::string grade_text(const std::string& grade, Lang lang) {
    return grade.empty() ? std::string()
                         : text(MessageId::summary_grade, lang, {arg("grade", grade_label(grade, lang))});
}

std::string coverage_text(const Coverage& c, Lang lang) {
    using M = MessageId;
    const auto funds =
        c.fund_rows > 0 ? text(M::coverage_funds, lang, {arg("rows", std::to_string(c.fund_rows))}) : std::string();
    const M budget = !c.budget      ? M::coverage_budget_none
                     : !c.rate      ? M::coverage_budget_found
                     : c.exec_score ? M::coverage_budget_full
                                    : M::coverage_budget_rate;
    const std::string indicators =
        c.indicator_table ? text(M::coverage_indicators, lang,
                                 {arg("rows", std::to_string(c.indicators)), arg("checked", std::to_string(c.checked)),
                                  arg("qualitative", std::to_string(c.qualitative))})
                          : text(M::coverage_indicators_none, lang);
    static constexpr std::pair<Coverage::Total, M> kPlaces[] = {{Coverage::Total::row, M::coverage_total_row},
                                                                {Coverage::Total::header, M::coverage_total_header},
                                                                {Coverage::Total::both, M::coverage_total_both},
                                                                {Coverage::Total::none, M::coverage_total_none}};
    M total = M::coverage_total_none;
    for (const auto& [place, id] : kPlaces)
        if (place == c.total) total = id;
    if (c.total != Coverage::Total::none && !c.total_checked) total = M::coverage_total_unchecked;
    return text(c.partial() ? M::coverage_partial_line : M::coverage_line, lang,
                {arg("budget", text(budget, lang, {arg("funds", funds)})), arg("indicators", indicators),
                 arg("total", text(total, lang))});
}

std::string summary_line(const SheetText& sheet, Lang lang) {
    std::string line = counts_text(sheet.errors, sheet.warnings, sheet.notices, lang);
    for (const std::string& part : {totals_text(sheet.totals, lang), grade_text(sheet.grade, lang)})
        if (!part.empty()) line += " · " + part;
    return line;
}

std::string finding_line(const FindingText& f, Lang lang) {
    std::string message = f.message;
    // The expected value is named unless the sentence says it already.
    if (!f.expected.empty() && message.find(f.expected) == std::string::npos)
        message = text(MessageId::line_with_expected, lang, {arg("message", message), arg("expected", f.expected)});
    return std::string(severity_mark(f.severity)) + " " + severity_label(f.severity, lang) + " " +
           (f.cell.empty() ? "-" : f.cell) + " [" + f.rule + "] " + message;
}

std::string list_line(const FindingText& f, Lang lang) {
    // "→ 应为 X" only where X is not what the cell holds already.
    if (f.expected.empty() || f.brief == f.message || f.expected == f.actual) return f.brief;
    return text(MessageId::line_expected, lang, {arg("brief", f.brief), arg("expected", f.expected)});
}

std::string list_entry(const FindingText& f, bool name_sheet, Lang lang) {
    std::string entry = std::string(severity_mark(f.severity)) + " " + (f.cell.empty() ? "-" : f.cell);
    if (name_sheet) entry += " (" + f.sheet + ")";
    return entry + "  " + list_line(f, lang);
}

std::string detail_text(const FindingText& f, Lang lang) {
    std::string out = f.message;
    if (!f.expected.empty()) out += "\n" + text(MessageId::detail_expected, lang, {arg("expected", f.expected)});
    if (!f.actual.empty()) out += "\n" + text(MessageId::detail_actual, lang, {arg("actual", f.actual)});
    for (const auto& rule : f.also)
        out += "\n" + text(MessageId::detail_also, lang, {arg("title", rule_title(rule, lang)), arg("rule", rule)});
    return out;
}

}  // namespace perfeval
