#include "marks.hpp"

#include <map>
#include <mutex>
#include <stdexcept>
#include <string>

#include <com/sun/star/beans/PropertyState.hpp>
#include <com/sun/star/beans/StringPair.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertyState.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/document/XDocumentEventBroadcaster.hpp>
#include <com/sun/star/document/XDocumentEventListener.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/InfobarType.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProviderInterception.hpp>
#include <com/sun/star/frame/XDispatchProviderInterceptor.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XInfobarProvider.hpp>
#include <com/sun/star/frame/XInterceptorInfo.hpp>
#include <com/sun/star/frame/XModel2.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/weakref.hxx>

#include "convert.hpp"
#include "core/report/render.hpp"
#include "log.hpp"
#include "undo_step.hpp"

namespace perfeval::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

constexpr sal_Int32 kErrorColor = 0xFFC7CE;    // light red
constexpr sal_Int32 kWarningColor = 0xFFEB9C;  // light yellow
constexpr const char* kInfobar = "org.perfeval.marks";

// The saves a user starts from the menu, the toolbar or the keyboard.
constexpr const char* kSaveCommands[] = {".uno:Save", ".uno:SaveAs", ".uno:SaveACopy", ".uno:ExportTo"};

struct SavedBackground {
    std::string sheet;
    CellAddress cell;
    bool was_default;  // inherited from the cell style: reset instead of set
    sal_Int32 color;
    bool transparent;
    sal_Int32 mark_color;
};

Reference<css::beans::XPropertySet> cell_props(const DocumentRef& doc, const std::string& sheet, CellAddress a) {
    return Reference<css::beans::XPropertySet>(sheet_named(doc, sheet)->getCellByPosition(a.col, a.row),
                                               UNO_QUERY_THROW);
}

sal_Int32 color_of(const DocumentRef& doc, const SavedBackground& c) {
    sal_Int32 color = -1;
    cell_props(doc, c.sheet, c.cell)->getPropertyValue("CellBackColor") >>= color;
    return color;
}

// Colours each cell with its mark (or gives it its own background back) and
// reads the colour back: Calc ignores a change on a protected sheet without
// a word. Returns the cells that do not show what was asked.
std::vector<SavedBackground> paint(const DocumentRef& doc, const std::vector<SavedBackground>& cells, bool marked) {
    std::vector<SavedBackground> failed;
    for (const auto& c : cells) {
        try {
            const auto props = cell_props(doc, c.sheet, c.cell);
            if (marked) {
                props->setPropertyValue("CellBackColor", css::uno::Any(c.mark_color));
            } else if (c.was_default) {
                Reference<css::beans::XPropertyState>(props, UNO_QUERY_THROW)->setPropertyToDefault("CellBackColor");
            } else {
                props->setPropertyValue("CellBackColor", css::uno::Any(c.color));
                props->setPropertyValue("IsCellBackgroundTransparent", css::uno::Any(c.transparent));
            }
            if (color_of(doc, c) != (marked ? c.mark_color : c.color)) failed.push_back(c);
        } catch (const css::uno::Exception& e) {  // the sheet is gone or renamed
            PERFEVAL_WARN("mark of " << c.sheet << "." << to_a1(c.cell) << " not painted: " << to_utf8(e.Message));
            failed.push_back(c);
        }
    }
    return failed;
}

// The marked cells that show their mark now (Undo may have taken it off).
std::vector<SavedBackground> showing(const DocumentRef& doc, const std::vector<SavedBackground>& cells) {
    std::vector<SavedBackground> out;
    for (const auto& c : cells) {
        try {
            if (color_of(doc, c) == c.mark_color) out.push_back(c);
        } catch (const css::uno::Exception& e) {
            PERFEVAL_INFO("mark of " << c.sheet << "." << to_a1(c.cell) << " is gone: " << to_utf8(e.Message));
        }
    }
    return out;
}

// "G5、H5" / "G5, H5": at most five cells, for a sentence in `lang`.
std::string cell_list(const std::vector<SavedBackground>& cells, Lang lang = Lang::en) {
    std::vector<CellAddress> addresses;
    for (const auto& c : cells) addresses.push_back(c.cell);
    return a1_list(addresses, 5, lang == Lang::zh ? "、" : ", ");
}

