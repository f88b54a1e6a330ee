#include <gtest/gtest.h>

#include <algorithm>

#include "core/report/printable.hpp"
#include "core/text/normalize.hpp"
#include "core/text/number.hpp"
#include "core/text/numerals.hpp"
#include "core/text/quantity.hpp"

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
    EXPECT_EQ(squeeze("\xff\xfe 12"),
              "\xff\xfe"
              "12");
    EXPECT_FALSE(parse_number("\xff"
                              "12")
                     .has_value());
}

// NFKC beyond the full-width forms, as utf8proc computes it.
TEST(Normalize, CompatibilityAndComposition) {
    EXPECT_EQ(normalize("①２"), "12");
    EXPECT_EQ(normalize("ｶﾞ"), "ガ");           // half-width katakana, composed
    EXPECT_EQ(normalize("e\u0301"), "\u00e9");  // e + combining acute → é
    EXPECT_EQ(normalize("㎡"), "m2");
    EXPECT_EQ(normalize("\u3000５０％\u3000"), "50%");
    EXPECT_EQ(normalize("完成率≥９０％"), "完成率≥90%");  // ≥ is its own NFKC
}

// utf8proc refuses these (an error return, no result): the text comes back
// as it was, trimmed, never a crash or a half-converted string.
TEST(Normalize, RejectedByUtf8procIsReturnedUnchanged) {
    const std::string lone_surrogate = "１\xed\xa0\x80２";  // U+D800 in UTF-8
    EXPECT_EQ(normalize(lone_surrogate), lone_surrogate);
    const std::string overlong = "％\xc0\xaf";
    EXPECT_EQ(normalize(overlong), overlong);
    // Cut inside 中: not folded (９ stays full-width), only ASCII-trimmed.
    EXPECT_EQ(normalize(" ９\xe4\xb8\n"), "９\xe4\xb8");
    EXPECT_EQ(squeeze("\xed\xa0\x80 x"), "\xed\xa0\x80x");
}

// The length is explicit: an embedded NUL is a character, not the end.
TEST(Normalize, EmbeddedNulIsACharacter) {
    const std::string in("ａ\0ｂ", 7);
    EXPECT_EQ(normalize(in), std::string("a\0b", 3));
    EXPECT_EQ(normalize(std::string("\0", 1)), std::string("\0", 1));
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
    testing::Values(NumberCase{"2481.78", true, 2481.78, 2, false}, NumberCase{"2,481.78", true, 2481.78, 2, false},
                    NumberCase{"1,234,567", true, 1234567, 0, false}, NumberCase{"95.60%", true, 0.956, 2, true},
                    NumberCase{"95.60 %", true, 0.956, 2, true}, NumberCase{"９５．６０％", true, 0.956, 2, true},
                    NumberCase{"１２３", true, 123, 0, false}, NumberCase{"　5　", true, 5, 0, false},
                    NumberCase{" 5 ", true, 5, 0, false}, NumberCase{"-3", true, -3, 0, false},
                    NumberCase{"+3", true, 3, 0, false}, NumberCase{"－3", true, -3, 0, false},
                    NumberCase{".5", true, 0.5, 1, false}, NumberCase{"0", true, 0, 0, false},
                    NumberCase{"100%", true, 1, 0, true}, NumberCase{"1,2", false, 0, 0, false},
                    NumberCase{"12,34.5", false, 0, 0, false}, NumberCase{"abc", false, 0, 0, false},
                    NumberCase{"", false, 0, 0, false}, NumberCase{"-", false, 0, 0, false},
                    NumberCase{".", false, 0, 0, false}, NumberCase{"%", false, 0, 0, false},
                    NumberCase{"5万元", false, 0, 0, false}, NumberCase{"1 2", false, 0, 0, false},
                    NumberCase{"1.2.3", false, 0, 0, false}),
    [](const testing::TestParamInfo<NumberCase>& info) { return "case" + std::to_string(info.index); });

// The one number grammar, as the target reader sees it: where each number
// stands in a squeezed text, and what it is worth.
TEST(NumberTokens, FindsEveryNumberOnce) {
    using perfeval::text::number_tokens;
    using perfeval::text::token_value;
    const std::string s = "共1,234.5万元,-3与.5和12,34及1,2345";
    std::vector<std::string> found;
    for (const auto& t : number_tokens(s)) found.push_back(s.substr(t.pos, t.len));
    EXPECT_EQ(found, (std::vector<std::string>{"1,234.5", "-3", ".5", "12", "34", "1", "2345"}));
    EXPECT_DOUBLE_EQ(token_value("1,234.5")->value, 1234.5);
    EXPECT_EQ(token_value("1,234.5")->decimals, 1);
    EXPECT_DOUBLE_EQ(token_value("-.25")->value, -0.25);
    EXPECT_EQ(token_value("-.25")->decimals, 2);
    EXPECT_DOUBLE_EQ(token_value("+7")->value, 7);
}

