// One thing the checker found: which rule, how serious, where, why, and the
// value it expected. Rule ids and severities are part of the public interface.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "../form/grid.hpp"

namespace perfeval {

// error: must be fixed before submission (强制性); warning: allowed, but look
// again (提示性); notice: information.
enum class Severity { error, warning, notice };

std::string_view severity_id(Severity s);  // "error", "warning", "notice"

struct Finding {
    std::string rule;        // "exec-rate", "total-score", …
    Severity severity = Severity::error;
    std::string sheet;
    std::optional<CellAddress> cell;
    std::string message;     // plain words, in the language asked for
    std::string expected;    // as the form would show it: "100.00%"; empty when none
    std::string actual;      // what the cell shows
    std::optional<double> fix;  // a number that may be written into the cell to fix it
};

// One line for a list: the message's first clause and the expected value,
// "执行率填写为 95.60% → 应为 100.00%".
std::string short_message(const Finding& finding, bool chinese);

}  // namespace perfeval
