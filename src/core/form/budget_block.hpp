// Finds the budget block of a form (年度资金总额 and its header row) by its
// labels, wherever it stands on the sheet. The first step of form
// recognition; the full recognizer builds on it.
#pragma once

#include <optional>

#include "grid.hpp"

namespace perfeval {

struct BudgetBlock {
    CellAddress total_label;  // the cell 年度资金总额
    // Value cells on the total row, under their header; empty when the
    // header is missing.
    std::optional<CellAddress> opening_budget;  // 年初预算数
    std::optional<CellAddress> budget;          // 全年预算数
    std::optional<CellAddress> executed;        // 全年执行数
    std::optional<CellAddress> weight;          // 分值
    std::optional<CellAddress> rate;            // 执行率
    std::optional<CellAddress> score;           // 得分
};

std::optional<BudgetBlock> find_budget_block(const Grid& grid);

}  // namespace perfeval
