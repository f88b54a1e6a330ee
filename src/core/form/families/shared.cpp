#include "shared.hpp"

namespace perfeval::families {

// Function-local statics: families in other files read them while they are
// initialized themselves.

ColumnTable standard_budget_columns() {
    static const ColumnTable kColumns{{Column::opening_budget, {"年初预算数", "年初预算"}, {}},
                                      {Column::budget, {"全年预算数", "全年预算", "调整后预算数"}, {}},
                                      {Column::executed, {"全年执行数", "全年执行", "实际执行数"}, {}},
                                      {Column::weight, {"分值", "权重"}, {}},
                                      {Column::rate, {"执行率"}, {}},
                                      {Column::score, {"得分", "自评得分", "评分"}, {}}};
    return kColumns;
}

ColumnTable standard_indicator_columns() {
    static const ColumnTable kColumns{
        {Column::level1, {"一级指标"}, {}},
        {Column::level2, {"二级指标"}, {}},
        {Column::level3, {"三级指标"}, {}},
        {Column::direction, {"指标性质"}, {}},
        {Column::target, {"年度指标值", "指标值", "年度目标值", "目标值", "预期指标值"}, {}},
        {Column::unit, {"度量单位", "计量单位"}, {}},
        {Column::actual, {"实际完成值", "实际值", "完成值", "全年实际值"}, {}},
        {Column::weight, {"分值", "权重", "指标分值"}, {}},
        {Column::score, {"得分", "自评得分", "评分", "实际得分"}, {}},
        {Column::reason, {}, {"偏差原因", "未完成原因"}}};
    return kColumns;
}

ColumnTable sichuan_budget_columns() {
    static const ColumnTable kColumns{{Column::opening_budget, {"年初预算", "年初预算数"}, {}},
                                      {Column::budget, {"调整后预算数", "调整后预算", "调整预算数"}, {}},
                                      {Column::executed, {"预算执行数", "执行数"}, {}},
                                      {Column::rate, {"预算执行率", "执行率"}, {}},
                                      {Column::weight, {"权重", "分值"}, {}},
                                      {Column::score, {"得分"}, {}},
                                      {Column::reason, {"原因"}, {}}};
    return kColumns;
}

ColumnTable sichuan_indicator_columns() {
    static const ColumnTable kColumns{{Column::level1, {"一级指标"}, {}},
                                      {Column::level2, {"二级指标"}, {}},
                                      {Column::level3, {"三级指标"}, {}},
                                      {Column::direction, {"指标性质"}, {}},
                                      {Column::target, {"指标值", "年度指标值"}, {}},
                                      {Column::unit, {"度量单位", "计量单位", "单位"}, {}},
                                      {Column::actual, {"完成值", "实际完成值"}, {}},
                                      {Column::weight, {"权重", "分值"}, {}},
                                      {Column::score, {"得分"}, {}},
                                      {Column::reason, {}, {"未完成原因", "偏差原因"}}};
    return kColumns;
}

}  // namespace perfeval::families
