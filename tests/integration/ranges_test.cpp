// References far larger than their data: whole sheets and whole columns
// given to PERF.* functions in real Calc. A regression here would grow the
// office without bound, so CTest runs this binary under prlimit --as (see
// CMakeLists.txt) and each test measures the office's memory as it goes.
#include <gtest/gtest.h>

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/FillDirection.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCellSeries.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <org/perfeval/SheetReport.hpp>

#include "office_env.hpp"

namespace perfeval::test {
namespace {

using css::uno::UNO_QUERY_THROW;

const std::string kSeed = std::string(PERFEVAL_SOURCE_DIR) + "/extension/samples/seed-form.ods";

pid_t soffice_bin() { return perfeval::test::soffice_bin(office().pid()); }

Reference<css::table::XCell> cell_of(const Reference<css::sheet::XSpreadsheet>& sheet, const char* a1) {
    return Reference<css::table::XCellRange>(sheet->getCellRangeByName(ou(a1)), UNO_QUERY_THROW)
        ->getCellByPosition(0, 0);
}

// The seed form on its first sheet and an empty second sheet 汇总 for the
// formulas, so that they lie outside the ranges they read.
Reference<css::sheet::XSpreadsheet> summary_sheet(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
    doc->getSheets()->insertNewByName(ou("汇总"), 1);
    return Reference<css::sheet::XSpreadsheet>(doc->getSheets()->getByName(ou("汇总")), UNO_QUERY_THROW);
}

TEST(WholeSheet, PerfCheckReadsOnlyTheUsedAreaOfAWholeSheetReference) {
    const pid_t bin = soffice_bin();
    ASSERT_GT(bin, 0);
    DocumentGuard doc(load_document(kSeed));
    const std::string form_sheet =
        utf8(Reference<css::container::XNamed>(first_sheet(doc.get()), UNO_QUERY_THROW)->getName());
    const auto sheet = summary_sheet(doc.get());
    reset_peak(bin);
    const long before_kb = status_kb(bin, "VmRSS");
    const auto start = std::chrono::steady_clock::now();

    // Its used area is the form: A whole-sheet reference (1024 columns ×
    // 1,048,576 rows) gives what the form's own range gives.
    const auto form = cell_of(sheet, "A1");
    form->setFormula(ou("=PERF.CHECK($'" + form_sheet + "'.A1:I37)"));
    const auto whole = cell_of(sheet, "A2");
    whole->setFormula(ou("=PERF.CHECK($'" + form_sheet + "'.A1:AMJ1048576)"));
    const auto findings = cell_of(sheet, "A3");
    findings->setFormula(ou("=ROWS(PERF.FINDINGS($'" + form_sheet + "'.A:AMJ))"));
    EXPECT_EQ(form->getError(), 0);
    EXPECT_DOUBLE_EQ(form->getValue(), 3);
    EXPECT_EQ(whole->getError(), 0);
    EXPECT_DOUBLE_EQ(whole->getValue(), 3);
    EXPECT_EQ(findings->getError(), 0);
    EXPECT_DOUBLE_EQ(findings->getValue(), 6) << "3 errors, 2 warnings, 1 notice";

    // Loosely here (a shared machine); tightly in the benchmark.
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20)) << "it took 14 s to reach 4 GB";

    // At most 200 MB over what the office used before (the office's peak
    // is read after, so a passing spike counts too).
    const long grown_mb = (status_kb(bin, "VmHWM") - before_kb) / 1024;
    EXPECT_LT(grown_mb, 200) << "the office grew by " << grown_mb << " MB";
}

