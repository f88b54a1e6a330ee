#include "document_actions.hpp"

#include <chrono>
#include <ctime>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <stdexcept>

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/PropertyState.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertyState.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XDocumentEventBroadcaster.hpp>
#include <com/sun/star/document/XDocumentEventListener.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <cppuhelper/implbase1.hxx>
#include <osl/file.hxx>

#include "convert.hpp"
#include "core/rules/export.hpp"
#include "sheet_grid.hpp"

namespace perfeval::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

constexpr sal_Int32 kErrorColor = 0xFFC7CE;    // light red
constexpr sal_Int32 kWarningColor = 0xFFEB9C;  // light yellow

Reference<css::table::XCell> cell_of(const DocumentRef& doc, const std::string& sheet, CellAddress a) {
    const Reference<css::container::XNameAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
    const Reference<css::sheet::XSpreadsheet> s(sheets->getByName(from_utf8(sheet)), UNO_QUERY_THROW);
    return s->getCellByPosition(a.col, a.row);
}

// One undo step around a group of changes, closed also when something throws.
class UndoStep {
public:
    UndoStep(const DocumentRef& doc, const std::string& title) {
        const Reference<css::document::XUndoManagerSupplier> s(doc, UNO_QUERY);
        if (s.is()) undo_ = s->getUndoManager();
        if (undo_.is()) undo_->enterUndoContext(from_utf8(title));
    }
    ~UndoStep() {
        try {
            if (undo_.is()) undo_->leaveUndoContext();
        } catch (...) {
        }
    }

private:
    Reference<css::document::XUndoManager> undo_;
};

// ---- marks -----------------------------------------------------------------

struct SavedBackground {
    std::string sheet;
    CellAddress cell;
    bool was_default;  // inherited from the cell style: reset instead of set
    sal_Int32 color;
    bool transparent;
    sal_Int32 mark_color;
};

void paint(const DocumentRef& doc, const std::vector<SavedBackground>& cells, bool marked) {
    for (const auto& c : cells) {
        const Reference<css::beans::XPropertySet> props(cell_of(doc, c.sheet, c.cell), UNO_QUERY_THROW);
        if (marked) {
            props->setPropertyValue("CellBackColor", css::uno::Any(c.mark_color));
        } else if (c.was_default) {
            Reference<css::beans::XPropertyState>(props, UNO_QUERY_THROW)->setPropertyToDefault("CellBackColor");
        } else {
            props->setPropertyValue("CellBackColor", css::uno::Any(c.color));
            props->setPropertyValue("IsCellBackgroundTransparent", css::uno::Any(c.transparent));
        }
    }
}

struct DocumentState {
    std::vector<SavedBackground> marks;
    Reference<css::document::XDocumentEventListener> guard;
    std::string profile;
};

std::mutex g_mutex;
std::map<css::uno::XInterface*, DocumentState> g_state;

css::uno::XInterface* key(const DocumentRef& doc) {
    return Reference<css::uno::XInterface>(doc, UNO_QUERY).get();
}

// Takes the marks off while the document is written, and puts them back after,
// without an undo entry and without leaving the document "modified".
class SaveGuard : public cppu::WeakImplHelper1<css::document::XDocumentEventListener> {
public:
    explicit SaveGuard(const DocumentRef& doc) : doc_(doc) {}

    void SAL_CALL documentEventOccured(const css::document::DocumentEvent& event) override {
        try {
            restore_around_save(event);
        } catch (...) {  // a listener must not throw into the save
        }
    }
    void restore_around_save(const css::document::DocumentEvent& event) {
        const std::string name = to_utf8(event.EventName);
        const bool before = name == "OnSave" || name == "OnSaveAs" || name == "OnCopyTo";
        const bool after = name.find("Done") != std::string::npos || name.find("Failed") != std::string::npos;
        if (!before && !(after && (name.rfind("OnSave", 0) == 0 || name.rfind("OnCopyTo", 0) == 0))) return;
        const DocumentRef doc(doc_.get(), UNO_QUERY);
        if (!doc.is()) return;
        std::vector<SavedBackground> cells;
        {
            std::lock_guard<std::mutex> lock(g_mutex);
            auto it = g_state.find(key(doc));
            if (it == g_state.end()) return;
            cells = it->second.marks;
        }
        if (cells.empty()) return;
        const Reference<css::document::XUndoManagerSupplier> s(doc, UNO_QUERY);
        const auto undo = s.is() ? s->getUndoManager() : nullptr;
        const Reference<css::util::XModifiable> modifiable(doc, UNO_QUERY);
        const bool was_modified = modifiable.is() && modifiable->isModified();
        if (undo.is()) undo->lock();
        try {
            paint(doc, cells, !before);
        } catch (const css::uno::Exception&) {
        }
        if (undo.is()) undo->unlock();
        if (modifiable.is() && !was_modified) modifiable->setModified(false);
    }
    void SAL_CALL disposing(const css::lang::EventObject&) override {
        std::lock_guard<std::mutex> lock(g_mutex);
        g_state.erase(key(DocumentRef(doc_.get(), UNO_QUERY)));
    }

private:
    css::uno::WeakReference<css::sheet::XSpreadsheetDocument> doc_;
};

