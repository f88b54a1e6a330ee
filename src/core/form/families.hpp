// The template families the recognizer knows: those shipped (family files
// compiled in from src/core/form/families/*.json) and a bureau's own, added
// from a folder at start (perfeval-check --families DIR, the environment
// variable PERFEVAL_FAMILIES, the folder perfeval/families in the user's
// LibreOffice profile). A family is one JSON file (README: "Writing a
// family file"); a malformed one is refused with its file, line and what is
// wrong, never half taken.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "family.hpp"

namespace perfeval {

struct FamilyFileError {
    std::string file;
    int line = 0;  // 1-based; 0 when the whole file is meant
    std::string what;
    std::string text() const;  // "file:line: what"
};

// Every family known at one moment, as the recognizer reads them: a
// snapshot never changes, so a check started before a folder was added
// goes on with what it began with.
struct FamilySet {
    std::vector<const Family*> families;  // by priority, then id: ties go to the first
    // Every family's words by role: a sheet no family explains well
    // enough is read with these, under the id "generic".
    const Family* generic = nullptr;
    double min_share = 0;  // of a family's vocabulary found on the sheet, to be chosen
    // Every header word of any family, to find header cells fast.
    std::unordered_set<std::string> column_exact;
    std::vector<std::string> column_prefixes;
};

std::shared_ptr<const FamilySet> current_families();
// By id, "generic" included; nullptr for an unknown one.
const Family* find_family(std::string_view id);

// Loads every *.json of a folder (sorted by name) and adds the families
// that are well formed; a family with the id of one known replaces it.
// Returns what was wrong with the others (an unreadable folder is one error).
std::vector<FamilyFileError> add_family_folder(const std::string& dir);
// Folders separated by ':' (the form of PERFEVAL_FAMILIES); empty parts skipped.
std::vector<FamilyFileError> add_family_folders(std::string_view list);

// One family file's text read against the known families (for its base),
// without adding it: the family, or what is wrong. For tests and the fuzzer.
struct ParsedFamily {
    std::shared_ptr<const Family> family;  // null when abstract or wrong
    std::vector<FamilyFileError> errors;
};
ParsedFamily parse_family_file(std::string_view text, const std::string& file);

// What was wrong with the shipped files (none, in a correct build).
const std::vector<FamilyFileError>& shipped_family_errors();

}  // namespace perfeval
