// What the Function Wizard shows for our functions, read through Calc's own
// com.sun.star.sheet.FunctionDescriptions in an office whose UI language is
// PERFEVAL_TEST_UI_LANG (zh-CN or en-US).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/FunctionArgument.hpp>

#include "core/catalog/function_catalog.hpp"
#include "office_env.hpp"

namespace perfeval::test {
namespace {

using css::uno::UNO_QUERY_THROW;

struct WizardEntry {
    std::string name;
    std::string description;
    std::vector<std::string> argument_names;
    std::vector<std::string> argument_descriptions;
    std::vector<bool> argument_optional;
};

std::vector<WizardEntry> wizard_entries() {
    const auto ctx = office().context();
    const Reference<css::container::XIndexAccess> all(
        ctx->getServiceManager()->createInstanceWithContext("com.sun.star.sheet.FunctionDescriptions", ctx),
        UNO_QUERY_THROW);
    std::vector<WizardEntry> entries;
    for (sal_Int32 i = 0; i < all->getCount(); ++i) {
        css::uno::Sequence<css::beans::PropertyValue> props;
        all->getByIndex(i) >>= props;
        WizardEntry e;
        for (const auto& p : props) {
            rtl::OUString s;
            if (p.Name == "Name" && (p.Value >>= s)) e.name = utf8(s);
            if (p.Name == "Description" && (p.Value >>= s)) e.description = utf8(s);
            css::uno::Sequence<css::sheet::FunctionArgument> args;
            if (p.Name == "Arguments" && (p.Value >>= args))
                for (const auto& a : args) {
                    e.argument_names.push_back(utf8(a.Name));
                    e.argument_descriptions.push_back(utf8(a.Description));
                    e.argument_optional.push_back(a.IsOptional);
                }
        }
        entries.push_back(std::move(e));
    }
    return entries;
}

perfeval::Lang ui_lang() {
    const char* l = std::getenv("PERFEVAL_TEST_UI_LANG");
    return perfeval::lang_from_tag(l ? l : "en");
}

TEST(FunctionWizard, ListsEveryFunctionWithItsTextsInTheUiLanguage) {
    const auto entries = wizard_entries();
    const perfeval::Lang lang = ui_lang();
    for (const auto& f : perfeval::function_catalog()) {
        const auto it =
            std::find_if(entries.begin(), entries.end(), [&](const WizardEntry& e) { return e.name == f.display; });
        ASSERT_NE(it, entries.end()) << f.display << " is not in the Function Wizard";
        EXPECT_EQ(it->description, f.description.in(lang));
        ASSERT_EQ(it->argument_names.size(), f.arguments.size()) << f.display;
        for (size_t i = 0; i < f.arguments.size(); ++i) {
            EXPECT_EQ(it->argument_names[i], f.arguments[i].name.in(lang)) << f.display;
            EXPECT_EQ(it->argument_descriptions[i], f.arguments[i].description.in(lang)) << f.display;
        }
    }
}

// "(可选)" / "(optional)" exactly where a formula may leave the argument
// out: Calc derives it from the IDL parameter type, the catalog says it.
TEST(FunctionWizard, MarksOnlyTheOptionalArgumentsOptional) {
    const auto entries = wizard_entries();
    int required = 0, optional = 0;
    for (const auto& f : perfeval::function_catalog()) {
        const auto it =
            std::find_if(entries.begin(), entries.end(), [&](const WizardEntry& e) { return e.name == f.display; });
        ASSERT_NE(it, entries.end()) << f.display;
        ASSERT_EQ(it->argument_optional.size(), f.arguments.size()) << f.display;
        for (size_t i = 0; i < f.arguments.size(); ++i) {
            EXPECT_EQ(it->argument_optional[i], f.arguments[i].optional)
                << f.display << " argument " << f.arguments[i].name.en;
            (f.arguments[i].optional ? optional : required) += 1;
        }
    }
    EXPECT_GE(required, 10);  // executed, budget, target, actual, weight, text, total, range …
    EXPECT_GE(optional, 7);   // weight of EXECSCORE, direction, profiles, parts
}

TEST(FunctionWizard, TheLanguageIsTheOneAskedFor) {
    // Guards the test above against an office that ignored the UI language.
    const auto entries = wizard_entries();
    const auto it =
        std::find_if(entries.begin(), entries.end(), [](const WizardEntry& e) { return e.name == "PERF.EXECRATE"; });
    ASSERT_NE(it, entries.end());
    if (ui_lang() == perfeval::Lang::zh)
        EXPECT_THAT(it->description, testing::HasSubstr("预算执行率"));
    else
        EXPECT_THAT(it->description, testing::HasSubstr("Budget execution rate"));
}

}  // namespace
}  // namespace perfeval::test
