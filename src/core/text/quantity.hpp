// Reading what staff write in the target (年度指标值) and actual (实际完成值)
// columns: "≥90%", "不超出740.00万元", "实际支出734.73万元", "1.4万件", "5",
// "完成", "2024年批而未供、闲置土地省市排名靠前".
//
// Grammar, after NFKC and with white space removed:
//   [words] [direction] number [unit] [words]
// * direction: >=, ≥, >, 不低于, 不少于, 大于等于, 大于, 高于, 超过, 至少, 达到 (at least);
//   <=, ≤, <, 不超出, 不超过, 不高于, 不多于, 小于等于, 小于, 低于, 控制在 (at most);
//   =, 等于 (equal). A suffix 以上 / 及以上 means at least, 以内 / 以下 at most.
//   Without one, a target is read as "at least" (a positive indicator).
// * number: the one number grammar of text/number.hpp (sign, thousands
//   separators, decimals).
// * unit: % or ‰, or an optional 万/亿 scale, optional 余/多, and a known
//   unit word (元 个 项 件 宗 亩 人 次 户 …), kept as written ("万元", "万件").
//   The number is not scaled: "1.4万件" is 1.4 with unit 万件.
// * A year ("2024年", "2024年度") is a date, not a quantity, and is skipped.
// A text with no number left is qualitative (完成, 全面落实). Two numbers, a
// number glued to an unknown word ("≥100百分比"), or a lone sign are
// unreadable: the reading says why and never guesses.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace perfeval::text {

enum class Direction { at_least, at_most, equal, qualitative };

struct Quantity {
    double value = 0;  // a percent is a fraction: "90%" → 0.9
    int decimals = 0;  // decimals as written ("740.00" → 2; "95.60%" → 2)
    std::string unit;  // "", "%", "万元", "个", "万件" …
};

enum class ReadingError {
    none,
    empty,                 // nothing but white space
    no_number_after_sign,  // "≥" or "不超出万元": a direction without a number
    unknown_unit,          // a number glued to a word that is no unit: "≥100百分比"
    several_numbers,       // "90%-100%", "共49件，办结49件"
    too_complex,           // the text defeated the parser (e.g. tens of thousands of characters)
};

struct Reading {
    Direction direction = Direction::qualitative;
    bool direction_written = false;    // a direction word or sign was in the text
    std::optional<Quantity> quantity;  // absent for qualitative and unreadable texts
    ReadingError error = ReadingError::none;
    std::string unit_word;  // for unknown_unit: the word after the number

    bool ok() const { return error == ReadingError::none; }
    bool quantitative() const { return ok() && quantity.has_value(); }
};

Reading read_quantity(std::string_view utf8);

// Every number with its unit in a running text ("守住44.02万亩耕地、38.16万亩
// 永久基本农田" → 44.02 万亩, 38.16 万亩), years skipped. For cross-checks
// of a narrative against the table.
std::vector<Quantity> find_quantities(std::string_view utf8);

// "≥", "≤", "=" or "定性".
std::string_view direction_symbol(Direction direction);
// Reads an explicit direction argument: ">=", "≥", "<=", "≤", "=", ">", "<",
// also "正向" / "反向" / "定性"; empty optional when not one of them.
std::optional<Direction> parse_direction(std::string_view utf8);

}  // namespace perfeval::text
