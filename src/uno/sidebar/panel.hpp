// The PerfEval sidebar panel as the sidebar sees it: a UI element whose
// window is the panel view's (panel_view.hpp, which shows and does all).
// Disposing it disposes the view: listeners detached, the re-check timer's
// thread joined, windows gone.
#pragma once

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/basemutex.hxx>
#include <cppuhelper/compbase3.hxx>
#include <cppuhelper/weakref.hxx>
#include <rtl/ref.hxx>

#include "panel_view.hpp"

namespace perfeval::uno {

namespace css = com::sun::star;

class SidebarPanel
    : private cppu::BaseMutex,
      public cppu::WeakComponentImplHelper3<css::ui::XUIElement, css::ui::XToolPanel, css::ui::XSidebarPanel> {
public:
    SidebarPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XFrame>& frame,
                 const css::uno::Reference<css::awt::XWindow>& parent, const rtl::OUString& url);
    ~SidebarPanel() override;

    // XUIElement
    css::uno::Reference<css::frame::XFrame> SAL_CALL getFrame() override;
    rtl::OUString SAL_CALL getResourceURL() override { return url_; }
    sal_Int16 SAL_CALL getType() override;
    css::uno::Reference<css::uno::XInterface> SAL_CALL getRealInterface() override { return *this; }
    // XToolPanel
    css::uno::Reference<css::awt::XWindow> SAL_CALL getWindow() override;
    css::uno::Reference<css::accessibility::XAccessible> SAL_CALL
    createAccessible(const css::uno::Reference<css::accessibility::XAccessible>&) override {
        return nullptr;
    }
    // XSidebarPanel
    css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 width) override;
    sal_Int32 SAL_CALL getMinimalWidth() override;

private:
    void SAL_CALL disposing() override;

    css::uno::WeakReference<css::frame::XFrame> frame_;
    rtl::OUString url_;
    rtl::Reference<PanelView> view_;
};

}  // namespace perfeval::uno
