#include "installation.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <system_error>

namespace perfeval::office {

namespace fs = std::filesystem;

namespace {

const char* const kHint = "install libreoffice-calc or set PERFEVAL_OFFICE / --office";

bool is_executable_file(const fs::path& p) {
    std::error_code ec;
    return fs::is_regular_file(p, ec) && access(p.c_str(), X_OK) == 0;
}

// A program directory holds the start script and the URE bootstrap file.
std::optional<Installation> program_dir_installation(const fs::path& dir) {
    if (!is_executable_file(dir / "soffice") || !fs::is_regular_file(dir / "fundamentalrc")) return std::nullopt;
    Installation i;
    i.program_dir = dir.string();
    i.soffice = (dir / "soffice").string();
    i.fundamentalrc = (dir / "fundamentalrc").string();
    i.unopkg = (dir / "unopkg").string();
    return i;
}

std::optional<Installation> try_at(const std::string& path) {
    std::error_code ec;
    // Links resolved: /usr/bin/soffice names no program directory, its target does.
    const fs::path p = fs::canonical(fs::absolute(path), ec);
    if (ec) return std::nullopt;
    if (fs::is_directory(p)) {
        if (auto i = program_dir_installation(p)) return i;  // program/
        return program_dir_installation(p / "program");      // the installation root
    }
    return program_dir_installation(p.parent_path());  // soffice (or another file in program/)
}

}  // namespace

std::string Installation::ure_bootstrap() const { return "vnd.sun.star.pathname:" + fundamentalrc; }

Installation installation_at(const std::string& path) {
    if (auto i = try_at(path)) return *i;
    throw std::runtime_error("LibreOffice not found at " + path +
                             " (expected the soffice script, its program/ directory or the installation root)");
}

Installation find_installation(const std::string& choice) {
    if (!choice.empty()) return installation_at(choice);
    if (const char* env = std::getenv("PERFEVAL_OFFICE"); env && *env) {
        if (auto i = try_at(env)) return *i;
        throw std::runtime_error(std::string("LibreOffice not found at PERFEVAL_OFFICE=") + env +
                                 " (expected the soffice script, its program/ directory or the installation root)");
    }
    std::string skipped;
    if (const char* path = std::getenv("PATH")) {
        std::istringstream dirs(path);
        std::string dir;
        while (std::getline(dirs, dir, ':')) {
            if (dir.empty()) dir = ".";
            const fs::path candidate = fs::path(dir) / "soffice";
            if (!is_executable_file(candidate)) continue;
            if (auto i = try_at(candidate.string())) return *i;
            // A wrapper outside the installation (e.g. a shell script that
            // execs it) tells us nothing about where fundamentalrc lives.
            skipped += " " + candidate.string();
        }
    }
    throw std::runtime_error(std::string("LibreOffice not found: ") + kHint +
                             (skipped.empty() ? "" : " (soffice on PATH outside an installation:" + skipped + ")"));
}

}  // namespace perfeval::office
