// Hunan 部门整体支出绩效自评表 (the seed): one budget row 年度资金总额 with
// 分值 · 执行率 · 得分; income and expense splits written inside label cells;
// group weights in the label (产出指标(50分)); a 总分 row.
#include "shared.hpp"

namespace perfeval::families {

extern const Family kHunanDepartment{
    .id = "hunan-department",
    .name = MessageId::family_hunan_department,
    .kind = FormKind::department,
    .signature = {"部门整体支出绩效自评表", "按收入性质分", "按支出性质分", "区级预算部门名称", "年度预算申请"},
    .budget_columns = standard_budget_columns(),
    .budget_total = {"年度资金总额", "资金总额"},
    .fund_rows = {},
    .income_split = {"按收入性质分"},
    .expense_split = {"按支出性质分"},
    .indicator_columns = standard_indicator_columns(),
    .total_row = {"总分", "合计", "总计", "总分合计"},
    .header_total = {},
    .unit_name = {"区级预算部门名称", "预算部门名称", "预算部门、单位名称", "部门名称", "单位名称", "预算单位名称",
                  "部门(单位)名称"},
    .narrative = {"实际完成情况", "全年实际完成情况"},
};

}  // namespace perfeval::families
