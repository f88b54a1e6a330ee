#include "functions_addin.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <cppuhelper/supportsservice.hxx>

#include "convert.hpp"
#include "core/catalog/function_catalog.hpp"
#include "core/read_number.hpp"
#include "core/scoring/exec_rate.hpp"

namespace perfeval::uno {

using rtl::OUString;

namespace {

// Calc shows IllegalArgumentException as Err:502; the message reaches macros.
[[noreturn]] void reject(Problem problem, Lang lang, sal_Int16 argument) {
    throw css::lang::IllegalArgumentException(from_utf8(describe(problem, lang)), nullptr,
                                              argument);
}

double number_argument(const css::uno::Any& any, Lang lang, sal_Int16 argument) {
    const Expected<double> n = read_number(to_cell_value(any));
    if (!n) reject(n.problem(), lang, argument);
    return *n;
}

const ArgumentInfo* argument_info(const OUString& method, sal_Int32 argument) {
    const FunctionInfo* f = find_function_by_method(to_utf8(method));
    if (!f || argument < 0 || static_cast<size_t>(argument) >= f->arguments.size()) return nullptr;
    return &f->arguments[static_cast<size_t>(argument)];
}

}  // namespace

css::uno::Sequence<OUString> FunctionsAddIn::supported_services() {
    css::uno::Sequence<OUString> names(2);
    names[0] = "com.sun.star.sheet.AddIn";
    names[1] = OUString::createFromAscii(kServiceName);
    return names;
}

css::uno::Any FunctionsAddIn::execRate(const css::uno::Any& executed, const css::uno::Any& budget) {
    const Lang l = lang();
    const Expected<double> rate =
        exec_rate(number_argument(executed, l, 0), number_argument(budget, l, 1));
    if (!rate) reject(rate.problem(), l, rate.problem() == Problem::negative_amount ? 0 : 1);
    return css::uno::Any(*rate);
}

OUString FunctionsAddIn::getProgrammaticFuntionName(const OUString& display) {
    const FunctionInfo* f = find_function_by_display(to_utf8(display));
    return f ? from_utf8(f->method) : OUString();
}

OUString FunctionsAddIn::getDisplayFunctionName(const OUString& method) {
    const FunctionInfo* f = find_function_by_method(to_utf8(method));
    return f ? from_utf8(f->display) : OUString();
}

OUString FunctionsAddIn::getFunctionDescription(const OUString& method) {
    const FunctionInfo* f = find_function_by_method(to_utf8(method));
    return f ? from_utf8(f->description.in(lang())) : OUString();
}

OUString FunctionsAddIn::getDisplayArgumentName(const OUString& method, sal_Int32 argument) {
    const ArgumentInfo* a = argument_info(method, argument);
    return a ? from_utf8(a->name.in(lang())) : OUString();
}

OUString FunctionsAddIn::getArgumentDescription(const OUString& method, sal_Int32 argument) {
    const ArgumentInfo* a = argument_info(method, argument);
    return a ? from_utf8(a->description.in(lang())) : OUString();
}

OUString FunctionsAddIn::getProgrammaticCategoryName(const OUString& method) {
    const FunctionInfo* f = find_function_by_method(to_utf8(method));
    return from_utf8(f ? f->category : "Add-In");
}

OUString FunctionsAddIn::getDisplayCategoryName(const OUString& method) {
    // Calc translates its fixed category names itself.
    return getProgrammaticCategoryName(method);
}

void FunctionsAddIn::setLocale(const css::lang::Locale& locale) {
    locale_ = locale;
    lang_.store(lang_from_tag(to_utf8(locale.Language)), std::memory_order_relaxed);
}

css::lang::Locale FunctionsAddIn::getLocale() { return locale_; }

OUString FunctionsAddIn::getServiceName() { return OUString::createFromAscii(kServiceName); }

OUString FunctionsAddIn::getImplementationName() {
    return OUString::createFromAscii(kImplementationName);
}

sal_Bool FunctionsAddIn::supportsService(const OUString& name) {
    return cppu::supportsService(this, name);
}

css::uno::Sequence<OUString> FunctionsAddIn::getSupportedServiceNames() {
    return supported_services();
}

}  // namespace perfeval::uno
