// A scoring profile: one region's rule set, as a value. The functions and the
// checker take the same profile, so a formula and a finding never disagree.
// Add a region by adding a row to the table in profile.cpp; every number a
// finance bureau might set differently is a field here, not a constant in code.
#pragma once

#include <array>
#include <string_view>
#include <vector>

#include "../lang.hpp"

namespace perfeval {

enum class ReverseRule {
    ratio,   // actual > target: target ÷ actual × weight
    linear,  // actual > target: (1 − (actual − target) ÷ target) × weight, 0 from 2 × target
};

struct GradeBand {
    double min_total;       // inclusive lower bound
    std::string_view name;  // 优 / 良 / 中 / 差: a form value, the same in every UI language
};

// How much of its weight a qualitative indicator earns by how far it was met:
// met from `partly_to` up to all of it, partly met `partly_from`–`partly_to`,
// not met below `partly_from`.
struct QualitativeTiers {
    double partly_from = 0.6;
    double partly_to = 0.8;
};

struct Profile {
    std::string_view name;       // what users pass as the profile argument
    LocalText label;             // short, for choosers and reports
    bool cap_exec_score = true;  // 执行率得分 = min(rate × weight, weight)
    ReverseRule reverse = ReverseRule::ratio;
    int score_decimals = 2;           // computed scores are rounded half up to this
    int max_decimals = 6;             // sums and totals are exact to this many decimals
    double explain_rate_below = 0.9;  // a rate under this must be explained
    double default_exec_weight = 10;  // 执行率 weight when not given
    double total_weight = 100;        // what 总分's 分值 is: never "corrected" to anything else
    QualitativeTiers tiers{};
    double late_deadline_share = 0;  // a missed deadline earns this share of its weight (national: none)
    // A deviation reason (偏差原因) where points are lost is required (an
    // error); where the actual exceeds a target by `exceed_ratio` or more it
    // is asked for only when `reason_when_exceeded` is set (a warning).
    bool reason_required = true;
    bool reason_when_exceeded = false;
    double exceed_ratio = 0.3;
    int fix_rounds = 5;  // Fix all re-checks at most this often (rates → scores → totals)
    std::array<GradeBand, 4> grades{{{90, "优"}, {80, "良"}, {60, "中"}, {0, "差"}}};  // best first; last min 0
};

const std::vector<Profile>& profiles();
const Profile& default_profile();  // "national"
// Exact name, case-insensitive; nullptr when unknown.
const Profile* find_profile(std::string_view name);

}  // namespace perfeval