// A change the user did not make: no undo step, and the document as
// modified as it was before (unless told otherwise).
template <class F>
void quietly(const DocumentRef& doc, F&& f) {
    const Reference<css::document::XUndoManagerSupplier> s(doc, UNO_QUERY);
    const auto undo = s.is() ? s->getUndoManager() : nullptr;
    const Reference<css::util::XModifiable> modifiable(doc, UNO_QUERY);
    const bool was_modified = modifiable.is() && modifiable->isModified();
    if (undo.is()) undo->lock();
    try {
        f();
    } catch (...) {
        if (undo.is()) undo->unlock();
        throw;
    }
    if (undo.is()) undo->unlock();
    if (modifiable.is() && !was_modified) modifiable->setModified(false);
}

// Says it in the document's infobar; a headless office has none.
void tell_user(const DocumentRef& doc, MessageId title, MessageId message, const std::vector<SavedBackground>& cells,
               Lang lang) {
    const std::string primary = text(title, lang),
                      secondary = text(message, lang, {arg("cells", cell_list(cells, lang))});
    PERFEVAL_WARN(primary << ": " << secondary);
    try {
        const Reference<css::frame::XModel> model(doc, UNO_QUERY_THROW);
        const Reference<css::frame::XInfobarProvider> bars(model->getCurrentController(), UNO_QUERY);
        if (!bars.is()) return;
        const OUString id = OUString::createFromAscii(kInfobar);
        if (bars->hasInfobar(id))
            bars->updateInfobar(id, from_utf8(primary), from_utf8(secondary), css::frame::InfobarType::WARNING);
        else
            bars->appendInfobar(id, from_utf8(primary), from_utf8(secondary), css::frame::InfobarType::WARNING, {},
                                true);
    } catch (const css::uno::Exception& e) {
        PERFEVAL_INFO("no infobar to say it in: " << to_utf8(e.Message));
    }
}

void clear_infobar(const DocumentRef& doc) {
    try {
        const Reference<css::frame::XModel> model(doc, UNO_QUERY_THROW);
        const Reference<css::frame::XInfobarProvider> bars(model->getCurrentController(), UNO_QUERY);
        const OUString id = OUString::createFromAscii(kInfobar);
        if (bars.is() && bars->hasInfobar(id)) bars->removeInfobar(id);
    } catch (const css::uno::Exception& e) {
        PERFEVAL_INFO("infobar not removed: " << to_utf8(e.Message));
    }
}

// ---- what is kept per document ------------------------------------------------

struct DocumentState {
    std::vector<SavedBackground> marks;
    Reference<css::document::XDocumentEventListener> guard;
    std::vector<css::uno::WeakReference<css::frame::XFrame>> intercepted;  // frames with a SaveInterceptor
    std::vector<SavedBackground> taken_off;                                // by the guard, for the write under way
    std::vector<SavedBackground> stuck;  // marks the guard could not take off before it
    Lang lang = Lang::zh;
};

std::mutex g_mutex;  // never held while calling into the office
std::map<css::uno::XInterface*, DocumentState> g_state;

css::uno::XInterface* key(const DocumentRef& doc) { return Reference<css::uno::XInterface>(doc, UNO_QUERY).get(); }

std::vector<SavedBackground> marks_of(const DocumentRef& doc) {
    const std::lock_guard<std::mutex> lock(g_mutex);
    const auto it = g_state.find(key(doc));
    return it == g_state.end() ? std::vector<SavedBackground>{} : it->second.marks;
}

// The language the document's marks were made in: what its infobar speaks.
Lang lang_of(const DocumentRef& doc) {
    const std::lock_guard<std::mutex> lock(g_mutex);
    const auto it = g_state.find(key(doc));
    return it == g_state.end() ? Lang::zh : it->second.lang;
}

// Takes the marks off while the document is written and puts them back
// after. A listener cannot stop a save: when the marks cannot come off, the
// file holds them, so the document is left modified and the user is told.
class SaveGuard : public cppu::WeakImplHelper1<css::document::XDocumentEventListener> {
public:
    explicit SaveGuard(const DocumentRef& doc) : doc_(doc) {}

