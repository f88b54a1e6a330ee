#include "inputs.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>

namespace perfeval::cli {

namespace fs = std::filesystem;

std::string lower_extension(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext;
}

bool is_spreadsheet_name(const std::string& path) {
    static constexpr std::array<const char*, 6> kExtensions{".xlsx", ".xls", ".ods", ".fods", ".et", ".csv"};
    const std::string ext = lower_extension(path);
    return std::find(kExtensions.begin(), kExtensions.end(), ext) != kExtensions.end();
}

std::vector<Input> expand_inputs(const std::vector<std::string>& given) {
    std::vector<Input> out;
    for (const auto& g : given) {
        std::error_code ec;
        if (!fs::is_directory(g, ec)) {
            out.push_back({g, false});
            continue;
        }
        std::vector<std::string> found;
        for (auto it = fs::recursive_directory_iterator(g, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
            if (it->is_regular_file(ec) && is_spreadsheet_name(it->path().string()))
                found.push_back(it->path().string());
        std::sort(found.begin(), found.end());
        if (found.empty()) out.push_back({g, true});
        for (auto& f : found) out.push_back({std::move(f), false});
    }
    return out;
}

}  // namespace perfeval::cli
