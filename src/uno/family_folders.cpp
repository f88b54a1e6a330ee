#include "family_folders.hpp"

#include <cstdlib>
#include <filesystem>
#include <mutex>

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
    static std::once_flag once;
    std::call_once(once, [] {
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
    });
}

}  // namespace perfeval::uno
