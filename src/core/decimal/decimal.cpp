#include "decimal.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

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
        if (std::fabs(scaled - std::round(scaled)) <= 1e-9 * std::max(1.0, std::fabs(scaled)))
            return d;
    }
    return max_decimals;
}

double round_half_up(double value, int decimals) {
    const double p = pow10(decimals);
    return std::round(snapped(snapped(value) * p)) / p;
}

std::int64_t to_units(double value, int decimals) {
    return static_cast<std::int64_t>(std::llround(snapped(snapped(value) * pow10(decimals))));
}

double from_units(std::int64_t units, int decimals) {
    return static_cast<double>(units) / pow10(decimals);
}

int compare_values(double a, double b) {
    const double x = snapped(a), y = snapped(b);
    return x < y ? -1 : x > y ? 1 : 0;
}

bool equal_at(double a, double b, int decimals) {
    return to_units(a, decimals) == to_units(b, decimals);
}

}  // namespace perfeval
