// What the PerfEval panel shows and does: the window made from
// dialogs/panel.xdl, its controls, what they show, and the listeners that
// follow the document. A Check button and profile chooser, the summary, the
// findings (errors first; selecting one selects its cell), the full message
// of the selected finding, and Fix / Fix all / Mark / Clear marks / Insert
// formulas / Export report. Its buttons run the same vnd.perfeval: commands
// as the toolbar and the menu and show what each returns; a change to the
// document from anywhere else (by hand, Undo, a macro) makes it check again
// once the changes pause, unless a check of this document takes longer than
// a keystroke may wait: then it says that its results are out of date.
//
// Threads: events reach it on the main thread (VCL) and on others (a script
// over a socket changes the document or runs a check on a UNO bridge
// thread). Everything it does happens on the main thread: other threads'
// events are posted there. It is reference-counted: a posted event holds it,
// so nothing runs on a freed view; after dispose() events are dropped.
// No exception leaves it: errors go to its status line and the log.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XMouseListener.hpp>
#include <com/sun/star/awt/XMouseMotionListener.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/sheet/XActivationBroadcaster.hpp>
#include <com/sun/star/sheet/XActivationEventListener.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <cppuhelper/implbase7.hxx>
#include <cppuhelper/weakref.hxx>
#include <rtl/ref.hxx>

#include "../checked_documents.hpp"
#include "core/report/sheet_text.hpp"
#include "debounce.hpp"

namespace perfeval::uno {

namespace css = com::sun::star;

class PanelView
    : public cppu::WeakImplHelper7<css::awt::XActionListener, css::awt::XItemListener, css::awt::XWindowListener,
                                   css::awt::XMouseListener, css::awt::XMouseMotionListener,
                                   css::sheet::XActivationEventListener, css::util::XModifyListener> {
public:
    static constexpr sal_Int32 kMinimalWidth = 220;  // narrowest sidebar the layout fits

    // Makes the windows. start() attaches the listeners and shows the first
    // check: it hands out references to the view, which a constructor cannot.
    PanelView(const css::uno::Reference<css::uno::XComponentContext>& context,
              const css::uno::Reference<css::frame::XFrame>& frame,
              const css::uno::Reference<css::awt::XWindow>& parent);
    void start();
    // Detaches every listener, stops the re-check timer (joining its
    // thread), drops what holds the view and disposes the windows. Called
    // by the panel's disposing(), on the thread that holds the office's lock.
    void dispose();

    css::uno::Reference<css::awt::XWindow> host() const { return host_; }

    // Events from VCL and the document.
    void SAL_CALL actionPerformed(const css::awt::ActionEvent& e) override;
    void SAL_CALL itemStateChanged(const css::awt::ItemEvent& e) override;
    void SAL_CALL windowResized(const css::awt::WindowEvent&) override;
    void SAL_CALL windowMoved(const css::awt::WindowEvent&) override {}
    void SAL_CALL windowShown(const css::lang::EventObject&) override {}
    void SAL_CALL windowHidden(const css::lang::EventObject&) override {}
    void SAL_CALL mouseMoved(const css::awt::MouseEvent& e) override;
    void SAL_CALL mouseDragged(const css::awt::MouseEvent&) override {}
    void SAL_CALL mouseExited(const css::awt::MouseEvent&) override;
    void SAL_CALL mouseEntered(const css::awt::MouseEvent&) override {}
    void SAL_CALL mousePressed(const css::awt::MouseEvent&) override {}
    void SAL_CALL mouseReleased(const css::awt::MouseEvent&) override {}
    void SAL_CALL activeSpreadsheetChanged(const css::sheet::ActivationEvent&) override;
    void SAL_CALL modified(const css::lang::EventObject&) override;
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
    // Runs f on the main thread: now when called there, else posted. Not
    // after dispose(); what f throws goes to the status line and the log.
    template <class F>
    void on_main(F&& f);
    template <class F>
    void safely(F& f);

    void on_command(const std::string& control);
    void refresh();  // check again and show the document as it now is
    void on_document_changed();
    void on_sheet_switched();
    void on_checked_elsewhere(const std::vector<SheetReport>& reports, const std::string& status, std::uint64_t number);
    void on_select_finding(sal_Int32 index);
    void on_select_profile(sal_Int32 index);
    void on_resize();
    void on_hover_list(sal_Int32 x, sal_Int32 y);
    // Runs a command and shows its outcome.
    void run(const std::string& command, const css::uno::Sequence<css::beans::PropertyValue>& args = {});
    void show(const std::vector<SheetReport>& reports, const std::string& status, std::uint64_t number);
    void show_status(const std::string& status);
    void enable(const char* control, bool on);
    void mark_out_of_date();

    template <class T>
    css::uno::Reference<T> get(const char* name) const {
        return css::uno::Reference<T>(container_->getControl(rtl::OUString::createFromAscii(name)),
                                      css::uno::UNO_QUERY);
    }
    css::uno::Reference<css::awt::XWindow> win(const char* name) const { return get<css::awt::XWindow>(name); }

    const css::uno::Reference<css::uno::XComponentContext> context_;
    const css::uno::WeakReference<css::frame::XFrame> frame_;
    css::uno::Reference<css::awt::XWindow> parent_;
    const Lang lang_;
    std::atomic<bool> disposed_{false};

    css::uno::Reference<css::awt::XWindow> host_;    // what the sidebar lays out
    css::uno::Reference<css::awt::XWindow> window_;  // the controls, from panel.xdl
    css::uno::Reference<css::awt::XControlContainer> container_;
    css::uno::Reference<css::sheet::XActivationBroadcaster> activation_;
    css::uno::Reference<css::util::XModifyBroadcaster> document_;
    std::unique_ptr<Debounce> settled_;  // re-checks once changes pause
    int checked_ticket_ = 0;             // subscribed to the document's checks

    std::vector<FindingText> shown_;  // the findings list, in order
    std::string shown_summary_;       // what the summary and the list show now
    std::vector<std::string> shown_lines_;
    std::uint64_t shown_number_ = 0;                        // the number of the check shown
    std::string hovered_;                                   // the list row shown as a tooltip
    bool busy_ = false;                                     // a command of this panel is running
    bool quiet_ = false;                                    // a re-check the user did not ask for
    std::optional<std::vector<SheetReport>> last_reports_;  // what the panel shows
    std::string last_status_;
    std::chrono::milliseconds last_check_{0};  // how long the last check took
    bool out_of_date_ = false;                 // the document changed since it was shown
};

}  // namespace perfeval::uno
