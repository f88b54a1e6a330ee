// The older four-part 100-point project form (several cities before 2022):
// 项目资金 with 年初预算数 · 调整预算数(A) · 全年执行数(B) · 执行率(B/A) and
// no weight of its own; groups 项目决策 · 项目管理 · 项目产出 · 项目效益
// with columns 分值 · 指标值(A) · 全年实际值(B) · 得分; the total in a header
// field 自评得分 beside 项目名称, no total row; unused rows `指标1:` left empty.
#include "../family.hpp"

namespace perfeval::families {

extern const Family kFourPart{
    .id = "four-part",
    .name = MessageId::family_four_part,
    .kind = FormKind::project,
    .signature = {"项目决策", "项目管理", "项目产出", "项目效益", "全年实际值", "调整预算数"},
    .budget_columns = {{Column::opening_budget, {"年初预算数", "年初预算"}, {}},
                       {Column::budget, {"调整预算数", "调整后预算数", "全年预算数"}, {}},
                       {Column::executed, {"全年执行数", "实际执行数"}, {}},
                       {Column::rate, {"执行率"}, {}}},
    .budget_total = {"项目资金", "年度资金总额", "资金总额"},
    .fund_rows = {"其中:财政资金", "其中:财政拨款", "财政拨款", "财政资金", "上年结转", "其他资金"},
    .budget_scored = false,
    .indicator_columns = {{Column::level1, {"一级指标"}, {}},
                          {Column::level2, {"二级指标"}, {}},
                          {Column::level3, {"三级指标"}, {}},
                          {Column::weight, {"分值", "参考分值", "权重", "指标分值"}, {}},
                          {Column::target, {"指标值", "年度指标值"}, {}},
                          {Column::actual, {"全年实际值", "实际完成值", "实际值"}, {}},
                          {Column::score, {"得分", "评分"}, {}},
                          {Column::reason, {}, {"未完成原因", "偏差原因"}}},
    .total_row = {"总分", "合计"},
    .header_total = {"自评得分", "自评总分", "自评分"},
    .unit_name = {"项目名称"},
    .narrative = {"实际完成情况", "全年实际完成情况"},
    .rate_indicator = {"预算执行率", "执行率", "资金执行率"},
};

}  // namespace perfeval::families
