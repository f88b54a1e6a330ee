#include "panel_view.hpp"

#include <algorithm>
#include <utility>

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleComponent.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/ContainerWindowProvider.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/WindowAttribute.hpp>
#include <com/sun/star/awt/WindowDescriptor.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XTextLayoutConstrains.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include "../commands.hpp"
#include "../convert.hpp"
#include "../document_check.hpp"
#include "../document_profile.hpp"
#include "../log.hpp"
#include "../main_thread.hpp"
#include "../ui_language.hpp"
#include "core/report/render.hpp"

namespace perfeval::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

constexpr sal_Int32 kMargin = 6;
constexpr sal_Int32 kGap = 4;
constexpr sal_Int32 kRow = 28;       // a button or a dropdown
constexpr sal_Int32 kSummary = 116;  // six lines of 19 px
constexpr sal_Int32 kMinWidth = PanelView::kMinimalWidth;
constexpr sal_Int32 kListLine = 21;    // a list row when the list cannot say (20 px with CJK fonts)
constexpr sal_Int32 kListChrome = 20;  // the list's horizontal scrollbar
constexpr sal_Int32 kMinList = 80;     // five rows
constexpr sal_Int32 kMinDetail = 96;   // five lines of a message

// A re-check runs this long after the last change (typing, a paste, Undo)...
constexpr std::chrono::milliseconds kSettle{300};
// ...unless the last check took longer than this: then typing would lag, and
// the panel says its results are out of date instead.
constexpr std::chrono::milliseconds kCheckBudget{150};

// The arguments of the commands that act on a finding's cell (fix, goto).
css::uno::Sequence<css::beans::PropertyValue> cell_args(const FindingText& f) {
    css::uno::Sequence<css::beans::PropertyValue> args(2);
    args[0].Name = "Sheet";
    args[0].Value <<= from_utf8(f.sheet);
    args[1].Name = "Cell";
    args[1].Value <<= from_utf8(f.cell);
    return args;
}

}  // namespace

PanelView::PanelView(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
                     const Reference<css::awt::XWindow>& parent)
    : context_(context), frame_(frame), parent_(parent), lang_(resolve_lang("", context)) {
    // The sidebar asks the window in its panel how wide it wants to be. A
    // dialog window answers with its controls' extents, i.e. with the width
    // it was last given, so a narrowed sidebar would only scroll the panel.
    // A plain window in between asks for nothing and takes the width it gets.
    css::awt::WindowDescriptor host;
    host.Type = css::awt::WindowClass_SIMPLE;
    host.WindowServiceName = "window";
    host.Parent.set(parent, UNO_QUERY_THROW);
    host.Bounds = parent->getPosSize();
    host.WindowAttributes = css::awt::WindowAttribute::SHOW;
    host_.set(css::awt::Toolkit::create(context_)->createWindow(host), UNO_QUERY_THROW);
    const auto provider = css::awt::ContainerWindowProvider::create(context_);
    window_ = provider->createContainerWindow("vnd.sun.star.extension://org.perfeval.calc/dialogs/panel.xdl", "",
                                              Reference<css::awt::XWindowPeer>(host_, UNO_QUERY_THROW), nullptr);
    container_.set(window_, UNO_QUERY_THROW);
}

