// Sichuan 部门整体支出绩效自评表, the department counterpart of the project
// form. Provisional: no published copy could be found to test it on, so it
// reads the project form's layout under a department's heading. The block
// 预算执行情况(10分) with 年初预算 · 调整后预算数 · 预算执行数 · 预算执行率 ·
// 权重 · 得分 · 原因 over the rows 总额 / 其中:财政资金 / 财政专户管理资金 /
// 单位资金 / 其他资金 (`/` in their 权重 and 得分); 绩效指标(90分) with the
// direction (指标性质) and the unit (度量单位) in columns of their own; a
// 合计 row that published copies often leave without a score.
#include "shared.hpp"

namespace perfeval::families {

extern const Family kSichuanDepartment{
    .id = "sichuan-department",
    .name = MessageId::family_sichuan_department,
    .kind = FormKind::department,
    .signature = {"部门整体支出绩效自评表", "预算执行情况", "财政专户管理资金", "部门名称"},
    .budget_columns = sichuan_budget_columns(),
    .budget_total = {"总额", "合计"},
    .fund_rows = {"其中:财政资金", "财政资金", "财政专户管理资金", "单位资金", "其他资金"},
    .indicator_columns = sichuan_indicator_columns(),
    .total_row = {"合计", "总分"},
    .unit_name = {"部门名称", "部门(单位)名称", "单位名称", "预算部门名称"},
    .narrative = {"年度目标完成情况"},
};

}  // namespace perfeval::families
