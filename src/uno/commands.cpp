#include "commands.hpp"

#include <map>
#include <mutex>
#include <optional>

#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePicker3.hpp>
#include <org/perfeval/SheetReport.hpp>

#include "convert.hpp"
#include "core/problem.hpp"
#include "document_actions.hpp"
#include "ui_language.hpp"
#include "validator_service.hpp"

namespace perfeval::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

// Recursive: a panel's show() may itself run a command on this thread.
std::recursive_mutex g_panels_mutex;
std::map<css::uno::XInterface*, PanelView*> g_panels;

std::string argument(const css::uno::Sequence<css::beans::PropertyValue>& args, const char* name) {
    for (const auto& a : args)
        if (a.Name.equalsAscii(name)) {
            rtl::OUString v;
            a.Value >>= v;
            return to_utf8(v);
        }
    return "";
}


void show_deck(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame) {
    try {
        const Reference<css::frame::XController2> controller(frame->getController(), UNO_QUERY);
        const auto sidebar = controller.is() ? controller->getSidebar() : nullptr;
        if (!sidebar.is()) return;  // headless: no sidebar to show
        const auto decks = sidebar->getDecks();
        const rtl::OUString id = rtl::OUString::createFromAscii(kDeckId);
        if (decks.is() && decks->hasByName(id)) {
            const Reference<css::ui::XDeck> deck(decks->getByName(id), UNO_QUERY);
            if (deck.is() && deck->isActive() && sidebar->isVisible()) return;  // already shown
        }
        // The sidebar's own command opens the deck, also from a collapsed sidebar.
        css::frame::DispatchHelper::create(context)->executeDispatch(
            Reference<css::frame::XDispatchProvider>(frame, UNO_QUERY), ".uno:SidebarDeck.PerfEvalDeck", "", 0, {});
    } catch (const css::uno::Exception&) {
    }
}

// Shows the sheet and selects the cell, which scrolls it into view.
bool go_to(const Reference<css::frame::XFrame>& frame, const DocumentRef& doc, const std::string& sheet_name,
           const std::string& cell) {
    const Reference<css::container::XNameAccess> sheets(doc->getSheets(), UNO_QUERY);
    if (!sheets.is() || !sheets->hasByName(from_utf8(sheet_name))) return false;
    const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(from_utf8(sheet_name)), UNO_QUERY);
    const Reference<css::sheet::XSpreadsheetView> view(frame->getController(), UNO_QUERY);
    if (!sheet.is() || !view.is()) return false;
    if (view->getActiveSheet() != sheet) view->setActiveSheet(sheet);
    return Reference<css::view::XSelectionSupplier>(view, UNO_QUERY_THROW)
        ->select(css::uno::Any(sheet->getCellRangeByName(from_utf8(cell))));
}

std::string ask_report_file(const Reference<css::uno::XComponentContext>& context, Lang lang,
                            std::string& format) {
    const auto picker = css::ui::dialogs::FilePicker::createWithMode(
        context, css::ui::dialogs::TemplateDescription::FILESAVE_AUTOEXTENSION);
    picker->setTitle(from_utf8(lang == Lang::zh ? "导出校验报告" : "Export the check report"));
    picker->appendFilter(from_utf8(lang == Lang::zh ? "网页报告 (*.html)" : "HTML report (*.html)"), "*.html");
    picker->appendFilter(from_utf8(lang == Lang::zh ? "CSV 表格 (*.csv)" : "CSV table (*.csv)"), "*.csv");
    picker->setDefaultName("perfeval-report.html");
    if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK) return "";
    const auto files = picker->getSelectedFiles();
    if (!files.getLength()) return "";
    const std::string url = to_utf8(files[0]);
    format = url.size() > 4 && url.compare(url.size() - 4, 4, ".csv") == 0 ? "csv" : "html";
    return url;
}

}  // namespace

DocumentRef document_of(const Reference<css::frame::XFrame>& frame) {
    if (!frame.is()) return nullptr;
    const auto controller = frame->getController();
    return controller.is() ? DocumentRef(controller->getModel(), UNO_QUERY) : nullptr;
}

void register_panel(css::uno::XInterface* frame, PanelView* panel) {
    std::lock_guard<std::recursive_mutex> lock(g_panels_mutex);
    g_panels[frame] = panel;
}

void unregister_panel(PanelView* panel) {
    std::lock_guard<std::recursive_mutex> lock(g_panels_mutex);
    for (auto it = g_panels.begin(); it != g_panels.end();)
        it = it->second == panel ? g_panels.erase(it) : std::next(it);
}

