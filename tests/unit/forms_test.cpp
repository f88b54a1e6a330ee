// Real published forms of every template family (tests/forms/*.form, turned
// into tests/forms/generated/*.cells by make_forms.py): each sheet's expected
// findings are found at their cells, no other error is raised, and the form
// is named by its family. The same files drive the integration test through
// perfeval-check.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include <boost/json.hpp>

#include "core/form/recognize.hpp"
#include "core/report/sheet_text.hpp"
#include "core/rules/check.hpp"
#include "core/scoring/profile.hpp"
#include "seed_fixture.hpp"

namespace perfeval::test {
namespace {

namespace fs = std::filesystem;

struct Expected {
    std::string severity, rule, cell;
    bool operator<(const Expected& o) const {
        return std::tie(severity, rule, cell) < std::tie(o.severity, o.rule, o.cell);
    }
};

struct FormSheet {
    std::string file, name, family;
    CellMap cells;
    std::vector<Expected> expects;
    std::vector<std::pair<std::string, std::string>> roles;  // role → cell, or a count
};

fs::path generated_dir() { return fs::path(PERFEVAL_SOURCE_DIR) / "tests" / "forms" / "generated"; }

std::vector<FormSheet> read_cells(const fs::path& path) {
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

std::vector<FormSheet> all_sheets() {
    std::vector<FormSheet> out;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(generated_dir()))
        if (e.path().extension() == ".cells") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& p : files)
        for (auto& s : read_cells(p)) out.push_back(std::move(s));
    return out;
}

std::string describe(const std::set<Expected>& set) {
    std::string out;
    for (const auto& e : set) out += "\n    " + e.severity + " " + e.rule + " " + e.cell;
    return out.empty() ? " (none)" : out;
}

class PublishedForm : public ::testing::TestWithParam<FormSheet> {};

std::string at(const FormValue& v) { return v.cell ? to_a1(*v.cell) : "(none)"; }

// Where the recognizer found each part, by the names tests/forms/README.md uses.
std::map<std::string, std::string> roles_of(const FormModel& f) {
    std::map<std::string, std::string> r;
    if (f.budget) {
        const auto& b = *f.budget;
        r["budget.total"] = to_a1(b.total.label_cell);
        r["budget.opening"] = at(b.total.opening_budget);
        r["budget.budget"] = at(b.total.budget);
        r["budget.executed"] = at(b.total.executed);
        r["budget.weight"] = at(b.weight);
        r["budget.rate"] = at(b.rate);
        r["budget.score"] = at(b.score);
        r["budget.parts"] = std::to_string(b.parts.size());
    }
    if (f.indicator_block) r["block"] = to_a1(f.indicator_block->label_cell);
    if (!f.groups.empty()) r["group1"] = to_a1(f.groups.front().label_cell);
    if (!f.indicators.empty()) {
        const auto& i = f.indicators.front();
        r["first.name"] = to_a1(i.name_cell);
        r["first.direction"] = at(i.direction);
        r["first.target"] = at(i.target);
        r["first.unit"] = at(i.unit);
        r["first.actual"] = at(i.actual);
        r["first.weight"] = at(i.weight);
        r["first.score"] = at(i.score);
        r["first.reason"] = at(i.reason);
        r["last.name"] = to_a1(f.indicators.back().name_cell);
    }
    r["indicators"] = std::to_string(f.indicators.size());
    r["total.weight"] = at(f.total_weight);
    r["total.score"] = at(f.total_score);
    r["header.score"] = at(f.header_score);
    return r;
}

TEST_P(PublishedForm, FindsEveryRoleAtItsCell) {
    const FormSheet& sheet = GetParam();
    const auto form = recognize(to_grid(sheet.cells));
    ASSERT_TRUE(form);
    const auto found = roles_of(*form);
    for (const auto& [role, where] : sheet.roles) {
        const auto it = found.find(role);
        ASSERT_NE(it, found.end()) << "unknown role or part not found: " << role;
        EXPECT_EQ(it->second, where) << role;
    }
    if (std::getenv("PERFEVAL_PRINT_ROLES"))
        for (const auto& [role, where] : found) std::cout << "role: " << role << " " << where << "\n";
}

TEST_P(PublishedForm, FindsWhatIsWrongAndNothingElse) {
    const FormSheet& sheet = GetParam();
    const SheetReport report = check_sheet(to_grid(sheet.cells), sheet.name, default_profile());
    ASSERT_TRUE(report.has_form);
    EXPECT_EQ(report.family, sheet.family);

    std::set<Expected> found, expected_errors, found_errors;
    for (const auto& f : report.findings) {
        const Expected e{std::string(severity_id(f.severity)), f.rule, f.cell ? to_a1(*f.cell) : "-"};
        found.insert(e);
        if (f.severity == Severity::error) found_errors.insert(e);
    }
    std::set<Expected> missed;
    for (const auto& e : sheet.expects) {
        if (e.severity == "error") expected_errors.insert(e);
        if (!found.count(e)) missed.insert(e);
    }
    std::set<Expected> unexpected;
    for (const auto& e : found_errors)
        if (!expected_errors.count(e)) unexpected.insert(e);
    // A form recognized in part says so; a test that does not expect it fails.
    for (const auto& e : found)
        if (e.rule == "form-partial" &&
            std::none_of(sheet.expects.begin(), sheet.expects.end(), [](const Expected& x) {
                return x.rule == "form-partial";
            }))
            unexpected.insert(e);

    std::string said;
    for (const auto& t : render_sheet(report, Lang::zh).findings)
        said += "\n    " + t.cell + " [" + t.rule + "] " + t.message;
    EXPECT_TRUE(missed.empty()) << "expected but not found:" << describe(missed) << "\nthe checker said:" << said;
    EXPECT_TRUE(unexpected.empty()) << "not expected:" << describe(unexpected) << "\nthe checker said:" << said;
}

std::string sheet_name(const ::testing::TestParamInfo<FormSheet>& info) {
    static const std::map<std::string, std::string> kSheets{
        {"原表", "published"}, {"注入错误", "injected"}, {"移位", "moved"}, {"全角", "full_width"}, {"文本数字", "text"}};
    std::string name = info.param.file + "_";
    const auto it = kSheets.find(info.param.name);
    name += it != kSheets.end() ? it->second : std::to_string(info.index);
    std::replace_if(name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
    return name;
}

INSTANTIATE_TEST_SUITE_P(Families, PublishedForm, ::testing::ValuesIn(all_sheets()), sheet_name);

// Every family has a real form, and every real form a family.
TEST(PublishedForms, CoverEveryFamily) {
    std::set<std::string> families;
    for (const auto& s : all_sheets()) families.insert(s.family);
    for (const char* id : {"hunan-department", "standard-project", "sichuan-project", "four-part"})
        EXPECT_TRUE(families.count(id)) << "no published form of " << id << " in tests/forms/";
}

}  // namespace
}  // namespace perfeval::test
