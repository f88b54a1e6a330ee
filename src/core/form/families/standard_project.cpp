// The standard 项目支出绩效自评表 (中央部门 and most provinces): rows
// 年度资金总额 / 其中：当年(本年)财政拨款 / 上年结转资金 / 其他资金, with
// 分值 · 执行率 · 得分 on the total row; the indicator table as in the
// department form; a 总分 row.
#include "shared.hpp"

namespace perfeval::families {

extern const Family kStandardProject{
    .id = "standard-project",
    .name = MessageId::family_standard_project,
    .kind = FormKind::project,
    .signature = {"项目支出绩效自评表", "当年财政拨款", "本年财政拨款", "上年结转资金"},
    .budget_columns = standard_budget_columns(),
    .budget_total = {"年度资金总额", "资金总额"},
    .fund_rows = {"其中:当年财政拨款", "其中:本年财政拨款", "其中:财政拨款", "当年财政拨款", "本年财政拨款", "财政拨款",
                  "其中:上年结转", "上年结转", "其他资金"},
    .indicator_columns = standard_indicator_columns(),
    .total_row = {"总分", "合计", "总计"},
    .unit_name = {"项目名称"},
    .narrative = {"实际完成情况", "全年实际完成情况"},
};

}  // namespace perfeval::families
