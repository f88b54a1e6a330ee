#include "decimal.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>

namespace perfeval {
namespace {

double pow10(int n) {
    double p = 1;
    for (int i = 0; i < n; ++i) p *= 10;
    return p;
}

// The shortest decimal text of the value at 15 significant digits: what a
// person typed, without the binary tail (0.1 + 0.2 → 0.3).
double snapped(double value) {
    if (!std::isfinite(value)) return value;
    char buf[40];
    const auto end = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::general, 15).ptr;
    double out = value;
    std::from_chars(buf, end, out);
    return out;
}

}  // namespace

int decimals_of(double value, int max_decimals) {
    const double v = snapped(value);
    for (int d = 0; d < max_decimals; ++d) {
        const double scaled = v * pow10(d);
        if (std::fabs(scaled - std::round(scaled)) <= 1e-9 * std::max(1.0, std::fabs(scaled))) return d;
    }
    return max_decimals;
}

double round_half_up(double value, int decimals) {
    const double p = pow10(decimals);
    const double scaled = snapped(snapped(value) * p);
    // Too large to have decimals at this scale (near DBL_MAX, or hundreds of
    // decimals): the value as it is, not inf or NaN.
    if (!std::isfinite(scaled)) return snapped(value);
    return std::round(scaled) / p;
}

std::int64_t to_units(double value, int decimals) {
    // Negative decimals: units of tens, hundreds … (sum_check on huge values).
    const double scaled = snapped(decimals >= 0 ? snapped(value) * pow10(decimals) : snapped(value) / pow10(-decimals));
    // Saturated outside int64 (llround would be out of range); NaN gives 0.
    if (!(std::fabs(scaled) < 9.2e18))
        return std::isnan(scaled) ? 0
               : scaled < 0       ? std::numeric_limits<std::int64_t>::min()
                                  : std::numeric_limits<std::int64_t>::max();
    return static_cast<std::int64_t>(std::llround(scaled));
}

double from_units(std::int64_t units, int decimals) {
    return decimals >= 0 ? static_cast<double>(units) / pow10(decimals) : static_cast<double>(units) * pow10(-decimals);
}

int compare_values(double a, double b) {
    const double x = snapped(a), y = snapped(b);
    return x < y ? -1 : x > y ? 1 : 0;
}

bool equal_at(double a, double b, int decimals) {
    // As to_units(a) == to_units(b), without int64's range: two huge values, or
    // two at 20 decimals, are not equal because both saturate.
    const double p = pow10(decimals);
    const double x = snapped(snapped(a) * p), y = snapped(snapped(b) * p);
    if (!std::isfinite(x) || !std::isfinite(y)) return snapped(a) == snapped(b);
    return std::round(x) == std::round(y);
}

}  // namespace perfeval
