// The spreadsheet functions, one C++ function each, on plain cell values:
// what PERF.* computes for one set of arguments. The add-in only converts
// UNO values and spreads ranges over these; nothing here knows UNO.
//
// An omitted optional argument is an empty CellValue.
#pragma once

#include <string>
#include <vector>

#include "../cell_value.hpp"
#include "../expected.hpp"

namespace perfeval::formulas {

// PERF.EXECRATE(executed; budget)
Expected<double> exec_rate(const CellValue& executed, const CellValue& budget);
// PERF.EXECSCORE(executed; budget; [weight]; [profile])
Expected<double> exec_score(const CellValue& executed, const CellValue& budget, const CellValue& weight,
                            const CellValue& profile);
// PERF.SCORE(target; actual; weight; [direction]; [profile])
Expected<double> indicator_score(const CellValue& target, const CellValue& actual, const CellValue& weight,
                                 const CellValue& direction, const CellValue& profile);
// PERF.TARGET(text)
Expected<double> target_value(const CellValue& text);
// PERF.DIRECTION(text): "≥", "≤", "=" or "定性"
Expected<std::string> target_direction(const CellValue& text);
// PERF.GRADE(total; [profile])
Expected<std::string> grade(const CellValue& total, const CellValue& profile);
// PERF.SUMCHECK(total; part…): empty parts (blank cells in a range) count as nothing.
Expected<double> sum_check(const CellValue& total, const std::vector<CellValue>& parts);

}  // namespace perfeval::formulas
