#include "function_catalog.hpp"

#include <boost/algorithm/string/predicate.hpp>

namespace perfeval {

// Calc groups add-in functions under its own category names; "Add-In" keeps
// all PERF.* functions together in the Function Wizard.
constexpr std::string_view kCategory = "Add-In";

const std::vector<FunctionInfo>& function_catalog() {
    static const std::vector<FunctionInfo> kCatalog{
        {"execRate",
         "PERF.EXECRATE",
         kCategory,
         {"预算执行率：全年执行数 ÷ 全年预算数（调整后预算，不是年初预算数），结果为小数，"
          "单元格设为百分比格式显示。可传入整列区域并作为数组公式输入，一次算出整列。"
          "例：=PERF.EXECRATE(2481.78;2481.78) 得 100%。",
          "Budget execution rate: full-year executed amount ÷ full-year (adjusted) budget, "
          "not the opening budget. Returns a fraction; format the cell as a percentage. Takes "
          "whole columns as ranges when entered as an array formula. "
          "Example: =PERF.EXECRATE(2481.78;2481.78) gives 100%."},
         {
             {{"全年执行数", "executed"},
              {"全年实际执行金额（万元），可为数字、文本数字（如 2,481.78）、单元格或区域",
               "Full-year executed amount (e.g. in 10k yuan): a number, a text number such as "
               "2,481.78, a cell or a range"}},
             {{"全年预算数", "budget"},
              {"全年预算数（调整后预算，万元），必须大于 0",
               "Full-year (adjusted) budget, in the same unit; must be greater than 0"}},
         }},
        {"execScore",
         "PERF.EXECSCORE",
         kCategory,
         {"预算执行率得分：执行率 × 分值，按计分规则封顶于分值。"
          "例：=PERF.EXECSCORE(2481.78;2481.78;10) 得 10。",
          "Execution-rate score: rate × weight, capped at the weight by the scoring profile. "
          "Example: =PERF.EXECSCORE(2481.78;2481.78;10) gives 10."},
         {
             {{"全年执行数", "executed"}, {"全年实际执行金额", "Full-year executed amount"}},
             {{"全年预算数", "budget"},
              {"全年预算数（调整后预算），必须大于 0", "Full-year (adjusted) budget; must be greater than 0"}},
             {{"分值", "weight"},
              {"执行率指标的分值，省略时为 10", "Weight of the execution rate; 10 when omitted"},
              true},
             {{"计分规则", "profile"},
              {"计分规则名称：national（默认）、linear、uncapped（不封顶）或 strict",
               "Scoring profile: national (default), linear, uncapped or strict"},
              true},
         }},
        {"indicatorScore",
         "PERF.SCORE",
         kCategory,
         {"定量绩效指标得分。正向指标（≥ 或纯数字）：实际值达到指标值得满分，否则按 实际÷指标×分值；"
          "反向指标（≤、不超出、不高于）：未超出得满分，否则按计分规则扣分；等于（=）：相等得满分；"
          "区间（90%-100%）：在区间内得满分；时限（9月前、12月底前）：不晚于时限得满分，逾期按计分规则（默认 0 分），"
          "不写年份的日期按另一参数的年份。"
          "可识别文本如 ≥90%、不超出740.00万元、实际支出734.73万元、三项、百分之九十；单位不一致或定性指标返回错误值。"
          "例：=PERF.SCORE(\"≥90%\";\"100%\";3) 得 3。",
          "Score of a quantitative indicator. Positive (≥ or a plain number): full weight when "
          "the actual value reaches the target, else actual ÷ target × weight; reverse (≤, 不超出, "
          "不高于): full weight within the target, else the profile's deduction; equality (=): "
          "full weight when equal; a range (90%-100%): full weight inside it; a deadline (9月前, "
          "12月底前): full weight when done by then, else the profile's share (0 by default), a date "
          "without a year taken in the other argument's year. "
          "Reads texts such as ≥90%, 不超出740.00万元, 实际支出734.73万元, 三项, 百分之九十; "
          "disagreeing units or a qualitative target give an error. "
          "Example: =PERF.SCORE(\"≥90%\";\"100%\";3) gives 3."},
         {
             {{"年度指标值", "target"},
              {"年度指标值，如 ≥90%、5、不超出740.00万元", "Target, e.g. ≥90%, 5, 不超出740.00万元"}},
             {{"实际完成值", "actual"},
              {"实际完成值，如 100%、实际支出734.73万元", "Actual value, e.g. 100%, 实际支出734.73万元"}},
             {{"分值", "weight"}, {"该指标的分值", "Weight of the indicator"}},
             {{"方向", "direction"},
              {">=（正向）、<=（反向）、= 或 区间；省略时按指标值文本判断",
               ">= (positive), <= (reverse), = or 区间 (range); read from the target when omitted"},
              true},
             {{"计分规则", "profile"},
              {"计分规则名称：national（默认）、linear（反向线性扣分）、uncapped 或 strict",
               "Scoring profile: national (default), linear (linear reverse deduction), uncapped or strict"},
              true},
         }},
        {"targetValue",
         "PERF.TARGET",
         kCategory,
         {"指标值文本中的数值：≥90% 得 0.9，不超出4229.37万元 得 4229.37，1.4万件 得 1.4；"
          "三项 得 3，百分之九十 得 0.9；没有数值（定性）、是日期或时限（9月前）、是区间（90%-100%）"
          "或无法识别时返回错误值。例：=PERF.TARGET(\"≥90%\") 得 0.9。",
          "The number a target or actual text stands for: ≥90% → 0.9, 不超出4229.37万元 → "
          "4229.37, 1.4万件 → 1.4, 三项 → 3, 百分之九十 → 0.9; an error when there is no number, "
          "or a date or deadline (9月前), or a range (90%-100%). "
          "Example: =PERF.TARGET(\"≥90%\") gives 0.9."},
         {
             {{"文本", "text"}, {"指标值或实际完成值的文本或单元格", "A target or actual text, or its cell"}},
         }},
        {"targetDirection",
         "PERF.DIRECTION",
         kCategory,
         {"指标值的计分方向：≥（正向）、≤（反向，含时限 9月前）、=（等于）、区间（90%-100%）或 定性。"
          "例：=PERF.DIRECTION(\"不超出740.00万元\") 得 ≤。",
          "How a target is read: ≥ (positive), ≤ (reverse, deadlines such as 9月前 too), = (equality), "
          "区间 (a range such as 90%-100%) or 定性 (qualitative). "
          "Example: =PERF.DIRECTION(\"不超出740.00万元\") gives ≤."},
         {
             {{"文本", "text"}, {"指标值文本或单元格", "A target text, or its cell"}},
         }},
        {"grade",
         "PERF.GRADE",
         kCategory,
         {"绩效等级：总分 ≥90 为 优，≥80 为 良，≥60 为 中，其余为 差；总分须在 0–100 之间。"
          "例：=PERF.GRADE(99) 得 优。",
          "Performance grade: 优 at 90 or more, 良 at 80, 中 at 60, else 差; the total must be "
          "between 0 and 100. Example: =PERF.GRADE(99) gives 优."},
         {
             {{"总分", "total"}, {"自评总分（0–100）", "Total self-evaluation score (0–100)"}},
             {{"计分规则", "profile"},
              {"计分规则名称，省略时为 national", "Scoring profile; national when omitted"},
              true},
         }},
        {"sumCheck",
         "PERF.SUMCHECK",
         kCategory,
         {"合计核对：合计数 − 各分项之和，按表内显示的小数位精确计算，一致时为 0。分项可为区域，"
          "空单元格不计，也可读出“政府性基金拨款：105.29”这类标签中的数值。"
          "例：=PERF.SUMCHECK(2481.78;2376.49;105.29) 得 0。",
          "Sum check: total − the sum of the parts, exact at the decimals the values show; 0 "
          "when they agree. Parts may be ranges; empty cells count as nothing; numbers inside "
          "labels such as 政府性基金拨款：105.29 are read. "
          "Example: =PERF.SUMCHECK(2481.78;2376.49;105.29) gives 0."},
         {
             {{"合计数", "total"}, {"应等于各分项之和的合计数", "The total the parts should add to"}},
             {{"分项", "part"},
              {"分项数值、单元格或区域，可填多个", "Parts: numbers, cells or ranges, as many as needed"},
              true},
         }},
        {"check",
         "PERF.CHECK",
         kCategory,
         {"核对区域内绩效自评表的错误个数（执行率、得分、合计等强制性错误），表格修改后自动更新；"
          "区域内没有自评表时返回错误值。公式不要放在被核对的区域内。例：=PERF.CHECK(A1:I37) 得 3。",
          "The number of errors the checker finds in the form inside the range (rates, scores, "
          "totals); it updates as the form changes. An error value when the range holds no form. "
          "Keep the formula outside the range. Example: =PERF.CHECK(A1:I37) gives 3."},
         {
             {{"区域", "range"}, {"包含整张自评表的单元格区域", "The cell range holding the whole form"}},
             {{"计分规则", "profile"},
              {"计分规则名称，省略时为 national", "Scoring profile; national when omitted"},
              true},
         }},
        {"findings",
         "PERF.FINDINGS",
         kCategory,
         {"列出区域内绩效自评表的全部问题：每行为 单元格、级别（error/warning/notice）、说明，错误在前。"
          "以数组公式输入（如选中 3 列多行后按 Ctrl+Shift+Enter）。例：{=PERF.FINDINGS(A1:I37)}",
          "Every finding in the form inside the range, one row each: cell, severity (error, "
          "warning, notice), message; errors first. Enter as an array formula over 3 columns. "
          "Example: {=PERF.FINDINGS(A1:I37)}"},
         {
             {{"区域", "range"}, {"包含整张自评表的单元格区域", "The cell range holding the whole form"}},
             {{"计分规则", "profile"},
              {"计分规则名称，省略时为 national", "Scoring profile; national when omitted"},
              true},
         }},
    };
    return kCatalog;
}

const FunctionInfo* find_function_by_method(std::string_view method) {
    for (const auto& f : function_catalog())
        if (f.method == method) return &f;
    return nullptr;
}

const FunctionInfo* find_function_by_display(std::string_view display) {
    for (const auto& f : function_catalog())
        if (boost::algorithm::iequals(f.display, display)) return &f;
    return nullptr;
}

}  // namespace perfeval
