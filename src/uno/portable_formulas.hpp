// vnd.perfeval:portable (Tools ▸ 转换为通用公式): every PERF.* formula of a
// document rewritten with functions every office has (core/formulas/
// portable.hpp), or replaced by its current value where it has no native
// twin (PERF.CHECK, PERF.FINDINGS). One undo step.
#pragma once

#include "core/lang.hpp"
#include "document_check.hpp"

namespace perfeval::uno {

struct PortableCount {
    int native = 0;  // formulas rewritten
    int values = 0;  // cells (or array formulas) that took their values
};

PortableCount make_portable(const DocumentRef& doc, Lang lang);

}  // namespace perfeval::uno
