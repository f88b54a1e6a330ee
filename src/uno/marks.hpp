// Marks: the cells of errors (red) and warnings (yellow) coloured, each
// cell's own background kept so that clearing restores it exactly. Marks
// never reach a file:
// - a save the user starts (menu, toolbar, Ctrl+S, Save As, Save a Copy,
//   Export: .uno:Save, .uno:SaveAs, .uno:SaveACopy, .uno:ExportTo) is
//   intercepted on the document's frames: when a mark cannot be taken off
//   (its sheet was protected since), the document is not saved, stays
//   modified and the document's infobar says why;
// - around every write, also a macro's XStorable::store(), the document's
//   events take the marks off and put them back, without an undo step and
//   without leaving the document modified; when that fails the document is
//   left modified and the infobar says the file holds the marks.
// A mark undone by Edit ▸ Undo is not put back by a save.
#pragma once

#include <vector>

#include "core/lang.hpp"
#include "document_check.hpp"

namespace perfeval::uno {

// Colours the cells of errors and warnings (one undo step). A cell that
// cannot take the colour (a protected sheet) is left as it is.
void mark_findings(const DocumentRef& doc, const std::vector<SheetReport>& reports, Lang lang);

// Restores each marked cell's own background (one undo step). Throws
// std::runtime_error, in words, naming the cells whose mark cannot be
// taken off; they stay marked and remembered.
void clear_marks(const DocumentRef& doc, Lang lang);

}  // namespace perfeval::uno
