// A bureau's own template families in Calc: the folders named by the
// environment variable PERFEVAL_FAMILIES (':'-separated) and the folder
// perfeval/families in the user's LibreOffice profile, loaded once when the
// extension's library is first asked for a service. What is wrong with a
// file goes to the extension's log (area perfeval), with file and line.
#pragma once

namespace perfeval::uno {

void load_family_folders();

}  // namespace perfeval::uno
