#include "export.hpp"

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

std::string csv_field(const std::string& s) {
    std::string out = "\"";
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
    h += "<style>body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:2em;color:#222}"
         "table{border-collapse:collapse;width:100%;margin:.5em 0 2em}th,td{border:1px solid #bbb;padding:4px 8px;"
         "text-align:left;vertical-align:top}th{background:#eef2f7}.error{color:#b00020}.warning{color:#9a6700}"
         ".notice{color:#555}.summary td{border:none;padding:2px 12px 2px 0}</style></head><body>\n";
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
            h += "<p>" + t(M::report_no_form) + "</p>\n";
            continue;
        }
        h += "<p>" + html_escape(form_label(s, lang) + " · " + s.range) + "</p>\n";
        h += "<p>" + html_escape(summary_line(s, lang)) + "</p>\n";
        h += "<table>" +
             cells({t(M::column_severity), t(M::column_cell), t(M::column_rule), t(M::column_message),
                    t(M::column_expected), t(M::column_actual)},
                   "th") +
             "\n";
        for (const auto& f : s.findings) {
            h += "<tr class=\"" + std::string(severity_id(f.severity)) + "\"><td>" +
                 html_escape(severity_label(f.severity, lang)) + "</td><td>" + html_escape(f.cell) +
                 "</td><td title=\"" + html_escape(f.rule) + "\">" +
                 html_escape(f.rule_title.empty() ? f.rule : f.rule_title) + "</td><td>" + html_escape(f.message) +
                 "</td><td>" + html_escape(f.expected) + "</td><td>" + html_escape(f.actual) + "</td></tr>\n";
        }
        h += "</table>\n";
    }
    h += "</body></html>\n";
    return h;
}

std::string report_csv(const std::vector<SheetReport>& reports, const ExportInfo& info, Lang lang) {
    const auto sheets = render_sheets(reports, lang);
    auto t = [lang](M id) { return csv_field(text(id, lang)); };
    std::string c = "\xEF\xBB\xBF";
    c += t(M::report_file) + "," + csv_field(info.document) + "\r\n";
    c += t(M::report_date) + "," + csv_field(info.date) + "\r\n";
    c += t(M::report_profile) + "," + csv_field(profile_text(info.profile, lang)) + "\r\n";
    c += t(M::column_sheet) + "," + t(M::column_unit) + "," + t(M::column_template) + "," + t(M::column_cell) + "," +
         t(M::column_severity) + "," + t(M::column_rule) + "," + t(M::column_rule_id) + "," + t(M::column_message) +
         "," + t(M::column_expected) + "," + t(M::column_actual) + "\r\n";
    for (const auto& s : sheets)
        for (const auto& f : s.findings)
            c += csv_field(s.sheet) + "," + csv_field(s.unit_name) + "," + csv_field(form_label(s, lang)) + "," +
                 csv_field(f.cell) + "," + csv_field(severity_label(f.severity, lang)) + "," + csv_field(f.rule_title) +
                 "," + csv_field(f.rule) + "," + csv_field(f.message) + "," + csv_field(f.expected) + "," +
                 csv_field(f.actual) + "\r\n";
    return c;
}

}  // namespace perfeval