void PanelView::start() {
    const rtl::Reference<PanelView> self(this);
    // Runs on the main thread once changes pause. It holds the view; dispose() drops it.
    settled_ = std::make_unique<Debounce>(context_, kSettle, [self] { self->on_main([&] { self->refresh(); }); });

    const std::pair<const char*, MessageId> buttons[] = {
        {"check", MessageId::panel_check},       {"fix", MessageId::panel_fix},
        {"fixall", MessageId::panel_fix_all},    {"mark", MessageId::panel_mark},
        {"clear", MessageId::panel_clear_marks}, {"formulas", MessageId::panel_insert_formulas},
        {"export", MessageId::panel_export}};
    for (const auto& [name, label] : buttons) {
        const auto b = get<css::awt::XButton>(name);
        b->setLabel(from_utf8(text(label, lang_)));
        b->setActionCommand(OUString::createFromAscii(name));
        b->addActionListener(this);
    }
    const auto profiles_box = get<css::awt::XListBox>("profile");
    for (const auto& p : profiles()) profiles_box->addItem(from_utf8(p.label.in(lang_)), profiles_box->getItemCount());

    get<css::awt::XListBox>("findings")->addItemListener(this);
    win("findings")->addMouseMotionListener(this);
    win("findings")->addMouseListener(this);
    show_status(text(MessageId::panel_ready, lang_));
    parent_->addWindowListener(this);

    const Reference<css::frame::XFrame> frame(frame_);
    if (frame.is() && frame->getController().is()) {
        activation_.set(frame->getController(), UNO_QUERY);
        if (activation_.is()) activation_->addActivationEventListener(this);
        const DocumentRef doc = document_of(frame);
        if (doc.is()) {
            const Profile& current = document_profile(doc);
            for (size_t i = 0; i < profiles().size(); ++i)
                if (&profiles()[i] == &current) profiles_box->selectItemPos(static_cast<sal_Int16>(i), true);
            document_.set(doc, UNO_QUERY);
            if (document_.is()) document_->addModifyListener(this);
            // A check run elsewhere (toolbar, menu, macro, a script on a
            // bridge thread) is shown here too, on the main thread.
            checked_ticket_ = subscribe_checked(doc, [self](const Checked& c) {
                self->on_main([self, reports = c.reports, status = c.status, number = c.number] {
                    self->on_checked_elsewhere(reports, status, number);
                });
            });
        }
    }
    // Listen to the chooser only now: showing the document's profile is no choice.
    profiles_box->addItemListener(this);
    window_->setVisible(true);
    on_main([this] {
        on_resize();
        refresh();  // opening the deck shows the state at once (the deck is already on its way)
    });
}

void PanelView::dispose() {
    if (disposed_.exchange(true)) return;
    // First what holds the view and may call it: the timer (its thread is
    // joined here) and the document's checks.
    if (settled_) settled_->cancel();
    if (checked_ticket_) unsubscribe_checked(std::exchange(checked_ticket_, 0));
    auto step = [](const char* what, auto&& f) {
        try {
            f();
        } catch (...) {
            PERFEVAL_INFO("panel dispose: " << what << ": " << caught());
        }
    };
    step("window listener", [&] { parent_->removeWindowListener(this); });
    step("sheet listener", [&] {
        if (activation_.is()) activation_->removeActivationEventListener(this);
    });
    step("document listener", [&] {
        if (document_.is()) document_->removeModifyListener(this);
    });
    step("controls", [&] { Reference<css::lang::XComponent>(window_, UNO_QUERY_THROW)->dispose(); });
    step("host window", [&] { Reference<css::lang::XComponent>(host_, UNO_QUERY_THROW)->dispose(); });
    activation_.clear();
    document_.clear();
    parent_.clear();
}

template <class F>
void PanelView::safely(F& f) {
    if (disposed_) return;
    try {
        f();
    } catch (...) {
        // Events come from VCL: nothing may be thrown back into it.
        const std::string why = caught();
        PERFEVAL_WARN("panel: " << why);
        try {
            if (!disposed_) show_status(why);
        } catch (...) {
            PERFEVAL_WARN("panel: no status line to say it on: " << caught());
        }
    }
}

template <class F>
void PanelView::on_main(F&& f) {
    if (disposed_) return;
    if (on_main_thread()) {
        safely(f);
        return;
    }
    post_to_main_thread(
        context_, [self = rtl::Reference<PanelView>(this), f = std::forward<F>(f)]() mutable { self->safely(f); });
}

void PanelView::actionPerformed(const css::awt::ActionEvent& e) {
    on_main([this, command = to_utf8(e.ActionCommand)] { on_command(command); });
}

