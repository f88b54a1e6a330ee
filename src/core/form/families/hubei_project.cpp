// Hubei 项目(绩效)自评表 (2020–21): one budget row 年度财政资金总额 under
// 预算数(A) · 执行数(B) · 执行率(B/A) · 得分(20分*执行率), the execution
// weight (20) only in the block's label 预算执行情况(万元)(20分); the
// indicators under 年度绩效目标(80分) with no weight column (weights only in
// group labels such as 产出指标(60分)); a 总分 row with the score alone.
#include "../family.hpp"

namespace perfeval::families {

extern const Family kHubeiProject{
    .id = "hubei-project",
    .name = MessageId::family_hubei_project,
    .kind = FormKind::project,
    .signature = {"年度财政资金总额", "年度绩效目标", "偏差大或目标未完成原因分析", "项目类别"},
    .budget_columns = {{Column::budget, {"预算数", "全年预算数", "调整后预算数"}, {}},
                       {Column::executed, {"执行数", "全年执行数"}, {}},
                       {Column::rate, {"执行率"}, {}},
                       {Column::score, {"得分"}, {"得分("}}},
    .budget_total = {"年度财政资金总额", "年度资金总额"},
    .indicator_columns = {{Column::level1, {"一级指标"}, {}},
                          {Column::level2, {"二级指标"}, {}},
                          {Column::level3, {"三级指标"}, {}},
                          {Column::target, {"年初目标值", "目标值", "年度指标值"}, {}},
                          {Column::actual, {"实际完成值", "实际值", "完成值"}, {}},
                          {Column::score, {"得分"}, {}},
                          {Column::reason, {}, {"偏差原因", "未完成原因"}}},
    .total_row = {"总分", "合计"},
    .unit_name = {"项目名称"},
};

}  // namespace perfeval::families
