// Formulas that make a recognized form compute by itself in any office: the
// execution rate, its score, each quantitative indicator's score and the
// total, written with functions Excel and WPS have too (IF, MIN, MAX, ROUND,
// SUM). They follow the same profile and the same readings as the rules, so
// a check after writing them finds no computable error.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "../form/grid.hpp"
#include "../scoring/constant_source.hpp"
#include "../scoring/profile.hpp"

namespace perfeval {

struct LiveFormula {
    CellAddress cell;
    std::string formula;  // Calc's API syntax: English names, ';' between arguments, A1 references
    std::vector<ConstantSource> constants;
};

struct LivePlan {
    std::vector<LiveFormula> formulas;
    // Score cells arithmetic cannot compute (qualitative targets, deadlines,
    // actuals in words, texts in place of numbers): they keep their values.
    std::vector<CellAddress> skipped;
};

// nullopt when the grid holds no form.
std::optional<LivePlan> plan_live_formulas(const Grid& grid, const Profile& profile);

}  // namespace perfeval
