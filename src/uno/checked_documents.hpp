// Who wants to know when a document has been checked: a command that ends
// with a check (run from the toolbar, the menu, a macro or a remote script)
// tells the document's panels what it found, so a panel never shows older
// results than the last check, and needs no check of its own after it.
// Commands know nothing of panels: they publish; panels subscribe.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "document_check.hpp"

namespace perfeval::uno {

using CheckedListener = std::function<void(const std::vector<SheetReport>& reports, const std::string& status)>;

// Returns a ticket for unsubscribe(). Listeners run on the thread that
// published (the office's main thread for commands).
int subscribe_checked(const DocumentRef& doc, CheckedListener listener);
void unsubscribe_checked(int ticket);
void publish_checked(const DocumentRef& doc, const std::vector<SheetReport>& reports, const std::string& status);

}  // namespace perfeval::uno