    void SAL_CALL documentEventOccured(const css::document::DocumentEvent& event) override {
        const std::string name = to_utf8(event.EventName);
        const bool before = name == "OnSave" || name == "OnSaveAs" || name == "OnCopyTo";
        const bool after = (name.rfind("OnSave", 0) == 0 || name.rfind("OnCopyTo", 0) == 0) &&
                           (name.find("Done") != std::string::npos || name.find("Failed") != std::string::npos);
        if (!before && !after) return;
        const DocumentRef doc(doc_.get(), UNO_QUERY);
        if (!doc.is()) return;
        try {  // a listener must not throw into the save
            if (before)
                take_off(doc);
            else
                put_back(doc);
        } catch (...) {
            PERFEVAL_WARN("marks around " << name << ": " << caught());
        }
    }
    void SAL_CALL disposing(const css::lang::EventObject&) override {
        const std::lock_guard<std::mutex> lock(g_mutex);
        g_state.erase(key(DocumentRef(doc_.get(), UNO_QUERY)));
    }

private:
    void take_off(const DocumentRef& doc) {
        const auto marked = showing(doc, marks_of(doc));
        if (marked.empty()) return;
        std::vector<SavedBackground> failed;
        quietly(doc, [&] { failed = paint(doc, marked, false); });
        const std::lock_guard<std::mutex> lock(g_mutex);
        auto& state = g_state[key(doc)];
        state.taken_off = marked;
        state.stuck = failed;
    }
    void put_back(const DocumentRef& doc) {
        std::vector<SavedBackground> cells, stuck;
        {
            const std::lock_guard<std::mutex> lock(g_mutex);
            auto& state = g_state[key(doc)];
            cells.swap(state.taken_off);
            stuck.swap(state.stuck);
        }
        if (cells.empty()) return;
        quietly(doc, [&] {
            if (const auto failed = paint(doc, cells, true); !failed.empty())
                PERFEVAL_WARN("marks not put back after a save: " << cell_list(failed));
        });
        if (stuck.empty()) return;
        // The file holds the marks: the document must not look saved.
        const Reference<css::util::XModifiable> modifiable(doc, UNO_QUERY);
        if (modifiable.is()) modifiable->setModified(true);
        tell_user(doc, MessageId::marks_saved_with_file_title, MessageId::marks_saved_with_file, stuck, lang_of(doc));
    }

    css::uno::WeakReference<css::sheet::XSpreadsheetDocument> doc_;
};

// A save the user starts goes through here first: if the marks could not
// come off for it, the document is not saved at all.
class GuardedSave : public cppu::WeakImplHelper1<css::frame::XNotifyingDispatch> {
public:
    GuardedSave(Reference<css::frame::XDispatch> real, const DocumentRef& doc) : real_(std::move(real)), doc_(doc) {}

    void SAL_CALL dispatch(const css::util::URL& url,
                           const css::uno::Sequence<css::beans::PropertyValue>& args) override {
        dispatchWithNotification(url, args, nullptr);
    }
    void SAL_CALL dispatchWithNotification(const css::util::URL& url,
                                           const css::uno::Sequence<css::beans::PropertyValue>& args,
                                           const Reference<css::frame::XDispatchResultListener>& listener) override {
        const DocumentRef doc(doc_.get(), UNO_QUERY);
        if (doc.is()) {
            std::vector<SavedBackground> stuck;
            try {
                stuck = trial(doc);
            } catch (...) {
                PERFEVAL_WARN("marks before " << to_utf8(url.Complete) << ": " << caught());
            }
            if (!stuck.empty()) {
                const Lang lang = lang_of(doc);
                tell_user(doc, MessageId::marks_save_refused_title, MessageId::marks_save_refused, stuck, lang);
                const Reference<css::util::XModifiable> modifiable(doc, UNO_QUERY);
                if (modifiable.is()) modifiable->setModified(true);
                if (listener.is()) {
                    css::frame::DispatchResultEvent refused;
                    refused.Source = static_cast<cppu::OWeakObject*>(this);
                    refused.State = css::frame::DispatchResultState::FAILURE;
                    refused.Result <<=
                        from_utf8(text(MessageId::marks_save_refused, lang, {arg("cells", cell_list(stuck, lang))}));
                    listener->dispatchFinished(refused);
                }
                return;
            }
        }
        const Reference<css::frame::XNotifyingDispatch> notifying(real_, UNO_QUERY);
        if (notifying.is()) {
            notifying->dispatchWithNotification(url, args, listener);
            return;
        }
        real_->dispatch(url, args);
        if (listener.is()) {
            css::frame::DispatchResultEvent done;
            done.Source = static_cast<cppu::OWeakObject*>(this);
            done.State = css::frame::DispatchResultState::DONTKNOW;
            listener->dispatchFinished(done);
        }
    }
    // The Save button's state is the real command's.
    void SAL_CALL addStatusListener(const Reference<css::frame::XStatusListener>& l,
                                    const css::util::URL& url) override {
        real_->addStatusListener(l, url);
    }
    void SAL_CALL removeStatusListener(const Reference<css::frame::XStatusListener>& l,
                                       const css::util::URL& url) override {
        real_->removeStatusListener(l, url);
    }

private:
    // Takes the shown marks off and puts them back, unseen: the cells whose
    // mark did not come off. The write itself is the guard's.
    static std::vector<SavedBackground> trial(const DocumentRef& doc) {
        const auto marked = showing(doc, marks_of(doc));
        if (marked.empty()) return {};
        std::vector<SavedBackground> stuck;
        quietly(doc, [&] {
            stuck = paint(doc, marked, false);
            if (const auto failed = paint(doc, marked, true); !failed.empty())
                PERFEVAL_WARN("marks not put back after a trial: " << cell_list(failed));
        });
        return stuck;
    }

