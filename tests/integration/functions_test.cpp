// Every PERF.* function in real Calc formulas: numbers, cell references,
// text cells, empty cells and error cells; whole columns as array formulas;
// results that survive save and reload as .ods and .xlsx; and the seed
// form's own figures reproduced by formulas.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <variant>

#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/text/XText.hpp>

#include "office_env.hpp"

namespace perfeval::test {
namespace {

using css::uno::UNO_QUERY_THROW;

constexpr int kErr502 = 502;
constexpr int kDiv0 = 532;
constexpr int kNotAvailable = 32767;
constexpr int kRangeWithError = 504;

struct Err {
    int code;
};
using Expect = std::variant<double, const char*, Err>;

struct FormulaCase {
    const char* formula;
    Expect expected;
};

// Inputs in column A, referred to by the formulas below.
void fill_inputs(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
    cell(doc, "A1")->setValue(2481.78);
    cell(doc, "A2")->setValue(2481.78);
    cell(doc, "A3")->setFormula(ou("'2,481.78"));  // a number typed as text
    // A4 stays empty
    cell(doc, "A5")->setFormula("=1/0");  // an error cell
    cell(doc, "A6")->setFormula(ou("≥90%"));
    cell(doc, "A7")->setValue(1);  // 100 % as Calc stores it
    cell(doc, "A8")->setFormula(ou("不超出740.00万元"));
    cell(doc, "A9")->setFormula(ou("实际支出734.73万元"));
    cell(doc, "A10")->setFormula(ou("完成"));
    cell(doc, "A11")->setValue(99);
    cell(doc, "A12")->setFormula(ou("abc"));
    cell(doc, "A13")->setFormula(ou("　2"));  // a weight typed with a full-width space
    cell(doc, "A14")->setFormula(ou("其中：基本支出：1641.76"));
    cell(doc, "A15")->setFormula(ou("项目支出：840.02"));
}

const FormulaCase kCases[] = {
    // PERF.EXECRATE
    {"=PERF.EXECRATE(A1;A2)", 1.0},
    {"=PERF.EXECRATE(A3;A2)", 1.0},
    {"=PERF.EXECRATE(A1;A4)", Err{kErr502}},
    {"=PERF.EXECRATE(A5;A2)", Err{kDiv0}},
    {"=PERF.EXECRATE(A12;A2)", Err{kErr502}},
    // PERF.EXECSCORE
    {"=PERF.EXECSCORE(A1;A2)", 10.0},
    {"=PERF.EXECSCORE(A1;A2;10)", 10.0},
    {"=PERF.EXECSCORE(95;100;A13)", 1.9},
    {"=PERF.EXECSCORE(120;100;10;\"uncapped\")", 12.0},
    {"=PERF.EXECSCORE(120;100;10;\"linear\")", 10.0},
    {"=PERF.EXECSCORE(120;100;10;\"nope\")", Err{kErr502}},
    {"=PERF.EXECSCORE(A1;A4)", Err{kErr502}},
    {"=PERF.EXECSCORE(A5;A2)", Err{kDiv0}},
    // PERF.SCORE
    {"=PERF.SCORE(A6;A7;3)", 3.0},
    {"=PERF.SCORE(\"≥90%\";\"100%\";3)", 3.0},
    {"=PERF.SCORE(A8;A9;3)", 3.0},
    {"=PERF.SCORE(\"≤100万元\";\"125万元\";4)", 3.2},
    {"=PERF.SCORE(\"≤100万元\";\"125万元\";4;;\"linear\")", 3.0},
    {"=PERF.SCORE(5;4;5)", 4.0},
    {"=PERF.SCORE(5;4;5;\"<=\")", 5.0},
    {"=PERF.SCORE(5;6;A13;\"≤\")", 1.67},
    {"=PERF.SCORE(A10;A10;2)", Err{kErr502}},               // qualitative
    {"=PERF.SCORE(A6;\"95\";3)", Err{kErr502}},             // % against a plain text number
    {"=PERF.SCORE(\"≤90万元\";\"80元\";3)", Err{kErr502}},  // 万元 against 元
    {"=PERF.SCORE(A6;A5;3)", Err{kDiv0}},
    {"=PERF.SCORE(A6;A7;3;\"up\")", Err{kErr502}},
    // Deadlines, ranges and numbers in words, as staff write them
    {"=PERF.SCORE(\"9月前\";\"7月\";5)", 5.0},
    {"=PERF.SCORE(\"9月前\";\"10月完成\";5)", 0.0},
    {"=PERF.SCORE(\"2024年12月31日前\";\"12月20日\";5)", 5.0},
    {"=PERF.SCORE(\"9月前\";\"100%\";5)", Err{kErr502}},
    {"=PERF.SCORE(\"90%-100%\";\"95%\";5)", 5.0},
    {"=PERF.SCORE(\"不少于三项\";\"两项\";3)", 2.0},
    {"=PERF.SCORE(\"0起\";\"无\";2)", 2.0},
    // PERF.TARGET / PERF.DIRECTION
    {"=PERF.TARGET(A6)", 0.9},
    {"=PERF.TARGET(A8)", 740.0},
    {"=PERF.TARGET(\"1.4万件\")", 1.4},
    {"=PERF.TARGET(A11)", 99.0},
    {"=PERF.TARGET(A10)", Err{kErr502}},
    {"=PERF.TARGET(UNICHAR(55296)&\"90%\")", Err{kErr502}},  // a lone surrogate: invalid UTF-16
    {"=PERF.TARGET(\"≥100百分比\")", 1.0},                   // 百分比 is a percent, as staff write it
    {"=PERF.TARGET(\"≥100某某\")", Err{kErr502}},            // a word that is no unit
    {"=PERF.TARGET(A5)", Err{kDiv0}},
    {"=PERF.DIRECTION(A5)", Err{kDiv0}},
    {"=PERF.GRADE(A5)", Err{kDiv0}},
    {"=PERF.SUMCHECK(A5;A1)", Err{kDiv0}},
    // An error cell inside a range argument: Calc refuses the whole call
    // before the function runs (ScRangeToSequence::FillMixedArray; README).
    {"=PERF.SUMCHECK(A1;A1:A5)", Err{kRangeWithError}},
    {"=PERF.TARGET(\"9月前\")", Err{kErr502}},  // a deadline is no number
    {"=PERF.TARGET(\"百分之九十\")", 0.9},
    {"=PERF.DIRECTION(\"9月前\")", "≤"},
    {"=PERF.DIRECTION(\"90%-100%\")", "区间"},
    {"=PERF.DIRECTION(A8)", "≤"},
    {"=PERF.DIRECTION(A6)", "≥"},
    {"=PERF.DIRECTION(\"=100%\")", "="},
    {"=PERF.DIRECTION(A10)", "定性"},
    {"=PERF.DIRECTION(A11)", "≥"},
    // PERF.GRADE
    {"=PERF.GRADE(A11)", "优"},
    {"=PERF.GRADE(85)", "良"},
    {"=PERF.GRADE(\"70\")", "中"},
    {"=PERF.GRADE(12)", "差"},
    {"=PERF.GRADE(101)", Err{kErr502}},
    {"=PERF.GRADE(A12)", Err{kErr502}},
    // PERF.SUMCHECK
    {"=PERF.SUMCHECK(2481.78;2376.49;105.29;0;0)", 0.0},
    {"=PERF.SUMCHECK(A1;A14:A15)", 0.0},
    {"=PERF.SUMCHECK(0.3;0.1;0.2)", 0.0},
    {"=PERF.SUMCHECK(100;9;50;30;10)", 1.0},
    {"=PERF.SUMCHECK(A1;A14;A15;A4)", 0.0},
    {"=PERF.SUMCHECK(A1;2481.77)", 0.01},
    {"=PERF.SUMCHECK(A1;A12)", Err{kErr502}},
};

void expect_result(const Reference<css::table::XCell>& c, const FormulaCase& k, const std::string& when) {
    SCOPED_TRACE(std::string(k.formula) + " " + when);
    if (const auto* d = std::get_if<double>(&k.expected)) {
        EXPECT_EQ(c->getError(), 0);
        EXPECT_NEAR(c->getValue(), *d, 1e-12);
    } else if (const auto* s = std::get_if<const char*>(&k.expected)) {
        EXPECT_EQ(c->getError(), 0);
        EXPECT_EQ(utf8(Reference<css::text::XText>(c, UNO_QUERY_THROW)->getString()), *s);
    } else {
        EXPECT_EQ(c->getError(), std::get<Err>(k.expected).code);
    }
}

std::string result_cell(size_t i) { return "C" + std::to_string(i + 1); }

TEST(Functions, EveryFunctionWithNumbersCellsTextsEmptiesAndErrors) {
    DocumentGuard doc(new_calc_document());
    fill_inputs(doc.get());
    for (size_t i = 0; i < std::size(kCases); ++i) {
        const auto c = cell(doc.get(), result_cell(i));
        c->setFormula(ou(kCases[i].formula));
        expect_result(c, kCases[i], "in a new document");
    }
}

class FunctionsSaved : public testing::TestWithParam<std::pair<const char*, const char*>> {};

TEST_P(FunctionsSaved, ResultsSurviveSaveAndReload) {
    const auto [extension, filter] = GetParam();
    const std::string path = scratch_dir() + "/functions." + extension;
    {
        DocumentGuard doc(new_calc_document());
        fill_inputs(doc.get());
        for (size_t i = 0; i < std::size(kCases); ++i)
            cell(doc.get(), result_cell(i))->setFormula(ou(kCases[i].formula));
        store_document(doc.get(), path, filter);
    }
    DocumentGuard doc(load_document(path));
    Reference<css::sheet::XCalculatable>(doc.get(), UNO_QUERY_THROW)->calculateAll();
    for (size_t i = 0; i < std::size(kCases); ++i) {
        const auto c = cell(doc.get(), result_cell(i));
        EXPECT_THAT(utf8(c->getFormula()), testing::HasSubstr("ORG.PERFEVAL.FUNCTIONS.")) << kCases[i].formula;
        expect_result(c, kCases[i], std::string("after reload from .") + extension);
    }
}

INSTANTIATE_TEST_SUITE_P(Formats, FunctionsSaved,
                         testing::Values(std::make_pair("ods", "calc8"),
                                         std::make_pair("xlsx", "Calc Office Open XML")),
                         [](const auto& info) { return std::string(info.param.first); });

TEST(Functions, WholeColumnsInOneArrayFormula) {
    DocumentGuard doc(new_calc_document());
    const double budget[] = {100, 200, 0, 50, 80};
    const double executed[] = {50, 200, 10, 60, 80};
    for (int r = 0; r < 5; ++r) {
        cell(doc.get(), "A" + std::to_string(r + 1))->setValue(budget[r]);
        cell(doc.get(), "B" + std::to_string(r + 1))->setValue(executed[r]);
    }
    cell(doc.get(), "A6")->setFormula(ou("abc"));
    cell(doc.get(), "B6")->setValue(1);
    // row 7 stays blank, row 8 has data again, rows 9 and 10 are past the data
    cell(doc.get(), "A8")->setValue(80);
    cell(doc.get(), "B8")->setValue(40);
    const auto sheet = first_sheet(doc.get());
    Reference<css::sheet::XArrayFormulaRange>(sheet->getCellRangeByName("C1:C10"), UNO_QUERY_THROW)
        ->setArrayFormula("=PERF.EXECRATE(B1:B10;A1:A10)");
    Reference<css::sheet::XArrayFormulaRange>(sheet->getCellRangeByName("D1:D10"), UNO_QUERY_THROW)
        ->setArrayFormula("=PERF.EXECSCORE(B1:B10;A1:A10;10)");
    Reference<css::sheet::XArrayFormulaRange>(sheet->getCellRangeByName("E1:E10"), UNO_QUERY_THROW)
        ->setArrayFormula("=PERF.SCORE(A1:A10;B1:B10;5)");

    const double rate[] = {0.5, 1, 0, 1.2, 1};
    const double score[] = {5, 10, 0, 10, 10};
    // PERF.SCORE(target = column A; actual = column B; 5), positive indicators,
    // except the target 0: a ceiling (安全事故 0 起), which 10 misses
    const double indicator[] = {2.5, 5, 0, 5, 5};
    for (int r = 0; r < 5; ++r) {
        const std::string row = std::to_string(r + 1);
        SCOPED_TRACE("row " + row);
        if (budget[r] == 0) {
            EXPECT_EQ(cell(doc.get(), "C" + row)->getError(), kErr502);  // only this row
        } else {
            EXPECT_EQ(cell(doc.get(), "C" + row)->getError(), 0);
            EXPECT_DOUBLE_EQ(cell(doc.get(), "C" + row)->getValue(), rate[r]);
            EXPECT_DOUBLE_EQ(cell(doc.get(), "D" + row)->getValue(), score[r]);
        }
        EXPECT_DOUBLE_EQ(cell(doc.get(), "E" + row)->getValue(), indicator[r]);
    }
    EXPECT_EQ(cell(doc.get(), "C6")->getError(), kErr502);  // text in the budget column
    EXPECT_EQ(cell(doc.get(), "C7")->getError(), 0);        // a blank row among the data stays blank
    EXPECT_EQ(cell(doc.get(), "C7")->getType(), css::table::CellContentType_FORMULA);
    EXPECT_EQ(utf8(Reference<css::text::XText>(cell(doc.get(), "C7"), UNO_QUERY_THROW)->getString()), "");
    EXPECT_DOUBLE_EQ(cell(doc.get(), "C8")->getValue(), 0.5);
    for (const char* past : {"C9", "C10", "D10", "E10"})  // #N/A past the data, as past any array's result
        EXPECT_EQ(cell(doc.get(), past)->getError(), kNotAvailable) << past;
    EXPECT_THAT(utf8(cell(doc.get(), "C1")->getFormula()),
                testing::HasSubstr("ORG.PERFEVAL.FUNCTIONS.EXECRATE(B1:B10"));
}

// The seed form as published: formulas reproduce the correct figures.
TEST(Functions, ReproduceTheSeedFormsFigures) {
    DocumentGuard doc(load_document(std::string(PERFEVAL_SOURCE_DIR) + "/extension/samples/seed-form.ods"));
    const auto rate = cell(doc.get(), "K5");
    rate->setFormula("=PERF.EXECRATE(E5;D5)");
    EXPECT_DOUBLE_EQ(rate->getValue(), 1.0);  // the form states 95.60 %
    const auto exec = cell(doc.get(), "K6");
    exec->setFormula("=PERF.EXECSCORE(E5;D5;F5)");
    EXPECT_DOUBLE_EQ(exec->getValue(), 10.0);  // the form states 9

    int quantitative = 0;
    for (int row = 14; row <= 36; ++row) {
        const std::string r = std::to_string(row);
        SCOPED_TRACE("row " + r);
        const auto dir = cell(doc.get(), "L" + r);
        dir->setFormula(ou("=PERF.DIRECTION(E" + r + ")"));
        ASSERT_EQ(dir->getError(), 0);
        if (utf8(Reference<css::text::XText>(dir, UNO_QUERY_THROW)->getString()) == "定性") continue;
        ++quantitative;
        const auto score = cell(doc.get(), "K" + r);
        score->setFormula(ou("=PERF.SCORE(E" + r + ";F" + r + ";G" + r + ")"));
        const auto stated = cell(doc.get(), "H" + r);
        EXPECT_EQ(score->getError(), 0);
        EXPECT_DOUBLE_EQ(score->getValue(), stated->getValue()) << "the form's score";
    }
    EXPECT_EQ(quantitative, 14);

    // 总分 得分 states 100; the stated scores (9 + 50 + 30 + 10) add to 99.
    // H37 is the text "　100", as published, so plain arithmetic cannot read it.
    const auto diff = cell(doc.get(), "K36");
    diff->setFormula("=PERF.SUMCHECK(H37;H5;H14:H36)");
    EXPECT_DOUBLE_EQ(diff->getValue(), 1.0);
    const auto total = cell(doc.get(), "K37");
    total->setFormula("=PERF.TARGET(H37)-K36");
    EXPECT_EQ(total->getError(), 0);
    EXPECT_DOUBLE_EQ(total->getValue(), 99.0);
    // Weights: 产出 50, 效益 30, 满意度 10 as the labels say; 分值 total 100.
    const auto weights = cell(doc.get(), "K38");
    weights->setFormula("=PERF.SUMCHECK(G37;F5;G14:G36)");
    EXPECT_DOUBLE_EQ(weights->getValue(), 0.0);
    const auto output = cell(doc.get(), "K39");
    output->setFormula("=PERF.SUMCHECK(50;G14:G27)");
    EXPECT_DOUBLE_EQ(output->getValue(), 0.0);
    // Both funding splits add up to 全年执行数.
    const auto income = cell(doc.get(), "K40");
    income->setFormula("=PERF.SUMCHECK(E5;B7:B10)");
    EXPECT_DOUBLE_EQ(income->getValue(), 0.0);
    const auto expense = cell(doc.get(), "K41");
    expense->setFormula("=PERF.SUMCHECK(E5;E7:E10)");
    EXPECT_DOUBLE_EQ(expense->getValue(), 0.0);
    const auto grade = cell(doc.get(), "K42");
    grade->setFormula("=PERF.GRADE(K37)");
    EXPECT_EQ(utf8(Reference<css::text::XText>(grade, UNO_QUERY_THROW)->getString()), "优");
}

}  // namespace
}  // namespace perfeval::test
