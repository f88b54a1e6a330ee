#include "statuses.hpp"

#include "render.hpp"

namespace perfeval {

const std::vector<StatusInfo>& statuses() {
    using M = MessageId;
    static const std::vector<StatusInfo> kStatuses{
        {"ok", M::status_ok, true, true},
        {"partial", M::status_partial, true, false},
        {"no-form", M::status_no_form, true, false},
        {"unreadable", M::status_unreadable, false, false},
        {"encrypted", M::status_encrypted, false, false},
        {"timeout", M::status_timeout, false, false},
        {"crashed", M::status_crashed, false, false},
        {"too-large", M::status_too_large, false, false},
        {"sheet-too-large", M::status_sheet_too_large, false, false},
    };
    return kStatuses;
}

const StatusInfo* find_status(std::string_view id) {
    for (const auto& s : statuses())
        if (s.id == id) return &s;
    return nullptr;
}

int batch_exit_code(const std::vector<std::string>& ids, bool errors_found) {
    bool whole = true;
    for (const auto& id : ids) {
        const StatusInfo* s = find_status(id);
        if (!s || !s->checked) return kExitUnchecked;
        whole = whole && s->whole;
    }
    if (errors_found) return kExitErrors;
    return whole ? kExitClean : kExitUnchecked;
}

bool checked_status(std::string_view status) {
    const StatusInfo* s = find_status(status);
    return s && s->checked;
}

std::string status_label(const std::string& status, Lang lang) {
    const StatusInfo* s = find_status(status);
    return s ? text(s->label, lang) : status;
}

}  // namespace perfeval
