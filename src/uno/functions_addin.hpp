// The Calc add-in org.perfeval.Functions: answers the Function Wizard from
// the function catalog and turns each call into a call of the core.
#pragma once

#include <atomic>

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <org/perfeval/XFunctions.hpp>

#include "core/lang.hpp"

namespace perfeval::uno {

namespace css = com::sun::star;

class FunctionsAddIn : public cppu::WeakImplHelper4<org::perfeval::XFunctions, css::sheet::XAddIn,
                                                    css::lang::XServiceName, css::lang::XServiceInfo> {
public:
    static constexpr const char* kImplementationName = "org.perfeval.FunctionsImpl";
    static constexpr const char* kServiceName = "org.perfeval.Functions";
    static css::uno::Sequence<rtl::OUString> supported_services();

    // XFunctions
    // A required argument: a value, a cell or a range, as rows (see XFunctions.idl).
    using Values = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

    css::uno::Any SAL_CALL execRate(const Values& executed, const Values& budget) override;
    css::uno::Any SAL_CALL execScore(const Values& executed, const Values& budget, const css::uno::Any& weight,
                                     const css::uno::Any& profile) override;
    css::uno::Any SAL_CALL indicatorScore(const Values& target, const Values& actual, const Values& weight,
                                          const css::uno::Any& direction, const css::uno::Any& profile) override;
    css::uno::Any SAL_CALL targetValue(const Values& text) override;
    css::uno::Any SAL_CALL targetDirection(const Values& text) override;
    css::uno::Any SAL_CALL grade(const Values& total, const css::uno::Any& profile) override;
    css::uno::Any SAL_CALL sumCheck(const Values& total, const css::uno::Sequence<css::uno::Any>& parts) override;
    sal_Int32 SAL_CALL check(const css::uno::Reference<css::table::XCellRange>& range,
                             const css::uno::Any& profile) override;
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> SAL_CALL
    findings(const css::uno::Reference<css::table::XCellRange>& range, const css::uno::Any& profile) override;

    // XAddIn
    rtl::OUString SAL_CALL getProgrammaticFuntionName(const rtl::OUString& display) override;
    rtl::OUString SAL_CALL getDisplayFunctionName(const rtl::OUString& method) override;
    rtl::OUString SAL_CALL getFunctionDescription(const rtl::OUString& method) override;
    rtl::OUString SAL_CALL getDisplayArgumentName(const rtl::OUString& method, sal_Int32 argument) override;
    rtl::OUString SAL_CALL getArgumentDescription(const rtl::OUString& method, sal_Int32 argument) override;
    rtl::OUString SAL_CALL getProgrammaticCategoryName(const rtl::OUString& method) override;
    rtl::OUString SAL_CALL getDisplayCategoryName(const rtl::OUString& method) override;

    // XLocalizable
    void SAL_CALL setLocale(const css::lang::Locale& locale) override;
    css::lang::Locale SAL_CALL getLocale() override;

    // XServiceName
    rtl::OUString SAL_CALL getServiceName() override;

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    Lang lang() const { return lang_.load(std::memory_order_relaxed); }

    std::atomic<Lang> lang_{Lang::en};
    css::lang::Locale locale_{"en", "US", ""};
};

}  // namespace perfeval::uno
