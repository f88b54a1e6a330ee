#include "numerals.hpp"

#include <array>
#include <charconv>
#include <cmath>

#include "units.hpp"

namespace perfeval::text {
namespace {

struct Numeral {
    std::string_view glyph;
    int digit;       // 0–9, or -1 for a multiplier
    int multiplier;  // 10, 100, 1000 for 十 百 千
};

constexpr std::array<Numeral, 15> kNumerals{{
    {"零", 0, 0},
    {"〇", 0, 0},
    {"一", 1, 0},
    {"二", 2, 0},
    {"两", 2, 0},
    {"三", 3, 0},
    {"四", 4, 0},
    {"五", 5, 0},
    {"六", 6, 0},
    {"七", 7, 0},
    {"八", 8, 0},
    {"九", 9, 0},
    {"十", -1, 10},
    {"百", -1, 100},
    {"千", -1, 1000},
}};
constexpr std::string_view kPoint = "点";
constexpr std::string_view kPercentWords = "百分之";
constexpr std::string_view kOrdinal = "第";
// What may follow "<numeral><unit>" for the numeral to be a quantity: the
// end of the clause or a direction suffix.
constexpr std::string_view kClauseEnds[] = {"及以上", "以上", "以内", "之内", "以下", "内", "前", "底", "末",
                                            "左右",   ",",    ";",    "。",   "、",   "(",  ")",  "/"};

const Numeral* numeral_at(std::string_view s, size_t pos) {
    // Every numeral is a three-byte character: decode it and look it up.
    if (pos + 3 > s.size()) return nullptr;
    const auto b0 = static_cast<unsigned char>(s[pos]), b1 = static_cast<unsigned char>(s[pos + 1]),
               b2 = static_cast<unsigned char>(s[pos + 2]);
    if ((b0 & 0xF0) != 0xE0 || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return nullptr;
    const unsigned code = ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
    size_t index = kNumerals.size();
    switch (code) {
        case 0x96F6: index = 0; break;   // 零
        case 0x3007: index = 1; break;   // 〇
        case 0x4E00: index = 2; break;   // 一
        case 0x4E8C: index = 3; break;   // 二
        case 0x4E24: index = 4; break;   // 两
        case 0x4E09: index = 5; break;   // 三
        case 0x56DB: index = 6; break;   // 四
        case 0x4E94: index = 7; break;   // 五
        case 0x516D: index = 8; break;   // 六
        case 0x4E03: index = 9; break;   // 七
        case 0x516B: index = 10; break;  // 八
        case 0x4E5D: index = 11; break;  // 九
        case 0x5341: index = 12; break;  // 十
        case 0x767E: index = 13; break;  // 百
        case 0x5343: index = 14; break;  // 千
        default: return nullptr;
    }
    return &kNumerals[index];
}

// The longest numeral a form writes (一千二百三十四万五千六百七十八点九 is 17):
// a longer run is no number, and is read no further, so that a text of a
// million numerals costs linear time, not a scan from every character.
constexpr size_t kMaxRunGlyphs = 24;

// The length in bytes of the numeral run at pos (with 点 and decimals); 0
// for a run longer than kMaxRunGlyphs.
size_t run_length(std::string_view s, size_t pos) {
    size_t k = pos, glyphs = 0;
    while (const Numeral* n = numeral_at(s, k)) {
        if (++glyphs > kMaxRunGlyphs) return 0;
        k += n->glyph.size();
    }
    if (k > pos && s.substr(k, kPoint.size()) == kPoint) {
        size_t d = k + kPoint.size();
        while (const Numeral* n = numeral_at(s, d)) {
            if (n->digit < 0) break;
            if (++glyphs > kMaxRunGlyphs) return 0;
            d += n->glyph.size();
        }
        if (d > k + kPoint.size()) k = d;
    }
    return k - pos;
}

std::string digits_of(double value) {
    std::array<char, 32> buf{};
    const auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), value);
    return ec == std::errc() ? std::string(buf.data(), end) : std::string();
}

bool ends_clause(std::string_view rest) {
    if (rest.empty()) return true;
    for (auto w : kClauseEnds)
        if (rest.substr(0, w.size()) == w) return true;
    return false;
}

}  // namespace

