#include "dates.hpp"

#include <array>
#include <tuple>

#include <boost/regex.hpp>

namespace perfeval::text {
namespace {

// Years relative to the form's: 次年 is the year after the one evaluated.
constexpr std::string_view kNextYear = "(?:次年|翌年|下一年度|下一年|下年度|明年)";
constexpr std::string_view kYear = "((?:19|20)\\d{2})";

// Named periods and the month they end in.
struct Period {
    std::string_view word;
    int month;
};
// (Not 年中: "2024年中央资金" is no date.)
constexpr std::array<Period, 6> kPeriods{{
    {"年底", 12},
    {"年末", 12},
    {"年内", 12},
    {"年度内", 12},
    {"下半年", 12},
    {"上半年", 6},
}};

struct Deadline {
    std::string_view word;
    bool at_most;
};
// Longest first within each list.
constexpr std::array<Deadline, 9> kAfter{{
    {"之前", true},
    {"以前", true},
    {"以内", true},
    {"之内", true},
    {"为止", true},
    {"之后", false},
    {"以后", false},
    {"前", true},
    {"内", true},
}};
constexpr std::array<Deadline, 9> kBefore{{
    {"截止到", true},
    {"不晚于", true},
    {"不迟于", true},
    {"不早于", false},
    {"截至", true},
    {"截止", true},
    {"<=", true},
    {"≤", true},
    {"≥", false},
}};

// The regexes run on UTF-8 bytes: a multi-byte character goes in a group
// or an alternation, never before ? or inside [...].
const boost::regex& date_pattern() {
    // 1 next year · 2 year · 3 month · 4 day            (9月, 2024年12月31日, 次年3月底)
    // 5 next year · 6 year · 7 period                  (年底, 2024年底, 上半年)
    // 8 next year · 9 year · 10 quarter                (第一季度, 2024年三季度末)
    // 11 year · 12 month · 13 day                      (2024-12-31, 2024/12/31)
    static const boost::regex kDate = [] {
        const std::string next = "(" + std::string(kNextYear) + ")", year(kYear), no_digit_before = "(?<![0-9.,])";
        std::string periods;
        for (const auto& p : kPeriods) periods += (periods.empty() ? "" : "|") + std::string(p.word);
        const std::string month = "(1[0-2]|0?[1-9])月(?:份)?", day = "(3[01]|[12]\\d|0?[1-9])";
        const std::string alternatives[] = {
            no_digit_before + "(?:" + next + "|" + year + "年(?:度)?)?" + month + "(?:" + day +
                "(?:日|号)|底|末|上旬|中旬|下旬|初)?",
            "(?:" + next + "|" + no_digit_before + year + ")?(" + periods + ")",
            "(?:" + next + "|" + no_digit_before + year + "年(?:度)?)?(?:第)?(1|2|3|4|一|二|三|四)季度(?:末|底)?",
            no_digit_before + year + "[-/.](1[0-2]|0?[1-9])[-/.]" + day + "(?![0-9])",
        };
        std::string pattern;
        for (const auto& alt : alternatives) pattern += (pattern.empty() ? "" : "|") + alt;
        return boost::regex(pattern);
    }();
    return kDate;
}

int quarter_of(const std::string& q) {
    static const std::array<std::string_view, 4> kChinese{"一", "二", "三", "四"};
    for (size_t i = 0; i < kChinese.size(); ++i)
        if (q == kChinese[i]) return static_cast<int>(i) + 1;
    return q.empty() ? 0 : q[0] - '0';
}

std::optional<Date> date_of(const boost::smatch& m) {
    Date d;
    auto set_year = [&](int next, int year) {
        if (m[next].matched) d.years_after = 1;
        if (m[year].matched) d.year = std::stoi(m[year].str());
    };
    if (m[3].matched) {
        set_year(1, 2);
        d.month = std::stoi(m[3].str());
        if (m[4].matched) d.day = std::stoi(m[4].str());
    } else if (m[7].matched) {
        set_year(5, 6);
        for (const auto& p : kPeriods)
            if (m[7].str() == p.word) d.month = p.month;
    } else if (m[10].matched) {
        set_year(8, 9);
        d.month = quarter_of(m[10].str()) * 3;
    } else if (m[11].matched) {
        d.year = std::stoi(m[11].str());
        d.month = std::stoi(m[12].str());
        d.day = std::stoi(m[13].str());
    } else {
        return std::nullopt;
    }
    if (d.month < 1 || d.month > 12 || (d.day && (*d.day < 1 || *d.day > 31))) return std::nullopt;
    return d;
}

template <size_t N>
const Deadline* deadline_at_end(std::string_view prefix, const std::array<Deadline, N>& words) {
    for (const auto& w : words)
        if (prefix.size() >= w.word.size() && prefix.substr(prefix.size() - w.word.size()) == w.word) return &w;
    return nullptr;
}

template <size_t N>
const Deadline* deadline_at_start(std::string_view rest, const std::array<Deadline, N>& words) {
    for (const auto& w : words)
        if (rest.substr(0, w.word.size()) == w.word) return &w;
    return nullptr;
}

}  // namespace

bool might_hold_date(std::string_view s) {
    // One pass over the characters: 月, 季(度), or 年 with a period word.
    bool year = false, separator = false;
    for (size_t i = 0; i < s.size();) {
        const auto lead = static_cast<unsigned char>(s[i]);
        if (lead < 0x80) {
            separator = separator || s[i] == '-' || s[i] == '/' || s[i] == '.';
            ++i;
            continue;
        }
        const size_t n = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        if (n == 3 && i + 3 <= s.size()) {
            const std::string_view ch = s.substr(i, 3);
            if (ch == "月" || ch == "季") return true;
            year = year || ch == "年";
        }
        i += n;
    }
    if (year)  // every period word holds 年
        for (const auto& p : kPeriods)
            if (s.find(p.word) != std::string_view::npos) return true;
    if (!separator) return false;
    // 2024-12-31, 2024/12/31, 2024.12.31: a year, a separator, one or two
    // digits and the same separator (2376.49 is no date).
    const auto digit = [&](size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
    for (size_t i = 0; i + 7 < s.size(); ++i) {
        if (!((s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && s[i + 1] == '0')) || !digit(i + 2) || !digit(i + 3))
            continue;
        const char sep = s[i + 4];
        if (sep != '-' && sep != '/' && sep != '.') continue;
        size_t k = i + 5;
        if (!digit(k)) continue;
        k += digit(k + 1) ? 2 : 1;
        if (s[k] == sep && digit(k + 1)) return true;
    }
    return false;
}

std::optional<DateMatch> find_date(std::string_view squeezed) {
    const std::string s(squeezed);
    boost::smatch m;
    auto from = s.cbegin();
    while (boost::regex_search(from, s.cend(), m, date_pattern())) {
        if (auto d = date_of(m)) {
            DateMatch out;
            out.date = *d;
            out.pos = static_cast<size_t>(m[0].first - s.cbegin());
            out.len = static_cast<size_t>(m[0].length());
            const std::string_view text(s);
            if (const auto* w = deadline_at_start(text.substr(out.pos + out.len), kAfter))
                out.at_most = w->at_most;
            else if (const auto* b = deadline_at_end(text.substr(0, out.pos), kBefore))
                out.at_most = b->at_most;
            return out;
        }
        from = m[0].second == from ? from + 1 : m[0].second;
        if (from >= s.cend()) break;
    }
    return std::nullopt;
}

std::string without_dates(std::string_view squeezed) {
    // A year alone ("2024年", "2024年度", "2023-2024年度") is a date too.
    static const boost::regex kYearAlone("(?:19|20)\\d{2}(?:(?:-|~|至|到)(?:19|20)\\d{2})?年(?:度)?");
    std::string s(squeezed);
    if (might_hold_date(s)) s = boost::regex_replace(s, date_pattern(), "|");
    if (s.find("年") != std::string::npos && s.find_first_of("0123456789") != std::string::npos)
        s = boost::regex_replace(s, kYearAlone, "|");
    return s;
}

int compare_dates(const Date& a, const Date& b, std::optional<int> form_year) {
    auto year = [&](const Date& d) -> std::optional<int> {
        if (d.year) return d.year;
        if (form_year) return *form_year + d.years_after;
        return std::nullopt;
    };
    std::optional<int> ya = year(a), yb = year(b);
    // Without the form's year, a date without one is in the other's year;
    // when neither has a year, 次年 still comes after this year.
    if (!ya && yb) ya = yb;
    if (!yb && ya) yb = ya;
    const int year_a = ya ? *ya : a.years_after, year_b = yb ? *yb : b.years_after;
    const auto key = [](int y, int m, int d) { return std::make_tuple(y, m, d); };
    const bool days = a.day && b.day;
    const auto ka = key(year_a, a.month, days ? *a.day : 0), kb = key(year_b, b.month, days ? *b.day : 0);
    return ka < kb ? -1 : kb < ka ? 1 : 0;
}

std::string format_date(const Date& d) {
    std::string out;
    if (d.year)
        out = std::to_string(*d.year) + "年";
    else if (d.years_after)
        out = "次年";
    out += std::to_string(d.month) + "月";
    if (d.day) out += std::to_string(*d.day) + "日";
    return out;
}

}  // namespace perfeval::text
