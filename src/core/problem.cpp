#include "problem.hpp"

#include <array>

namespace perfeval {
namespace {

struct ProblemText {
    Problem problem;
    std::string_view zh;
    std::string_view en;
};

constexpr std::array<ProblemText, 6> kTexts{{
    {Problem::empty, "单元格为空，缺少数值", "the cell is empty: a number is missing"},
    {Problem::not_a_number, "不是可识别的数字", "not a number"},
    {Problem::error_value, "单元格含错误值", "the cell holds an error value"},
    {Problem::zero_budget, "全年预算数为 0，无法计算执行率",
     "the full-year budget is 0: no execution rate"},
    {Problem::negative_budget, "全年预算数为负数", "the full-year budget is negative"},
    {Problem::negative_amount, "全年执行数为负数", "the executed amount is negative"},
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