void PanelView::itemStateChanged(const css::awt::ItemEvent& e) {
    const bool findings = e.Source == Reference<css::uno::XInterface>(get<css::awt::XListBox>("findings"), UNO_QUERY);
    on_main([this, findings, selected = e.Selected] {
        if (findings)
            on_select_finding(selected);
        else
            on_select_profile(selected);
    });
}

void PanelView::windowResized(const css::awt::WindowEvent&) {
    on_main([this] { on_resize(); });
}

// Over the findings list: the row under the pointer shows whole as a tooltip.
void PanelView::mouseMoved(const css::awt::MouseEvent& e) {
    on_main([this, x = e.X, y = e.Y] { on_hover_list(x, y); });
}

void PanelView::mouseExited(const css::awt::MouseEvent&) {
    on_main([this] { on_hover_list(-1, -1); });
}

void PanelView::activeSpreadsheetChanged(const css::sheet::ActivationEvent&) {
    on_main([this] { on_sheet_switched(); });  // the new sheet's form leads
}

// Any change to the document, by hand, by Undo, by a macro or a command run
// elsewhere: the panel shows the document as it now is.
void PanelView::modified(const css::lang::EventObject&) {
    on_main([this] { on_document_changed(); });
}

void PanelView::on_resize() {
    if (!parent_.is()) return;
    const auto size = parent_->getPosSize();
    const sal_Int32 w = std::max(size.Width, kMinWidth), h = std::max<sal_Int32>(size.Height, 480);
    host_->setPosSize(0, 0, size.Width, size.Height, css::awt::PosSize::POSSIZE);
    window_->setPosSize(0, 0, w, h, css::awt::PosSize::POSSIZE);
    const sal_Int32 inner = w - 2 * kMargin, half = (inner - kGap) / 2;
    const sal_Int32 check_w = std::min<sal_Int32>(110, inner / 3);
    auto place = [&](const char* name, sal_Int32 x, sal_Int32 y, sal_Int32 cw, sal_Int32 ch) {
        const auto c = win(name);
        if (c.is()) c->setPosSize(x, y, cw, ch, css::awt::PosSize::POSSIZE);
    };
    sal_Int32 y = kMargin;
    place("check", kMargin, y, check_w, kRow);
    place("profile", kMargin + check_w + kGap, y, inner - check_w - kGap, kRow);
    y += kRow + kGap;
    // Six lines: template, counts, totals, grade, and what was checked (two).
    place("summary", kMargin, y, inner, kSummary);
    y += kSummary + kGap;
    // The list is as tall as its findings (no screen of empty rows), the
    // detail below takes the rest, so a long message reads without scrolling.
    const sal_Int32 buttons = 3 * (kRow + kGap) + 40 + 3 * kGap + kMargin;  // three button rows, the status line
    const sal_Int32 room = std::max<sal_Int32>(h - y - buttons - kGap, kMinList + kMinDetail);
    // The list says how tall it is for n rows in its own font (14 px a row
    // in Latin fonts, 20 with CJK ones).
    const sal_Int32 rows = std::max<sal_Int32>(1, static_cast<sal_Int32>(shown_lines_.size()));
    const Reference<css::awt::XTextLayoutConstrains> list(container_->getControl("findings"), UNO_QUERY);
    const sal_Int32 wanted =
        (list.is() ? list->getMinimumSize(0, static_cast<sal_Int16>(std::min<sal_Int32>(rows, 100))).Height
                   : rows * kListLine) +
        kListChrome;
    const sal_Int32 list_h = std::clamp<sal_Int32>(wanted, kMinList, room - kMinDetail);
    place("findings", kMargin, y, inner, list_h);
    y += list_h + kGap;
    place("detail", kMargin, y, inner, room - list_h);
    y += room - list_h + kGap;
    place("fix", kMargin, y, half, kRow);
    place("fixall", kMargin + half + kGap, y, inner - half - kGap, kRow);
    y += kRow + kGap;
    place("mark", kMargin, y, half, kRow);
    place("clear", kMargin + half + kGap, y, inner - half - kGap, kRow);
    y += kRow + kGap;
    place("formulas", kMargin, y, half, kRow);
    place("export", kMargin + half + kGap, y, inner - half - kGap, kRow);
    y += kRow + kGap;
    place("status", kMargin, y, inner, 40);
}

