// The scoring rules finance bureaus publish, driven by a profile: the execution-rate
// score, a quantitative indicator's score, the grade, and sum checks.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "../expected.hpp"
#include "operand.hpp"
#include "profile.hpp"

namespace perfeval {

// 执行率得分: rate × weight, capped at weight when the profile says so.
Expected<double> exec_score(double rate, double weight, const Profile& profile);

// A quantitative indicator's score. The direction comes from the target text
// unless given. A range is met inside it; a date target is a deadline, met
// by a date on or before it (years as text/dates.hpp says, `form_year` for
// the dates that do not write theirs). Qualitative targets, unreadable texts
// and disagreeing units (a date against a number) are problems, never guesses.
Expected<double> indicator_score(const Operand& target, const Operand& actual, double weight,
                                 std::optional<text::Direction> direction, const Profile& profile,
                                 std::optional<int> form_year = std::nullopt);

// 优 / 良 / 中 / 差 for a total score in 0–100.
Expected<std::string_view> grade(double total, const Profile& profile);

// total − Σ parts, exact at the decimals the values show (at most the
// profile's max_decimals, and at most 15 significant digits of the largest
// value); 0 when they agree.
Expected<double> sum_check(const Operand& total, const std::vector<Operand>& parts, const Profile& profile);

}  // namespace perfeval
