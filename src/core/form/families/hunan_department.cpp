// Hunan 部门整体支出绩效自评表 (the seed): one budget row 年度资金总额 with
// 分值 · 执行率 · 得分; income and expense splits written inside label cells;
// group weights in the label (产出指标(50分)); a 总分 row.
#include "../family.hpp"

namespace perfeval::families {

extern const Family kHunanDepartment{
    .id = "hunan-department",
    .name = MessageId::family_hunan_department,
    .kind = FormKind::department,
    .signature = {"部门整体支出绩效自评表", "按收入性质分", "按支出性质分", "区级预算部门名称", "年度预算申请"},
    .budget_columns = {{Column::opening_budget, {"年初预算数", "年初预算"}, {}},
                       {Column::budget, {"全年预算数", "全年预算", "调整后预算数"}, {}},
                       {Column::executed, {"全年执行数", "全年执行", "实际执行数"}, {}},
                       {Column::weight, {"分值", "权重"}, {}},
                       {Column::rate, {"执行率"}, {}},
                       {Column::score, {"得分", "自评得分", "评分"}, {}}},
    .budget_total = {"年度资金总额", "资金总额"},
    .fund_rows = {},
    .income_split = {"按收入性质分"},
    .expense_split = {"按支出性质分"},
    .indicator_columns = {{Column::level1, {"一级指标"}, {}},
                          {Column::level2, {"二级指标"}, {}},
                          {Column::level3, {"三级指标"}, {}},
                          {Column::direction, {"指标性质"}, {}},
                          {Column::target, {"年度指标值", "指标值", "年度目标值", "目标值", "预期指标值"}, {}},
                          {Column::unit, {"度量单位", "计量单位"}, {}},
                          {Column::actual, {"实际完成值", "实际值", "完成值", "全年实际值"}, {}},
                          {Column::weight, {"分值", "权重", "指标分值"}, {}},
                          {Column::score, {"得分", "自评得分", "评分", "实际得分"}, {}},
                          {Column::reason, {}, {"偏差原因", "未完成原因"}}},
    .total_row = {"总分", "合计", "总计", "总分合计"},
    .header_total = {},
    .unit_name = {"区级预算部门名称", "预算部门名称", "预算部门、单位名称", "部门名称", "单位名称", "预算单位名称",
                  "部门(单位)名称"},
    .narrative = {"实际完成情况", "全年实际完成情况"},
};

}  // namespace perfeval::families
