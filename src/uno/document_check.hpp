// Reading a document: sheet → grid (one bulk read) → report, for every sheet.
// Never changes the document. The Validator, the panel and the commands
// check through here.
#pragma once

#include <vector>

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include "core/form/explain.hpp"
#include "core/rules/check.hpp"

namespace perfeval::uno {

namespace css = com::sun::star;
using DocumentRef = css::uno::Reference<css::sheet::XSpreadsheetDocument>;

std::vector<SheetReport> check_document(const DocumentRef& doc, const Profile& profile);
SheetReport check_one_sheet(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const Profile& profile);

// What the recognizer found on every sheet (perfeval-check --explain); a
// sheet too large to read is explained as holding no form.
std::vector<Explanation> explain_document(const DocumentRef& doc);

bool is_read_only(const DocumentRef& doc);

// The sheet of that name; throws (NoSuchElementException) when there is none.
css::uno::Reference<css::sheet::XSpreadsheet> sheet_named(const DocumentRef& doc, const std::string& name);

}  // namespace perfeval::uno
