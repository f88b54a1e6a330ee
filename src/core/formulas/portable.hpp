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
// The values of a range reference ("A1:A7", "$'表 2'.H14:H36"); nullopt
// when the text is no range or it is too large to look at.
using RangeLookup = std::function<std::optional<std::vector<CellValue>>(const std::string& reference)>;

struct PortableFormula {
    std::optional<std::string> formula;  // nullopt: no native equivalent, take the current value
    std::vector<ConstantSource> constants;
};

// Whether a formula (as XCell::getFormula gives it) calls a PERF.* function.
bool calls_perfeval(std::string_view formula);

// `array`: the formula is an array formula (element-wise IFs instead of MIN
// and MAX). PERF.* calls may be nested in other functions or in each other.
// A call over a range that holds a text (a number typed as "　2", a word)
// has no native twin: SUM and division skip or fail on what PERF.* reads,
// so the cell keeps its value.
PortableFormula portable_formula(std::string_view formula, const CellLookup& lookup, bool array,
                                 const RangeLookup& ranges);

// Whether a formula refers to any cell ("=(0.9)", "=(\"≤\")" do not: a
// conversion that leaves such a constant has kept a value, not a formula).
bool refers_to_cells(std::string_view formula);

}  // namespace perfeval::formulas
