#include "number.hpp"

#include <charconv>
#include <string>

#include <boost/regex.hpp>

#include "normalize.hpp"

namespace perfeval::text {

std::optional<ParsedNumber> parse_number(std::string_view utf8) {
    // Thousands separators only in groups of three, so "1,2" is not 12.
    static const boost::regex kNumber(
        R"(^([+-]?) ?((?:\d{1,3}(?:,\d{3})+)|\d*)(?:\.(\d+))? ?(%?)$)");
    const std::string s = normalize(utf8);
    boost::smatch m;
    try {
        if (!boost::regex_match(s, m, kNumber)) return std::nullopt;
    } catch (const std::runtime_error&) {  // Boost.Regex gives up on pathological input
        return std::nullopt;
    }
    if (m[2].length() == 0 && m[3].length() == 0) return std::nullopt;  // no digit at all

    // from_chars takes no '+'.
    std::string digits = m[1].str() == "-" ? "-" : "";
    for (char c : m[2].str())
        if (c != ',') digits.push_back(c);
    if (m[2].length() == 0) digits.push_back('0');
    if (m[3].matched) digits += "." + m[3].str();

    ParsedNumber n;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n.value);
    if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
    n.decimals = m[3].matched ? static_cast<int>(m[3].length()) : 0;
    n.percent = m[4].length() > 0;
    if (n.percent) n.value /= 100.0;
    return n;
}

}  // namespace perfeval::text
