// vnd.perfeval:formulas: writes the live formulas of core/rules/live_formulas
// into every recognized form of a document, so it computes by itself in any
// office (Excel and WPS included). One undo step; cells keep their formats.
#pragma once

#include <string>
#include <vector>

#include "core/lang.hpp"
#include "document_check.hpp"

namespace perfeval::uno {

struct InsertedFormulas {
    int written = 0;
    std::vector<std::string> skipped;  // "Sheet1.H22": score cells that keep their values
};

InsertedFormulas insert_formulas(const DocumentRef& doc, const Profile& profile, Lang lang);

}  // namespace perfeval::uno
