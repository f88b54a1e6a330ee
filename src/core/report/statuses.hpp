// The one table of what a file's check came to (its status) and the exit
// code of a batch. The command line, the summary workbook and README use
// it; a new status is a row here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "../lang.hpp"
#include "../message.hpp"

namespace perfeval {

struct StatusInfo {
    std::string_view id;  // "ok", "partial", … in JSON and the summary
    MessageId label;      // 已检查, 部分核对 …
    bool checked;         // the file was read and checked (in whole or in part)
    bool whole;           // every checkable part of it was checked
};

// Every status, in the order README lists them.
const std::vector<StatusInfo>& statuses();
const StatusInfo* find_status(std::string_view id);

// Exit codes of perfeval-check.
enum ExitCode { kExitClean = 0, kExitErrors = 1, kExitUnchecked = 2 };

// A batch's exit code: 2 when a file could not be checked at all; else 1
// when any error was found; else 2 when anything went unchecked (a form
// read in part, a file without a form); 0 only when everything checkable
// was checked and no error found.
int batch_exit_code(const std::vector<std::string>& statuses, bool errors_found);

// "ok", "partial", "no-form": the file was read and checked.
bool checked_status(std::string_view status);
// The status in words ("已检查", "超时" …); the id itself when unknown.
std::string status_label(const std::string& status, Lang lang);

}  // namespace perfeval