CommandOutcome run_command(const Reference<css::uno::XComponentContext>& context,
                           const Reference<css::frame::XFrame>& frame, const std::string& command,
                           const css::uno::Sequence<css::beans::PropertyValue>& args) {
    const Lang lang = resolve_lang(argument(args, "Language"), context);
    const bool zh = lang == Lang::zh;
    CommandOutcome out;
    const DocumentRef doc = document_of(frame);
    if (!doc.is()) {
        out.ok = false;
        out.message = zh ? "当前窗口不是电子表格" : "The current window is not a spreadsheet";
        return out;
    }
    if (command == "goto") {  // selecting a finding: no re-check needed
        out.ok = go_to(frame, doc, argument(args, "Sheet"), argument(args, "Cell"));
        out.result <<= out.ok;
        return out;
    }
    if (command == "profile") {
        const std::string name = argument(args, "Name");
        if (!name.empty() && !find_profile(name)) {
            out.ok = false;
            out.message = std::string(describe(Problem::unknown_profile, lang));
            return out;
        }
        set_document_profile(doc, name);
    }
    const Profile& profile = document_profile(doc);
    const bool read_only = is_read_only(doc);
    // The document as it is: checked at most once before and once after a change.
    std::optional<std::vector<SheetReport>> reports;
    auto checked = [&]() -> const std::vector<SheetReport>& {
        if (!reports) reports = check_document(doc, profile, lang);
        return *reports;
    };
    const bool changes = command == "fix" || command == "fixall" || command == "mark" || command == "clearmarks";
    if (changes && read_only) {
        out.ok = false;
        out.message = zh ? "文档为只读，不能修改" : "The document is read-only";
    } else if (command == "check") {
        show_deck(context, frame);
    } else if (command == "fixall") {
        const int n = fix_all(doc, profile, lang);
        reports.reset();
        out.result <<= sal_Int32(n);
        out.message = zh ? "已修正 " + std::to_string(n) + " 处（可用 编辑 ▸ 撤销 一步还原）"
                         : "Fixed " + std::to_string(n) + " cells (Edit ▸ Undo restores them in one step)";
    } else if (command == "fix") {
        const std::string sheet = argument(args, "Sheet"), cell = argument(args, "Cell");
        bool fixed = false;
        for (const auto& r : checked())
            for (const auto& f : r.findings)
                if (!fixed && f.sheet == sheet && f.cell && to_a1(*f.cell) == cell && f.fix)
                    fixed = fix_finding(doc, f, lang);
        reports.reset();  // the values changed
        out.ok = fixed;
        out.result <<= fixed;
        out.message = fixed ? (zh ? "已修正 " : "Fixed ") + cell : (zh ? "此项无法自动修正" : "Nothing to fix there");
    } else if (command == "mark") {
        mark_findings(doc, checked(), lang);  // colours only: the findings stay
        out.message = zh ? "已标注问题单元格（红色为错误，黄色为警告）" : "Marked: red errors, yellow warnings";
    } else if (command == "clearmarks") {
        clear_marks(doc, lang);
        out.message = zh ? "已清除标注" : "Marks cleared";
    } else if (command == "export") {
        std::string format = argument(args, "Format");
        std::string url = argument(args, "Url");
        if (url.empty()) url = ask_report_file(context, lang, format);
        if (!url.empty()) {
            try {
                export_report(doc, checked(), url, format.empty() ? "html" : format, profile, lang);
                out.result <<= from_utf8(url);
                out.message = (zh ? "报告已导出：" : "Report written: ") + url;
            } catch (const std::exception& e) {
                out.ok = false;
                out.message = e.what();
            }
        }
    } else if (command != "profile") {
        out.ok = false;
        out.message = (zh ? "未知命令：" : "unknown command: ") + command;
        return out;
    }

    // Every command ends with the document's findings as it now is, for the
    // panel and the caller.
    const auto& now = checked();
    if (command == "check") out.result <<= to_idl(now);
    if (out.message.empty()) {
        int errors = 0, warnings = 0;
        bool form = false;
        for (const auto& r : now) {
            errors += r.errors;
            warnings += r.warnings;
            form = form || r.has_form;
        }
        out.message = !form ? (zh ? "文档中没有找到绩效自评表" : "No self-evaluation form in this document")
                      : zh  ? "校验完成：错误 " + std::to_string(errors) + "，警告 " + std::to_string(warnings)
                            : "Checked: " + std::to_string(errors) + " errors, " + std::to_string(warnings) + " warnings";
    }
    std::lock_guard<std::recursive_mutex> lock(g_panels_mutex);
    const auto it = g_panels.find(Reference<css::uno::XInterface>(frame, UNO_QUERY).get());
    if (it != g_panels.end()) it->second->show(now, out.message);
    return out;
}

}  // namespace perfeval::uno
