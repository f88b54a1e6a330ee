// 转换为通用公式: a formula with PERF.* calls rewritten with functions every
// office has, so a form sent as .xlsx computes in Excel and WPS. Each call
// becomes its native equivalent (scoring/native_formulas.hpp); a text read
// from a cell (≥90%) becomes its number, quoted in a comment. A call with no
// native equivalent (PERF.CHECK, PERF.FINDINGS, a target only known when
// computed) leaves the cell to take its current value instead.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../cell_value.hpp"
#include "../scoring/constant_source.hpp"

namespace perfeval::formulas {

// The value of a single-cell reference as a formula writes it ("E23",
// "$E$23", "$'表 2'.E23"); nullopt when the text is no single cell.
using CellLookup = std::function<std::optional<CellValue>(const std::string& reference)>;

struct PortableFormula {
    std::optional<std::string> formula;  // nullopt: no native equivalent, take the current value
    std::vector<ConstantSource> constants;
};

// Whether a formula (as XCell::getFormula gives it) calls a PERF.* function.
bool calls_perfeval(std::string_view formula);

// `array`: the formula is an array formula (element-wise IFs instead of MIN
// and MAX). PERF.* calls may be nested in other functions or in each other.
PortableFormula portable_formula(std::string_view formula, const CellLookup& lookup, bool array);

}  // namespace perfeval::formulas
