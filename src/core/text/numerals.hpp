// Chinese numerals where staff write a count or a percent in words:
// "三项" → "3项", "十二个" → "12个", "两次" → "2次", "九月前" → "9月前",
// "百分之九十" → "90%", "百分之九十五点五" → "95.5%", "零起" → "0起".
//
// A run of numerals becomes digits only where it is a quantity: after
// 百分之, or before a unit word that ends the clause ("三项", "两次以上"),
// never after 第 (an ordinal) and never inside words ("一般公共预算",
// "一网通办", "十四五", "一次性补助" stay as they are). A text that is
// only 零 or 无 is the count 0 (安全事故：无).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace perfeval::text {

// The value of a run of Chinese numerals: "十二" 12, "两百" 200, "九十五点五"
// 95.5, "二〇二四" 2024; nullopt when it is not one.
std::optional<double> chinese_number(std::string_view run);

// `squeezed` (NFKC, no white space) with its numeral quantities in digits.
std::string with_arabic_numerals(const std::string& squeezed);

}  // namespace perfeval::text
