// Sichuan 部门整体支出绩效自评表, the department counterpart of the project
// form. Provisional: no published copy could be found to test it on, so it
// reads the project form's layout under a department's heading. The block
// 预算执行情况(10分) with 年初预算 · 调整后预算数 · 预算执行数 · 预算执行率 ·
// 权重 · 得分 · 原因 over the rows 总额 / 其中:财政资金 / 财政专户管理资金 /
// 单位资金 / 其他资金 (`/` in their 权重 and 得分); 绩效指标(90分) with the
// direction (指标性质) and the unit (度量单位) in columns of their own; a
// 合计 row that published copies often leave without a score.
#include "../family.hpp"

namespace perfeval::families {

extern const Family kSichuanDepartment{
    .id = "sichuan-department",
    .name = MessageId::family_sichuan_department,
    .kind = FormKind::department,
    .signature = {"部门整体支出绩效自评表", "预算执行情况", "财政专户管理资金", "部门名称"},
    .budget_columns = {{Column::opening_budget, {"年初预算", "年初预算数"}, {}},
                       {Column::budget, {"调整后预算数", "调整后预算", "调整预算数"}, {}},
                       {Column::executed, {"预算执行数", "执行数"}, {}},
                       {Column::rate, {"预算执行率", "执行率"}, {}},
                       {Column::weight, {"权重", "分值"}, {}},
                       {Column::score, {"得分"}, {}},
                       {Column::reason, {"原因"}, {}}},
    .budget_total = {"总额", "合计"},
    .fund_rows = {"其中:财政资金", "财政资金", "财政专户管理资金", "单位资金", "其他资金"},
    .indicator_columns = {{Column::level1, {"一级指标"}, {}},
                          {Column::level2, {"二级指标"}, {}},
                          {Column::level3, {"三级指标"}, {}},
                          {Column::direction, {"指标性质"}, {}},
                          {Column::target, {"指标值", "年度指标值"}, {}},
                          {Column::unit, {"度量单位", "计量单位", "单位"}, {}},
                          {Column::actual, {"完成值", "实际完成值"}, {}},
                          {Column::weight, {"权重", "分值"}, {}},
                          {Column::score, {"得分"}, {}},
                          {Column::reason, {}, {"未完成原因", "偏差原因"}}},
    .total_row = {"合计", "总分"},
    .unit_name = {"部门名称", "部门(单位)名称", "单位名称", "预算部门名称"},
    .narrative = {"年度目标完成情况"},
};

}  // namespace perfeval::families
