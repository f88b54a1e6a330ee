#include "budget_block.hpp"

#include <array>
#include <initializer_list>
#include <string_view>

#include "../text/normalize.hpp"

namespace perfeval {
namespace {

// Labels as they appear in published forms, squeezed (no white space, NFKC).
struct HeaderLabel {
    std::optional<CellAddress> BudgetBlock::*field;
    std::initializer_list<std::string_view> labels;
};

const std::array<HeaderLabel, 6> kHeaders{{
    {&BudgetBlock::opening_budget, {"年初预算数", "年初预算"}},
    {&BudgetBlock::budget, {"全年预算数", "调整后预算数", "全年预算"}},
    {&BudgetBlock::executed, {"全年执行数", "实际执行数", "全年执行"}},
    {&BudgetBlock::weight, {"分值"}},
    {&BudgetBlock::rate, {"执行率"}},
    {&BudgetBlock::score, {"得分", "自评得分"}},
}};

constexpr std::string_view kTotalLabel = "年度资金总额";
// The header row stands right above the total row; allow a few spacer rows.
constexpr int kHeaderSearchRows = 3;

std::string squeezed_text(const CellValue& v) {
    const auto* s = std::get_if<std::string>(&v);
    return s ? text::squeeze(*s) : std::string();
}

bool matches(const std::string& text, std::initializer_list<std::string_view> labels) {
    for (auto l : labels)
        if (text == l) return true;
    return false;
}

}  // namespace

std::optional<BudgetBlock> find_budget_block(const Grid& grid) {
    std::optional<CellAddress> total;
    grid.for_each([&](CellAddress a, const CellValue& v) {
        if (!total && squeezed_text(v) == kTotalLabel) total = a;
    });
    if (!total) return std::nullopt;

    BudgetBlock block;
    block.total_label = *total;
    const int first_col = grid.origin().col;
    const int last_col = first_col + grid.cols();
    for (int up = 1; up <= kHeaderSearchRows; ++up) {
        const int header_row = total->row - up;
        bool found_any = false;
        for (int col = first_col; col < last_col; ++col) {
            const std::string label = squeezed_text(grid.at({header_row, col}));
            for (const auto& h : kHeaders)
                if (!(block.*h.field) && matches(label, h.labels)) {
                    block.*h.field = CellAddress{total->row, col};
                    found_any = true;
                }
        }
        if (found_any) break;
    }
    return block;
}

}  // namespace perfeval
