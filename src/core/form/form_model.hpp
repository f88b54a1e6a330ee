// What a recognized form holds: every value with the sheet address it came
// from, so that each finding can point at its cell. Built by recognize();
// read by the rules. Values stay as the cells hold them (number or text).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../message.hpp"
#include "grid.hpp"

namespace perfeval {

enum class FormKind { department, project };

// One value of the form and where it stands. An absent cell means the form
// has no place for it (e.g. no 执行率 column); a present cell may be empty.
struct FormValue {
    std::optional<CellAddress> cell;
    CellValue value;

    bool present() const { return cell.has_value(); }
    bool empty() const { return is_empty(value); }
};

// A row of the budget block: 年度资金总额, or in the project form one of
// 本年财政拨款 / 上年结转资金 / 其他资金.
struct BudgetRow {
    std::string label;
    CellAddress label_cell;
    FormValue opening_budget;  // 年初预算数
    FormValue budget;          // 全年预算数
    FormValue executed;        // 全年执行数
    // Where the block has them for every row (Fujian: ② ⑤ ⑥ ⑦).
    FormValue adjustment;    // 年中调整金额: budget = opening + adjustment
    FormValue rate;          // this row's own 执行率 / 支出实现率
    FormValue balance;       // 本年度结余金额: budget − executed
    FormValue balance_rate;  // 资金结余率: balance ÷ budget
};

struct BudgetSection {
    BudgetRow total;               // 年度资金总额
    FormValue weight;              // 分值
    FormValue rate;                // 执行率
    FormValue score;               // 得分
    std::vector<BudgetRow> parts;  // project form: 本年财政拨款, 上年结转资金, 其他资金
    // The other rows of a block whose total comes last (财政资金小计, 项目支出 …):
    // nested sums, not parts of one total, each checked on its own figures.
    std::vector<BudgetRow> rows;
    // Rates written as percent numbers under a "(%)" header: 99.92 is 99.92 %.
    bool rate_in_percent = false, balance_rate_in_percent = false;
};

// "政府性基金拨款：105.29": a part of a funding split, its value often
// written inside the label.
struct SplitItem {
    std::string label;
    FormValue value;
};

struct FundingSplit {
    std::string title;  // 按收入性质分 / 按支出性质分
    CellAddress title_cell;
    std::vector<SplitItem> items;
};

struct Indicator {
    std::string level1;  // 产出指标
    std::string level2;  // 数量指标
    std::string name;    // 三级指标
    int group = -1;      // index into FormModel::groups: the first-level group it stands in
    int row = 0;         // 0-based sheet row
    CellAddress name_cell;
    FormValue target;  // 年度指标值
    FormValue actual;  // 实际完成值
    FormValue weight;  // 分值
    FormValue score;   // 得分
    FormValue reason;  // 偏差原因分析及改进措施
    // Where the family has them as columns of their own (指标性质, 度量单位);
    // a sign or unit written in the target or actual text wins.
    FormValue direction;
    FormValue unit;
};

struct IndicatorGroup {
    std::string name;  // "产出指标", the label without its weight
    CellAddress label_cell;
    std::optional<double> label_weight;  // 50 from "产出指标(50分)"
};

struct FormModel {
    FormKind kind = FormKind::department;
    std::string_view family;  // the template family's id: "sichuan-project"
    std::string title;
    // The year evaluated, from the title ("2024年度部门整体支出绩效自评表"):
    // the year of deadlines written without one ("9月前").
    std::optional<int> year;
    FormValue unit_name;  // 预算部门名称 / 项目名称 …
    std::optional<BudgetSection> budget;
    std::optional<FundingSplit> income;   // 按收入性质分
    std::optional<FundingSplit> expense;  // 按支出性质分
    FormValue narrative;                  // 年度总体目标 · 实际完成情况
    // The label over the whole indicator table, where it carries a weight:
    // 绩效指标(90分), 年度绩效目标(80分).
    std::optional<IndicatorGroup> indicator_block;
    std::vector<IndicatorGroup> groups;  // level-1 groups in order
    std::vector<Indicator> indicators;
    // The indicator that scores the execution rate (项目管理 · 预算执行率),
    // in families whose budget block has no score of its own.
    std::optional<int> rate_indicator;
    FormValue total_weight;  // 总分 row, 分值 column
    FormValue total_score;   // 总分 row, 得分 column
    FormValue header_score;  // 自评得分 in the form's header, where the family has it
    // Indicator names that mean a ceiling where the target writes no sign
    // (财政供养人员控制率 100%: at most), as the family says.
    std::vector<std::string> reverse_names;
    // Whether the budget block's weight and score count toward the total
    // (the family says so).
    bool budget_in_total = true;
    // They should, but the block or its weight was not found: totals are
    // then not computed or checked on a guess.
    bool totals_unsure = false;
    CellAddress top_left, bottom_right;  // the area the form covers
    // Where each column's header label was found ("budget.rate", "indicators.actual"),
    // and how well each family fitted the sheet (its share of its own words),
    // best first: what perfeval-check --explain shows.
    std::vector<std::pair<std::string, CellAddress>> header_cells;
    std::vector<std::pair<std::string, double>> fits;
    std::vector<MessageId> missing;    // parts not found (MessageId::part_…)
    std::vector<MessageId> ambiguous;  // columns named twice in a header (MessageId::part_column_…)
};

}  // namespace perfeval