// The state kept for a document; the guard also forgets it when the document goes.
// Call with g_mutex held.
DocumentState& state_for(const DocumentRef& doc) {
    auto& state = g_state[key(doc)];
    if (!state.guard.is()) {
        state.guard = new SaveGuard(doc);
        const Reference<css::document::XDocumentEventBroadcaster> b(doc, UNO_QUERY);
        if (b.is()) b->addDocumentEventListener(state.guard);
    }
    return state;
}

const char* say(Lang lang, const char* zh, const char* en) { return lang == Lang::zh ? zh : en; }

}  // namespace

SheetReport check_one_sheet(const Reference<css::sheet::XSpreadsheet>& sheet, const Profile& profile, Lang lang) {
    return check_sheet(read_used_area(sheet), sheet_name_of(sheet), profile, lang);
}

std::vector<SheetReport> check_document(const DocumentRef& doc, const Profile& profile, Lang lang) {
    const Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
    std::vector<SheetReport> out;
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
        out.push_back(check_one_sheet(sheet, profile, lang));
    }
    return out;
}

bool is_read_only(const DocumentRef& doc) {
    const Reference<css::frame::XStorable> storable(doc, UNO_QUERY);
    return storable.is() && storable->isReadonly();
}

bool fix_finding(const DocumentRef& doc, const Finding& finding, Lang lang) {
    if (!finding.fix || !finding.cell || is_read_only(doc)) return false;
    UndoStep step(doc, say(lang, "绩效自评：修正 ", "PerfEval: fix ") + to_a1(*finding.cell));
    cell_of(doc, finding.sheet, *finding.cell)->setValue(*finding.fix);
    return true;
}

int fix_all(const DocumentRef& doc, const Profile& profile, Lang lang) {
    if (is_read_only(doc)) return 0;
    UndoStep step(doc, say(lang, "绩效自评：全部修正", "PerfEval: fix all"));
    std::set<std::pair<std::string, std::string>> written;  // a total may be written twice
    // Each round may change what later totals should be; a handful of rounds
    // settles any form (rates → scores → totals).
    for (int round = 0; round < 5; ++round) {
        int this_round = 0;
        for (const auto& report : check_document(doc, profile, lang))
            for (const auto& f : report.findings)
                if (f.severity == Severity::error && f.fix && f.cell) {
                    cell_of(doc, f.sheet, *f.cell)->setValue(*f.fix);
                    written.emplace(f.sheet, to_a1(*f.cell));
                    ++this_round;
                }
        if (this_round == 0) break;
    }
    return static_cast<int>(written.size());
}

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
            const Reference<css::beans::XPropertySet> props(cell_of(doc, f.sheet, *f.cell), UNO_QUERY_THROW);
            const Reference<css::beans::XPropertyState> state(props, UNO_QUERY_THROW);
            SavedBackground c{f.sheet, *f.cell,
                              state->getPropertyState("CellBackColor") == css::beans::PropertyState_DEFAULT_VALUE,
                              0, false, f.severity == Severity::error ? kErrorColor : kWarningColor};
            props->getPropertyValue("CellBackColor") >>= c.color;
            props->getPropertyValue("IsCellBackgroundTransparent") >>= c.transparent;
            cells.push_back(c);
        }
    if (cells.empty()) return;
    {
        UndoStep step(doc, say(lang, "绩效自评：标注", "PerfEval: mark findings"));
        paint(doc, cells, true);
    }
    std::lock_guard<std::mutex> lock(g_mutex);
    state_for(doc).marks = std::move(cells);
}

