// Forms that compute elsewhere: prepared with 填入公式 or 转换为通用公式 in
// an office with the extension, saved as .xlsx, then opened and recomputed
// in a second office that has never had the extension. Every cell shows
// what it showed where it was made, and the file names no PerfEval function.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <memory>

#include <unistd.h>

#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/CellContentType.hpp>

#include "office_env.hpp"

namespace perfeval::test {
namespace {

using css::uno::UNO_QUERY_THROW;
using Data = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

const std::string kSource = std::string(PERFEVAL_SOURCE_DIR);

// An office on a profile of its own that has never seen the extension,
// started when first needed and stopped (by its process group, if need be)
// when the tests end.
std::unique_ptr<perfeval::office::Office> g_plain;
const std::filesystem::path kPlainProfile =
    std::filesystem::path(PERFEVAL_TEST_PROFILES) / ("elsewhere-plain-" + std::to_string(getpid()));

perfeval::office::Office& plain_office() {
    if (!g_plain) {
        perfeval::office::OfficeOptions options;
        options.soffice = PERFEVAL_SOFFICE;
        options.profile_dir = kPlainProfile.string();
        g_plain = perfeval::office::Office::start(options);
    }
    return *g_plain;
}

class PlainOfficeEnvironment : public testing::Environment {
public:
    void TearDown() override {
        g_plain.reset();
        std::filesystem::remove_all(kPlainProfile);
    }
};

const bool registered = [] {
    testing::AddGlobalTestEnvironment(new PlainOfficeEnvironment);
    return true;
}();

Reference<css::sheet::XSpreadsheetDocument> open_in(perfeval::office::Office& office, const std::string& path) {
    return Reference<css::sheet::XSpreadsheetDocument>(
        perfeval::office::load(office, perfeval::office::file_url(path), {true, false, false}), UNO_QUERY_THROW);
}

// The first sheet's used area, as values.
Data shown(const Reference<css::sheet::XSpreadsheetDocument>& doc) { return used_area_data(first_sheet(doc)); }

// Cells that differ, as "row,col: here / there".
std::vector<std::string> differences(const Data& here, const Data& there) {
    std::vector<std::string> out;
    if (here.getLength() != there.getLength()) return {"the used areas differ"};
    for (sal_Int32 r = 0; r < here.getLength(); ++r)
        for (sal_Int32 c = 0; c < here[r].getLength() && c < there[r].getLength(); ++c) {
            double a = 0, b = 0;
            const bool numbers = (here[r][c] >>= a) && (there[r][c] >>= b);
            if (numbers ? std::fabs(a - b) > 1e-9 * std::max(1.0, std::fabs(a)) : here[r][c] != there[r][c])
                out.push_back(std::to_string(r + 1) + "," + std::to_string(c + 1));
        }
    return out;
}

std::string xml_of(const std::string& xlsx) { return shell("unzip -p '" + xlsx + "' 'xl/worksheets/*.xml'").out; }

// Saved as .xlsx here, opened and recomputed there: the same values.
void computes_elsewhere(const Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& name) {
    const Data here = shown(doc);
    const std::string xlsx = scratch_dir() + "/" + name + ".xlsx";
    store_document(doc, xlsx, "Calc Office Open XML");
    const std::string xml = xml_of(xlsx);
    EXPECT_THAT(xml, testing::HasSubstr("<f")) << "the file has formulas";
    EXPECT_THAT(xml, testing::Not(testing::HasSubstr("PERFEVAL"))) << "and none of PerfEval's";

    const auto there = open_in(plain_office(), xlsx);
    Reference<css::sheet::XCalculatable>(there, UNO_QUERY_THROW)->calculateAll();
    EXPECT_THAT(differences(here, shown(there)), testing::IsEmpty()) << name << ": cells (row,col) that differ";
    perfeval::office::close(there);
}

TEST(Elsewhere, TheOtherOfficeHasNoPerfEval) {
    const auto doc = Reference<css::sheet::XSpreadsheetDocument>(
        perfeval::office::load(plain_office(), "private:factory/scalc", {true, false, false}), UNO_QUERY_THROW);
    const auto c = first_sheet(doc)->getCellByPosition(0, 0);
    c->setFormula(ou("=PERF.EXECRATE(1;2)"));
    EXPECT_NE(c->getError(), 0) << "#NAME?: the test would prove nothing otherwise";
    perfeval::office::close(doc);
}

class FormulasElsewhere : public testing::TestWithParam<const char*> {};

// 填入公式 on forms of two families: the form computes by itself elsewhere.
TEST_P(FormulasElsewhere, AFormWithInsertedFormulasComputesWithoutTheExtension) {
    DocumentGuard doc(load_document(kSource + GetParam()));
    css::uno::Sequence<css::beans::PropertyValue> result;
    ASSERT_TRUE(dispatch_command(doc.get(), "formulas") >>= result);
    sal_Int32 written = 0;
    result[0].Value >>= written;
    EXPECT_GT(written, 3);
    computes_elsewhere(doc.get(), std::filesystem::path(GetParam()).stem().string());
}

INSTANTIATE_TEST_SUITE_P(Families, FormulasElsewhere,
                         testing::Values("/extension/samples/seed-form.ods", "/tests/fixtures/project-form.xlsx"));

// 转换为通用公式 on a sheet full of PERF.* formulas.
TEST(PortableElsewhere, PerfFormulasMadePortableComputeWithoutTheExtension) {
    DocumentGuard doc(new_calc_document());
    const auto sheet = first_sheet(doc.get());
    const std::pair<const char*, const char*> cells[] = {
        {"A1", "≥90%"},
        {"B1", "0.95"},
        {"C1", "3"},
        {"A2", "不超出740.00万元"},
        {"B2", "实际支出734.73万元"},
        {"G1", "2376.49"},
        {"H1", "2481.78"},
        {"G2", "2481.78"},
        {"H2", "2481.78"},
        {"D1", "=PERF.SCORE(A1;B1;C1)"},
        {"D2", "=PERF.SCORE(A2;B2;5)"},
        {"E1", "=PERF.EXECRATE(G1;H1)"},
        {"E2", "=PERF.EXECSCORE(G1;H1;10)"},
        {"F1", "=PERF.GRADE(87.5)"},
        {"F2", "=PERF.TARGET(A2)&PERF.DIRECTION(A2)"},
        {"E3", "=PERF.SUMCHECK(100;D1;D2;E2)"},
        {"F3", "=PERF.CHECK(A1:H2)"},
    };
    for (const auto& [a1, content] : cells) cell(doc.get(), a1)->setFormula(ou(content));
    Reference<css::sheet::XArrayFormulaRange>(sheet->getCellRangeByName("I1:I2"), UNO_QUERY_THROW)
        ->setArrayFormula("=PERF.EXECRATE(G1:G2;H1:H2)");
    EXPECT_DOUBLE_EQ(cell(doc.get(), "D1")->getValue(), 3);
    dispatch_command(doc.get(), "portable");
    computes_elsewhere(doc.get(), "portable");
}

// The conversion property: every PERF.* call form, over cells as staff type
// them — numbers typed as text with a leading full-width space ("　2"),
// full-width digits ("２"), empties and words inside ranges — shows the same
// values after 转换为通用公式 as before, here and, saved as .xlsx and as
// .ods, in an office that never had the extension.
TEST(PortableElsewhere, EveryCallKeepsItsValueOverTextNumbersEmptiesAndWords) {
    DocumentGuard doc(new_calc_document());
    const auto sheet = first_sheet(doc.get());
    const std::pair<const char*, const char*> cells[] = {
        // A1:A6 the parts of a sum as a form holds them; A7 a plain number part
        {"A1", "10"},
        {"A2",
         "\u3000"
         "2"},
        {"A3", "２"},
        {"A5", "完成"},
        {"A6",
         "\u3000"
         "6"},
        {"A7", "3"},
        // B, C: executed and budget, typed as text and as numbers
        {"B1",
         "\u3000"
         "2481.78"},
        {"C1", "2481.78"},
        {"B2", "90"},
        {"C2", "１００"},
        {"B3", "50"},
        {"C3", "100"},
        // D, E: targets and actuals
        {"D1", "≥90%"},
        {"E1",
         "\u3000"
         "0.95"},
        {"D2", "不超出740.00万元"},
        {"E2", "实际支出734.73万元"},
        {"D3", "=100%"},
        {"E3", "98%"},
        // the calls
        {"G1", "=PERF.SUMCHECK(21;A1:A7)"},
        {"G2", "=PERF.SUMCHECK(24;A1;A2;A3;A6;A7)"},
        {"G3", "=PERF.SUMCHECK(100;A1:A3)"},
        {"G4", "=PERF.EXECRATE(B1;C1)"},
        {"G5", "=PERF.EXECRATE(B2;C2)"},
        {"G6", "=PERF.EXECSCORE(B3;C3;10)"},
        {"G7", "=PERF.SCORE(D1;E1;5)"},
        {"G8", "=PERF.SCORE(D2;E2;10)"},
        {"G9", "=PERF.SCORE(D3;E3;10)"},
        {"G10", "=PERF.GRADE(SUM(A7;87))"},
        {"G11", "=PERF.TARGET(D2)"},
        {"G12", "=PERF.DIRECTION(D1)"},
        {"G13", "=PERF.EXECRATE(90;100)*100"},
        // on another sheet, whose quoted name has a space
        {"G14", "=PERF.EXECRATE($'表 2'.A1;$'表 2'.B1)"},
        {"G15", "=PERF.SUMCHECK(200;$'表 2'.A1:B1)"},
    };
    doc.get()->getSheets()->insertNewByName(ou("表 2"), 1);
    const Reference<css::sheet::XSpreadsheet> other(doc.get()->getSheets()->getByName(ou("表 2")), UNO_QUERY_THROW);
    other->getCellRangeByName("A1")->getCellByPosition(0, 0)->setFormula(
        ou("\u3000"
           "90"));
    other->getCellRangeByName("B1")->getCellByPosition(0, 0)->setValue(100);
    for (const auto& [a1, content] : cells) {
        // "\u3000" stands for U+3000 (the full-width space) in the table above.
        std::string text = content;
        for (size_t at; (at = text.find("\\u3000")) != std::string::npos;) text.replace(at, 6, "\u3000");
        cell(doc.get(), a1)->setFormula(ou(text));
    }
    Reference<css::sheet::XArrayFormulaRange>(sheet->getCellRangeByName("H1:H3"), UNO_QUERY_THROW)
        ->setArrayFormula("=PERF.EXECRATE(B1:B3;C1:C3)");
    Reference<css::sheet::XCalculatable>(doc.get(), UNO_QUERY_THROW)->calculateAll();
    const Data before = shown(doc.get());
    EXPECT_NE(cell(doc.get(), "G1")->getValue(), 8)
        << "21 − SUM(A1:A7) = 21 − 13: the add-in reads the texts SUM skips";

    css::uno::Sequence<css::beans::PropertyValue> result;
    ASSERT_TRUE(dispatch_command(doc.get(), "portable") >>= result);
    Reference<css::sheet::XCalculatable>(doc.get(), UNO_QUERY_THROW)->calculateAll();
    EXPECT_THAT(differences(before, shown(doc.get())), testing::IsEmpty()) << "here, after the conversion";
    // The other sheet's cells were read: its typed-as-text 90 became a
    // constant in a native formula; its range holding that text kept the value.
    EXPECT_EQ(utf8(cell(doc.get(), "G14")->getFormula()).find("PERF"), std::string::npos);
    EXPECT_NE(utf8(cell(doc.get(), "G14")->getFormula()).find("表 2"), std::string::npos)
        << utf8(cell(doc.get(), "G14")->getFormula());
    EXPECT_EQ(cell(doc.get(), "G15")->getType(), css::table::CellContentType_VALUE);
    EXPECT_DOUBLE_EQ(cell(doc.get(), "G15")->getValue(), 10);

    for (const auto& [format, filter] : {std::pair{"xlsx", "Calc Office Open XML"}, std::pair{"ods", "calc8"}}) {
        const std::string file = scratch_dir() + "/portable-texts." + format;
        store_document(doc.get(), file, filter);
        const auto there = open_in(plain_office(), file);
        Reference<css::sheet::XCalculatable>(there, UNO_QUERY_THROW)->calculateAll();
        EXPECT_THAT(differences(before, shown(there)), testing::IsEmpty()) << "elsewhere, as ." << format;
        perfeval::office::close(there);
    }
}

}  // namespace
}  // namespace perfeval::test
