// The batch's summary written out: as a workbook through the office itself
// (.xlsx or .ods: sheets 汇总 and 问题明细, header rows frozen, autofilter
// on, columns as wide as their contents up to a limit), or as two CSV
// files (FILE.csv and FILE-findings.csv).
#pragma once

#include <exception>
#include <functional>
#include <string>

#include "core/report/summary.hpp"

namespace perfeval::office {
class Office;
}

namespace perfeval::cli {

// The workbook is open in another program, which keeps it from being
// written over.
struct SummaryInUse : std::exception {
    const char* what() const noexcept override { return "summary in use"; }
};

// Throws (SummaryInUse, std::exception or the office's exception) when it
// cannot write;
// `office` is asked for an office only for a workbook.
void write_summary(const perfeval::BatchSummary& summary, const std::string& path,
                   const std::function<perfeval::office::Office&()>& office);

// FILE.csv → FILE-findings.csv, where the 问题明细 table goes.
std::string findings_csv_path(const std::string& path);

}  // namespace perfeval::cli