std::optional<double> chinese_number(std::string_view run) {
    // Integer part, then the decimals after 点.
    const size_t point = run.find(kPoint);
    const std::string_view whole = run.substr(0, point);
    if (whole.empty()) return std::nullopt;
    double total = 0, current = 0;
    bool multiplied = false, any = false;
    std::string positional;
    for (size_t i = 0; i < whole.size();) {
        const Numeral* n = numeral_at(whole, i);
        if (!n) return std::nullopt;
        i += n->glyph.size();
        any = true;
        if (n->digit >= 0) {
            current = n->digit;
            positional.push_back(static_cast<char>('0' + n->digit));
        } else {
            // 十二: a leading 十 is one ten.
            total += (current == 0 && !multiplied && total == 0 ? 1 : current) * n->multiplier;
            current = 0;
            multiplied = true;
        }
    }
    if (!any) return std::nullopt;
    double value = 0;
    if (multiplied) {
        value = total + current;
    } else {
        // 二〇二四 is written digit by digit.
        std::from_chars(positional.data(), positional.data() + positional.size(), value);
    }
    if (point != std::string_view::npos) {
        double scale = 0.1;
        for (size_t i = point + kPoint.size(); i < run.size();) {
            const Numeral* n = numeral_at(run, i);
            if (!n || n->digit < 0) return std::nullopt;
            value += n->digit * scale;
            scale /= 10;
            i += n->glyph.size();
        }
    }
    return value;
}

std::string with_arabic_numerals(const std::string& s) {
    if (s == "零" || s == "无") return "0";
    // Most texts hold no numeral at all: one pass over the three-byte
    // characters (every numeral is one) before any other work.
    bool any = false;
    for (size_t i = 0; i + 2 < s.size() && !any;) {
        const auto lead = static_cast<unsigned char>(s[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        any = numeral_at(s, i) != nullptr;
        i += lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    }
    if (!any) return s;

    std::string out;
    out.reserve(s.size());
    size_t i = 0;
    while (i < s.size()) {
        if (!numeral_at(s, i)) {  // not a numeral (百分之 starts with one): copy the character
            const unsigned char c = static_cast<unsigned char>(s[i]);
            const size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            out.append(s, i, n);
            i += n;
            continue;
        }
        const bool percent_words = s.compare(i, kPercentWords.size(), kPercentWords) == 0;
        const size_t start = percent_words ? i + kPercentWords.size() : i;
        const size_t len = run_length(s, start);
        if (len == 0 && numeral_at(s, start)) {
            // Too long to be a number: copied whole, never read again from
            // inside (its last numerals are no number of their own either).
            size_t end = start;
            while (const Numeral* n = numeral_at(s, end)) end += n->glyph.size();
            out.append(s, i, end - i);
            i = end;
            continue;
        }
        const bool ordinal =
            out.size() >= kOrdinal.size() && out.compare(out.size() - kOrdinal.size(), kOrdinal.size(), kOrdinal) == 0;
        if (len > 0 && !ordinal) {
            const std::string_view run(s.data() + start, len);
            std::string unit;
            const std::string_view rest(s.data() + start + len, s.size() - start - len);
            const size_t unit_len = percent_words ? 0 : read_unit(rest, unit);
            const bool quantity = percent_words || (unit_len > 0 && ends_clause(rest.substr(unit_len)));
            // 百 alone after 百分之 is "百分之百" = 100 %.
            const auto value = chinese_number(run);
            if (quantity && value) {
                out += digits_of(*value);
                if (percent_words) out += "%";
                i = start + len;
                continue;
            }
            if (percent_words && s.compare(start, 3, "百") == 0) {
                out += "100%";
                i = start + 3;
                continue;
            }
        }
        // Copy one UTF-8 character.
        const unsigned char c = static_cast<unsigned char>(s[i]);
        const size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        out.append(s, i, n);
        i += n;
    }
    return out;
}

}  // namespace perfeval::text
