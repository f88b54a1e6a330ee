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

// Writes the fix of the error at the cell, with the totals that follow it,
// as one undo step, when that makes the sheet better (core/rules/fixes.hpp,
// on the sheet as it is now). Returns the cells written ("H14", "H37");
// empty when there is nothing to write that helps, or the document is
// read-only.
std::vector<std::string> fix_finding(const DocumentRef& doc, const std::string& sheet, CellAddress cell,
                                     const Profile& profile, Lang lang);

// Writes what 全部修正 decides for each sheet (core/rules/fixes.hpp: parts
// before totals, tried as a whole, kept only when the sheet is better), all
// in one undo step. Returns the number of cells changed.
int fix_all(const DocumentRef& doc, const Profile& profile, Lang lang);

// format: "html", "pdf" (the HTML report rendered by the office itself, in a
// hidden document) or "csv". Throws std::runtime_error when it cannot write
// or the format is unknown.
void export_report(const css::uno::Reference<css::uno::XComponentContext>& context, const DocumentRef& doc,
                   const std::vector<SheetReport>& reports, const std::string& file_url, const std::string& format,
                   const Profile& profile, Lang lang);

}  // namespace perfeval::uno