TEST(NumberGrammar, WholeCellAndTokensAgree) {
    // A text is one number exactly when the tokens find one covering all of it.
    for (const char* s : {"2,481.78", "1,2345", "12,34.5", "0,123", "-.5", "1.2.3", "3.", "+3", "1234,567"}) {
        const auto tokens = perfeval::text::number_tokens(s);
        const bool whole = tokens.size() == 1 && tokens[0].pos == 0 && tokens[0].len == std::string(s).size();
        EXPECT_EQ(parse_number(s).has_value(), whole) << s;
    }
}

TEST(NumberGrammar, MinusSignAndUnitScale) {
    EXPECT_DOUBLE_EQ(parse_number("\u22123.5")->value, -3.5);  // U+2212, which NFKC keeps
    EXPECT_EQ(perfeval::text::unit_scale("%").extra_decimals, 2);
    EXPECT_DOUBLE_EQ(perfeval::text::unit_scale("‰").divisor, 1000);
    EXPECT_EQ(perfeval::text::unit_scale("‰").extra_decimals, 3);
    EXPECT_DOUBLE_EQ(perfeval::text::unit_scale("万元").divisor, 1);
    EXPECT_EQ(parse_number("95.60 %")->decimals + perfeval::text::unit_scale("%").extra_decimals, 4);
}

namespace {

std::string utf8_of(char32_t cp) {
    std::string s;
    if (cp < 0x80) {
        s.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        s.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        s.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        s.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        s.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        s.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
    return s;
}

}  // namespace

// normalize() and squeeze() fold common form text without utf8proc; for
// every code point of the BMP (alone, and between letters and before a
// combining mark) they give what utf8proc's NFKC gives.
TEST(Normalize, TheFastPathAgreesWithUtf8procOnEveryBmpCharacter) {
    auto squeezed = [](std::string s) {
        s.erase(std::remove_if(s.begin(), s.end(), [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }),
                s.end());
        return s;
    };
    int checked = 0;
    for (char32_t cp = 0x20; cp < 0x10000; ++cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF) continue;  // surrogates are no characters
        for (const std::string& s : {"甲" + utf8_of(cp) + "b", utf8_of(cp) + "\xCC\x81"}) {  // U+0301 after it
            ASSERT_EQ(squeeze(s), squeezed(perfeval::text::nfkc_by_utf8proc(s))) << "U+" << std::hex << int(cp);
            ++checked;
        }
    }
    EXPECT_GT(checked, 120000);
}

// Every numeral glyph, alone and in a number.
TEST(ChineseNumerals, EveryGlyphAndTheWaysTheyCombine) {
    using perfeval::text::chinese_number;
    const char* digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    for (int d = 0; d < 10; ++d) EXPECT_EQ(chinese_number(digits[d]), d) << digits[d];
    EXPECT_EQ(chinese_number("〇"), 0);
    EXPECT_EQ(chinese_number("两"), 2);
    EXPECT_EQ(chinese_number("十"), 10);
    EXPECT_EQ(chinese_number("十二"), 12);
    EXPECT_EQ(chinese_number("二十"), 20);
    EXPECT_EQ(chinese_number("两百"), 200);
    EXPECT_EQ(chinese_number("一百零五"), 105);
    EXPECT_EQ(chinese_number("三千二百"), 3200);
    EXPECT_EQ(chinese_number("二〇二四"), 2024);
    EXPECT_DOUBLE_EQ(*chinese_number("九十五点五"), 95.5);
    EXPECT_FALSE(chinese_number("点五"));
    EXPECT_FALSE(chinese_number("三个"));
}

namespace perfeval::text {
namespace {

// A run of numerals too long to be a number is copied as it is, read once:
// a 1 MB cell of 九 costs what reading it costs (it took seconds for 96 KB
// when every character started a scan of the whole run).
TEST(Numerals, ARunTooLongToBeANumberIsReadOnce) {
    std::string nines;
    for (int i = 0; i < 350000; ++i) nines += "九";
    EXPECT_EQ(with_arabic_numerals(nines + "个"), nines + "个");
    EXPECT_FALSE(read_quantity(nines + "个").quantitative());
    EXPECT_EQ(with_arabic_numerals("一千二百三十四个"), "1234个") << "real numerals are read as before";
    EXPECT_EQ(with_arabic_numerals("九九九九九九九九九九九九九九九九九九九九九九九九九个"),
              "九九九九九九九九九九九九九九九九九九九九九九九九九个");
}

}  // namespace
}  // namespace perfeval::text

namespace perfeval {
namespace {

TEST(Printable, ControlCharactersAndBytesThatAreNotUtf8AreWrittenAsHex) {
    EXPECT_EQ(printable("表1.ods"), "表1.ods");
    EXPECT_EQ(printable("a\nb.ods"), "a\\x0Ab.ods") << "a newline cannot forge a line";
    EXPECT_EQ(printable("\x1B[31mred.ods"), "\\x1B[31mred.ods") << "nor an ANSI escape colour one";
    EXPECT_EQ(printable("\xD6\xD0\xCE\xC4.xlsx"), "\\xD6\\xD0\\xCE\\xC4.xlsx") << "GBK 中文: each byte as it is";
    EXPECT_EQ(printable(std::string("a\0b", 3)), "a\\x00b");
    EXPECT_EQ(printable("\xC2\x85"), "\\xC2\\x85") << "C1 controls too";
}

}  // namespace
}  // namespace perfeval
