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
#include "statuses.hpp"

namespace perfeval {

// A file of the batch as the checker left it.
struct CheckedFile {
    std::string path;
    std::string status;   // an id of statuses.hpp
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

// A table as CSV: UTF-8 with a byte-order mark, RFC 4180, formula-like
// fields neutralized, as the panel's export; numbers as format_number
// writes them.
std::string summary_csv(const SummaryTable& table);

}  // namespace perfeval
