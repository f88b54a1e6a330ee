// Closing a document without asking, inside the office (a hidden report) or
// from a client (office/documents.hpp).
#pragma once

#include <com/sun/star/uno/XInterface.hpp>

namespace perfeval::uno {

// Closes without asking; disposes when the document refuses to close.
void close_without_asking(const com::sun::star::uno::Reference<com::sun::star::uno::XInterface>& document);

}  // namespace perfeval::uno