TEST(WholeSheet, AnEmptyRangeHasNoFormAndOneFarValueCostsOneCell) {
    DocumentGuard doc(load_document(kSeed));
    const std::string form_sheet =
        utf8(Reference<css::container::XNamed>(first_sheet(doc.get()), UNO_QUERY_THROW)->getName());
    const auto sheet = summary_sheet(doc.get());
    const auto empty = cell_of(sheet, "A1");
    empty->setFormula(ou("=PERF.CHECK($'" + form_sheet + "'.K1:AMJ1048576)"));  // right of the form: nothing
    EXPECT_EQ(empty->getError(), 502) << "no form in the range";

    // One value far away makes the used area 1024 × 1,048,576 cells; only
    // the cells with content are read, so the form is checked as before.
    cell_of(first_sheet(doc.get()), "AMJ1048576")->setValue(1);
    const auto whole = cell_of(sheet, "A2");
    whole->setFormula(ou("=PERF.CHECK($'" + form_sheet + "'.A1:AMJ1048576)"));
    EXPECT_EQ(whole->getError(), 0);
    EXPECT_DOUBLE_EQ(whole->getValue(), 3);
}

// More than 2,000,000 cells with content: PERF.CHECK says so with an error
// value, and the one-click check (Validator, vnd.perfeval:check) gives the
// sheet one warning that it was not checked, instead of reading it all.
TEST(WholeSheet, TooManyCellsWithContentAreSaidNotRead) {
    DocumentGuard doc(load_document(kSeed));
    const auto form = first_sheet(doc.get());
    const std::string form_sheet = utf8(Reference<css::container::XNamed>(form, UNO_QUERY_THROW)->getName());
    // 20 columns × 100,001 rows below the form: 2,000,020 numbers.
    const auto block = form->getCellRangeByName(ou("A1001:T101001"));
    for (int c = 0; c < 20; ++c) block->getCellByPosition(c, 0)->setValue(c + 1);
    Reference<css::sheet::XCellSeries>(block, UNO_QUERY_THROW)->fillAuto(css::sheet::FillDirection_TO_BOTTOM, 1);
    ASSERT_GT(block->getCellByPosition(19, 100000)->getValue(), 0) << "the block is filled";

    const auto sheet = summary_sheet(doc.get());
    const auto huge = cell_of(sheet, "A1");
    huge->setFormula(ou("=PERF.CHECK($'" + form_sheet + "'.A1:AMJ1048576)"));
    EXPECT_EQ(huge->getError(), 502);
    const auto own = cell_of(sheet, "A2");
    own->setFormula(ou("=PERF.CHECK($'" + form_sheet + "'.A1:I37)"));
    EXPECT_DOUBLE_EQ(own->getValue(), 3) << "the form's own range still reads";

    const auto reports = validator()->checkDocument(doc.get(), "", "zh-CN");
    ASSERT_EQ(reports.getLength(), 2);
    EXPECT_FALSE(reports[0].HasForm);
    ASSERT_EQ(reports[0].Findings.getLength(), 1);
    EXPECT_EQ(utf8(reports[0].Findings[0].Rule), "sheet-too-large");
    EXPECT_EQ(utf8(reports[0].Findings[0].Severity), "warning");
    EXPECT_NE(utf8(reports[0].Findings[0].Message).find("个单元格有内容，超过 2000000 个的上限"), std::string::npos)
        << utf8(reports[0].Findings[0].Message);
    const auto sheets = check_command(doc.get());
    ASSERT_EQ(sheets.size(), 2u);
    EXPECT_EQ(summary_count(sheets[0], "warnings"), 1);
    EXPECT_EQ(sheets[0].at("findings").at(0).at("rule").as_string(), "sheet-too-large");
}

