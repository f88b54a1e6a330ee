#include "quantity.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <utility>

#include "../log.hpp"
#include "dates.hpp"
#include "normalize.hpp"
#include "number.hpp"
#include "numerals.hpp"
#include "units.hpp"

namespace perfeval::text {
namespace {

struct DirectionWord {
    std::string_view word;
    Direction direction;
};

// Longest first, so that 不高于 wins over 高于 and >= over > and =.
constexpr std::array<DirectionWord, 28> kPrefixWords{{
    {"大于等于", Direction::at_least}, {"小于等于", Direction::at_most}, {"不低于", Direction::at_least},
    {"不少于", Direction::at_least},   {"不超出", Direction::at_most},   {"不超过", Direction::at_most},
    {"不高于", Direction::at_most},    {"不多于", Direction::at_most},   {"控制在", Direction::at_most},
    {"大于", Direction::at_least},     {"高于", Direction::at_least},    {"超过", Direction::at_least},
    {"至少", Direction::at_least},     {"达到", Direction::at_least},    {"小于", Direction::at_most},
    {"低于", Direction::at_most},      {"等于", Direction::equal},       {">=", Direction::at_least},
    {"<=", Direction::at_most},        {"≥", Direction::at_least},       {"≧", Direction::at_least},
    {"≤", Direction::at_most},         {"≦", Direction::at_most},        {">", Direction::at_least},
    {"<", Direction::at_most},         {"=", Direction::equal},          {"≮", Direction::at_least},
    {"═", Direction::equal},  // a box-drawing line some templates type for =
}};

constexpr std::array<DirectionWord, 6> kSuffixWords{{
    {"及以上", Direction::at_least},
    {"以上", Direction::at_least},
    {"以内", Direction::at_most},
    {"之内", Direction::at_most},
    {"以下", Direction::at_most},
    {"内", Direction::at_most},  // 3个工作日内, 15日内
}};

// Between the two ends of a range: 90%-100%, 90%～110% (NFKC: ~), 3至5个.
constexpr std::string_view kRangeMarks[] = {"-", "~", "至", "到", "—", "–", "〜"};

// The direction word must stand right before the number: in
// "不超出预算，执行率95.60%" the 不超出 belongs to another clause.
std::optional<Direction> prefix_direction(const std::string& prefix) {
    for (const auto& w : kPrefixWords)  // longest first: 不高于 before 高于
        if (prefix.size() >= w.word.size() && prefix.compare(prefix.size() - w.word.size(), w.word.size(), w.word) == 0)
            return w.direction;
    return std::nullopt;
}

// Any direction word or sign anywhere in the text (for texts without one
// readable number).
std::optional<Direction> any_direction(const std::string& text) {
    for (const auto& w : kPrefixWords)
        if (text.find(w.word) != std::string::npos) return w.direction;
    return std::nullopt;
}

bool is_sign(std::string_view word) {
    // ASCII > < = and the mathematical ≥ ≤ ≧ ≦ ≮ (U+226x, UTF-8 E2 89 xx).
    return static_cast<unsigned char>(word[0]) < 0x80 || word.rfind("\xE2\x89", 0) == 0;
}

std::string without_suffix_words(std::string s) {
    for (const auto& w : kSuffixWords)
        if (s.size() >= w.word.size() && s.compare(s.size() - w.word.size(), w.word.size(), w.word) == 0)
            return s.substr(0, s.size() - w.word.size());
    return s;
}

std::optional<Direction> suffix_direction(std::string_view rest) {
    for (const auto& w : kSuffixWords)
        if (rest.substr(0, w.word.size()) == w.word) return w.direction;
    return std::nullopt;
}

bool starts_with_word_char(std::string_view s) {
    if (s.empty()) return false;
    const unsigned char c = static_cast<unsigned char>(s[0]);
    if (c < 0x80) return std::isalpha(c) != 0;
    // CJK punctuation (、，。；：）etc. in U+3000–U+303F and full-width forms
    // folded by NFKC) is not a word; treat other non-ASCII as word characters.
    return !(s.size() >= 3 && c == 0xE3 && static_cast<unsigned char>(s[1]) == 0x80);
}

std::string leading_word(std::string_view s) {
    // Up to the first ASCII punctuation/digit or CJK punctuation.
    std::string out;
    size_t i = 0;
    while (i < s.size()) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (c < 0x80 && !std::isalpha(c)) break;
        if (c == 0xE3 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) break;
        out.append(s.substr(i, len));
        i += len;
    }
    return out;
}

double scaled_by_unit(double value, const std::string& unit) { return value / unit_scale(unit).divisor; }

// "90%-100%", "3-5个", "90%至110%": two numbers with a range mark between
// them. nullopt when the two numbers are anything else.
std::optional<Reading> read_range(std::string_view text, const NumberToken& first, NumberToken second) {
    std::string low_unit, high_unit;
    size_t after_low = first.pos + first.len;
    after_low += read_unit(text.substr(after_low), low_unit);
    std::string_view between = text.substr(after_low, second.pos - after_low);
    if (between.empty() && text[second.pos] == '-') {  // "90%-100%": the dash is no minus sign
        between = text.substr(second.pos, 1);
        ++second.pos;
        --second.len;
    }
    if (std::find(std::begin(kRangeMarks), std::end(kRangeMarks), between) == std::end(kRangeMarks))
        return std::nullopt;
    if (text[second.pos] == '-' || text[second.pos] == '+') return std::nullopt;
    const size_t high_unit_length = read_unit(text.substr(second.pos + second.len), high_unit);
    const std::string_view rest = text.substr(second.pos + second.len + high_unit_length);
    if (high_unit_length == 0 && starts_with_word_char(rest) && !suffix_direction(rest) && rest.substr(0, 6) != "之间")
        return std::nullopt;
    if (low_unit.empty()) low_unit = high_unit;
    if (high_unit.empty()) high_unit = low_unit;
    if (low_unit != high_unit) return std::nullopt;
    const auto low = token_value(text.substr(first.pos, first.len));
    const auto high = token_value(text.substr(second.pos, second.len));
    if (!low || !high || low->value > high->value) return std::nullopt;
    Reading r;
    r.direction = Direction::range;
    r.direction_written = true;
    r.quantity = Quantity{scaled_by_unit(low->value, low_unit), low->decimals, low_unit};
    r.upper = Quantity{scaled_by_unit(high->value, high_unit), high->decimals, high_unit};
    return r;
}

Reading read_quantity_unguarded(std::string_view utf8) {
    Reading r;
    std::string s = squeeze(utf8);
    fold_minus_sign(s);
    if (s.empty()) {
        r.error = ReadingError::empty;
        return r;
    }
    s = with_arabic_numerals(s);
    // Most qualitative texts (完成, 全面落实) have no digit: skip the year pattern and the scan.
    const bool digits = s.find_first_of("0123456789") != std::string::npos;
    // Dates and years are no quantity: the number is looked for in the rest.
    const std::string text = digits ? without_dates(s) : s;
    const auto numbers = digits ? number_tokens(text) : std::vector<NumberToken>{};
    const size_t count = numbers.size();
    // A date and no other number: a deadline, or the date a task was done.
    if (count == 0 && might_hold_date(s))
        if (const auto d = find_date(s)) {
            r.date = d->date;
            r.direction = d->at_most.value_or(true) ? Direction::at_most : Direction::at_least;
            r.direction_written = d->at_most.has_value();
            return r;
        }

    if (count == 0) {
        // Text without a number is qualitative (完成, 达到预期) unless it is a
        // direction with nothing to compare against: a sign anywhere ("办结率≥"),
        // or a direction word with at most a unit ("不超出万元", "控制在万元以内").
        for (const auto& w : kPrefixWords) {
            const auto pos = text.find(w.word);
            if (pos == std::string::npos) continue;
            const std::string rest = without_suffix_words(text.substr(pos + w.word.size()));
            if (is_sign(w.word) || (pos == 0 && (rest.empty() || is_only_unit(rest)))) {
                r.direction = w.direction;
                r.direction_written = true;
                r.error = ReadingError::no_number_after_sign;
                return r;
            }
        }
        r.direction = Direction::qualitative;
        return r;
    }
    if (count == 2)
        if (auto range = read_range(text, numbers[0], numbers[1])) return *range;
    if (count > 1) {
        r.error = ReadingError::several_numbers;
        if (auto d = any_direction(text)) {
            r.direction = *d;
            r.direction_written = true;
        }
        return r;
    }

    const NumberToken& m = numbers.front();
    const std::string number = text.substr(m.pos, m.len);
    const std::string prefix = text.substr(0, m.pos);
    std::string_view rest(text);
    rest.remove_prefix(m.pos + m.len);

    Quantity q;
    if (const size_t unit_length = read_unit(rest, q.unit)) {
        rest.remove_prefix(unit_length);
    } else if (starts_with_word_char(rest) && !suffix_direction(rest)) {
        r.error = ReadingError::unknown_unit;
        r.unit_word = leading_word(rest);
        if (auto d = prefix_direction(prefix)) {
            r.direction = *d;
            r.direction_written = true;
        }
        return r;
    }

    const auto parsed = token_value(number);
    if (!parsed) {  // cannot happen for a token number_tokens() found; be safe
        r.error = ReadingError::unknown_unit;
        return r;
    }
    q.value = scaled_by_unit(parsed->value, q.unit);
    q.decimals = parsed->decimals;

    if (auto d = prefix_direction(prefix)) {
        r.direction = *d;
        r.direction_written = true;
    } else if (auto d2 = suffix_direction(rest)) {
        r.direction = *d2;
        r.direction_written = true;
    } else {
        // 安全事故0起: nothing is the most there may be.
        r.direction = q.value == 0 ? Direction::at_most : Direction::at_least;
    }
    r.quantity = q;
    return r;
}

}  // namespace