    Reference<css::frame::XDispatch> real_;
    css::uno::WeakReference<css::sheet::XSpreadsheetDocument> doc_;
};

class SaveInterceptor
    : public cppu::WeakImplHelper2<css::frame::XDispatchProviderInterceptor, css::frame::XInterceptorInfo> {
public:
    explicit SaveInterceptor(const DocumentRef& doc) : doc_(doc) {}

    Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url, const OUString& target,
                                                            sal_Int32 flags) override {
        const Reference<css::frame::XDispatchProvider> slave = slave_;
        if (!slave.is()) return nullptr;
        const auto real = slave->queryDispatch(url, target, flags);
        if (!real.is() || !is_save(url.Complete)) return real;
        const DocumentRef doc(doc_.get(), UNO_QUERY);
        return doc.is() ? new GuardedSave(real, doc) : real;
    }
    css::uno::Sequence<Reference<css::frame::XDispatch>> SAL_CALL
    queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) override {
        css::uno::Sequence<Reference<css::frame::XDispatch>> out(requests.getLength());
        for (sal_Int32 i = 0; i < requests.getLength(); ++i)
            out.getArray()[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
        return out;
    }
    Reference<css::frame::XDispatchProvider> SAL_CALL getSlaveDispatchProvider() override { return slave_; }
    void SAL_CALL setSlaveDispatchProvider(const Reference<css::frame::XDispatchProvider>& p) override { slave_ = p; }
    Reference<css::frame::XDispatchProvider> SAL_CALL getMasterDispatchProvider() override { return master_; }
    void SAL_CALL setMasterDispatchProvider(const Reference<css::frame::XDispatchProvider>& p) override { master_ = p; }
    css::uno::Sequence<OUString> SAL_CALL getInterceptedURLs() override {
        css::uno::Sequence<OUString> urls(static_cast<sal_Int32>(std::size(kSaveCommands)));
        for (size_t i = 0; i < std::size(kSaveCommands); ++i)
            urls.getArray()[i] = OUString::createFromAscii(kSaveCommands[i]);
        return urls;
    }

private:
    static bool is_save(const OUString& url) {
        for (const char* c : kSaveCommands) {
            const OUString command = OUString::createFromAscii(c);
            // ".uno:Save" and ".uno:Save?…", not ".uno:SaveAll"
            if (url == command || url.startsWith(command + "?")) return true;
        }
        return false;
    }

    Reference<css::frame::XDispatchProvider> slave_, master_;
    css::uno::WeakReference<css::sheet::XSpreadsheetDocument> doc_;
};

// The state kept for a document, with its guard. Call with g_mutex held.
DocumentState& state_for(const DocumentRef& doc) {
    auto& state = g_state[key(doc)];
    if (!state.guard.is()) {
        state.guard = new SaveGuard(doc);
        const Reference<css::document::XDocumentEventBroadcaster> b(doc, UNO_QUERY);
        if (b.is()) b->addDocumentEventListener(state.guard);
    }
    return state;
}

