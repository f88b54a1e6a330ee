#include "export.hpp"

#include "format.hpp"

namespace perfeval {
namespace {

std::string html_escape(const std::string& s) {
    std::string out;
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

std::string severity_name(Severity s, Lang lang) {
    if (lang == Lang::en) return std::string(severity_id(s));
    return s == Severity::error ? "错误" : s == Severity::warning ? "警告" : "提示";
}

std::string optional_number(const std::optional<double>& v) { return v ? format_number(*v) : "—"; }

}  // namespace

std::string report_html(const std::vector<SheetReport>& sheets, const ExportInfo& info, Lang lang) {
    const bool zh = lang == Lang::zh;
    std::string unit;
    for (const auto& s : sheets)
        if (!s.unit_name.empty()) {
            unit = s.unit_name;
            break;
        }
    std::string h;
    h += "<!DOCTYPE html>\n<html lang=\"" + std::string(zh ? "zh-CN" : "en") + "\"><head><meta charset=\"utf-8\">";
    h += "<title>" + html_escape((zh ? "绩效自评校验报告 · " : "Self-evaluation check · ") + info.document) + "</title>";
    h += "<style>body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:2em;color:#222}"
         "table{border-collapse:collapse;width:100%;margin:.5em 0 2em}th,td{border:1px solid #bbb;padding:4px 8px;"
         "text-align:left;vertical-align:top}th{background:#eef2f7}.error{color:#b00020}.warning{color:#9a6700}"
         ".notice{color:#555}.summary td{border:none;padding:2px 12px 2px 0}</style></head><body>\n";
    h += "<h1>" + std::string(zh ? "绩效自评表校验报告" : "Self-evaluation form check") + "</h1>\n";
    h += "<table class=\"summary\">";
    h += "<tr><td>" + std::string(zh ? "单位" : "Unit") + "</td><td>" + html_escape(unit) + "</td></tr>";
    h += "<tr><td>" + std::string(zh ? "文件" : "File") + "</td><td>" + html_escape(info.document) + "</td></tr>";
    h += "<tr><td>" + std::string(zh ? "日期" : "Date") + "</td><td>" + html_escape(info.date) + "</td></tr>";
    h += "<tr><td>" + std::string(zh ? "计分规则" : "Profile") + "</td><td>" + html_escape(info.profile) + "</td></tr>";
    h += "</table>\n";
    for (const auto& s : sheets) {
        h += "<h2>" + html_escape((zh ? "工作表：" : "Sheet: ") + s.sheet) + "</h2>\n";
        if (!s.has_form) {
            h += "<p>" + std::string(zh ? "未找到绩效自评表" : "No form on this sheet") + "</p>\n";
            continue;
        }
        h += "<p>" + std::string(zh ? "错误 " : "Errors ") + std::to_string(s.errors) +
             (zh ? " · 警告 " : " · warnings ") + std::to_string(s.warnings) + (zh ? " · 提示 " : " · notices ") +
             std::to_string(s.notices) + (zh ? " · 总分：表内 " : " · total: stated ") +
             optional_number(s.totals.stated_score) + (zh ? "，按规则 " : ", by the rules ") +
             optional_number(s.totals.computed_score) +
             (s.grade.empty() ? "" : (zh ? " · 等级 " : " · grade ") + html_escape(s.grade)) + "</p>\n";
        h += "<table><tr><th>" + std::string(zh ? "级别" : "Severity") + "</th><th>" + (zh ? "单元格" : "Cell") +
             "</th><th>" + (zh ? "规则" : "Rule") + "</th><th>" + (zh ? "说明" : "Message") + "</th><th>" +
             (zh ? "应为" : "Expected") + "</th><th>" + (zh ? "表内" : "Actual") + "</th></tr>\n";
        for (const auto& f : s.findings) {
            h += "<tr class=\"" + std::string(severity_id(f.severity)) + "\"><td>" + severity_name(f.severity, lang) +
                 "</td><td>" + (f.cell ? to_a1(*f.cell) : "") + "</td><td>" + html_escape(f.rule) + "</td><td>" +
                 html_escape(f.message) + "</td><td>" + html_escape(f.expected) + "</td><td>" +
                 html_escape(f.actual) + "</td></tr>\n";
        }
        h += "</table>\n";
    }
    h += "</body></html>\n";
    return h;
}

std::string report_csv(const std::vector<SheetReport>& sheets, const ExportInfo& info, Lang lang) {
    const bool zh = lang == Lang::zh;
    std::string c = "\xEF\xBB\xBF";
    c += csv_field(zh ? "文件" : "file") + "," + csv_field(info.document) + "\r\n";
    c += csv_field(zh ? "日期" : "date") + "," + csv_field(info.date) + "\r\n";
    c += csv_field(zh ? "计分规则" : "profile") + "," + csv_field(info.profile) + "\r\n";
    c += zh ? "工作表,单位,单元格,级别,规则,说明,应为,表内\r\n" : "sheet,unit,cell,severity,rule,message,expected,actual\r\n";
    for (const auto& s : sheets)
        for (const auto& f : s.findings)
            c += csv_field(s.sheet) + "," + csv_field(s.unit_name) + "," + csv_field(f.cell ? to_a1(*f.cell) : "") +
                 "," + csv_field(severity_name(f.severity, lang)) + "," + csv_field(f.rule) + "," +
                 csv_field(f.message) + "," + csv_field(f.expected) + "," + csv_field(f.actual) + "\r\n";
    return c;
}

}  // namespace perfeval
