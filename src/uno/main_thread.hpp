// The office's main thread: the one that runs LibreOffice's event loop and
// may touch windows. Calls reach the extension on other threads too (a UNO
// bridge thread serves a script over a socket or pipe; a timer of ours), so
// whatever must run on the main thread is posted there through
// com.sun.star.awt.AsyncCallback, which needs no lock to post.
#pragma once

#include <functional>

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace perfeval::uno {

// Whether the caller is the office's main thread. On Linux LibreOffice runs
// its event loop on the process's first thread (soffice_main).
bool on_main_thread();

// Runs `work` on the main thread, soon, in the order posted. Nothing runs
// once the office has left its event loop. `work` must not throw: what it
// throws is logged and dropped.
void post_to_main_thread(const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context,
                         std::function<void()> work);

}  // namespace perfeval::uno
