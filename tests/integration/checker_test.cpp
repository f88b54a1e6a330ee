// The checker through its UNO service org.perfeval.Validator and through
// PERF.CHECK / PERF.FINDINGS, on committed fixtures in real Calc.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <org/perfeval/XValidator.hpp>

#include "office_env.hpp"

namespace perfeval::test {
namespace {

using css::uno::UNO_QUERY_THROW;
using org::perfeval::SheetReport;
using testing::HasSubstr;

const std::string kFixtures = std::string(PERFEVAL_SOURCE_DIR) + "/tests/fixtures/";
const std::string kSeed = std::string(PERFEVAL_SOURCE_DIR) + "/extension/samples/seed-form";

std::vector<SheetReport> check(const std::string& path, const std::string& lang = "zh") {
    DocumentGuard doc(load_document(path));
    const auto reports = validator()->checkDocument(doc.get(), "", ou(lang));
    return {reports.begin(), reports.end()};
}

const org::perfeval::Finding* find(const SheetReport& r, const std::string& rule, const std::string& cell) {
    for (const auto& f : r.Findings)
        if (utf8(f.Rule) == rule && utf8(f.Cell) == cell) return &f;
    return nullptr;
}

class SeedAsPublished : public testing::TestWithParam<const char*> {};

TEST_P(SeedAsPublished, ErrorsAndWarningsAtTheirCells) {
    const auto reports = check(kSeed + GetParam());
    ASSERT_EQ(reports.size(), 1u);
    const auto& r = reports[0];
    ASSERT_TRUE(r.HasForm);
    EXPECT_EQ(utf8(r.Kind), "department");
    EXPECT_EQ(utf8(r.Range), "A2:I37");
    EXPECT_EQ(r.Errors, 3);
    EXPECT_EQ(r.Warnings, 2);

    const auto* rate = find(r, "exec-rate", "G5");
    ASSERT_NE(rate, nullptr);
    EXPECT_EQ(utf8(rate->Severity), "error");
    EXPECT_EQ(utf8(rate->Expected), "100.00%");
    EXPECT_EQ(utf8(rate->Actual), "95.60%");
    EXPECT_TRUE(rate->Fixable);
    EXPECT_DOUBLE_EQ(rate->FixValue, 1.0);
    const auto* score = find(r, "exec-score", "H5");
    ASSERT_NE(score, nullptr);
    EXPECT_EQ(utf8(score->Expected), "10");
    const auto* total = find(r, "total-score", "H37");
    ASSERT_NE(total, nullptr);
    EXPECT_EQ(utf8(total->Expected), "100");  // once H5 is corrected: what H37 holds
    EXPECT_FALSE(total->Fixable) << "nothing to write into H37";
    const auto* cost = find(r, "cross-check", "F26");
    ASSERT_NE(cost, nullptr);
    EXPECT_EQ(utf8(cost->Severity), "warning");
    EXPECT_THAT(utf8(cost->Message), HasSubstr("840.02"));
    const auto* unit = find(r, "cross-check", "F20");
    ASSERT_NE(unit, nullptr);
    EXPECT_THAT(utf8(unit->Message), HasSubstr("万亩"));
    EXPECT_TRUE(r.HasComputedScore);
    EXPECT_DOUBLE_EQ(r.ComputedScore, 100);
    EXPECT_EQ(utf8(r.Grade), "优");
}

INSTANTIATE_TEST_SUITE_P(Formats, SeedAsPublished, testing::Values(".ods", ".xlsx"),
                         [](const auto& info) { return std::string(info.param + 1); });

TEST(Validator, TheCorrectedSeedHasNoErrors) {
    const auto r = check(kFixtures + "seed-corrected.ods");
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].Errors, 0);
    EXPECT_EQ(r[0].Warnings, 0);
}

TEST(Validator, AProjectForm) {
    const auto r = check(kFixtures + "project-form.xlsx");
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(utf8(r[0].Kind), "project");
    EXPECT_EQ(utf8(r[0].UnitName), "耕地保护专项资金");
    EXPECT_EQ(r[0].Errors, 1);
    EXPECT_NE(find(r[0], "funding-rows", "E5"), nullptr);
    EXPECT_DOUBLE_EQ(r[0].TotalScore, 93);
    EXPECT_DOUBLE_EQ(r[0].ComputedScore, 93);
}

