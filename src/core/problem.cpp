#include "problem.hpp"

#include <array>

namespace perfeval {
namespace {

struct ProblemText {
    Problem problem;
    std::string_view zh;
    std::string_view en;
};

constexpr std::array<ProblemText, 15> kTexts{{
    {Problem::empty, "单元格为空，缺少数值", "the cell is empty: a number is missing"},
    {Problem::not_a_number, "不是可识别的数字", "not a number"},
    {Problem::error_value, "单元格含错误值", "the cell holds an error value"},
    {Problem::zero_budget, "全年预算数为 0，无法计算执行率",
     "the full-year budget is 0: no execution rate"},
    {Problem::negative_budget, "全年预算数为负数", "the full-year budget is negative"},
    {Problem::negative_amount, "全年执行数为负数", "the executed amount is negative"},
    {Problem::qualitative, "定性指标不能按公式计分，请按达成程度评定",
     "a qualitative target cannot be scored by arithmetic"},
    {Problem::unreadable_text, "无法识别其中的数值（可能含两个数字或未知单位）",
     "the number in the text cannot be read (two numbers or an unknown unit)"},
    {Problem::unit_mismatch, "指标值与实际值单位不一致，无法比较",
     "the target and the actual value are in different units"},
    {Problem::negative_weight, "分值为负数", "the weight is negative"},
    {Problem::total_out_of_range, "总分应在 0 到 100 之间", "a total score must be between 0 and 100"},
    {Problem::unknown_profile, "未知的计分规则名称（可用：national、linear、uncapped）",
     "unknown scoring profile (national, linear, uncapped)"},
    {Problem::bad_direction, "方向参数应为 >=、<=、= 之一",
     "the direction must be one of >=, <=, ="},
    {Problem::shape_mismatch, "各区域的行列数不一致", "the ranges differ in shape"},
    {Problem::no_form, "区域内没有绩效自评表", "no self-evaluation form in the range"},
}};

}  // namespace

std::string_view describe(Problem problem, Lang lang) {
    for (const auto& t : kTexts)
        if (t.problem == problem) return lang == Lang::zh ? t.zh : t.en;
    return lang == Lang::zh ? "未知问题" : "unknown problem";
}

Lang lang_from_tag(std::string_view tag) {
    return tag.size() >= 2 && (tag[0] == 'z' || tag[0] == 'Z') && (tag[1] == 'h' || tag[1] == 'H')
               ? Lang::zh
               : Lang::en;
}

}  // namespace perfeval
