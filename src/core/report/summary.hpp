// The finance bureau's summary of a batch, as two tables: 汇总 (one row per
// form, and one per file that could not be checked or holds no form) and
// 问题明细 (one row per finding). Both list errors first, then in the
// order of the inputs. The command line writes them as a workbook through
// the office, or as CSV by the panel export's own writer.
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "../lang.hpp"
#include "sheet_text.hpp"

namespace perfeval {

// A file of the batch as the checker left it.
struct CheckedFile {
    std::string path;
    std::string status;   // "ok", "no-form", "unreadable", "encrypted", "timeout", "crashed", "too-large",
                          // "sheet-too-large"
    std::string message;  // why it was not checked, in words
    std::vector<SheetText> sheets;
};

// A cell of a summary table: empty, a number (counts and totals stay numbers
// so that the workbook can sum and sort them) or a text.
using SummaryValue = std::variant<std::monostate, double, std::string>;

struct SummaryTable {
    std::string name;  // the sheet's name: 汇总 / 问题明细
    std::vector<std::string> header;
    std::vector<std::vector<SummaryValue>> rows;
};

struct BatchSummary {
    SummaryTable forms;     // 汇总
    SummaryTable findings;  // 问题明细
};

BatchSummary batch_summary(const std::vector<CheckedFile>& files, Lang lang);

// "ok" and "no-form": the file was read and checked (a file without a form
// is checked too); any other status is a file that could not be.
bool checked_status(std::string_view status);

// The status in words ("已检查", "超时" …); the id itself when unknown.
std::string status_label(const std::string& status, Lang lang);

// A table as CSV: UTF-8 with a byte-order mark, RFC 4180, formula-like
// fields neutralized, as the panel's export; numbers as format_number
// writes them.
std::string summary_csv(const SummaryTable& table);

}  // namespace perfeval
