#include "export.hpp"

#include <string_view>

#include "../scoring/profile.hpp"
#include "render.hpp"
#include "sheet_text.hpp"

namespace perfeval {
namespace {

using M = MessageId;

std::string html_escape(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

// RFC 4180: every field quoted, quotes doubled. A field that a spreadsheet
// would take for a formula (=, +, -, @, TAB, CR first: the OWASP rule for CSV
// injection) is prefixed with ' so that it stays text.
std::string csv_field(const std::string& s) {
    std::string out = "\"";
    if (!s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos) out += '\'';
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string profile_text(const std::string& name, Lang lang) {
    const Profile* p = find_profile(name);
    return p ? std::string(p->label.in(lang)) + " (" + std::string(p->name) + ")" : name;
}

std::string first_unit(const std::vector<SheetText>& sheets) {
    for (const auto& s : sheets)
        if (!s.unit_name.empty()) return s.unit_name;
    return "";
}

std::string cells(std::initializer_list<std::string> values, const char* tag) {
    std::string row = "<tr>";
    for (const auto& v : values) row += std::string("<") + tag + ">" + v + "</" + tag + ">";
    return row + "</tr>";
}

}  // namespace

std::string report_html(const std::vector<SheetReport>& reports, const ExportInfo& info, Lang lang) {
    const auto sheets = render_sheets(reports, lang);
    auto t = [lang](M id) { return html_escape(text(id, lang)); };
    std::string h;
    h += "<!DOCTYPE html>\n<html lang=\"" + std::string(lang == Lang::zh ? "zh-CN" : "en") +
         "\"><head><meta charset=\"utf-8\">";
    h += "<title>" + html_escape(text(M::report_title, lang, {arg("document", info.document)})) + "</title>";
    // A4 when printed (or saved as PDF from a browser): tables break between
    // rows, headers repeat, values and cells never wrap inside.
    h += "<style>body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:2em;color:#222}"
         "table{border-collapse:collapse;width:100%;margin:.5em 0 2em}th,td{border:1px solid #bbb;padding:4px 8px;"
         "text-align:left;vertical-align:top}th{background:#eef2f7}.error{color:#b00020}.warning{color:#9a6700}"
         ".notice{color:#555}.summary td{border:none;padding:2px 12px 2px 0}td.value,td.cell{white-space:nowrap}"
         "small.id{color:#777;font-size:80%;margin-left:.3em}"
         "@page{size:A4;margin:15mm}@media print{body{margin:0;font-size:10pt}thead{display:table-header-group}"
         "tr{break-inside:avoid}h2{break-after:avoid}}</style></head><body>\n";
    h += "<h1>" + t(M::report_heading) + "</h1>\n";
    h += "<table class=\"summary\">";
    h += cells({t(M::report_unit), html_escape(first_unit(sheets))}, "td");
    h += cells({t(M::report_file), html_escape(info.document)}, "td");
    h += cells({t(M::report_date), html_escape(info.date)}, "td");
    h += cells({t(M::report_profile), html_escape(profile_text(info.profile, lang))}, "td");
    h += "</table>\n";
    for (const auto& s : sheets) {
        h += "<h2>" + html_escape(text(M::report_sheet, lang, {arg("sheet", s.sheet)})) + "</h2>\n";
        if (!s.has_form) {
            // A sheet too large to read says so; any other sheet has no form.
            const bool unread = s.warnings > 0 && !s.findings.empty();
            h += "<p>" + (unread ? html_escape(s.findings.front().message) : t(M::report_no_form)) + "</p>\n";
            continue;
        }
        h += "<p>" + html_escape(form_label(s, lang) + " · " + s.range) + "</p>\n";
        h += "<p>" + html_escape(summary_line(s, lang)) + "</p>\n";
        h += "<table><thead>" +
             cells({t(M::column_severity), t(M::column_cell), t(M::column_rule), t(M::column_message),
                    t(M::column_expected), t(M::column_actual)},
                   "th") +
             "</thead>\n";
        for (const auto& f : s.findings) {
            const std::string rule = f.rule_title.empty() ? html_escape(f.rule)
                                                          : html_escape(f.rule_title) + "<small class=\"id\">" +
                                                                html_escape(f.rule) + "</small>";
            h += "<tr class=\"" + std::string(severity_id(f.severity)) + "\"><td>" +
                 html_escape(severity_label(f.severity, lang)) + "</td><td class=\"cell\">" + html_escape(f.cell) +
                 "</td><td>" + rule + "</td><td>" + html_escape(f.message) + "</td><td class=\"value\">" +
                 html_escape(f.expected) + "</td><td class=\"value\">" + html_escape(f.actual) + "</td></tr>\n";
        }
        h += "</table>\n";
    }
    h += "</body></html>\n";
    return h;
}

std::string report_csv(const std::vector<SheetReport>& reports, const ExportInfo& info, Lang lang) {
    // One table that imports as it is: the header row first, then one row
    // per finding carrying the file, date and profile too.
    const auto sheets = render_sheets(reports, lang);
    auto row = [](std::initializer_list<std::string> fields) { return csv_record(fields); };
    auto t = [lang](M id) { return text(id, lang); };
    std::string c(kUtf8Bom);
    c += row({t(M::report_file), t(M::report_date), t(M::report_profile), t(M::column_unit), t(M::column_sheet),
              t(M::column_template), t(M::column_cell), t(M::column_severity), t(M::column_rule), t(M::column_rule_id),
              t(M::column_message), t(M::column_expected), t(M::column_actual)});
    const std::string profile = profile_text(info.profile, lang);
    for (const auto& s : sheets)
        for (const auto& f : s.findings)
            c += row({info.document, info.date, profile, s.unit_name, s.sheet, form_label(s, lang), f.cell,
                      severity_label(f.severity, lang), f.rule_title, f.rule, f.message, f.expected, f.actual});
    return c;
}

std::string csv_record(const std::vector<std::string>& fields) {
    std::string line;
    for (const auto& f : fields) line += (line.empty() ? "" : ",") + csv_field(f);
    return line + "\r\n";
}

}  // namespace perfeval
