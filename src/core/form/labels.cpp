#include "labels.hpp"

namespace perfeval::labels {

bool matches(const std::string& s, const Label& label) {
    for (auto e : label.exact)
        if (s == e) return true;
    for (auto p : label.prefixes)
        if (s.compare(0, p.size(), p) == 0) return true;
    return false;
}

const Label kLevel1{{"一级指标"}, {}};
const Label kLevel2{{"二级指标"}, {}};
const Label kLevel3{{"三级指标"}, {}};
const Label kTarget{{"年度指标值", "指标值", "年度目标值", "目标值", "预期指标值", "年度指标值(A)"}, {}};
const Label kActual{{"实际完成值", "实际值", "完成值", "全年实际值", "实际完成值(B)"}, {}};
const Label kWeight{{"分值", "权重", "指标分值"}, {}};
const Label kScore{{"得分", "自评得分", "评分", "实际得分"}, {}};
const Label kReason{{}, {"偏差原因", "未完成原因"}};

const Label kBudgetTotal{{"年度资金总额", "资金总额", "年度资金总额:"}, {}};
const Label kOpeningBudget{{"年初预算数", "年初预算"}, {}};
const Label kFullYearBudget{{"全年预算数", "调整后预算数", "全年预算"}, {}};
const Label kExecuted{{"全年执行数", "实际执行数", "全年执行"}, {}};
const Label kRate{{"执行率"}, {}};
const Label kFiscalFunds{{}, {"其中:本年财政拨款", "本年财政拨款", "其中:财政拨款", "财政拨款"}};
const Label kCarryOver{{}, {"上年结转资金", "上年结转", "其中:上年结转"}};
const Label kOtherFunds{{}, {"其他资金"}};

const Label kUnitName{{"区级预算部门名称", "预算部门名称", "预算部门、单位名称", "部门名称", "单位名称", "预算单位名称",
                       "项目名称", "部门(单位)名称"},
                      {}};
const Label kIncomeSplit{{}, {"按收入性质分"}};
const Label kExpenseSplit{{}, {"按支出性质分"}};
const Label kGoals{{}, {"年度总体目标", "总体目标"}};
const Label kNarrative{{}, {"实际完成情况", "全年实际完成情况"}};
const Label kTotalRow{{"总分", "合计", "总计", "总分合计"}, {}};

}  // namespace perfeval::labels
