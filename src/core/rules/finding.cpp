#include "finding.hpp"

namespace perfeval {

std::string_view severity_id(Severity s) {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::notice: break;
    }
    return "notice";
}

}  // namespace perfeval
