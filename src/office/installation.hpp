// Where LibreOffice is installed, found at run time rather than assumed:
// the tools, the tests and the scripts run wherever the office lives
// (Debian's /usr/lib/libreoffice, /opt/libreoffice7.x, a private unpack).
#pragma once

#include <string>

namespace perfeval::office {

struct Installation {
    std::string program_dir;    // .../program, where soffice and the URE libraries are
    std::string soffice;        // program_dir/soffice, the start script
    std::string fundamentalrc;  // program_dir/fundamentalrc, the URE bootstrap file
    std::string unopkg;         // program_dir/unopkg

    // "vnd.sun.star.pathname:<fundamentalrc>", the value for URE_BOOTSTRAP.
    std::string ure_bootstrap() const;
};

// The installation at PATH: the soffice script (or a link to it), its
// program/ directory or the installation root. Throws std::runtime_error
// naming PATH when no office is there.
Installation installation_at(const std::string& path);

// The office to use: `choice` when not empty (e.g. perfeval-check --office),
// else $PERFEVAL_OFFICE when set, else `soffice` on $PATH with symbolic links
// resolved (Debian: /usr/bin/soffice -> /usr/lib/libreoffice/program/soffice).
// Throws std::runtime_error when none is found.
Installation find_installation(const std::string& choice = {});

}  // namespace perfeval::office
