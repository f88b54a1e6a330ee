// A template family: the words one kind of published form uses for each
// part, as data. The recognizer reads any family's form with the same code;
// adding a family is adding a table (families/*.cpp) and a fixture
// (tests/forms/*.form). Labels are matched squeezed (NFKC, no white space)
// and without header suffixes such as (A), (B/A), (万元), (10分).
#pragma once

#include <initializer_list>
#include <string_view>

#include "../message.hpp"
#include "form_model.hpp"

namespace perfeval {

// What a column of the budget block or of the indicator table holds.
enum class Column {
    // budget block
    opening_budget,  // 年初预算数
    budget,          // 全年预算数 / 调整后预算数: the full-year (adjusted) budget
    executed,        // 全年执行数 / 预算执行数
    rate,            // 执行率
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

using Words = std::initializer_list<std::string_view>;

// The header labels that name one column.
struct ColumnWords {
    Column column;
    Words exact;     // the whole label is one of these
    Words prefixes;  // or starts with one of these
};
using ColumnTable = std::initializer_list<ColumnWords>;

struct Family {
    std::string_view id;  // stable, in reports and JSON: "sichuan-project"
    MessageId name;       // its name in words
    FormKind kind;
    // Texts only this family's forms hold (found inside any cell): they tell
    // families with the same columns apart.
    Words signature = {};
    // Budget block: its header, the total row's label (年度资金总额), the
    // rows that split the total (prefixes: 其中:本年财政拨款, 上年结转资金 …).
    ColumnTable budget_columns = {};
    Words budget_total = {};
    Words fund_rows = {};
    // Whether the block's weight and score count toward the form's total
    // (执行率 10 + indicators 90 = 100).
    bool budget_scored = true;
    // Income and expense splits written in label cells (prefixes).
    Words income_split = {}, expense_split = {};
    ColumnTable indicator_columns = {};
    Words total_row = {};     // a row of its own: 总分 / 合计
    Words header_total = {};  // a field in the form's header: 自评得分
    Words unit_name = {};     // the label left of the unit's or project's name
    Words narrative = {};     // the label above (or left of) what was achieved
    // Where the execution rate is scored as an indicator (项目管理 · 预算执行率)
    // rather than in the budget block: that indicator's names.
    Words rate_indicator = {};
};

// Every family, in the order ties are broken.
std::initializer_list<const Family*> all_families();
// By id; nullptr for an unknown one.
const Family* find_family(std::string_view id);

}  // namespace perfeval
