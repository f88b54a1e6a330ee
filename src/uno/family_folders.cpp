#include "family_folders.hpp"

#include <cstdlib>
#include <filesystem>

#include <osl/file.hxx>
#include <rtl/bootstrap.hxx>

#include "convert.hpp"
#include "core/form/families.hpp"
#include "log.hpp"

namespace perfeval::uno {

namespace {

// <profile>/user/perfeval/families, as a system path; empty when unknown.
std::string profile_folder() {
    // (Linux: the office's bootstraprc sits in program/.)
    rtl::OUString url("${$BRAND_BASE_DIR/program/" SAL_CONFIGFILE("bootstrap") ":UserInstallation}");
    rtl::Bootstrap::expandMacros(url);
    rtl::OUString path;
    if (url.isEmpty() ||
        osl::FileBase::getSystemPathFromFileURL(url + "/user/perfeval/families", path) != osl::FileBase::E_None)
        return {};
    return to_utf8(path);
}

}  // namespace

void load_family_folders() {
    // Once per process: a function-local static (std::call_once would make
    // the library need the dynamic loader's TLS entry, tests/packaging).
    static const bool loaded = [] {
        std::vector<FamilyFileError> errors;
        if (const char* env = std::getenv("PERFEVAL_FAMILIES")) {
            auto e = add_family_folders(env);
            errors.insert(errors.end(), e.begin(), e.end());
        }
        const std::string own = profile_folder();
        std::error_code ec;
        if (!own.empty() && std::filesystem::is_directory(own, ec)) {
            auto e = add_family_folder(own);
            errors.insert(errors.end(), e.begin(), e.end());
        }
        for (const auto& e : errors) PERFEVAL_WARN("a family file was not loaded: " << e.text());
        return true;
    }();
    (void)loaded;
}

}  // namespace perfeval::uno
