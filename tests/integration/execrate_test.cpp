// PERF.EXECRATE in real Calc documents: the add-in is loaded from the
// installed extension, computes from cells, literals and texts, reports bad
// input as error values, and survives save and reload.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <com/sun/star/sheet/XCalculatable.hpp>

#include "office_env.hpp"

namespace perfeval::test {
namespace {

using css::uno::UNO_QUERY_THROW;
using testing::HasSubstr;

constexpr int kIllegalArgument = 502;  // Err:502
constexpr int kDivisionByZero = 532;   // #DIV/0!

std::string upper(std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

TEST(Extension, IsDeployedInTheThrowawayProfile) {
    EXPECT_TRUE(perfeval::office::extension_deployed(office().context(), "org.perfeval.calc", PERFEVAL_VERSION));
}

TEST(ExecRate, ComputesFromCellsAndFollowsChanges) {
    DocumentGuard doc(new_calc_document());
    cell(doc.get(), "A1")->setValue(2481.78);
    cell(doc.get(), "B1")->setValue(2481.78);
    const auto c1 = cell(doc.get(), "C1");
    c1->setFormula("=PERF.EXECRATE(A1;B1)");
    EXPECT_EQ(c1->getError(), 0);
    EXPECT_DOUBLE_EQ(c1->getValue(), 1.0);
    // Calc stores the add-in's programmatic name: proof the call goes to our service.
    EXPECT_THAT(upper(utf8(c1->getFormula())), HasSubstr("ORG.PERFEVAL.FUNCTIONS.EXECRATE"));

    cell(doc.get(), "A1")->setValue(1240.89);
    EXPECT_DOUBLE_EQ(c1->getValue(), 0.5);
}

TEST(ExecRate, AcceptsLiteralsTextNumbersAndTheProgrammaticName) {
    DocumentGuard doc(new_calc_document());
    struct Case {
        const char* formula;
        double expected;
    } cases[] = {
        {"=PERF.EXECRATE(90;100)", 0.9},
        {"=perf.execrate(90;100)", 0.9},
        {"=PERF.EXECRATE(\"2,481.78\";\"2481.78\")", 1.0},
        {"=PERF.EXECRATE(\"１２０\";200)", 0.6},
        {"=org.perfeval.Functions.execRate(1;4)", 0.25},
        {"=PERF.EXECRATE(0;100)", 0.0},
        {"=PERF.EXECRATE(120;100)", 1.2},
    };
    for (const auto& c : cases) {
        const auto a1 = cell(doc.get(), "A1");
        a1->setFormula(ou(c.formula));
        EXPECT_EQ(a1->getError(), 0) << c.formula;
        EXPECT_DOUBLE_EQ(a1->getValue(), c.expected) << c.formula;
    }
    cell(doc.get(), "B2")->setFormula("'2,481.78");  // a number typed as text
    cell(doc.get(), "C2")->setFormula(ou("'　2481.78　"));
    const auto d2 = cell(doc.get(), "D2");
    d2->setFormula("=PERF.EXECRATE(B2;C2)");
    EXPECT_EQ(d2->getError(), 0);
    EXPECT_DOUBLE_EQ(d2->getValue(), 1.0);
}

TEST(ExecRate, BadInputGivesAnErrorValueNotANumber) {
    DocumentGuard doc(new_calc_document());
    cell(doc.get(), "B1")->setValue(0);
    cell(doc.get(), "B2")->setValue(-5);
    cell(doc.get(), "B3")->setFormula(ou("完成"));
    // B4 stays empty.
    cell(doc.get(), "B5")->setFormula("=1/0");
    struct Case {
        const char* formula;
        int error;
    } cases[] = {
        {"=PERF.EXECRATE(10;B1)", kIllegalArgument},  // budget 0
        {"=PERF.EXECRATE(10;0)", kIllegalArgument},   // budget 0, literal
        {"=PERF.EXECRATE(10;B2)", kIllegalArgument},  // negative budget
        {"=PERF.EXECRATE(-1;10)", kIllegalArgument},  // negative executed
        {"=PERF.EXECRATE(B3;10)", kIllegalArgument},  // text that is no number
        {"=PERF.EXECRATE(10;\"abc\")", kIllegalArgument}, {"=PERF.EXECRATE(10;\"\")", kIllegalArgument},  // empty text
        {"=PERF.EXECRATE(10;B4)", kIllegalArgument},  // empty budget cell
        {"=PERF.EXECRATE(10;)", kIllegalArgument},    // omitted argument
        {"=PERF.EXECRATE(B5;10)", kDivisionByZero},   // an error cell passes its error on
    };
    for (const auto& c : cases) {
        const auto a1 = cell(doc.get(), "A1");
        a1->setFormula(ou(c.formula));
        EXPECT_EQ(a1->getError(), c.error) << c.formula << " gave " << a1->getValue();
    }
}

// Calc hands an empty cell referenced alone to every add-in as the number 0,
// exactly as =B1/C1 sees it; no add-in signature that also takes literals can
// tell it apart. An empty budget is therefore caught (0 budget), an empty
// executed amount reads as 0 %. This pins that documented behaviour.
TEST(ExecRate, AnEmptyExecutedCellIsZeroAsCalcPassesIt) {
    DocumentGuard doc(new_calc_document());
    const auto a1 = cell(doc.get(), "A1");
    a1->setFormula("=PERF.EXECRATE(B1;100)");
    EXPECT_EQ(a1->getError(), 0);
    EXPECT_DOUBLE_EQ(a1->getValue(), 0.0);
}

class ExecRateSaved : public testing::TestWithParam<std::pair<const char*, const char*>> {};

TEST_P(ExecRateSaved, SurvivesSaveAndReloadAndStillComputes) {
    const auto [extension, filter] = GetParam();
    const std::string path = scratch_dir() + "/execrate." + extension;
    {
        DocumentGuard doc(new_calc_document());
        cell(doc.get(), "A1")->setValue(90);
        cell(doc.get(), "B1")->setValue(100);
        cell(doc.get(), "C1")->setFormula("=PERF.EXECRATE(A1;B1)");
        ASSERT_DOUBLE_EQ(cell(doc.get(), "C1")->getValue(), 0.9);
        store_document(doc.get(), path, filter);
    }
    DocumentGuard doc(load_document(path));
    const auto c1 = cell(doc.get(), "C1");
    EXPECT_THAT(upper(utf8(c1->getFormula())), HasSubstr("EXECRATE(A1"));
    Reference<css::sheet::XCalculatable>(doc.get(), UNO_QUERY_THROW)->calculateAll();
    EXPECT_EQ(c1->getError(), 0);
    EXPECT_DOUBLE_EQ(c1->getValue(), 0.9);
    // A cached result would not follow this change: the reloaded formula computes.
    cell(doc.get(), "A1")->setValue(25);
    EXPECT_EQ(c1->getError(), 0);
    EXPECT_DOUBLE_EQ(c1->getValue(), 0.25);
}

INSTANTIATE_TEST_SUITE_P(Formats, ExecRateSaved,
                         testing::Values(std::make_pair("ods", "calc8"),
                                         std::make_pair("xlsx", "Calc Office Open XML")),
                         [](const auto& info) { return std::string(info.param.first); });

}  // namespace
}  // namespace perfeval::test
