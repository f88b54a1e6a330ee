// What the sanitizers and fuzzers (tests/fuzz, scripts/deep-test.sh) found in
// src/core, one test per fix: each failed, or was undefined behaviour under
// -fsanitize=address,undefined, before its fix.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

#include "core/form/grid.hpp"
#include "core/form/recognize.hpp"
#include "core/formulas/formulas.hpp"
#include "core/rules/format.hpp"
#include "core/rules/report.hpp"
#include "core/scoring/decimal.hpp"
#include "core/scoring/exec_rate.hpp"
#include "core/scoring/profile.hpp"
#include "core/scoring/scores.hpp"

using namespace perfeval;

namespace {

Operand num(double d) { return *operand_of(CellValue{d}); }
CellValue str(const char* s) { return CellValue{std::string(s)}; }

}  // namespace

// values (or any two values at 20+ decimals) as equal.
TEST(FuzzFindings, EqualAtHugeValuesOrManyDecimals) {
    EXPECT_FALSE(equal_at(1e19, 5e19, 0));
    EXPECT_FALSE(equal_at(1e300, 2e300, 2));
    EXPECT_TRUE(equal_at(1e300, 1e300, 2));
    EXPECT_FALSE(equal_at(0.956, 1.0, 24));  // "95.600000000000000000000%" as stated rate
    EXPECT_TRUE(equal_at(0.956, 0.956, 24));
    EXPECT_EQ(to_units(1e19, 0), std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ(to_units(-1e19, 0), std::numeric_limits<std::int64_t>::min());
    EXPECT_EQ(to_units(1e19, -5), 100000000000000);
    EXPECT_DOUBLE_EQ(from_units(100000000000000, -5), 1e19);
}

// and 0 at hundreds of decimals NaN.
TEST(FuzzFindings, RoundHalfUpStaysFinite) {
    EXPECT_DOUBLE_EQ(round_half_up(1.7e308, 2), 1.7e308);
    EXPECT_DOUBLE_EQ(round_half_up(0, 400), 0);
    EXPECT_DOUBLE_EQ(round_half_up(44.02, 400), 44.02);
    EXPECT_DOUBLE_EQ(*indicator_score(num(5), num(5), 1.7e308, {}, default_profile()), 1.7e308);
}
