// Creates the PerfEval panel when the sidebar shows the PerfEval deck
// (Factories.xcu maps private:resource/toolpanel/PerfEvalPanelFactory/… here).
#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>

namespace perfeval::uno {

namespace css = com::sun::star;

class PanelFactory : public cppu::WeakImplHelper2<css::ui::XUIElementFactory, css::lang::XServiceInfo> {
public:
    static constexpr const char* kImplementationName = "org.perfeval.PanelFactory";
    static css::uno::Sequence<rtl::OUString> supported_services();

    explicit PanelFactory(css::uno::Reference<css::uno::XComponentContext> context) : context_(std::move(context)) {}

    css::uno::Reference<css::ui::XUIElement> SAL_CALL
    createUIElement(const rtl::OUString& url, const css::uno::Sequence<css::beans::PropertyValue>& args) override;

    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
};

}  // namespace perfeval::uno
