// What 修正 (Fix) and 全部修正 (Fix all) may write, decided on the sheet as it
// is and tried before it is offered: a fix is offered only when the sheet,
// checked again with it written, has fewer errors and no finding it did not
// have before. A part's fix brings along the totals that add the part up
// (written with it, as the total the rules would give): a corrected score
// does not leave its total behind. The UNO side writes what is decided
// here; nothing else.
#pragma once

#include <string>
#include <vector>

#include "check.hpp"

namespace perfeval {

struct CellWrite {
    CellAddress cell;
    double value;
};

// Whether `after` is better than `before`: fewer errors (or as many and
// fewer warnings), and no finding (rule and cell) it did not have.
bool better(const SheetReport& before, const SheetReport& after);

// What writing the finding's fix means: its cell, then the totals that the
// write leaves behind (a total-score or total-weight finding it causes),
// with the rules' values. Empty when that does not make the sheet better.
std::vector<CellWrite> plan_fix(const Grid& grid, const SheetReport& before, const Finding& finding,
                                const Profile& profile);

// The writes of 全部修正 for one sheet: the errors' fixes, parts (rates,
// scores, weights, rows) before the totals that add them up, round after
// round (at most profile.fix_rounds); when the whole does not make the
// sheet better, the fixes that do on their own, one by one. Each cell once,
// with its last value; empty when nothing makes the sheet better.
std::vector<CellWrite> plan_fix_all(const Grid& grid, const std::string& sheet, const Profile& profile);

// The grid with the writes made.
Grid with_writes(Grid grid, const std::vector<CellWrite>& writes);

}  // namespace perfeval