void PanelView::run(const std::string& command, const css::uno::Sequence<css::beans::PropertyValue>& args) {
    // The command's own changes would each refresh the panel; its outcome does once.
    const bool was_busy = std::exchange(busy_, true);
    try {
        const auto start = std::chrono::steady_clock::now();
        const auto outcome = run_command(context_, Reference<css::frame::XFrame>(frame_), command, args);
        if (command == "check")
            last_check_ =
                std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
        busy_ = was_busy;
        if (disposed_) return;  // the command closed the document, or the office quits
        if (outcome.reports)
            show(*outcome.reports, outcome.message, outcome.checked_number);
        else if (!outcome.message.empty())
            show_status(outcome.message);
    } catch (...) {
        busy_ = was_busy;
        const std::string why = caught();
        PERFEVAL_WARN("panel command " << command << " failed: " << why);
        if (!disposed_) show_status(why);
    }
}

void PanelView::refresh() {
    if (busy_) return;
    css::uno::Sequence<css::beans::PropertyValue> args(1);
    args[0].Name = "Show";  // the deck is where this panel already is
    args[0].Value <<= false;
    // A re-check on its own that finds what the panel shows leaves the status
    // line alone: it still says what the user's last command did.
    const bool was_quiet = std::exchange(quiet_, true);
    run("check", args);
    quiet_ = was_quiet;
}

void PanelView::on_document_changed() {
    // A command of this panel shows its own outcome; its changes set off nothing.
    if (busy_) return;
    if (last_check_ > kCheckBudget)
        mark_out_of_date();
    else
        settled_->poke();
}

void PanelView::on_checked_elsewhere(const std::vector<SheetReport>& reports, const std::string& status,
                                     std::uint64_t number) {
    if (busy_) return;                    // this panel's own command shows its outcome itself
    if (number <= shown_number_) return;  // posted before a later check that is shown already
    settled_->stop();                     // these are the findings after the changes
    show(reports, status, number);
}

void PanelView::on_sheet_switched() {
    if (busy_) return;
    // The findings are the same; the summary becomes the new sheet's.
    if (last_reports_ && !out_of_date_)
        show(std::vector<SheetReport>(*last_reports_), last_status_, shown_number_);
    else if (!out_of_date_)
        settled_->poke();
}

void PanelView::mark_out_of_date() {
    if (out_of_date_) return;  // once per change of state, not per keystroke
    out_of_date_ = true;
    get<css::awt::XFixedText>("summary")->setText(
        from_utf8(text(MessageId::panel_stale_summary, lang_) + "\n" + shown_summary_));
    shown_summary_.clear();  // the next check rewrites the summary and the list
    enable("fix", false);    // the selected finding may be gone
    show_status(text(MessageId::panel_out_of_date, lang_, {arg("ms", std::to_string(last_check_.count()))}));
}

void PanelView::show_status(const std::string& status) {
    get<css::awt::XFixedText>("status")->setText(from_utf8(status));
}

void PanelView::on_command(const std::string& control) {
    if (control == "fix") {
        const auto box = get<css::awt::XListBox>("findings");
        const sal_Int16 i = box->getSelectedItemPos();
        if (i < 0 || static_cast<size_t>(i) >= shown_.size() || shown_[i].cell.empty()) return;
        run("fix", cell_args(shown_[i]));
    } else if (control == "clear") {
        run("clearmarks");
    } else {
        run(control);  // check, fixall, mark, formulas, export
    }
}

