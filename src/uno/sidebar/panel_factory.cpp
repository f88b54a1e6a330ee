#include "panel_factory.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <cppuhelper/supportsservice.hxx>

#include "panel.hpp"

namespace perfeval::uno {

using css::uno::Reference;
using rtl::OUString;

css::uno::Sequence<OUString> PanelFactory::supported_services() {
    css::uno::Sequence<OUString> names(1);
    names[0] = "com.sun.star.ui.UIElementFactory";
    return names;
}

Reference<css::ui::XUIElement> PanelFactory::createUIElement(
    const OUString& url, const css::uno::Sequence<css::beans::PropertyValue>& args) {
    Reference<css::frame::XFrame> frame;
    Reference<css::awt::XWindow> parent;
    for (const auto& a : args) {
        if (a.Name == "Frame")
            a.Value >>= frame;
        else if (a.Name == "ParentWindow")
            a.Value >>= parent;
    }
    if (!parent.is()) throw css::lang::IllegalArgumentException("PerfEval panel: no ParentWindow", nullptr, 1);
    return new SidebarPanel(context_, frame, parent, url);
}

OUString PanelFactory::getImplementationName() { return OUString::createFromAscii(kImplementationName); }

sal_Bool PanelFactory::supportsService(const OUString& name) { return cppu::supportsService(this, name); }

css::uno::Sequence<OUString> PanelFactory::getSupportedServiceNames() { return supported_services(); }

}  // namespace perfeval::uno
