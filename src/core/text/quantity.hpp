// Reading what staff write in the target (年度指标值) and actual (实际完成值)
// columns: "≥90%", "不超出740.00万元", "实际支出734.73万元", "1.4万件", "5",
// "90%-100%", "9月前", "三项", "完成", "2024年批而未供、闲置土地省市排名靠前".
//
// Grammar, after NFKC, with white space removed and Chinese numerals in
// digits (text/numerals.hpp: "三项" → "3项", "百分之九十" → "90%"):
//   [words] [direction] number [unit] [words]
//   [words] number [unit] (- | ~ | 至 | 到) number [unit] [words]   a range
//   [words] [deadline] date [deadline] [words]                         a date
// * direction: >=, ≥, >, 不低于, 不少于, 大于等于, 大于, 高于, 超过, 至少, 达到 (at least);
//   <=, ≤, <, 不超出, 不超过, 不高于, 不多于, 小于等于, 小于, 低于, 控制在 (at most);
//   =, 等于 (equal). A suffix 以上 / 及以上 means at least, 以内 / 之内 / 内 /
//   以下 at most. Without one, a target is read as "at least" (a positive
//   indicator), except 0 ("0起", "零", "无": 安全事故), read as "at most".
// * number: the one number grammar of text/number.hpp (sign, thousands
//   separators, decimals).
// * unit: text/units.hpp; kept as written ("万元", "万件", "个工作日"). The
//   number is not scaled: "1.4万件" is 1.4 with unit 万件.
// * range: "90%-100%", "90%～110%", "3-5个": met anywhere inside; one unit
//   written serves both ends.
// * date: text/dates.hpp ("9月前", "12月底前", "2024年12月31日前", "次年3月前",
//   actuals "7月", "12月20日"). A date target is a deadline: at most the
//   date, whether or not 前 is written.
// * A year ("2024年", "2024年度") or a date beside a number is not the
//   quantity and is skipped ("截至2024年底完成100%").
// A text with no number left is qualitative (完成, 全面落实). Two numbers that
// are no range, a number glued to an unknown word ("≥100百分比"), or a lone
// sign are unreadable: the reading says why and never guesses.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dates.hpp"

namespace perfeval::text {

enum class Direction { at_least, at_most, equal, range, qualitative };

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
    several_numbers,       // "共49件，办结49件", "49/49"
    too_complex,           // the text defeated the parser (e.g. tens of thousands of characters)
};

struct Reading {
    Direction direction = Direction::qualitative;
    bool direction_written = false;    // a direction word or sign was in the text
    std::optional<Quantity> quantity;  // absent for qualitative, date and unreadable texts; a range's low end
    std::optional<Quantity> upper;     // a range's high end
    std::optional<Date> date;          // a date or deadline ("9月前", "7月")
    ReadingError error = ReadingError::none;
    std::string unit_word;  // for unknown_unit: the word after the number

    bool ok() const { return error == ReadingError::none; }
    bool quantitative() const { return ok() && quantity.has_value(); }
    bool dated() const { return ok() && date.has_value(); }
};

Reading read_quantity(std::string_view utf8);

// Every number with its unit in a running text ("守住44.02万亩耕地、38.16万亩
// 永久基本农田" → 44.02 万亩, 38.16 万亩), years skipped. For cross-checks
// of a narrative against the table.
std::vector<Quantity> find_quantities(std::string_view utf8);

// "≥", "≤", "=", "区间" or "定性".
std::string_view direction_symbol(Direction direction);
// Reads an explicit direction argument: ">=", "≥", "<=", "≤", "=", ">", "<",
// also "正向" / "反向" / "区间" / "定性"; empty optional when not one of them.
std::optional<Direction> parse_direction(std::string_view utf8);

}  // namespace perfeval::text
