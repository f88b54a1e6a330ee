// The findings of a document as a report file: HTML for people (print or
// PDF from a browser), CSV for spreadsheets. Pure text; the caller writes it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "../lang.hpp"
#include "../rules/check.hpp"

namespace perfeval {

struct ExportInfo {
    std::string document;  // file name or title
    std::string date;      // e.g. "2026-11-26 10:30"
    std::string profile;   // the profile's name ("national"); shown by its label
};

std::string report_html(const std::vector<SheetReport>& sheets, const ExportInfo& info, Lang lang);
// UTF-8 with a byte-order mark, so that Excel and Calc read the Chinese right.
std::string report_csv(const std::vector<SheetReport>& sheets, const ExportInfo& info, Lang lang);

// The CSV writer of both the report and the batch summary.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
// One record, CRLF-terminated: every field quoted, quotes doubled (RFC 4180);
// a field a spreadsheet would take for a formula is prefixed with '.
std::string csv_record(const std::vector<std::string>& fields);

}  // namespace perfeval
