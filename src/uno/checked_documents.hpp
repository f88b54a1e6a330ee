// Who wants to know when a document has been checked: a command that ends
// with a check (run from the toolbar, the menu, a macro or a remote script)
// tells the document's panels what it found, so a panel never shows older
// results than the last check, and needs no check of its own after it.
// Commands know nothing of panels: they publish; panels subscribe.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "document_check.hpp"

namespace perfeval::uno {

// Every check takes a number before it reads the document; a higher number
// read the document later. A listener that gets results from several
// threads shows a result only when its number is higher than the shown one's.
std::uint64_t next_check_number();

struct Checked {
    const std::vector<SheetReport>& reports;
    const std::string& status;
    std::uint64_t number;  // from next_check_number(), taken before the read
};
using CheckedListener = std::function<void(const Checked& checked)>;

// Returns a ticket for unsubscribe(). Listeners run on the thread that
// published: the main thread for the panel, the toolbar and the menu, a UNO
// bridge thread for a script over a socket or pipe; a listener that touches
// windows posts to the main thread (main_thread.hpp). A listener may hold
// references: unsubscribe drops them.
int subscribe_checked(const DocumentRef& doc, CheckedListener listener);
void unsubscribe_checked(int ticket);
void publish_checked(const DocumentRef& doc, const Checked& checked);

}  // namespace perfeval::uno
