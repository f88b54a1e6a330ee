// The target (年度指标值) and actual (实际完成值) texts staff write, and how
// read_quantity must read them. The specification is the comment at the top
// of src/core/text/quantity.hpp; the texts come from published forms, from the seed
// form (extension/samples/make_seed_form.py) and from the variants staff type.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/text/quantity.hpp"

using perfeval::text::Direction;
using perfeval::text::direction_symbol;
using perfeval::text::parse_direction;
using perfeval::text::read_quantity;
using perfeval::text::Reading;
using perfeval::text::ReadingError;

namespace perfeval::text {

// Readable failure messages.
std::ostream& operator<<(std::ostream& os, Direction d) {
    switch (d) {
        case Direction::at_least: return os << "at_least";
        case Direction::at_most: return os << "at_most";
        case Direction::equal: return os << "equal";
        case Direction::range: return os << "range";
        case Direction::qualitative: return os << "qualitative";
    }
    return os << "Direction(" << static_cast<int>(d) << ")";
}

std::ostream& operator<<(std::ostream& os, ReadingError e) {
    switch (e) {
        case ReadingError::none: return os << "none";
        case ReadingError::empty: return os << "empty";
        case ReadingError::no_number_after_sign: return os << "no_number_after_sign";
        case ReadingError::unknown_unit: return os << "unknown_unit";
        case ReadingError::several_numbers: return os << "several_numbers";
        case ReadingError::too_complex: return os << "too_complex";
    }
    return os << "ReadingError(" << static_cast<int>(e) << ")";
}

}  // namespace perfeval::text

