// libFuzzer target: the family-file loader on arbitrary bytes (broken JSON,
// deep nesting, wrong types, huge arrays, invalid UTF-8).
//
// Invariants checked (beyond the sanitizers): no exception escapes; a file
// is either a family or a list of errors, never both; every error names
// the file and a line inside it; a family read has an id, both names and
// at least one column.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"

#include "core/form/families.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto parsed = perfeval::parse_family_file(text, "fuzz.json");
    CHECK(!(parsed.family && !parsed.errors.empty()));
    const int lines = 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    for (const auto& e : parsed.errors) {
        CHECK(e.file == "fuzz.json");
        CHECK(e.line >= 0 && e.line <= lines);
        CHECK(!e.what.empty());
    }
    if (parsed.family) {
        CHECK(!parsed.family->id.empty());
        CHECK(!parsed.family->name_zh.empty() && !parsed.family->name_en.empty());
        CHECK(!parsed.family->budget_columns.empty() || !parsed.family->indicator_columns.empty());
    }
    return 0;
}
