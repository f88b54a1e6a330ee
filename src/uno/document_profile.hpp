// The scoring profile chosen for a document: in this session, else the one
// stored in the document (user-defined property PerfEvalProfile, so the
// next session and the finance bureau's checker use the same rules), else
// the default.
#pragma once

#include <string>

#include "core/scoring/profile.hpp"
#include "document_check.hpp"

namespace perfeval::uno {

const Profile& document_profile(const DocumentRef& doc);
// Remembers the choice for the session and, unless the document is
// read-only, stores it in the document. An unknown name falls back to the default.
void set_document_profile(const DocumentRef& doc, const std::string& name);

}  // namespace perfeval::uno