void PanelView::on_select_profile(sal_Int32 index) {
    if (index < 0 || static_cast<size_t>(index) >= profiles().size()) return;
    const DocumentRef doc = document_of(Reference<css::frame::XFrame>(frame_));
    if (doc.is() && &document_profile(doc) == &profiles()[static_cast<size_t>(index)]) return;  // no change
    css::uno::Sequence<css::beans::PropertyValue> args(1);
    args[0].Name = "Name";
    args[0].Value <<= from_utf8(profiles()[static_cast<size_t>(index)].name);
    run("profile", args);
}

namespace {

// The row of a list box at a point of it, found the way a screen reader
// finds it (the box may be scrolled; AWT does not say its first row), or -1.
sal_Int32 row_at(const Reference<css::awt::XControl>& list, css::awt::Point at) {
    namespace a11y = css::accessibility;
    const Reference<a11y::XAccessible> accessible(list->getPeer(), UNO_QUERY);
    if (!accessible.is()) return -1;
    Reference<a11y::XAccessibleContext> context = accessible->getAccessibleContext();
    for (int depth = 0; depth < 4 && context.is(); ++depth) {  // box, its list, a row
        if (context->getAccessibleRole() == a11y::AccessibleRole::LIST_ITEM)
            return static_cast<sal_Int32>(context->getAccessibleIndexInParent());
        const Reference<a11y::XAccessibleComponent> area(context, UNO_QUERY);
        if (!area.is()) return -1;
        const Reference<a11y::XAccessible> inner = area->getAccessibleAtPoint(at);
        if (!inner.is()) return -1;
        context = inner->getAccessibleContext();
        const Reference<a11y::XAccessibleComponent> inner_area(context, UNO_QUERY);
        if (!inner_area.is()) return -1;
        const auto origin = inner_area->getLocation();  // relative to its parent
        at.X -= origin.X;
        at.Y -= origin.Y;
    }
    return -1;
}

}  // namespace

void PanelView::on_hover_list(sal_Int32 x, sal_Int32 y) {
    const auto list = get<css::awt::XControl>("findings");
    const sal_Int32 row = x < 0 ? -1 : row_at(list, css::awt::Point(x, y));  // -1: the pointer left
    // A line cut at the panel's edge reads whole where the pointer rests.
    const std::string tip =
        row >= 0 && static_cast<size_t>(row) < shown_lines_.size() ? shown_lines_[static_cast<size_t>(row)] : "";
    if (tip == hovered_) return;
    hovered_ = tip;
    Reference<css::beans::XPropertySet>(list->getModel(), UNO_QUERY_THROW)
        ->setPropertyValue("HelpText", css::uno::Any(from_utf8(tip)));
}

void PanelView::on_select_finding(sal_Int32 index) {
    if (index < 0 || static_cast<size_t>(index) >= shown_.size()) return;
    const FindingText& f = shown_[static_cast<size_t>(index)];
    get<css::awt::XTextComponent>("detail")->setText(from_utf8(detail_text(f, lang_)));
    const Reference<css::frame::XFrame> frame(frame_);
    const DocumentRef doc = document_of(frame);
    enable("fix", f.fix.has_value() && doc.is() && !is_read_only(doc));
    if (f.cell.empty()) return;
    // Switching sheets fires a re-check; keep the list as it is meanwhile.
    if (activation_.is()) activation_->removeActivationEventListener(this);
    run("goto", cell_args(f));
    if (!disposed_ && activation_.is()) activation_->addActivationEventListener(this);
}

