// What the sidebar's buttons and the vnd.perfeval: commands do to a
// document: write the computable right values (one undo step), export a
// report. Each change undoes in one step; reading the document is
// document_check.hpp's, marking cells marks.hpp's.
#pragma once

#include <string>
#include <vector>

#include <com/sun/star/uno/XComponentContext.hpp>

#include "core/lang.hpp"
#include "document_check.hpp"

namespace perfeval::uno {

// Writes the finding's fix value into its cell, as one undo step. False when
// the finding has no computable value or the document is read-only.
bool fix_finding(const DocumentRef& doc, const Finding& finding, Lang lang);

// Writes every computable right value, re-checking until nothing is left to
// fix (a corrected execution score changes the expected total; at most the
// profile's fix_rounds), all in one undo step. Returns the number of cells changed.
int fix_all(const DocumentRef& doc, const Profile& profile, Lang lang);

// format: "html", "pdf" (the HTML report rendered by the office itself, in a
// hidden document) or "csv". Throws std::runtime_error when it cannot write
// or the format is unknown.
void export_report(const css::uno::Reference<css::uno::XComponentContext>& context, const DocumentRef& doc,
                   const std::vector<SheetReport>& reports, const std::string& file_url, const std::string& format,
                   const Profile& profile, Lang lang);

}  // namespace perfeval::uno