TEST(Validator, AShiftedFormWithTextNumbersAndOddLabelsInXls) {
    const auto r = check(kFixtures + "shifted-odd-labels.xls");
    ASSERT_EQ(r.size(), 2u);
    EXPECT_FALSE(r[0].HasForm);  // the cover sheet
    EXPECT_EQ(utf8(r[0].Findings[0].Rule), "no-form");
    EXPECT_EQ(utf8(r[0].Findings[0].Severity), "notice");
    ASSERT_TRUE(r[1].HasForm);
    EXPECT_EQ(utf8(r[1].Sheet), "自评表");
    EXPECT_EQ(utf8(r[1].Range), "D7:L42");
    EXPECT_EQ(r[1].Errors, 3);
    const auto* rate = find(r[1], "exec-rate", "J10");
    ASSERT_NE(rate, nullptr);
    EXPECT_EQ(utf8(rate->Actual), "95.60%");
    EXPECT_NE(find(r[1], "total-score", "K42"), nullptr);
}

TEST(Validator, SeveralFormsAndACoverSheet) {
    const auto r = check(kFixtures + "several-forms.ods");
    ASSERT_EQ(r.size(), 3u);
    EXPECT_FALSE(r[0].HasForm);
    EXPECT_EQ(r[1].Errors, 3);
    EXPECT_EQ(r[2].Errors, 0);
    EXPECT_EQ(utf8(r[2].Findings.getLength() ? r[2].Findings[0].Sheet : ""), "更正后");
}

TEST(Validator, ASheetWithoutAForm) {
    const auto r = check(kFixtures + "no-form.ods");
    ASSERT_EQ(r.size(), 1u);
    EXPECT_FALSE(r[0].HasForm);
    EXPECT_EQ(r[0].Errors, 0);
    EXPECT_EQ(r[0].Notices, 1);
}

TEST(Validator, MessagesInEnglishWhenAsked) {
    const auto r = check(kSeed + ".ods", "en");
    const auto* rate = find(r[0], "exec-rate", "G5");
    ASSERT_NE(rate, nullptr);
    EXPECT_THAT(utf8(rate->Message), HasSubstr("execution rate"));
}

TEST(Validator, UnknownProfileIsRefused) {
    DocumentGuard doc(load_document(kSeed + ".ods"));
    EXPECT_THROW(validator()->checkDocument(doc.get(), "nope", "zh"), css::lang::IllegalArgumentException);
    const auto names = validator()->getProfileNames();
    ASSERT_GE(names.getLength(), 2);
    EXPECT_EQ(utf8(names[0]), "national");
}

TEST(Validator, CheckingNeverModifiesTheDocument) {
    DocumentGuard doc(load_document(kSeed + ".ods"));
    const Reference<css::util::XModifiable> modifiable(doc.get(), UNO_QUERY_THROW);
    ASSERT_FALSE(modifiable->isModified());
    validator()->checkDocument(doc.get(), "", "zh");
    validator()->checkSheet(first_sheet(doc.get()), "linear", "en");
    EXPECT_FALSE(modifiable->isModified());
    EXPECT_DOUBLE_EQ(cell(doc.get(), "G5")->getValue(), 0.956);
}

TEST(PerfCheck, CountsErrorsLiveAndListsFindings) {
    DocumentGuard doc(load_document(kSeed + ".ods"));
    const auto k1 = cell(doc.get(), "K1");
    k1->setFormula("=PERF.CHECK(A1:I37)");
    EXPECT_EQ(k1->getError(), 0);
    EXPECT_DOUBLE_EQ(k1->getValue(), 3);
    cell(doc.get(), "G5")->setValue(1);  // fix the rate: the count follows
    EXPECT_DOUBLE_EQ(k1->getValue(), 2);
    cell(doc.get(), "H5")->setValue(10);
    cell(doc.get(), "H37")->setValue(100);
    EXPECT_DOUBLE_EQ(k1->getValue(), 0);

    const auto sheet = first_sheet(doc.get());
    Reference<css::sheet::XArrayFormulaRange>(sheet->getCellRangeByName("K3:M6"), UNO_QUERY_THROW)
        ->setArrayFormula("=PERF.FINDINGS(A1:I37)");
    auto text = [&](const char* a1) {
        return utf8(Reference<css::text::XText>(cell(doc.get(), a1), UNO_QUERY_THROW)->getString());
    };
    EXPECT_EQ(text("K3"), "F20");  // no errors left: warnings first
    EXPECT_EQ(text("L3"), "warning");
    EXPECT_THAT(text("M3"), HasSubstr("万亩"));

    const auto k2 = cell(doc.get(), "K2");
    k2->setFormula("=PERF.CHECK(K20:M30)");  // no form there
    EXPECT_EQ(k2->getError(), 502);
}

}  // namespace
}  // namespace perfeval::test
