#include "panel.hpp"

#include <com/sun/star/ui/UIElementType.hpp>

#include "../log.hpp"

namespace perfeval::uno {

using css::uno::Reference;
using rtl::OUString;

SidebarPanel::SidebarPanel(const Reference<css::uno::XComponentContext>& context,
                           const Reference<css::frame::XFrame>& frame, const Reference<css::awt::XWindow>& parent,
                           const OUString& url)
    : WeakComponentImplHelper3(m_aMutex), frame_(frame), url_(url), view_(new PanelView(context, frame, parent)) {
    view_->start();
}

SidebarPanel::~SidebarPanel() = default;

void SidebarPanel::disposing() {
    if (!view_.is()) return;
    try {
        view_->dispose();
    } catch (...) {
        PERFEVAL_WARN("panel: dispose failed: " << caught());
    }
    view_.clear();
}

Reference<css::frame::XFrame> SidebarPanel::getFrame() { return Reference<css::frame::XFrame>(frame_); }

sal_Int16 SidebarPanel::getType() { return css::ui::UIElementType::TOOLPANEL; }

Reference<css::awt::XWindow> SidebarPanel::getWindow() {
    const rtl::Reference<PanelView> view = view_;  // disposing() may clear it meanwhile
    return view.is() ? view->host() : nullptr;
}

css::ui::LayoutSize SidebarPanel::getHeightForWidth(sal_Int32) {
    // Fixed rows plus a findings list that takes what the sidebar gives.
    return css::ui::LayoutSize(480, -1, 600);
}

sal_Int32 SidebarPanel::getMinimalWidth() { return PanelView::kMinimalWidth; }

}  // namespace perfeval::uno
