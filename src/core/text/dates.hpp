// Dates and deadlines as staff write them in 时效指标: targets "9月前",
// "12月底前", "年底前完成", "2024年12月31日前", "次年3月前", "上半年完成";
// actuals "7月", "10月完成", "2024年11月", "12月20日", "11月底".
//
// A date is a month (with the day when written) in a year that may be
// written (2024年), relative to the form's year (次年) or left out. Dates
// compare at the coarser of their precisions: "12月20日" meets "12月底前",
// "12月" meets "12月15日前" (the day cannot be told, so no error is built on it).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace perfeval::text {

struct Date {
    std::optional<int> year;  // as written: 2024年
    int years_after = 0;      // 次年 / 下年度: 1, relative to the form's year
    int month = 12;           // 1–12
    std::optional<int> day;   // 1–31, when written
};

struct DateMatch {
    Date date;
    size_t pos = 0, len = 0;  // where the date stands in the text
    // A deadline word: 前, 之前, 底前, 以前, 内, 截至… (at most) or 以后,
    // 之后 (at least); nullopt when none is written.
    std::optional<bool> at_most;
};

// Whether a text may hold a date at all (a month, a named period, a quarter,
// 2024-12-31): the date regexes, slow on every text, run only on these.
bool might_hold_date(std::string_view squeezed);

// The first date in a squeezed text (NFKC, no white space, numerals in
// digits), with the deadline word around it.
std::optional<DateMatch> find_date(std::string_view squeezed);

// The text with every date and every year ("2024年度") replaced by "|":
// what is left for the quantity in "截至2024年底完成100%".
std::string without_dates(std::string_view squeezed);

// Whether a date comes before (<0), at (0) or after (>0) another, at the
// coarser of their precisions. A date without a year (or with 次年) is
// taken in `form_year`; when that is unknown, in the other date's year.
int compare_dates(const Date& a, const Date& b, std::optional<int> form_year);

// "2024年12月31日", "次年3月", "12月": for reports.
std::string format_date(const Date& d);

}  // namespace perfeval::text