// Two cells at opposite corners of a sheet (a file of under 1 kB): the
// one-click check, the Validator, vnd.perfeval:check and 填入公式 read the two
// cells, not the billion around them. It passed 4 GB in 80 s before.
TEST(FarCells, TwoCellsAtTheSheetsCornersAreCheckedWithoutReadingTheirRectangle) {
    const pid_t bin = soffice_bin();
    ASSERT_GT(bin, 0);
    const std::string path = scratch_dir() + "/two-far-cells.ods";
    {
        DocumentGuard made(new_calc_document());
        cell(made.get(), "A1")->setFormula(ou("备注"));
        cell(made.get(), "AMJ1048576")->setValue(1);
        store_document(made.get(), path, "calc8");
    }
    EXPECT_LT(std::filesystem::file_size(path), 20000u);
    DocumentGuard doc(load_document(path));
    reset_peak(bin);
    const long before_kb = status_kb(bin, "VmRSS");
    const auto start = std::chrono::steady_clock::now();

    const auto reports = validator()->checkDocument(doc.get(), "", "zh-CN");
    ASSERT_EQ(reports.getLength(), 1);
    EXPECT_FALSE(reports[0].HasForm);
    const auto sheets = check_command(doc.get());  // the panel's, the toolbar's and a script's check
    ASSERT_EQ(sheets.size(), 1u);
    EXPECT_FALSE(sheets[0].at("has_form").as_bool());
    dispatch_command(doc.get(), "formulas");  // 填入公式 reads the sheet too
    EXPECT_DOUBLE_EQ(cell(doc.get(), "AMJ1048576")->getValue(), 1) << "nothing changed";

    // The seed form with the same far cell: the same three errors.
    DocumentGuard seed(load_document(kSeed));
    cell(seed.get(), "AMJ1048576")->setValue(1);
    const auto seed_reports = validator()->checkDocument(seed.get(), "", "zh-CN");
    ASSERT_EQ(seed_reports.getLength(), 1);
    EXPECT_EQ(seed_reports[0].Errors, 3);

    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20)) << "loosely: it took 80 s to 4 GB";
    const long grown_mb = (status_kb(bin, "VmHWM") - before_kb) / 1024;
    EXPECT_LT(grown_mb, 200) << "the office grew by " << grown_mb << " MB";
}

// A PERF.CHECK cell inside the range it checks (a whole-sheet reference on
// the form's own sheet): it reads the used area, itself included, and
// counts the form's errors; nothing hangs or recurses.
TEST(WholeSheet, APerfCheckInsideItsOwnRangeCountsTheForm) {
    DocumentGuard doc(load_document(kSeed));
    const auto k1 = cell(doc.get(), "K1");
    k1->setFormula(ou("=PERF.CHECK(A1:AMJ1048576)"));
    EXPECT_EQ(k1->getError(), 0);
    EXPECT_DOUBLE_EQ(k1->getValue(), 3);
    cell(doc.get(), "G5")->setValue(1);  // and follows the form
    EXPECT_DOUBLE_EQ(k1->getValue(), 2);
    const auto k2 = cell(doc.get(), "K2");
    k2->setFormula(ou("=PERF.CHECK(A1:I37)"));
    EXPECT_DOUBLE_EQ(k2->getValue(), 2);
}

// An array formula over whole columns with a few rows of data computes
// those rows and gives #N/A past them, in about the time of its data (it
// took 49 s when each blank result was a blank: see elementwise.hpp).
TEST(WholeColumn, AnArrayFormulaOverWholeColumnsComputesItsRows) {
    DocumentGuard doc(new_calc_document());
    const auto sheet = first_sheet(doc.get());
    for (int r = 1; r <= 3; ++r) {
        cell(doc.get(), "J" + std::to_string(r))->setValue(50.0 * r);
        cell(doc.get(), "K" + std::to_string(r))->setValue(100);
    }
    cell(doc.get(), "J4")->setFormula(ou("abc"));
    cell(doc.get(), "K4")->setValue(100);
    const auto start = std::chrono::steady_clock::now();
    Reference<css::sheet::XArrayFormulaRange>(sheet->getCellRangeByName(ou("L1:L1048576")), UNO_QUERY_THROW)
        ->setArrayFormula(ou("=PERF.EXECRATE(J1:J1048576;K1:K1048576)"));
    EXPECT_DOUBLE_EQ(cell(doc.get(), "L1")->getValue(), 0.5);
    EXPECT_DOUBLE_EQ(cell(doc.get(), "L3")->getValue(), 1.5);
    EXPECT_EQ(cell(doc.get(), "L4")->getError(), 502) << "text in that row only";
    EXPECT_EQ(cell(doc.get(), "L5")->getError(), 32767) << "#N/A past the data";
    EXPECT_EQ(cell(doc.get(), "L1048576")->getError(), 32767);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(30)) << "loosely: it took 49 s";
}

}  // namespace
}  // namespace perfeval::test