Reading read_quantity(std::string_view utf8) {
    try {
        return read_quantity_unguarded(utf8);
    } catch (const std::runtime_error&) {  // Boost.Regex gives up on pathological input
        Reading r;
        r.error = ReadingError::too_complex;
        return r;
    }
}

std::vector<Quantity> find_quantities(std::string_view utf8) {
    std::vector<Quantity> out;
    try {
        const std::string text = without_dates(with_arabic_numerals(squeeze(utf8)));
        for (const auto& token : number_tokens(text)) {
            const auto parsed = token_value(std::string_view(text).substr(token.pos, token.len));
            if (!parsed) continue;
            Quantity q;
            std::string_view rest(text);
            rest.remove_prefix(token.pos + token.len);
            read_unit(rest, q.unit);
            q.value = scaled_by_unit(parsed->value, q.unit);
            q.decimals = parsed->decimals;
            out.push_back(std::move(q));
        }
    } catch (const std::runtime_error& e) {
        // Boost.Regex gave up on pathological input; what was found so far stands.
        log_warning("quantities", std::string("reading stopped early: ") + e.what());
    }
    return out;
}

std::string_view direction_symbol(Direction direction) {
    switch (direction) {
        case Direction::at_least: return "≥";
        case Direction::at_most: return "≤";
        case Direction::equal: return "=";
        case Direction::range: return "区间";
        case Direction::qualitative: break;
    }
    return "定性";
}

std::optional<Direction> parse_direction(std::string_view utf8) {
    static const std::array<std::pair<std::string_view, Direction>, 14> kArgs{{
        {">=", Direction::at_least},
        {"≥", Direction::at_least},
        {"≧", Direction::at_least},
        {"≦", Direction::at_most},
        {"═", Direction::equal},
        {">", Direction::at_least},
        {"正向", Direction::at_least},
        {"<=", Direction::at_most},
        {"≤", Direction::at_most},
        {"<", Direction::at_most},
        {"反向", Direction::at_most},
        {"=", Direction::equal},
        {"定性", Direction::qualitative},
        {"区间", Direction::range},
    }};
    const std::string s = squeeze(utf8);
    for (const auto& [word, dir] : kArgs)
        if (s == word) return dir;
    return std::nullopt;
}

}  // namespace perfeval::text
