// The standard 项目支出绩效自评表 (中央部门 and most provinces): rows
// 年度资金总额 / 其中：当年(本年)财政拨款 / 上年结转资金 / 其他资金, with
// 分值 · 执行率 · 得分 on the total row; the indicator table as in the
// department form; a 总分 row.
#include "../family.hpp"

namespace perfeval::families {

extern const Family kStandardProject{
    .id = "standard-project",
    .name = MessageId::family_standard_project,
    .kind = FormKind::project,
    .signature = {"项目支出绩效自评表", "当年财政拨款", "本年财政拨款", "上年结转资金"},
    .budget_columns = {{Column::opening_budget, {"年初预算数", "年初预算"}, {}},
                       {Column::budget, {"全年预算数", "全年预算", "调整后预算数"}, {}},
                       {Column::executed, {"全年执行数", "全年执行", "实际执行数"}, {}},
                       {Column::weight, {"分值", "权重"}, {}},
                       {Column::rate, {"执行率"}, {}},
                       {Column::score, {"得分", "自评得分", "评分"}, {}}},
    .budget_total = {"年度资金总额", "资金总额"},
    .fund_rows = {"其中:当年财政拨款", "其中:本年财政拨款", "其中:财政拨款", "当年财政拨款", "本年财政拨款", "财政拨款",
                  "其中:上年结转", "上年结转", "其他资金"},
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
    .total_row = {"总分", "合计", "总计"},
    .unit_name = {"项目名称"},
    .narrative = {"实际完成情况", "全年实际完成情况"},
};

}  // namespace perfeval::families
