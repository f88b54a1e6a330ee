// The profile's scoring rules written as spreadsheet formulas with functions
// every office has (IF, MIN, MAX, ROUND, SUM): what 填入公式 writes into a
// form and what 转换为通用公式 puts in place of a PERF.* call. Each mirrors
// scores.cpp. Texts are Calc's API syntax (';' between arguments).
#pragma once

#include <string>

#include "../text/quantity.hpp"
#include "constant_source.hpp"
#include "profile.hpp"

namespace perfeval {

// The shortest text that reads back as the same double (0.9, 4229.37),
// negative numbers in parentheses.
std::string number_text(double value);

// How operands may be combined: in an array formula MIN and MAX would fold
// the whole array into one value, so element-wise IFs are written instead.
enum class Shape { scalar, array };

// 执行率得分: ROUND(MIN(rate×weight; weight); d), or without the cap.
std::string native_exec_score(const std::string& rate, const std::string& weight, const Profile& p,
                              Shape shape = Shape::scalar);

// The share of its weight an indicator earns, by direction; `t_positive`
// when the target is a positive constant (no test for 0 needed), `high` the
// range's high end. Empty for a qualitative direction.
std::string native_share(text::Direction direction, const std::string& actual, const std::string& target,
                         const std::string& high, bool t_positive, bool high_positive, int equal_decimals,
                         const Profile& p, Shape shape = Shape::scalar);

// ROUND(share × weight; the profile's score decimals).
std::string native_score(const std::string& share, const std::string& weight, const Profile& p);

// 优 / 良 / 中 / 差 by the profile's bands.
std::string native_grade(const std::string& total, const Profile& p);

}  // namespace perfeval