// Every frame showing the document intercepts the user's saves (once).
void intercept_saves(const DocumentRef& doc) {
    const Reference<css::frame::XModel2> model(doc, UNO_QUERY);
    if (!model.is()) return;
    const auto controllers = model->getControllers();
    while (controllers->hasMoreElements()) {
        const Reference<css::frame::XController> controller(controllers->nextElement(), UNO_QUERY);
        const auto frame = controller.is() ? controller->getFrame() : nullptr;
        if (!frame.is()) continue;
        {
            const std::lock_guard<std::mutex> lock(g_mutex);
            auto& seen = g_state[key(doc)].intercepted;
            std::erase_if(seen, [](const auto& f) { return !Reference<css::frame::XFrame>(f).is(); });
            bool known = false;
            for (const auto& f : seen) known = known || Reference<css::frame::XFrame>(f) == frame;
            if (known) continue;
            seen.emplace_back(frame);
        }
        const Reference<css::frame::XDispatchProviderInterception> interception(frame, UNO_QUERY);
        if (interception.is()) interception->registerDispatchProviderInterceptor(new SaveInterceptor(doc));
    }
}

}  // namespace

void mark_findings(const DocumentRef& doc, const std::vector<SheetReport>& reports, Lang lang) {
    if (is_read_only(doc)) return;
    clear_marks(doc, lang);
    std::vector<SavedBackground> cells;
    for (const auto& r : reports)
        for (const auto& f : r.findings) {
            if (!f.cell || f.severity == Severity::notice) continue;
            bool seen = false;
            for (auto& c : cells)
                if (c.sheet == f.sheet && c.cell == *f.cell) {
                    if (f.severity == Severity::error) c.mark_color = kErrorColor;
                    seen = true;
                }
            if (seen) continue;
            const auto props = cell_props(doc, f.sheet, *f.cell);
            const Reference<css::beans::XPropertyState> state(props, UNO_QUERY_THROW);
            SavedBackground c{
                f.sheet, *f.cell, state->getPropertyState("CellBackColor") == css::beans::PropertyState_DEFAULT_VALUE,
                0,       false,   f.severity == Severity::error ? kErrorColor : kWarningColor};
            props->getPropertyValue("CellBackColor") >>= c.color;
            props->getPropertyValue("IsCellBackgroundTransparent") >>= c.transparent;
            cells.push_back(c);
        }
    if (cells.empty()) return;
    std::vector<SavedBackground> failed;
    {
        UndoStep step(doc, text(MessageId::undo_mark, lang));
        failed = paint(doc, cells, true);
    }
    // A cell that did not take its mark (a protected sheet) has none to take off.
    std::erase_if(cells, [&](const SavedBackground& c) {
        for (const auto& f : failed)
            if (f.sheet == c.sheet && f.cell == c.cell) return true;
        return false;
    });
    if (!failed.empty()) PERFEVAL_INFO("cells not marked: " << cell_list(failed));
    {
        const std::lock_guard<std::mutex> lock(g_mutex);
        auto& state = state_for(doc);
        state.marks = std::move(cells);
        state.lang = lang;
    }
    intercept_saves(doc);
}

void clear_marks(const DocumentRef& doc, Lang lang) {
    std::vector<SavedBackground> cells;
    {
        const std::lock_guard<std::mutex> lock(g_mutex);
        auto it = g_state.find(key(doc));
        if (it == g_state.end()) return;
        cells = it->second.marks;
    }
    const auto marked = showing(doc, cells);  // Undo may have taken some off already
    std::vector<SavedBackground> failed;
    if (!marked.empty()) {
        UndoStep step(doc, text(MessageId::undo_clear_marks, lang));
        failed = paint(doc, marked, false);
    }
    {
        const std::lock_guard<std::mutex> lock(g_mutex);
        g_state[key(doc)].marks = failed;  // what could not be cleared stays marked
    }
    if (!failed.empty())
        throw std::runtime_error(text(MessageId::marks_cannot_clear, lang, {arg("cells", cell_list(failed, lang))}));
    clear_infobar(doc);
}

}  // namespace perfeval::uno