namespace {

constexpr auto kAtLeast = Direction::at_least;
constexpr auto kAtMost = Direction::at_most;
constexpr auto kEqual = Direction::equal;

struct Expected {
    double value;
    int decimals;
    std::string unit;
};

struct Case {
    std::string name;  // the test name: letters, digits and _
    std::string text;  // what is in the cell
    ReadingError error = ReadingError::none;
    std::optional<Direction> direction;  // nullopt: not checked
    std::optional<bool> written;         // nullopt: not checked
    std::optional<Expected> quantity;    // set for quantitative readings
    std::string unit_word;               // for unknown_unit
    std::optional<Expected> upper = {};  // a range's high end
    std::string date = {};               // a date reading, as format_date writes it
};

// A quantitative reading with the direction written in the text.
Case quant(std::string name, std::string text, Direction direction, double value, int decimals, std::string unit) {
    return Case{std::move(name),
                std::move(text),
                ReadingError::none,
                direction,
                true,
                Expected{value, decimals, std::move(unit)},
                ""};
}

// A quantitative reading without a direction: a target then means "at least".
Case plain(std::string name, std::string text, double value, int decimals, std::string unit) {
    return Case{std::move(name),
                std::move(text),
                ReadingError::none,
                kAtLeast,
                false,
                Expected{value, decimals, std::move(unit)},
                ""};
}

// A text with no number left: qualitative.
Case qualitative(std::string name, std::string text) {
    return Case{std::move(name), std::move(text), ReadingError::none, Direction::qualitative, false, std::nullopt, ""};
}

// An unreadable text with no direction written. Its direction is left open
// by the header, so only the error is checked.
Case unreadable(std::string name, std::string text, ReadingError error, std::string unit_word = "") {
    return Case{std::move(name), std::move(text), error, std::nullopt, false, std::nullopt, std::move(unit_word)};
}

// An unreadable text in which a direction word or sign was written.
Case unreadable_with(std::string name, std::string text, ReadingError error, Direction direction,
                     std::string unit_word = "") {
    return Case{std::move(name), std::move(text), error, direction, true, std::nullopt, std::move(unit_word)};
}

// A range: met anywhere from low to high.
Case range(std::string name, std::string text, double low, double high, int decimals, std::string unit) {
    Case c{std::move(name),
           std::move(text),
           ReadingError::none,
           Direction::range,
           true,
           Expected{low, decimals, unit},
           ""};
    c.upper = Expected{high, decimals, std::move(unit)};
    return c;
}

// A date: a deadline target (at most) or the date an actual names. `written`:
// whether a deadline word (前, 之前, 内, 不晚于 …) is in the text.
Case date(std::string name, std::string text, std::string as_written, bool written,
          Direction direction = Direction::at_most) {
    Case c{std::move(name), std::move(text), ReadingError::none, direction, written, std::nullopt, ""};
    c.date = std::move(as_written);
    return c;
}

void PrintTo(const Case& c, std::ostream* os) { *os << '"' << c.text << '"'; }

const std::vector<Case>& cases() {
    static const std::vector<Case> table = {
        // --- Notations seen in published forms -----------------------------
        plain("domain_plain_5", "5", 5, 0, ""),
        quant("domain_ge_90pct", "≥90%", kAtLeast, 0.9, 0, "%"),
        quant("domain_ge_50ge", "≥50个", kAtLeast, 50, 0, "个"),
        quant("domain_le_90wanyuan", "≤90万元", kAtMost, 90, 0, "万元"),
        quant("domain_eq_100pct", "=100%", kEqual, 1.0, 0, "%"),
        quant("domain_buchaochu_4229_37", "不超出4229.37万元", kAtMost, 4229.37, 2, "万元"),
        quant("domain_buchaochu_740_00", "不超出740.00万元", kAtMost, 740.0, 2, "万元"),
        qualitative("domain_wancheng", "完成"),
        qualitative("domain_quanmianluoshi", "全面落实"),
        qualitative("domain_dacheng_yuqi", "达成预期指标"),
        qualitative("domain_year_then_words", "2024年批而未供、闲置土地省市排名靠前"),
        plain("domain_text_thousands", "2,481.78", 2481.78, 2, ""),
        plain("domain_text_percent", "95.60%", 0.956, 2, "%"),

        // --- The seed form: 年度指标值 column --------------------------------
        plain("seed_target_14", "14", 14, 0, ""),
        plain("seed_target_17", "17", 17, 0, ""),
        plain("seed_target_49", "49", 49, 0, ""),
        plain("seed_target_8", "8", 8, 0, ""),
        plain("seed_target_1", "1", 1, 0, ""),
        plain("seed_target_44_02", "44.02", 44.02, 2, ""),
        plain("seed_target_4", "4", 4, 0, ""),
        quant("seed_target_buchaochu_37_30", "不超出37.30万元", kAtMost, 37.3, 2, "万元"),
        plain("seed_target_wancheng_gongying_1000", "完成供应土地价款1000万元", 1000, 0, "万元"),
        plain("seed_target_95pct", "95%", 0.95, 0, "%"),
        qualitative("seed_target_jingji_shouyi", "耕地净增带来经济收益"),
        qualitative("seed_target_tisheng", "存量土地利用水平提升"),
        qualitative("seed_target_bianlidu", "提升登记便利度"),
        // The full-width comma inside the quotation is words, not a number separator.
        qualitative("seed_target_minhu_wowei", "落实“民呼我为，接诉即办”机制"),
        qualitative("seed_target_fullwidth_space_quanmian", "　全面落实"),
        qualitative("seed_target_jiada_lidu", "持续加大耕地保护及耕地整治力度"),
        qualitative("seed_target_daji_weifa", "打击违法违规使用利用自然资源行为"),

        // --- The seed form: 实际完成值 column --------------------------------
        plain("seed_actual_1_4", "1.4", 1.4, 1, ""),
        plain("seed_actual_100pct", "100%", 1.0, 0, "%"),
        qualitative("seed_actual_year_du_jiben_wancheng", "2024年度年初绩效目标任务已基本完成"),
        plain("seed_actual_shiji_zhichu_2481_78", "实际支出2481.78万元", 2481.78, 2, "万元"),
        plain("seed_actual_shiji_zhichu_734_73", "实际支出734.73万元", 734.73, 2, "万元"),
        plain("seed_actual_shiji_zhichu_34_92", "实际支出34.92万元", 34.92, 2, "万元"),
        plain("seed_actual_700wanyuan", "700万元", 700, 0, "万元"),
        plain("seed_actual_quannian_2607", "全年供应土地价款2607万元", 2607, 0, "万元"),
        qualitative("seed_actual_xianjin_danwei", "\n我局被评为2024年度地灾防治先进单位\n"),
        // "双零" is written in Chinese characters, not digits: no number.
        qualitative("seed_actual_zhuanxiang_zhengzhi",
                    "开展自然资源行政执法突出问题专项整治，统筹推进规划、土地、矿产“双零”"
                    "行动，有效遏制自然资源违法违规行为"),
        unreadable("seed_actual_long_60ci_55zong",
                   "抓好财产登记、规划审批、集体林权改革工作，特别是大力推广“自助办”"
                   "“一网通办”“线上办”，积极推进“互联网+林权登记”改革，提升登记便利度，"
                   "主动上门对接服务逾60次，完成55宗地争议调处确权工作",
                   ReadingError::several_numbers),
        unreadable("seed_actual_long_8ge_1417hu",
                   "\n推进信访、建议、提案办理，解决机关小区、洞庭国际、亚龙世纪嘉园等8个小区"
                   "1417户业主不动产登记“办证难”历史遗留难题\n",
                   ReadingError::several_numbers),
        unreadable("seed_actual_long_wanmu",
                   "\n妥处约9000亩疑似永久基本农田流出问题，在守住44.02万亩耕地、38.16万亩"
                   "永久基本农田保护底线目标基础上，连续3年实现耕地净增，2024年净增1062.19亩。\n",
                   ReadingError::several_numbers),
        // Other number cells of the seed form.
        plain("seed_budget_4229_37", "4229.37", 4229.37, 2, ""),
        plain("seed_score_fullwidth_space_2", "　2", 2, 0, ""),
        plain("seed_total_fullwidth_space_100", "　100\n ", 100, 0, ""),
        plain("seed_label_value_jiben_zhichu", "其中：基本支出：1641.76", 1641.76, 2, ""),

        // --- Units ------------------------------------------------------------
        plain("unit_yuan_thousands", "1,234,567元", 1234567, 0, "元"),
        plain("unit_yiyuan", "1.2亿元", 1.2, 1, "亿元"),
        quant("unit_xiang", "≥14项", kAtLeast, 14, 0, "项"),
        plain("unit_jian", "49件", 49, 0, "件"),
        // The number is not scaled: 1.4 with unit 万件.
        plain("unit_wanjian", "1.4万件", 1.4, 1, "万件"),
        plain("unit_zong", "8宗", 8, 0, "宗"),
        plain("unit_mu", "1062.19亩", 1062.19, 2, "亩"),
        plain("unit_wanmu", "44.02万亩", 44.02, 2, "万亩"),
        quant("unit_ren", "≥100人", kAtLeast, 100, 0, "人"),
        plain("unit_ci", "60次", 60, 0, "次"),
        plain("unit_hu", "70户", 70, 0, "户"),
        plain("unit_ge_with_trailing_words", "5个乡镇", 5, 0, "个"),
        // ‰ is a fraction like %: 3‰ → 0.003 (the header says so for %; a
        // finance user reads ‰ the same way).
        quant("unit_permille", "≤3‰", kAtMost, 0.003, 0, "‰"),
        plain("unit_permille_decimals", "1.5‰", 0.0015, 1, "‰"),
        // 余/多 ("more than") is dropped from the unit: 万余件 → 万件.
        plain("unit_wan_yu_jian", "1.4万余件", 1.4, 1, "万件"),
        plain("unit_seed_banjie_wanyu_jian", "办结不动产登记1.4万余件", 1.4, 1, "万件"),
        plain("unit_yu_ci", "60余次", 60, 0, "次"),
        plain("unit_duo_ren", "100多人", 100, 0, "人"),
        plain("unit_words_before_yu", "逾60次", 60, 0, "次"),
        plain("unit_words_before_yue", "约9000亩", 9000, 0, "亩"),
        plain("unit_wanmu_trailing_words", "守住44.02万亩耕地", 44.02, 2, "万亩"),

        // --- Plain numbers and decimals as written -----------------------------
        // 0 without a direction is a ceiling (安全事故 0 起): nothing more may happen.
        Case{"plain_0", "0", ReadingError::none, kAtMost, false, Expected{0, 0, ""}, ""},
        plain("plain_740_00_two_decimals", "740.00", 740.0, 2, ""),
        plain("plain_0_956", "0.956", 0.956, 3, ""),
        plain("plain_many_decimals", "3.14159", 3.14159, 5, ""),
        plain("plain_percent_one_decimal", "0.5%", 0.005, 1, "%"),
        plain("plain_percent_100_0", "100.0%", 1.0, 1, "%"),
        plain("plain_thousands_one_decimal", "12,345.6", 12345.6, 1, ""),
        // A bare 2024 without 年 is a number: only "2024年"/"2024年度" are years.
        plain("plain_2024_without_nian", "2024", 2024, 0, ""),
        plain("plain_explicit_plus", "+5", 5, 0, ""),

        // --- Negative numbers --------------------------------------------------
        plain("negative_percent", "-5%", -0.05, 0, "%"),
        plain("negative_fullwidth_minus", "－3", -3, 0, ""),
        quant("negative_after_ge", "≥-10%", kAtLeast, -0.1, 0, "%"),
        quant("negative_after_bu_di_yu", "不低于-2.5", kAtLeast, -2.5, 1, ""),

        // --- Every direction word of the header (prefix forms) ----------------
        quant("dir_ascii_ge", ">=90%", kAtLeast, 0.9, 0, "%"),
        quant("dir_gt", ">0", kAtLeast, 0, 0, ""),
        quant("dir_bu_di_yu", "不低于90%", kAtLeast, 0.9, 0, "%"),
        quant("dir_bu_shao_yu", "不少于50个", kAtLeast, 50, 0, "个"),
        quant("dir_da_yu_deng_yu", "大于等于90%", kAtLeast, 0.9, 0, "%"),
        quant("dir_da_yu", "大于0", kAtLeast, 0, 0, ""),
        quant("dir_gao_yu", "高于80%", kAtLeast, 0.8, 0, "%"),
        quant("dir_chao_guo", "超过100人", kAtLeast, 100, 0, "人"),
        quant("dir_zhi_shao", "至少3项", kAtLeast, 3, 0, "项"),
        quant("dir_da_dao", "达到95%", kAtLeast, 0.95, 0, "%"),
        quant("dir_ascii_le", "<=5%", kAtMost, 0.05, 0, "%"),
        quant("dir_lt", "<10", kAtMost, 10, 0, ""),
        quant("dir_bu_chao_guo", "不超过740万元", kAtMost, 740, 0, "万元"),
        quant("dir_bu_gao_yu", "不高于5%", kAtMost, 0.05, 0, "%"),
        quant("dir_bu_duo_yu", "不多于3次", kAtMost, 3, 0, "次"),
        quant("dir_xiao_yu_deng_yu", "小于等于5%", kAtMost, 0.05, 0, "%"),
        quant("dir_xiao_yu", "小于10", kAtMost, 10, 0, ""),
        quant("dir_di_yu", "低于1‰", kAtMost, 0.001, 0, "‰"),
        quant("dir_kong_zhi_zai", "控制在100万元", kAtMost, 100, 0, "万元"),
        quant("dir_deng_yu", "等于100%", kEqual, 1.0, 0, "%"),
        quant("dir_eq_zero", "=0", kEqual, 0, 0, ""),
        quant("dir_words_before_sign", "办结率≥90%", kAtLeast, 0.9, 0, "%"),
        quant("dir_words_before_word", "满意度不低于90%", kAtLeast, 0.9, 0, "%"),
        quant("dir_words_before_buchaochu", "项目经费不超出740.00万元", kAtMost, 740, 2, "万元"),
        // The direction stands right before the number ("[words] [direction]
        // number"): a direction word elsewhere in the words is just words.
        plain("dir_word_inside_words_is_words", "不超出预算，执行率95.60%", 0.956, 2, "%"),
        plain("dir_word_in_trailing_words_is_words", "实际支出734.73万元，不超出预算", 734.73, 2, "万元"),

        // --- Suffix forms ------------------------------------------------------
        quant("suffix_yishang", "90%以上", kAtLeast, 0.9, 0, "%"),
        quant("suffix_ji_yishang", "50个及以上", kAtLeast, 50, 0, "个"),
        quant("suffix_yinei", "10万元以内", kAtMost, 10, 0, "万元"),
        quant("suffix_yixia", "5%以下", kAtMost, 0.05, 0, "%"),
        quant("suffix_yishang_wanjian", "1.4万件以上", kAtLeast, 1.4, 1, "万件"),
        quant("suffix_plain_number_yixia", "3以下", kAtMost, 3, 0, ""),
        quant("suffix_and_prefix_agree_at_least", "达到90%以上", kAtLeast, 0.9, 0, "%"),
        quant("suffix_and_prefix_agree_at_most", "控制在740万元以内", kAtMost, 740, 0, "万元"),

        // --- Full-width forms --------------------------------------------------
        quant("fullwidth_ge_90pct", "＞＝９０％", kAtLeast, 0.9, 0, "%"),
        quant("fullwidth_le_90wanyuan", "＜＝９０万元", kAtMost, 90, 0, "万元"),
        quant("fullwidth_eq_100pct", "＝１００％", kEqual, 1.0, 0, "%"),
        quant("fullwidth_gt_90pct", "＞９０％", kAtLeast, 0.9, 0, "%"),
        quant("fullwidth_lt_5", "＜５", kAtMost, 5, 0, ""),
        plain("fullwidth_digits_and_point", "９５．６０％", 0.956, 2, "%"),
        quant("fullwidth_parentheses_around", "（≥90％）", kAtLeast, 0.9, 0, "%"),
        quant("fullwidth_parentheses_after", "≥90％（含）", kAtLeast, 0.9, 0, "%"),

        // --- White space inside: spaces, U+3000, line breaks, tabs --------------
        quant("space_ascii_inside", "≥ 90 %", kAtLeast, 0.9, 0, "%"),
        quant("space_ideographic_inside", "不超出　740.00　万元", kAtMost, 740, 2, "万元"),
        quant("space_ascii_after_word", "不超出 4229.37 万元", kAtMost, 4229.37, 2, "万元"),
        quant("space_line_break_after_sign", "≥\n90%", kAtLeast, 0.9, 0, "%"),
        quant("space_crlf_inside_word", "不超\r\n出740.00万元", kAtMost, 740, 2, "万元"),
        plain("space_line_break_before_unit", "1.4\n万件", 1.4, 1, "万件"),
        plain("space_tabs_around", "\t5\t", 5, 0, ""),
        plain("space_ideographic_around", "　95.60%　", 0.956, 2, "%"),
        // NFKC folds U+00A0 NO-BREAK SPACE to a space, which is then removed.
        quant("space_no_break_inside", "≥\u00A090%", kAtLeast, 0.9, 0, "%"),

        // --- Years are dates and are skipped ----------------------------------
        plain("year_then_quantity", "2024年完成5个", 5, 0, "个"),
        quant("year_du_then_sign", "2024年度完成率≥95%", kAtLeast, 0.95, 0, "%"),
        plain("year_then_mu", "2024年净增1062.19亩", 1062.19, 2, "亩"),
        plain("year_end_then_percent", "截至2024年底完成100%", 1.0, 0, "%"),
        qualitative("year_alone", "2024年"),
        qualitative("year_du_alone", "2024年度"),
        // A deadline (时效指标) is a date, no quantity of 12 months: see the
        // dates section below.
        unreadable("year_skipped_two_numbers_left", "2024年完成5个，2025年完成6个", ReadingError::several_numbers),

        // --- Texts with no number: qualitative --------------------------------
        qualitative("qual_anshi_wancheng", "按时完成"),
        qualitative("qual_youxiao", "有效"),
        qualitative("qual_lianghao", "良好"),
        // "无" and "零" alone are the count 0 (安全事故：无), at most 0.
        Case{"zero_wu", "无", ReadingError::none, kAtMost, false, Expected{0, 0, ""}, ""},
        // A direction word followed by words, not by a number or a unit, is the
        // qualitative target staff write ("达到预期目标", "控制在预算范围内");
        // no_number_after_sign is for a sign left dangling ("≥", "不超出万元").
        // Whether direction_written is set is left open.
        Case{"qual_da_dao_yuqi_mubiao", "达到预期目标", ReadingError::none, Direction::qualitative, std::nullopt,
             std::nullopt, ""},
        Case{"qual_kong_zhi_zai_yusuan_fanwei", "控制在预算范围内", ReadingError::none, Direction::qualitative,
             std::nullopt, std::nullopt, ""},

        // --- Random punctuation: no number, no direction → qualitative --------
        qualitative("punct_em_dashes", "——"),
        // A dash ("not applicable") is not a direction sign; with no digit it is
        // no number either, so the text is qualitative.
        qualitative("punct_ascii_dash", "-"),
        qualitative("punct_slash", "/"),
        qualitative("punct_ellipsis", "……"),
        qualitative("punct_ideographic_commas", "、、，。"),
        qualitative("punct_empty_parentheses", "（）"),
        qualitative("punct_mixed", "#*@!?"),
        qualitative("punct_na", "N/A"),

        // --- Several numbers: unreadable, never guessed -----------------------
        unreadable("several_gong_banjie", "共49件，办结49件", ReadingError::several_numbers),
        unreadable("several_fraction", "49/49", ReadingError::several_numbers),
        // Two numbers that are no range: ends the wrong way round, units
        // that differ, a minus sign.
        unreadable("several_range_backwards", "100%-90%", ReadingError::several_numbers),
        unreadable("several_range_two_units", "3个-5项", ReadingError::several_numbers),
        unreadable("several_two_amounts_words", "3个乡镇5个村", ReadingError::several_numbers),
        // Two directions are written; which one the reading keeps is left open.
        Case{"several_two_bounds", "≥90%，≤100%", ReadingError::several_numbers, std::nullopt, true, std::nullopt, ""},
        // "1,2" is no thousands group (a group has three digits): two numbers.
        unreadable("several_not_thousands_1_2", "1,2", ReadingError::several_numbers),
        unreadable("several_not_thousands_12_34", "12,34", ReadingError::several_numbers),

        // --- A number glued to a word that is no unit --------------------------
        unreadable_with("unknown_word", "≥100某某", ReadingError::unknown_unit, kAtLeast, "某某"),
        unreadable("unknown_word_no_sign", "100某某", ReadingError::unknown_unit, "某某"),
        unreadable_with("unknown_word_fullwidth", "＞＝１００某某", ReadingError::unknown_unit, kAtLeast, "某某"),
        // --- Percent written as a word (an Anhui system's export) ---------------
        quant("baifenbi", "≥100百分比", kAtLeast, 1, 0, "%"),
        plain("baifenbi_no_sign", "95百分比", 0.95, 0, "%"),
        quant("baifenbi_fullwidth", "＞＝１００百分比", kAtLeast, 1, 0, "%"),
        // --- Units met in published forms ------------------------------------------
        quant("unit_limi", "≥50厘米", kAtLeast, 50, 0, "厘米"),
        unreadable_with("unknown_manyilv", "≥90满意率", ReadingError::unknown_unit, kAtLeast, "满意率"),

        // --- A direction without a number ------------------------------------
        unreadable_with("nonum_ge_alone", "≥", ReadingError::no_number_after_sign, kAtLeast),
        unreadable_with("nonum_buchaochu_wanyuan", "不超出万元", ReadingError::no_number_after_sign, kAtMost),
        unreadable_with("nonum_ascii_le_alone", "<=", ReadingError::no_number_after_sign, kAtMost),
        unreadable_with("nonum_bu_di_yu_percent", "不低于%", ReadingError::no_number_after_sign, kAtLeast),
        unreadable_with("nonum_fullwidth_eq", "＝", ReadingError::no_number_after_sign, kEqual),
        unreadable_with("nonum_le_then_space", "≤　", ReadingError::no_number_after_sign, kAtMost),
        unreadable_with("nonum_bu_chao_guo_alone", "不超过", ReadingError::no_number_after_sign, kAtMost),
        // Words before a lone sign do not make it less lone.
        unreadable_with("nonum_words_then_ge", "办结率≥", ReadingError::no_number_after_sign, kAtLeast),
        unreadable_with("nonum_words_then_ge_percent", "满意度≥%", ReadingError::no_number_after_sign, kAtLeast),
        // Like "不超出万元": a direction and a unit, the number forgotten.
        unreadable_with("nonum_kong_zhi_zai_wanyuan_yinei", "控制在万元以内", ReadingError::no_number_after_sign,
                        kAtMost),

        // --- Ranges: met inside ----------------------------------------------
        range("range_dash_percent", "90%-100%", 0.9, 1.0, 0, "%"),
        range("range_fullwidth_tilde", "90%～110%", 0.9, 1.1, 0, "%"),
        range("range_ascii_tilde", "90%~100%", 0.9, 1.0, 0, "%"),
        range("range_unit_once", "3-5个", 3, 5, 0, "个"),
        range("range_zhi", "90%至100%", 0.9, 1.0, 0, "%"),
        range("range_words_around", "满意度保持在85%-95%之间", 0.85, 0.95, 0, "%"),
        range("range_em_dash", "3—5次", 3, 5, 0, "次"),

        // --- Deadlines and dates (时效指标) -----------------------------------
        date("date_month_qian", "9月前", "9月", true),
        date("date_month_di_qian", "9月底前", "9月", true),
        date("date_december_end", "12月底前", "12月", true),
        date("date_year_end_words", "年底前完成", "12月", true),
        date("date_full_date_qian", "2024年12月31日前", "2024年12月31日", true),
        date("date_next_year", "次年3月前", "次年3月", true),
        date("date_zhi_qian", "12月底之前完成", "12月", true),
        date("date_bu_wan_yu", "不晚于6月30日", "6月30日", true),
        date("date_chinese_month", "十二月底前", "12月", true),
        date("date_quarter", "第一季度完成", "3月", false),
        date("date_half_year", "上半年完成", "6月", false),
        date("date_iso", "2024-12-31", "2024年12月31日", false),
        // A year and month written as a target is a deadline too.
        date("date_year_month_done", "2021年12月完成", "2021年12月", false),
        date("year_month_deadline", "2024年12月底前完成", "2024年12月", true),
        // Actuals.
        date("date_actual_month", "7月", "7月", false),
        date("date_actual_month_done", "10月完成", "10月", false),
        date("date_actual_year_month", "2024年11月", "2024年11月", false),
        date("date_actual_month_day", "12月20日", "12月20日", false),
        date("date_actual_month_end", "11月底", "11月", false),
        // Not dates: a month count, a month number out of range, a date beside
        // the quantity.
        plain("date_not_month_count", "12个月", 12, 0, "个月"),
        quant("date_not_months_within", "6个月内", kAtMost, 6, 0, "个月"),
        plain("date_beside_quantity", "截至11月底完成100%", 1.0, 0, "%"),
        plain("date_not_central", "2024年中央资金到位率100%", 1.0, 0, "%"),
        // Durations are quantities with a ceiling.
        quant("duration_working_days", "3个工作日内", kAtMost, 3, 0, "个工作日"),
        quant("duration_days_ri_nei", "15日内", kAtMost, 15, 0, "日"),
        quant("duration_le_days", "≤30天", kAtMost, 30, 0, "天"),

        // --- Chinese numerals -------------------------------------------------
        plain("numeral_san_xiang", "三项", 3, 0, "项"),
        plain("numeral_shi_er_ge", "十二个", 12, 0, "个"),
        plain("numeral_liang_ci", "两次", 2, 0, "次"),
        quant("numeral_liang_ci_yishang", "两次以上", kAtLeast, 2, 0, "次"),
        quant("numeral_bu_shao_yu", "不少于三项", kAtLeast, 3, 0, "项"),
        plain("numeral_er_shi_wu", "完成二十五个", 25, 0, "个"),
        plain("numeral_yi_bai_ling_wu", "一百零五人", 105, 0, "人"),
        plain("numeral_wan", "三万亩", 3, 0, "万亩"),
        plain("numeral_percent_words", "百分之九十", 0.9, 0, "%"),
        plain("numeral_percent_decimal", "百分之九十五点五", 0.955, 1, "%"),
        quant("numeral_percent_with_direction", "不低于百分之九十", kAtLeast, 0.9, 0, "%"),
        plain("numeral_percent_hundred", "百分之百", 1.0, 0, "%"),
        Case{"numeral_zero_qi", "零起", ReadingError::none, kAtMost, false, Expected{0, 0, "起"}, ""},
        Case{"numeral_zero_ling", "零", ReadingError::none, kAtMost, false, Expected{0, 0, ""}, ""},
        Case{"zero_qi_digits", "0起", ReadingError::none, kAtMost, false, Expected{0, 0, "起"}, ""},
        quant("zero_with_sign_stays", "≥0", kAtLeast, 0, 0, ""),
        // Numerals inside words, ordinals and fixed phrases stay words.
        qualitative("numeral_words_yiban", "一般公共预算"),
        qualitative("numeral_words_yiwang", "一网通办"),
        qualitative("numeral_words_shisiwu", "落实十四五规划"),
        qualitative("numeral_words_yicixing", "一次性补助发放到位"),
        qualitative("numeral_ordinal", "第三次全国国土调查"),

        // --- More of what staff write -----------------------------------------
        quant("staff_bu_gao_yu_yuan", "不高于3000元", kAtMost, 3000, 0, "元"),
        quant("staff_bu_chao_guo_tian", "不超过30天", kAtMost, 30, 0, "天"),
        quant("staff_yixia_percent", "5%以下", kAtMost, 0.05, 0, "%"),
        quant("staff_da_dao_fen", "达到95分", kAtLeast, 95, 0, "分"),
        plain("staff_satisfaction_points", "95分", 95, 0, "分"),
        quant("staff_fen_yishang", "90分以上", kAtLeast, 90, 0, "分"),
        quant("staff_kong_zhi_yinei_percent", "控制在5%以内", kAtMost, 0.05, 0, "%"),

        // --- Empty and white space only ----------------------------------------
        unreadable("empty_string", "", ReadingError::empty),
        unreadable("empty_ascii_space", " ", ReadingError::empty),
        unreadable("empty_ideographic_space", "　", ReadingError::empty),
        unreadable("empty_line_break", "\n", ReadingError::empty),
        unreadable("empty_mixed_white_space", " \t\r\n　 ", ReadingError::empty),
    };
    return table;
}

class QuantityReading : public ::testing::TestWithParam<Case> {};

TEST_P(QuantityReading, ReadsAsExpected) {
    const Case& c = GetParam();
    const Reading r = read_quantity(c.text);

    EXPECT_EQ(r.error, c.error);
    EXPECT_EQ(r.ok(), c.error == ReadingError::none);
    if (c.direction) {
        EXPECT_EQ(r.direction, *c.direction);
    }
    if (c.written) {
        EXPECT_EQ(r.direction_written, *c.written);
    }
    EXPECT_EQ(r.unit_word, c.unit_word);

    EXPECT_EQ(r.date ? perfeval::text::format_date(*r.date) : "", c.date);
    EXPECT_EQ(r.upper.has_value(), c.upper.has_value());
    if (c.upper && r.upper) {
        EXPECT_NEAR(r.upper->value, c.upper->value, 1e-12);
        EXPECT_EQ(r.upper->unit, c.upper->unit);
    }
    if (c.quantity) {
        EXPECT_TRUE(r.quantitative());
        ASSERT_TRUE(r.quantity.has_value());
        const double tolerance = std::max(1e-12, std::abs(c.quantity->value) * 1e-14);
        EXPECT_NEAR(r.quantity->value, c.quantity->value, tolerance);
        EXPECT_EQ(r.quantity->decimals, c.quantity->decimals);
        EXPECT_EQ(r.quantity->unit, c.quantity->unit);
    } else {
        EXPECT_FALSE(r.quantitative());
        EXPECT_FALSE(r.quantity.has_value());
    }
}

INSTANTIATE_TEST_SUITE_P(Texts, QuantityReading, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

TEST(QuantityReadingTable, HasEnoughUniquelyNamedCases) {
    EXPECT_GE(cases().size(), 240u);
    std::vector<std::string> names;
    for (const Case& c : cases()) names.push_back(c.name);
    std::sort(names.begin(), names.end());
    EXPECT_EQ(std::adjacent_find(names.begin(), names.end()), names.end());
}

TEST(DirectionSymbol, OneSymbolPerDirection) {
    EXPECT_EQ(direction_symbol(Direction::at_least), "≥");
    EXPECT_EQ(direction_symbol(Direction::at_most), "≤");
    EXPECT_EQ(direction_symbol(Direction::equal), "=");
    EXPECT_EQ(direction_symbol(Direction::qualitative), "定性");
}

TEST(ParseDirection, SignsAndWords) {
    EXPECT_EQ(parse_direction(">="), Direction::at_least);
    EXPECT_EQ(parse_direction("≥"), Direction::at_least);
    EXPECT_EQ(parse_direction(">"), Direction::at_least);
    EXPECT_EQ(parse_direction("<="), Direction::at_most);
    EXPECT_EQ(parse_direction("≤"), Direction::at_most);
    EXPECT_EQ(parse_direction("<"), Direction::at_most);
    EXPECT_EQ(parse_direction("="), Direction::equal);
    EXPECT_EQ(parse_direction("正向"), Direction::at_least);
    EXPECT_EQ(parse_direction("反向"), Direction::at_most);
    EXPECT_EQ(parse_direction("定性"), Direction::qualitative);
}

TEST(ParseDirection, FullWidthSignsAsTypedWithAChineseInputMethod) {
    // Not spelled out by the header; the module reads everything after NFKC,
    // and a user typing the argument with a Chinese IME gets these forms.
    EXPECT_EQ(parse_direction("＞＝"), Direction::at_least);
    EXPECT_EQ(parse_direction("＜＝"), Direction::at_most);
    EXPECT_EQ(parse_direction("＝"), Direction::equal);
}

TEST(ParseDirection, AnythingElseIsNoDirection) {
    EXPECT_EQ(parse_direction(""), std::nullopt);
    EXPECT_EQ(parse_direction("abc"), std::nullopt);
    EXPECT_EQ(parse_direction("90"), std::nullopt);
    EXPECT_EQ(parse_direction("≥90%"), std::nullopt);
    EXPECT_EQ(parse_direction("≥≥"), std::nullopt);
    EXPECT_EQ(parse_direction("完成"), std::nullopt);
}

TEST(ParseDirection, RoundTripsEverySymbol) {
    for (Direction d : {Direction::at_least, Direction::at_most, Direction::equal, Direction::qualitative}) {
        SCOPED_TRACE(direction_symbol(d));
        EXPECT_EQ(parse_direction(direction_symbol(d)), d);
    }
}

}  // namespace

// Whatever a cell holds, reading it never throws and never hangs the office.
TEST(QuantityReadingLimits, HugeAndPathologicalTextsAreReadOrRefusedNotThrown) {
    std::string commas;
    for (int i = 0; i < 50000; ++i) commas += "1,";
    std::string digits(200000, '9');
    std::string words;
    for (int i = 0; i < 20000; ++i) words += "完成";
    for (const std::string* s : {&commas, &digits, &words}) {
        EXPECT_NO_THROW({
            const auto r = perfeval::text::read_quantity(*s);
            (void)r;
        });
        EXPECT_NO_THROW(perfeval::text::find_quantities(*s));
    }
    EXPECT_EQ(perfeval::text::read_quantity(words).direction, Direction::qualitative);
}
