// A scoring profile: one region's rule set, as a value. The functions and the
// checker take the same profile, so a formula and a finding never disagree.
// Add a region by adding a row to the table in profile.cpp.
#pragma once

#include <array>
#include <string_view>
#include <vector>

#include "../catalog/function_catalog.hpp"

namespace perfeval {

enum class ReverseRule {
    ratio,   // actual > target: target ÷ actual × weight
    linear,  // actual > target: (1 − (actual − target) ÷ target) × weight, 0 from 2 × target
};

struct GradeBand {
    double min_total;      // inclusive lower bound
    std::string_view name; // 优 / 良 / 中 / 差: a form value, the same in every UI language
};

struct Profile {
    std::string_view name;      // what users pass as the profile argument
    LocalText label;            // short, for choosers
    LocalText title;            // one line on what the profile does
    bool cap_exec_score;        // 执行率得分 = min(rate × weight, weight)
    ReverseRule reverse;
    int score_decimals;         // computed scores are rounded half up to this
    double explain_rate_below;  // a rate under this must be explained (0.9)
    double default_exec_weight; // 执行率 weight when not given (10)
    std::array<GradeBand, 4> grades;  // from the best down; the last has min 0
};

const std::vector<Profile>& profiles();
const Profile& default_profile();  // "national"
// Exact name, case-insensitive; nullptr when unknown.
const Profile* find_profile(std::string_view name);

}  // namespace perfeval
