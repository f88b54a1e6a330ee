// An office that reaches nothing outside the machine. A file's drawing can
// link an image or an object on the web (a linked graphic, an OOXML r:link
// picture, a linked OLE object); LibreOffice 7.4 fetches it while loading
// the file, telling a third party that the form was opened and from where,
// even with UpdateDocMode NO_UPDATE and BlockUntrustedRefererLinks (which
// stops the OOXML case only: an ODF import passes an empty referer).
// Removing the network content providers of the UCB (http, https, WebDAV,
// FTP, CMIS) from the profile before the office starts leaves it nothing to
// fetch with; removed at run time they stay in use. Local files open as
// before. For the batch's own profiles only: a user's profile is the user's.
#pragma once

#include <string>

namespace perfeval::office {

// Writes the removals into PROFILE/user/registrymodifications.xcu (made
// when missing; other settings kept). Idempotent. Throws std::runtime_error
// when the file cannot be written.
void make_offline(const std::string& profile_dir);

}  // namespace perfeval::office
