// One thing the checker found: which rule, how serious, where, what it
// means (a message of the table, rendered in the reader's language by
// report/), and the value it expected. Rule ids and severities are part of
// the public interface.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../form/grid.hpp"
#include "../message.hpp"

namespace perfeval {

// error: must be fixed before submission (强制性); warning: allowed, but look
// again (提示性); notice: information.
enum class Severity { error, warning, notice };

std::string_view severity_id(Severity s);  // "error", "warning", "notice"

struct Finding {
    std::string rule;  // "exec-rate", "total-score", …
    Severity severity = Severity::error;
    std::string sheet;
    std::optional<CellAddress> cell;
    Message message{MessageId::no_form};
    std::string expected;       // as the form would show it: "100.00%"; empty when none
    std::string actual;         // what the cell shows
    std::optional<double> fix;  // a number that may be written into the cell to fix it
    // Other rules that found the same fault at this cell: one error a fault
    // (the counts a bureau adds up), the others named in its detail.
    std::vector<std::string> also;
};

}  // namespace perfeval
