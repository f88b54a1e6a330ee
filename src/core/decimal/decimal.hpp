// Decimal arithmetic for amounts and scores as forms show them: values with
// a few decimals are added as integers of their last decimal, so 0.1 + 0.2
// is 0.3 and 2376.49 + 105.29 is exactly 2481.78.
#pragma once

#include <cstdint>

namespace perfeval {

// The decimals a value shows, at most max_decimals: 2481.78 → 2, 100 → 0,
// 1/3 → max_decimals.
int decimals_of(double value, int max_decimals = 6);

// Half away from zero at `decimals`, after removing binary noise
// (2.675 → 2.68, 4.4999999999 → 4.5 → 5 at 0 decimals).
double round_half_up(double value, int decimals);

// value × 10^decimals as an exact integer (rounded half up); decimals may be
// negative (units of 10, 100 …). Saturates outside int64's range.
std::int64_t to_units(double value, int decimals);
double from_units(std::int64_t units, int decimals);

// -1, 0 or 1 as a is below, equal to or above b, ignoring binary noise.
int compare_values(double a, double b);

// a and b are equal when shown with `decimals` decimals.
bool equal_at(double a, double b, int decimals);

}  // namespace perfeval
