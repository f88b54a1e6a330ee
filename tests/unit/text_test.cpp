#include <gtest/gtest.h>

#include "core/text/normalize.hpp"
#include "core/text/number.hpp"

using perfeval::text::normalize;
using perfeval::text::parse_number;
using perfeval::text::squeeze;

TEST(Normalize, FoldsFullWidthFormsAndSpaces) {
    EXPECT_EQ(normalize("（５０分）"), "(50分)");
    EXPECT_EQ(normalize("９５．６０％"), "95.60%");
    EXPECT_EQ(normalize("　岳阳市君山区自然资源局　"), "岳阳市君山区自然资源局");
    EXPECT_EQ(normalize("产出指标\n\n(50分)"), "产出指标 (50分)");
    EXPECT_EQ(normalize(""), "");
}

TEST(Squeeze, RemovesEveryWhiteSpaceForLabelMatching) {
    EXPECT_EQ(squeeze("年度预\n算申请\n（万元）"), "年度预算申请(万元)");
    EXPECT_EQ(squeeze("执 行 率"), "执行率");
    EXPECT_EQ(squeeze("年度资金总额\u3000"), "年度资金总额");
}

TEST(Normalize, InvalidUtf8IsKeptAsItIsOnlyTrimmed) {
    EXPECT_EQ(normalize("\xff\xfe 12"), "\xff\xfe 12");
    EXPECT_EQ(normalize("  \xff\xfe  12\n"), "\xff\xfe 12");
    EXPECT_EQ(squeeze("\xff\xfe 12"), "\xff\xfe" "12");
    EXPECT_FALSE(parse_number("\xff" "12").has_value());
}

struct NumberCase {
    const char* text;
    bool ok;
    double value;
    int decimals;
    bool percent;
};

// ctest lists the parameter: show the text, not its bytes.
void PrintTo(const NumberCase& c, std::ostream* os) { *os << c.text; }

class ParseNumber : public testing::TestWithParam<NumberCase> {};

TEST_P(ParseNumber, ReadsAsExpected) {
    const auto& c = GetParam();
    const auto n = parse_number(c.text);
    ASSERT_EQ(n.has_value(), c.ok) << c.text;
    if (!c.ok) return;
    EXPECT_DOUBLE_EQ(n->value, c.value) << c.text;
    EXPECT_EQ(n->decimals, c.decimals) << c.text;
    EXPECT_EQ(n->percent, c.percent) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    FormTexts, ParseNumber,
    testing::Values(NumberCase{"2481.78", true, 2481.78, 2, false},
                    NumberCase{"2,481.78", true, 2481.78, 2, false},
                    NumberCase{"1,234,567", true, 1234567, 0, false},
                    NumberCase{"95.60%", true, 0.956, 2, true},
                    NumberCase{"95.60 %", true, 0.956, 2, true},
                    NumberCase{"９５．６０％", true, 0.956, 2, true},
                    NumberCase{"１２３", true, 123, 0, false},
                    NumberCase{"　5　", true, 5, 0, false},
                    NumberCase{" 5 ", true, 5, 0, false},
                    NumberCase{"-3", true, -3, 0, false},
                    NumberCase{"+3", true, 3, 0, false},
                    NumberCase{"－3", true, -3, 0, false},
                    NumberCase{".5", true, 0.5, 1, false},
                    NumberCase{"0", true, 0, 0, false},
                    NumberCase{"100%", true, 1, 0, true},
                    NumberCase{"1,2", false, 0, 0, false},
                    NumberCase{"12,34.5", false, 0, 0, false},
                    NumberCase{"abc", false, 0, 0, false},
                    NumberCase{"", false, 0, 0, false},
                    NumberCase{"-", false, 0, 0, false},
                    NumberCase{".", false, 0, 0, false},
                    NumberCase{"%", false, 0, 0, false},
                    NumberCase{"5万元", false, 0, 0, false},
                    NumberCase{"1 2", false, 0, 0, false},
                    NumberCase{"1.2.3", false, 0, 0, false}),
    [](const testing::TestParamInfo<NumberCase>& info) { return "case" + std::to_string(info.index); });
