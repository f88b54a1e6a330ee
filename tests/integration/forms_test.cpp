// Every published form of tests/forms/, as a spreadsheet (.ods and .xlsx,
// merged cells and percent formats included), checked by perfeval-check
// through the real office: each sheet names its template family, every
// expected finding is at its cell and no other error appears. The same
// expectations as the unit test on the cells (tests/forms/form_cells.hpp).
#include <gtest/gtest.h>

#include <string>

#include <boost/json.hpp>

#include "../forms/form_cells.hpp"
#include "office_env.hpp"

namespace perfeval::test {
namespace {

namespace json = boost::json;

ShellRun run_checker(const std::string& args) {
    return shell(std::string("'") + PERFEVAL_CHECK_BIN + "' --connect " + office().pipe_name() + " --json " + args);
}

TEST(PublishedFormsThroughTheOffice, EveryFamilyEverySheetBothFormats) {
    std::string args;
    std::vector<std::pair<std::string, std::vector<FormSheet>>> expected;  // spreadsheet path → its sheets
    for (const auto& cells : form_cells_files(PERFEVAL_SOURCE_DIR)) {
        const auto sheets = read_form_cells(cells);
        for (const char* ext : {".ods", ".xlsx"}) {
            auto file = cells;
            file.replace_extension(ext);
            ASSERT_TRUE(std::filesystem::exists(file)) << file << ": run tests/forms/make_forms.py";
            args += " '" + file.string() + "'";
            expected.emplace_back(file.string(), sheets);
        }
    }
    ASSERT_FALSE(expected.empty());
    const auto [exit_code, out] = run_checker(args);
    EXPECT_EQ(exit_code, 1) << out.substr(0, 2000);  // the forms hold errors
    const json::value doc = json::parse(out);
    const auto& files = doc.at("files").as_array();
    ASSERT_EQ(files.size(), expected.size());
    for (size_t i = 0; i < files.size(); ++i) {
        const auto& file = files[i].as_object();
        const auto& [path, sheets] = expected[i];
        SCOPED_TRACE(path);
        ASSERT_EQ(std::string(file.at("path").as_string()), path);
        // A form cut in the copy that was published is read in part, and says so.
        bool cut = false;
        for (const auto& sheet : sheets)
            for (const auto& e : sheet.expects) cut = cut || e.rule == "form-unchecked";
        EXPECT_EQ(std::string(file.at("status").as_string()), cut ? "partial" : "ok");
        const auto& forms = file.at("forms").as_array();
        for (const auto& sheet : sheets) {
            SCOPED_TRACE(sheet.name);
            const json::object* form = nullptr;
            for (const auto& f : forms)
                if (f.at("sheet").as_string() == sheet.name) form = &f.as_object();
            ASSERT_NE(form, nullptr) << "no form reported on this sheet";
            EXPECT_EQ(std::string(form->at("template").as_string()), sheet.family);
            bool partial = false;
            for (const auto& e : sheet.expects) partial = partial || e.rule == "form-unchecked";
            EXPECT_EQ(std::string(form->at("coverage").at("status").as_string()), partial ? "partial" : "complete");
            std::set<Expected> found;
            std::string said;
            for (const auto& f : form->at("findings").as_array()) {
                const std::string cell(f.at("cell").as_string());
                found.insert({std::string(f.at("severity").as_string()), std::string(f.at("rule").as_string()),
                              cell.empty() ? "-" : cell});
                said += "\n    " + cell + " [" + std::string(f.at("rule").as_string()) + "] " +
                        std::string(f.at("message").as_string());
            }
            EXPECT_EQ(judge(sheet, found), "") << "the checker said:" << said;
        }
    }
}

}  // namespace
}  // namespace perfeval::test