void clear_marks(const DocumentRef& doc, Lang lang) {
    std::vector<SavedBackground> cells;
    {
        std::lock_guard<std::mutex> lock(g_mutex);
        auto it = g_state.find(key(doc));
        if (it == g_state.end()) return;
        cells.swap(it->second.marks);
    }
    if (cells.empty()) return;
    UndoStep step(doc, say(lang, "绩效自评：清除标注", "PerfEval: clear marks"));
    paint(doc, cells, false);
}

bool has_marks(const DocumentRef& doc) {
    std::lock_guard<std::mutex> lock(g_mutex);
    auto it = g_state.find(key(doc));
    return it != g_state.end() && !it->second.marks.empty();
}

void export_report(const DocumentRef& doc, const std::vector<SheetReport>& reports, const std::string& file_url,
                   const std::string& format, const Profile& profile, Lang lang) {
    ExportInfo info;
    const Reference<css::frame::XModel> model(doc, UNO_QUERY);
    info.document = model.is() ? to_utf8(model->getURL()) : "";
    if (const auto slash = info.document.rfind('/'); slash != std::string::npos)
        info.document = info.document.substr(slash + 1);
    const std::time_t now = std::time(nullptr);
    char date[32];
    std::strftime(date, sizeof date, "%Y-%m-%d %H:%M", std::localtime(&now));
    info.date = date;
    info.profile = std::string(profile.name);
    const std::string text = format == "csv" ? report_csv(reports, info, lang) : report_html(reports, info, lang);
    OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(from_utf8(file_url), path) != osl::FileBase::E_None)
        throw std::runtime_error(say(lang, "不是本地文件地址：", "not a local file URL: ") + file_url);
    std::ofstream out(to_utf8(path), std::ios::binary);
    out << text;
    if (!out) throw std::runtime_error(say(lang, "无法写入报告文件：", "cannot write the report: ") + to_utf8(path));
}

namespace {

constexpr const char* kProfileProperty = "PerfEvalProfile";  // a user-defined document property

Reference<css::beans::XPropertySet> user_properties(const DocumentRef& doc) {
    const Reference<css::document::XDocumentPropertiesSupplier> supplier(doc, UNO_QUERY);
    if (!supplier.is()) return nullptr;
    return Reference<css::beans::XPropertySet>(supplier->getDocumentProperties()->getUserDefinedProperties(),
                                               UNO_QUERY);
}

std::string stored_profile(const DocumentRef& doc) {
    try {
        const auto props = user_properties(doc);
        OUString name;
        if (props.is() && props->getPropertySetInfo()->hasPropertyByName(OUString::createFromAscii(kProfileProperty)))
            props->getPropertyValue(OUString::createFromAscii(kProfileProperty)) >>= name;
        return to_utf8(name);
    } catch (const css::uno::Exception&) {
        return "";
    }
}

}  // namespace

const Profile& document_profile(const DocumentRef& doc) {
    std::string name;
    {
        std::lock_guard<std::mutex> lock(g_mutex);
        auto it = g_state.find(key(doc));
        if (it != g_state.end()) name = it->second.profile;
    }
    if (name.empty()) name = stored_profile(doc);  // chosen in an earlier session
    const Profile* p = name.empty() ? nullptr : find_profile(name);
    return p ? *p : default_profile();
}

void set_document_profile(const DocumentRef& doc, const std::string& name) {
    {
        std::lock_guard<std::mutex> lock(g_mutex);
        state_for(doc).profile = name;
    }
    // Kept with the document (saved with it, like its title), so the next
    // session and the finance bureau's checker use the same rules.
    if (is_read_only(doc)) return;
    try {
        const auto props = user_properties(doc);
        if (!props.is()) return;
        const OUString key = OUString::createFromAscii(kProfileProperty);
        if (props->getPropertySetInfo()->hasPropertyByName(key)) {
            props->setPropertyValue(key, css::uno::Any(from_utf8(name)));
        } else {
            Reference<css::beans::XPropertyContainer>(props, UNO_QUERY_THROW)
                ->addProperty(key, css::beans::PropertyAttribute::REMOVABLE, css::uno::Any(from_utf8(name)));
        }
    } catch (const css::uno::Exception&) {
        // the choice still holds for this session
    }
}

}  // namespace perfeval::uno
