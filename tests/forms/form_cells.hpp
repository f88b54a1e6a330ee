// The published forms of tests/forms/, as make_forms.py writes them into
// generated/*.cells: each sheet's cells, what the checker must report there,
// and where it must find each part. Read by the unit test (on the cells) and
// by the integration test (through perfeval-check on the .ods and .xlsx), and
// judged the same way by both.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <boost/json.hpp>

#include "core/cell_value.hpp"

namespace perfeval::test {

struct Expected {
    std::string severity, rule, cell;  // cell "-": about the sheet
    bool operator<(const Expected& o) const {
        return std::tie(severity, rule, cell) < std::tie(o.severity, o.rule, o.cell);
    }
};

struct FormSheet {
    std::string file, name, family;
    std::map<std::string, CellValue> cells;  // by A1 name
    std::vector<Expected> expects;
    std::vector<std::pair<std::string, std::string>> roles;  // role → cell, or a count
};

inline std::filesystem::path generated_forms_dir(const std::string& source_dir) {
    return std::filesystem::path(source_dir) / "tests" / "forms" / "generated";
}

inline std::vector<FormSheet> read_form_cells(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::vector<FormSheet> sheets;
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> f;
        std::istringstream fields(line);
        for (std::string part; std::getline(fields, part, '\t');) f.push_back(part);
        if (f.empty()) continue;
        if (f[0] == "sheet") {
            sheets.push_back({path.stem().string(), f.at(1), "", {}, {}, {}});
        } else if (f[0] == "template") {
            sheets.back().family = f.at(1);
        } else if (f[0] == "merge") {
            // A merged range's value is in its first cell, as Calc reads it.
        } else if (f[0] == "role") {
            sheets.back().roles.emplace_back(f.at(1), f.at(2));
        } else if (f[0] == "expect") {
            sheets.back().expects.push_back({f.at(1), f.at(2), f.at(3)});
        } else if (f.at(1) == "n" || f.at(1) == "p") {
            sheets.back().cells[f[0]] = CellValue{std::stod(f.at(2))};
        } else {
            sheets.back().cells[f[0]] = CellValue{std::string(boost::json::parse(f.at(2)).as_string().c_str())};
        }
    }
    return sheets;
}

// Every generated .cells file, in name order.
inline std::vector<std::filesystem::path> form_cells_files(const std::string& source_dir) {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(generated_forms_dir(source_dir)))
        if (e.path().extension() == ".cells") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

// What is wrong with what the checker found on a sheet, in words; empty when
// it is right: every expected finding found, no error that is not expected,
// no form-partial notice unless expected.
inline std::string judge(const FormSheet& sheet, const std::set<Expected>& found) {
    std::set<Expected> missed, unexpected;
    std::set<std::pair<std::string, std::string>> expected_errors;
    bool partial_expected = false;
    for (const auto& e : sheet.expects) {
        if (e.severity == "error") expected_errors.insert({e.rule, e.cell});
        if (e.rule == "form-partial") partial_expected = true;
        if (!found.count(e)) missed.insert(e);
    }
    for (const auto& e : found)
        if ((e.severity == "error" && !expected_errors.count({e.rule, e.cell})) ||
            (e.rule == "form-partial" && !partial_expected))
            unexpected.insert(e);
    auto list = [](const std::set<Expected>& set) {
        std::string out;
        for (const auto& e : set) out += "\n    " + e.severity + " " + e.rule + " " + e.cell;
        return out;
    };
    std::string out;
    if (!missed.empty()) out += "expected but not found:" + list(missed) + "\n";
    if (!unexpected.empty()) out += "not expected:" + list(unexpected) + "\n";
    return out;
}

}  // namespace perfeval::test
