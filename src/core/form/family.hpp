// A template family: the words one kind of published form uses for each
// part, as data. The recognizer reads any family's form with the same code.
// Each family is one JSON file (src/core/form/families/*.json, compiled in;
// a bureau's own from a folder: family_files.hpp). Labels are matched
// squeezed (NFKC, no white space) and without header suffixes such as (A),
// (B/A), (万元), (10分).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "form_model.hpp"

namespace perfeval {

// What a column of the budget block or of the indicator table holds.
enum class Column {
    // budget block
    opening_budget,  // 年初预算数
    budget,          // 全年预算数 / 调整后预算数: the full-year (adjusted) budget
    executed,        // 全年执行数 / 预算执行数
    rate,            // 执行率
    adjustment,      // 年中调整金额 ②, where the full-year budget is ③ = ① + ②
    balance,         // 本年度结余金额 ⑥ = ③ − ④
    balance_rate,    // 资金结余率 ⑦ = ⑥ ÷ ③
    // indicator table
    level1,     // 一级指标
    level2,     // 二级指标
    level3,     // 三级指标: the indicator's name
    direction,  // 指标性质: ≥ ≤ =, when it is a column of its own
    target,     // 年度指标值
    unit,       // 度量单位, when it is a column of its own
    actual,     // 实际完成值
    // both
    weight,  // 分值 / 权重
    score,   // 得分
    reason,  // 偏差原因分析及改进措施
};

// Its id in family files: "opening_budget", "rate", …; empty for none.
std::string_view column_id(Column c);
bool column_of_id(std::string_view id, Column& out);

using Words = std::vector<std::string>;

// The header labels that name one column.
struct ColumnWords {
    Column column;
    Words exact;     // the whole label is one of these
    Words prefixes;  // or starts with one of these
};
using ColumnTable = std::vector<ColumnWords>;

// How much each kind of evidence weighs when families compete for a sheet.
struct FitWeights {
    int signature = 4, column = 1, budget_total = 2;
    // The least share of its own words a family must find on a sheet to be
    // chosen; below it the sheet is read by role (the generic family).
    double min_share = 0;
};

struct Family {
    std::string id;  // stable, in reports and JSON: "sichuan-project"
    std::string name_zh, name_en;
    FormKind kind = FormKind::department;
    int priority = 0;  // ties are broken toward the higher
    // Texts only this family's forms hold (found inside any cell): they tell
    // families with the same columns apart.
    Words signature;
    // Budget block: its header, the total row's label (年度资金总额), the
    // rows that split the total (prefixes: 其中:本年财政拨款, 上年结转资金 …).
    ColumnTable budget_columns;
    Words budget_total;
    Words fund_rows;
    // Whether the block's weight and score count toward the form's total
    // (执行率 10 + indicators 90 = 100).
    bool budget_scored = true;
    // Income and expense splits written in label cells (prefixes).
    Words income_split, expense_split;
    // The total row stands below the rows it adds up (合计 last, as in
    // Fujian's form); those rows are then checked one by one.
    bool total_last = false;
    Words split_prefixes;  // 其中: before a split row's label
    ColumnTable indicator_columns;
    Words total_row;     // a row of its own: 总分 / 合计
    Words header_total;  // a field in the form's header: 自评得分
    Words unit_name;     // the label left of the unit's or project's name
    Words narrative;     // the label above (or left of) what was achieved
    // Where the execution rate is scored as an indicator (项目管理 · 预算执行率)
    // rather than in the budget block: that indicator's names.
    Words rate_indicator;
    // Endings of indicator names whose unsigned target is a ceiling (控制率).
    Words reverse_names;
    // What follows the indicator table in its first columns (评价结论, 填表人 …).
    Words table_end_exact, table_end_prefixes;
    FitWeights fit;
    std::string source;  // the file it came from ("four-part.json", or a path)

    const std::string& name(bool english) const { return english ? name_en : name_zh; }
};

}  // namespace perfeval
