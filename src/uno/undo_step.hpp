// One undo step around a group of changes to a document, closed also when
// something throws: Edit ▸ Undo takes back the whole group at once.
#pragma once

#include <string>

#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include "convert.hpp"
#include "log.hpp"

namespace perfeval::uno {

class UndoStep {
public:
    UndoStep(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& title) {
        const css::uno::Reference<css::document::XUndoManagerSupplier> s(doc, css::uno::UNO_QUERY);
        if (s.is()) undo_ = s->getUndoManager();
        if (undo_.is()) undo_->enterUndoContext(from_utf8(title));
    }
    ~UndoStep() {
        try {
            if (undo_.is()) undo_->leaveUndoContext();
        } catch (...) {  // a destructor must not throw; the context closes with the document
            PERFEVAL_WARN("an undo step was not closed: " << caught());
        }
    }
    UndoStep(const UndoStep&) = delete;
    UndoStep& operator=(const UndoStep&) = delete;

private:
    css::uno::Reference<css::document::XUndoManager> undo_;
};

}  // namespace perfeval::uno
