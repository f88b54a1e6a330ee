#include "number.hpp"

#include <charconv>

#include "normalize.hpp"

namespace perfeval::text {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The length of the unsigned number starting at pos; 0 when none starts there.
size_t unsigned_number_length(std::string_view s, size_t pos) {
    const size_t n = s.size();
    auto digit_at = [&](size_t k) { return k < n && is_digit(s[k]); };
    size_t k = pos;
    if (digit_at(pos)) {
        while (digit_at(k)) ++k;
        if (k - pos <= 3)  // thousands groups: ,ddd as long as they come
            while (k < n && s[k] == ',' && digit_at(k + 1) && digit_at(k + 2) && digit_at(k + 3) && !digit_at(k + 4))
                k += 4;
        if (k < n && s[k] == '.' && digit_at(k + 1)) {
            k += 1;
            while (digit_at(k)) ++k;
        }
        return k - pos;
    }
    if (pos < n && s[pos] == '.' && digit_at(pos + 1)) {
        k = pos + 1;
        while (digit_at(k)) ++k;
        return k - pos;
    }
    return 0;
}

}  // namespace

void fold_minus_sign(std::string& s) {
    for (std::string::size_type p; (p = s.find("\u2212")) != std::string::npos;) s.replace(p, 3, "-");
}

std::vector<NumberToken> number_tokens(std::string_view s) {
    std::vector<NumberToken> out;
    size_t i = 0;
    while (i < s.size()) {
        const size_t start = (s[i] == '+' || s[i] == '-') ? i + 1 : i;
        const size_t len = unsigned_number_length(s, start);
        if (len == 0) {
            ++i;
            continue;
        }
        out.push_back({i, start + len - i});
        i = start + len;
    }
    return out;
}

std::optional<ParsedNumber> token_value(std::string_view token) {
    std::string digits;
    digits.reserve(token.size() + 1);
    for (char ch : token)
        if (ch != ',' && ch != '+') digits.push_back(ch);
    // from_chars reads neither "+" nor ".5": give it "0.5".
    if (const auto point = digits.find('.'); point == 0 || (point == 1 && digits[0] == '-')) digits.insert(point, "0");
    ParsedNumber n;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n.value);
    if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
    const auto point = digits.find('.');
    n.decimals = point == std::string::npos ? 0 : static_cast<int>(digits.size() - point - 1);
    return n;
}

std::optional<ParsedNumber> parse_number(std::string_view utf8) {
    std::string s = normalize(utf8);
    fold_minus_sign(s);
    std::string_view v(s);
    bool percent = false;
    if (!v.empty() && v.back() == '%') {
        percent = true;
        v.remove_suffix(1);
        if (!v.empty() && v.back() == ' ') v.remove_suffix(1);
    }
    std::string sign;
    if (!v.empty() && (v.front() == '+' || v.front() == '-')) {
        if (v.front() == '-') sign = "-";
        v.remove_prefix(1);
        if (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    }
    if (v.empty() || unsigned_number_length(v, 0) != v.size()) return std::nullopt;
    auto n = token_value(sign + std::string(v));
    if (!n) return std::nullopt;
    if (percent) {
        const UnitScale scale = unit_scale("%");
        n->value /= scale.divisor;
        n->percent = true;
    }
    return n;
}

UnitScale unit_scale(std::string_view unit) {
    if (unit == "%") return {100, 2};
    if (unit == "‰") return {1000, 3};
    return {};
}

}  // namespace perfeval::text
