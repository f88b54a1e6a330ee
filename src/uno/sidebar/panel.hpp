// The PerfEval sidebar panel: a Check button and profile chooser, the
// summary, the findings (errors first; selecting one selects its cell), the
// full message of the selected finding, and Fix / Fix all / Mark / Clear
// marks / Export report. Its buttons run the same vnd.perfeval: commands as
// the toolbar and the menu and show what each returns; a change to the
// document from anywhere else (by hand, Undo, a macro) makes it check again
// once the changes pause, unless a check of this document takes longer than
// a keystroke may wait: then it says that its results are out of date.
// No exception leaves it: errors go to its status line.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/basemutex.hxx>
#include <cppuhelper/compbase3.hxx>

#include "../commands.hpp"
#include "core/report/sheet_text.hpp"
#include "debounce.hpp"

namespace perfeval::uno {

namespace css = com::sun::star;

class PanelControls;

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

    // Called by the controls' listeners.
    void on_command(const std::string& control);
    void refresh();  // check again and show the document as it now is
    void on_document_changed();
    void on_sheet_switched();
    void on_checked_elsewhere(const std::vector<SheetReport>& reports, const std::string& status);
    void show_status(const std::string& status);
    void on_select_finding(sal_Int32 index);
    void on_select_profile(sal_Int32 index);
    void on_resize();
    void on_hover_list(sal_Int32 x, sal_Int32 y);

private:
    void SAL_CALL disposing() override;
    // Runs a command and shows its outcome.
    void run(const std::string& command, const css::uno::Sequence<css::beans::PropertyValue>& args = {});
    void show(const std::vector<SheetReport>& reports, const std::string& status);
    void enable_fix(bool on);
    void mark_out_of_date();

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::WeakReference<css::frame::XFrame> frame_;
    css::uno::Reference<css::awt::XWindow> parent_;
    rtl::OUString url_;
    Lang lang_;
    std::unique_ptr<PanelControls> controls_;
    std::vector<FindingText> shown_;  // the findings list, in order
    std::string shown_summary_;       // what the summary and the list show now
    std::vector<std::string> shown_lines_;
    std::string hovered_;                                   // the list row shown as a tooltip
    bool busy_ = false;                                     // a command of this panel is running
    bool quiet_ = false;                                    // a re-check the user did not ask for
    std::unique_ptr<Debounce> settled_;                     // re-checks once changes pause
    std::optional<std::vector<SheetReport>> last_reports_;  // what the panel shows
    std::string last_status_;
    std::chrono::milliseconds last_check_{0};  // how long the last check took
    bool out_of_date_ = false;                 // the document changed since it was shown
    int checked_ticket_ = 0;                   // subscribed to the document's checks
};

}  // namespace perfeval::uno
