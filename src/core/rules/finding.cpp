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

std::string short_message(const Finding& f, bool chinese) {
    std::string first = f.message;
    for (std::string_view stop : {std::string_view("，"), std::string_view("; "), std::string_view(" but "),
                                  std::string_view("：")})
        if (const auto p = first.find(stop); p != std::string::npos) first = first.substr(0, p);
    if (first.size() == f.message.size() || f.expected.empty()) return first;
    return first + (chinese ? " → 应为 " : " → expected ") + f.expected;
}

}  // namespace perfeval
