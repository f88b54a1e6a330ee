// The unit words written after a number in forms ("个", "万元", "%", "个工作日"),
// read in one place for quantities, Chinese numerals and dates.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace perfeval::text {

// The unit at the start of `rest`: its length in bytes (0: none) and, in
// `unit`, the unit as kept. A scale (万, 亿) is kept in the unit, never
// multiplied out; 余/多 ("more than") is dropped: "万余件" → "万件".
size_t read_unit(std::string_view rest, std::string& unit);

// Whether `s` is a unit and nothing else ("万元", "%").
bool is_only_unit(std::string_view s);

}  // namespace perfeval::text
