#include <gtest/gtest.h>

#include <set>

#include "core/catalog/function_catalog.hpp"

using perfeval::function_catalog;

TEST(FunctionCatalog, EveryFunctionIsFullyDescribedInBothLanguages) {
    ASSERT_FALSE(function_catalog().empty());
    std::set<std::string_view> methods, displays;
    for (const auto& f : function_catalog()) {
        EXPECT_TRUE(methods.insert(f.method).second) << f.method;
        EXPECT_TRUE(displays.insert(f.display).second) << f.display;
        EXPECT_EQ(f.display.substr(0, 5), "PERF.") << f.display;
        EXPECT_FALSE(f.description.zh.empty()) << f.method;
        EXPECT_FALSE(f.description.en.empty()) << f.method;
        EXPECT_FALSE(f.category.empty());
        for (const auto& a : f.arguments) {
            EXPECT_FALSE(a.name.zh.empty()) << f.method;
            EXPECT_FALSE(a.name.en.empty()) << f.method;
            EXPECT_FALSE(a.description.zh.empty()) << f.method;
            EXPECT_FALSE(a.description.en.empty()) << f.method;
        }
    }
}

TEST(FunctionCatalog, LookUpByMethodAndByWhatUsersType) {
    ASSERT_NE(perfeval::find_function_by_method("execRate"), nullptr);
    EXPECT_EQ(perfeval::find_function_by_display("perf.execrate"), perfeval::find_function_by_method("execRate"));
    EXPECT_EQ(perfeval::find_function_by_method("nope"), nullptr);
}
