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
          "单元格设为百分比格式显示。例：=PERF.EXECRATE(2481.78;2481.78) 得 100%。",
          "Budget execution rate: full-year executed amount ÷ full-year (adjusted) budget, "
          "not the opening budget. Returns a fraction; format the cell as a percentage. "
          "Example: =PERF.EXECRATE(2481.78;2481.78) gives 100%."},
         {
             {{"全年执行数", "executed"},
              {"全年实际执行金额（万元），可为数字、文本数字（如 2,481.78）或单元格",
               "Full-year executed amount (e.g. in 10k yuan): a number, a text number such as "
               "2,481.78, or a cell"}},
             {{"全年预算数", "budget"},
              {"全年预算数（调整后预算，万元），必须大于 0",
               "Full-year (adjusted) budget, in the same unit; must be greater than 0"}},
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