void PanelView::show(const std::vector<SheetReport>& reports, const std::string& status, std::uint64_t number) {
    shown_number_ = std::max(shown_number_, number);
    out_of_date_ = false;
    last_reports_ = reports;
    last_status_ = status;
    const Reference<css::frame::XFrame> frame(frame_);
    const DocumentRef doc = document_of(frame);
    const bool read_only = doc.is() && is_read_only(doc);

    // Findings of every form, errors first, the active sheet's form leading.
    std::string active;
    try {
        const Reference<css::sheet::XSpreadsheetView> view(frame->getController(), UNO_QUERY);
        if (view.is())
            active = to_utf8(Reference<css::container::XNamed>(view->getActiveSheet(), UNO_QUERY_THROW)->getName());
    } catch (const css::uno::Exception& e) {
        // no active sheet (the view is going): the list keeps sheet order
        PERFEVAL_INFO("panel: no active sheet: " << to_utf8(e.Message));
    }
    shown_.clear();
    int errors = 0, warnings = 0, notices = 0, forms = 0;
    std::string totals, form, coverage;
    bool summarized = false;  // the first form's summary, until the active sheet's replaces it
    int unread = 0;           // sheets too large to read: said in the list, never "no form"
    for (const auto& report : reports) {
        if (!report.has_form) {
            if (report.warnings == 0) continue;  // a sheet without a form says nothing more
            const SheetText r = render_sheet(report, lang_);
            ++unread;
            warnings += r.warnings;
            shown_.insert(shown_.end(), r.findings.begin(), r.findings.end());
            continue;
        }
        const SheetText r = render_sheet(report, lang_);
        ++forms;
        errors += r.errors;
        warnings += r.warnings;
        notices += r.notices;
        if (!summarized || r.sheet == active) {
            summarized = true;
            form = form_label(r, lang_);
            coverage = coverage_text(r.coverage, lang_);
            totals = totals_text(r.totals, lang_);
            if (const std::string grade = grade_text(r.grade, lang_); !grade.empty()) totals += "\n" + grade;
        }
        shown_.insert(shown_.end(), r.findings.begin(), r.findings.end());
    }
    std::stable_sort(shown_.begin(), shown_.end(), [&](const FindingText& a, const FindingText& b) {
        if (a.severity != b.severity) return a.severity < b.severity;
        return (a.sheet == active) > (b.sheet == active);
    });

    // What was checked comes last: at the narrowest width it is what wraps.
    // A form without totals leaves no blank line.
    const std::string summary = forms > 0 ? form + "\n" + counts_text(errors, warnings, notices, lang_) +
                                                (totals.empty() ? std::string() : "\n" + totals) + "\n" + coverage
                                : unread > 0 ? counts_text(errors, warnings, notices, lang_)
                                             : text(MessageId::summary_no_form, lang_);
    std::vector<std::string> lines;
    lines.reserve(shown_.size());
    for (const FindingText& f : shown_)  // the whole message shows when it is selected
        lines.push_back(list_entry(f, f.sheet != active && reports.size() > 1, lang_));
    // A change that changes no finding (a format, a row height, a check
    // asked for again) leaves the list, the user's selection and the detail as
    // they are.
    const bool unchanged = summary == shown_summary_ && lines == shown_lines_;
    if (!unchanged) {
        get<css::awt::XFixedText>("summary")->setText(from_utf8(summary));
        const auto box = get<css::awt::XListBox>("findings");
        box->removeItems(0, box->getItemCount());
        css::uno::Sequence<OUString> items(static_cast<sal_Int32>(lines.size()));
        for (size_t i = 0; i < lines.size(); ++i) items[static_cast<sal_Int32>(i)] = from_utf8(lines[i]);
        box->addItems(items, 0);
        get<css::awt::XTextComponent>("detail")->setText(OUString());
        enable("fix", false);  // until a fixable finding is selected
        shown_summary_ = summary;
        const bool relayout = lines.size() != shown_lines_.size();
        shown_lines_ = std::move(lines);
        if (relayout) on_resize();  // the list's height follows its rows
    }

    if (!(quiet_ && unchanged)) show_status(read_only ? text(MessageId::panel_read_only, lang_) : status);
    for (const char* name : {"fixall", "mark", "clear", "formulas"}) enable(name, !read_only && forms > 0);
    enable("export", forms > 0);
}

void PanelView::enable(const char* control, bool on) {
    if (const auto w = win(control); w.is()) w->setEnable(on);
}

}  // namespace perfeval::uno
