// The family files shipped with PerfEval, compiled in by src/core/CMakeLists.txt
// from src/core/form/families/*.json (generated shipped_families.cpp).
#pragma once

#include <string_view>
#include <vector>

namespace perfeval {

struct ShippedFamilyFile {
    std::string_view name;  // "four-part.json"
    std::string_view text;
};

const std::vector<ShippedFamilyFile>& shipped_family_files();

}  // namespace perfeval
