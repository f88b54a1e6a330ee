// What the sidebar's buttons and the vnd.perfeval: commands do to a
// document: check it, write the computable right values (one undo step),
// mark and unmark the cells of findings, export a report. Checking never
// changes the document; fixing and marking do, and each undoes in one step.
#pragma once

#include <string>
#include <vector>

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "core/rules/report.hpp"

namespace perfeval::uno {

namespace css = com::sun::star;
using DocumentRef = css::uno::Reference<css::sheet::XSpreadsheetDocument>;

std::vector<SheetReport> check_document(const DocumentRef& doc, const Profile& profile, Lang lang);
// Sheet → grid (one bulk read) → report: the path every check takes.
SheetReport check_one_sheet(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const Profile& profile,
                            Lang lang);

bool is_read_only(const DocumentRef& doc);

// Writes the finding's fix value into its cell, as one undo step. False when
// the finding has no computable value or the document is read-only.
bool fix_finding(const DocumentRef& doc, const Finding& finding, Lang lang);

// Writes every computable right value, re-checking until nothing is left to
// fix (a corrected execution score changes the expected total), all in one
// undo step. Returns the number of cells changed.
int fix_all(const DocumentRef& doc, const Profile& profile, Lang lang);

// Highlights the cells of errors and warnings (one undo step); clear_marks
// restores each cell's background exactly. Marks are taken off while the
// document is saved, so they never reach a file.
void mark_findings(const DocumentRef& doc, const std::vector<SheetReport>& reports, Lang lang);
void clear_marks(const DocumentRef& doc, Lang lang);
bool has_marks(const DocumentRef& doc);

// format: "html" or "csv". Throws std::runtime_error when it cannot write.
void export_report(const DocumentRef& doc, const std::vector<SheetReport>& reports,
                   const std::string& file_url, const std::string& format, const Profile& profile,
                   Lang lang);

// The profile chosen for a document: in this session, else the one stored in
// the document (user-defined property PerfEvalProfile), else the default.
const Profile& document_profile(const DocumentRef& doc);
void set_document_profile(const DocumentRef& doc, const std::string& name);

}  // namespace perfeval::uno
