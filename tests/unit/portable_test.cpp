// PERF.* formulas rewritten with functions every office has: each function,
// nested calls, texts read from cells, and what has no native equivalent.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>

#include "core/formulas/portable.hpp"

using namespace perfeval;
using perfeval::formulas::calls_perfeval;
using perfeval::formulas::portable_formula;
using perfeval::formulas::refers_to_cells;

namespace {

// The cells the formulas refer to.
const std::map<std::string, CellValue> kCells{
    {"E5", 2481.78},
    {"D5", 2481.78},
    {"D6", std::string("2,481.78")},
    {"F5", 10.0},
    {"E23", std::string("≥90%")},
    {"F23", 1.0},
    {"G23", 3.0},
    {"E26", std::string("不超出740.00万元")},
    {"F26", std::string("实际支出734.73万元")},
    {"E22", std::string("全面落实")},
    {"A1", 95.0},
    {"$Sheet2.B1", 0.9},
    {"H5", CellValue{}},
};

std::optional<CellValue> lookup(const std::string& ref) {
    std::string plain;
    for (char c : ref)
        if (c != '$' || ref.rfind("$Sheet", 0) == 0) plain += c;
    const auto it = kCells.find(plain);
    if (it == kCells.end()) return std::nullopt;
    return it->second;
}

// Ranges: B10:B12 holds a number typed as text with a full-width space;
// C1:C99 is too large to look at; any other holds numbers and empties.
std::optional<std::vector<CellValue>> ranges(const std::string& ref) {
    if (ref == "B10:B12")
        return std::vector<CellValue>{1.0,
                                      std::string("\u3000"
                                                  "2"),
                                      3.0};
    if (ref == "C1:C99") return std::nullopt;
    return std::vector<CellValue>{1.0, CellValue{}, 2.0};
}

std::string portable(const std::string& formula, bool array = false) {
    const auto p = portable_formula(formula, lookup, array, ranges);
    return p.formula ? *p.formula : "(value)";
}

TEST(Portable, FindsPerfCallsOutsideTexts) {
    EXPECT_TRUE(calls_perfeval("=ORG.PERFEVAL.FUNCTIONS.EXECRATE(E5;D5)"));
    EXPECT_TRUE(calls_perfeval("=1+org.perfeval.functions.grade(A1)"));
    EXPECT_FALSE(calls_perfeval("=\"ORG.PERFEVAL.FUNCTIONS.EXECRATE\"&A1"));
    EXPECT_FALSE(calls_perfeval("=SUM(A1:A3)"));
}

TEST(Portable, EachFunctionHasItsNativeTwin) {
    EXPECT_EQ(portable("=ORG.PERFEVAL.FUNCTIONS.EXECRATE(E5;D5)"), "=(E5/D5)");
    EXPECT_EQ(portable("=ORG.PERFEVAL.FUNCTIONS.EXECSCORE(E5;D5)"), "=(ROUND(MIN(E5/D5*10;10);2))");
    EXPECT_EQ(portable("=ORG.PERFEVAL.FUNCTIONS.EXECSCORE(E5;D5;F5;\"uncapped\")"), "=(ROUND(E5/D5*F5;2))");
    EXPECT_EQ(portable("=ORG.PERFEVAL.FUNCTIONS.INDICATORSCORE(E23;F23;G23)"), "=(ROUND(MIN(MAX(0;F23/0.9);1)*G23;2))");
    EXPECT_EQ(portable("=ORG.PERFEVAL.FUNCTIONS.INDICATORSCORE(E26;F26;3)"),
              "=(ROUND(IF(734.73<=740;1;740/734.73)*3;2))");
    EXPECT_EQ(portable("=ORG.PERFEVAL.FUNCTIONS.TARGETVALUE(E23)"), "=(0.9)");
    EXPECT_EQ(portable("=ORG.PERFEVAL.FUNCTIONS.TARGETDIRECTION(E26)"), "=(\"≤\")");
    EXPECT_EQ(portable("=ORG.PERFEVAL.FUNCTIONS.GRADE(A1)"),
              "=(IF(A1>=90;\"优\";IF(A1>=80;\"良\";IF(A1>=60;\"中\";\"差\"))))");
    EXPECT_EQ(portable("=ORG.PERFEVAL.FUNCTIONS.SUMCHECK(A1;E5;F5)"), "=(ROUND(A1-SUM(E5;F5);6))");
}

// SUM skips a number typed as text, which SUMCHECK reads: over such a
// range the value stays (as over a range it cannot look at).
TEST(Portable, ARangeHoldingATextKeepsItsValue) {
    EXPECT_EQ(portable("=ORG.PERFEVAL.FUNCTIONS.SUMCHECK(A1;A10:A12)"), "=(ROUND(A1-SUM(A10:A12);6))");
    EXPECT_EQ(portable("=ORG.PERFEVAL.FUNCTIONS.SUMCHECK(A1;B10:B12)"), "(value)");
    EXPECT_EQ(portable("=ORG.PERFEVAL.FUNCTIONS.EXECRATE(B10:B12;A10:A12)", true), "(value)");
    EXPECT_EQ(portable("=ORG.PERFEVAL.FUNCTIONS.SUMCHECK(A1;C1:C99)"), "(value)") << "not looked at";
}

TEST(Portable, AConstantIsNoFormula) {
    EXPECT_FALSE(refers_to_cells("=(0.9)"));
    EXPECT_FALSE(refers_to_cells("=(\"≤\")"));
    EXPECT_FALSE(refers_to_cells("=(IF(100>=90;\"优\";\"良\"))"));
    EXPECT_FALSE(refers_to_cells("=LOG10(100)"));
    EXPECT_FALSE(refers_to_cells("=\"A1\""));
    EXPECT_TRUE(refers_to_cells("=(E5/D5)"));
    EXPECT_TRUE(refers_to_cells("=SUM($A$1:$A$3)"));
    EXPECT_TRUE(refers_to_cells("=$'表 2'.B1*2"));
}

TEST(Portable, ATextFromACellBecomesItsNumberWithTheTextQuoted) {
    const auto p = portable_formula("=ORG.PERFEVAL.FUNCTIONS.EXECRATE(E5;$D$6)", lookup, false, ranges);
    ASSERT_TRUE(p.formula);
    EXPECT_EQ(*p.formula, "=(E5/2481.78)");
    ASSERT_EQ(p.constants.size(), 1u);
    EXPECT_EQ(p.constants[0].where, "D6");
    EXPECT_EQ(p.constants[0].text, "2,481.78");
    EXPECT_EQ(p.constants[0].value, "2481.78");
}

TEST(Portable, NestedCallsAndOtherFunctionsAroundThem) {
    EXPECT_EQ(portable("=ROUND(ORG.PERFEVAL.FUNCTIONS.EXECRATE(E5;D5)*100;2)&\"%\""), "=ROUND((E5/D5)*100;2)&\"%\"");
    EXPECT_EQ(portable("=ORG.PERFEVAL.FUNCTIONS.GRADE(ORG.PERFEVAL.FUNCTIONS.EXECRATE(E5;D5)*100)"),
              "=(IF(((E5/D5)*100)>=90;\"优\";IF(((E5/D5)*100)>=80;\"良\";IF(((E5/D5)*100)>=60;\"中\";\"差\"))))")
        << "an expression as an operand keeps its own parentheses";
    EXPECT_EQ(portable("=ORG.PERFEVAL.FUNCTIONS.EXECRATE($Sheet2.B1;1)"), "=($Sheet2.B1/1)");
}

TEST(Portable, ArrayFormulasComputeElementByElement) {
    EXPECT_EQ(portable("=ORG.PERFEVAL.FUNCTIONS.EXECSCORE(B1:B7;A1:A7;10)", true),
              "=(ROUND(IF((B1:B7)/(A1:A7)*10>10;10;(B1:B7)/(A1:A7)*10);2))");
}

TEST(Portable, WhatHasNoNativeTwinTakesItsValue) {
    EXPECT_EQ(portable("=ORG.PERFEVAL.FUNCTIONS.CHECK(A1:I37)"), "(value)");
    EXPECT_EQ(portable("=ORG.PERFEVAL.FUNCTIONS.FINDINGS(A1:I37)", true), "(value)");
    EXPECT_EQ(portable("=ORG.PERFEVAL.FUNCTIONS.INDICATORSCORE(E22;F23;2)"), "(value)") << "qualitative";
    EXPECT_EQ(portable("=ORG.PERFEVAL.FUNCTIONS.TARGETVALUE(A1&\"%\")"), "(value)") << "a text computed";
    EXPECT_EQ(portable("=ORG.PERFEVAL.FUNCTIONS.EXECSCORE(E5;D5;F5;A1)"), "(value)") << "a profile computed";
    EXPECT_EQ(portable("=1+ORG.PERFEVAL.FUNCTIONS.CHECK(A1:I37)"), "(value)") << "one call decides";
}

}  // namespace
