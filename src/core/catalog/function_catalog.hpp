// Everything Calc shows about our spreadsheet functions, as one table:
// display name, category, descriptions and arguments in Chinese and English.
// The add-in answers the Function Wizard from it; nothing else holds these texts.
#pragma once

#include <string_view>
#include <vector>

#include "../lang.hpp"

namespace perfeval {

struct ArgumentInfo {
    LocalText name;
    LocalText description;
    // Whether a formula may leave it out. The add-in's IDL must agree: Calc
    // shows an `any` parameter (and the trailing varargs) as optional and
    // every other type as required (tests/integration/function_wizard_test).
    bool optional = false;
};

struct FunctionInfo {
    std::string_view method;    // programmatic name, the IDL method: execRate
    std::string_view display;   // what users type: PERF.EXECRATE
    std::string_view category;  // one of Calc's fixed English category names
    LocalText description;
    std::vector<ArgumentInfo> arguments;
};

const std::vector<FunctionInfo>& function_catalog();

const FunctionInfo* find_function_by_method(std::string_view method);
// Case-insensitive, as Calc upper-cases what users type.
const FunctionInfo* find_function_by_display(std::string_view display);

}  // namespace perfeval
