#include "commands.hpp"

#include <optional>

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePicker3.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include "checked_documents.hpp"
#include "convert.hpp"
#include "core/report/json.hpp"
#include "core/report/render.hpp"
#include "core/report/sheet_text.hpp"
#include "document_actions.hpp"
#include "document_profile.hpp"
#include "insert_formulas.hpp"
#include "log.hpp"
#include "marks.hpp"
#include "portable_formulas.hpp"
#include "ui_language.hpp"

namespace perfeval::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

// The value of a command's argument; void when it is not given.
css::uno::Any argument_value(const css::uno::Sequence<css::beans::PropertyValue>& args, const char* name) {
    for (const auto& a : args)
        if (a.Name.equalsAscii(name)) return a.Value;
    return {};
}

std::string argument(const css::uno::Sequence<css::beans::PropertyValue>& args, const char* name) {
    rtl::OUString v;
    argument_value(args, name) >>= v;
    return to_utf8(v);
}

bool flag(const css::uno::Sequence<css::beans::PropertyValue>& args, const char* name, bool otherwise) {
    bool v = otherwise;
    argument_value(args, name) >>= v;
    return v;
}

void show_deck(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame) {
    try {
        const Reference<css::frame::XController2> controller(frame->getController(), UNO_QUERY);
        const auto sidebar = controller.is() ? controller->getSidebar() : nullptr;
        if (!sidebar.is()) return;  // headless: no sidebar to show
        const rtl::OUString id = rtl::OUString::createFromAscii(kDeckId);
        const auto our_deck = [&]() -> Reference<css::ui::XDeck> {
            const auto decks = sidebar->getDecks();
            return decks.is() && decks->hasByName(id) ? Reference<css::ui::XDeck>(decks->getByName(id), UNO_QUERY)
                                                      : nullptr;
        };
        if (const auto deck = our_deck(); !deck.is() || !deck->isActive() || !sidebar->isVisible()) {
            // The sidebar's own command makes it and switches to the deck...
            css::frame::DispatchHelper::create(context)->executeDispatch(
                Reference<css::frame::XDispatchProvider>(frame, UNO_QUERY), ".uno:SidebarDeck.PerfEvalDeck", "", 0, {});
        }
        // ...but a read-only view disables that command, and a collapsed
        // sidebar stays collapsed: the API does both there.
        const auto deck = our_deck();
        if (!deck.is()) return;
        if (!sidebar->isVisible()) sidebar->setVisible(true);
        if (!deck->isActive()) deck->activate(true);
        sidebar->showDecks(true);
    } catch (const css::uno::Exception& e) {
        // No sidebar in this frame (e.g. a print preview): the check's result still returns.
        PERFEVAL_INFO("the deck is not shown: " << to_utf8(e.Message));
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

std::string ask_report_file(const Reference<css::uno::XComponentContext>& context, Lang lang, std::string& format) {
    const auto picker = css::ui::dialogs::FilePicker::createWithMode(
        context, css::ui::dialogs::TemplateDescription::FILESAVE_AUTOEXTENSION);
    picker->setTitle(from_utf8(text(MessageId::export_dialog_title, lang)));
    picker->appendFilter(from_utf8(text(MessageId::export_filter_html, lang)), "*.html");
    picker->appendFilter(from_utf8(text(MessageId::export_filter_pdf, lang)), "*.pdf");
    picker->appendFilter(from_utf8(text(MessageId::export_filter_csv, lang)), "*.csv");
    picker->setDefaultName("perfeval-report.html");
    if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK) return "";
    const auto files = picker->getSelectedFiles();
    if (!files.getLength()) return "";
    const std::string url = to_utf8(files[0]);
    const auto ends_with = [&](const char* ext) { return url.size() > 4 && url.compare(url.size() - 4, 4, ext) == 0; };
    format = ends_with(".csv") ? "csv" : ends_with(".pdf") ? "pdf" : "html";
    return url;
}

// ---- the commands ------------------------------------------------------------

// What a command works with. The document is checked at most once before
// and once after a change (checked() is lazy, forget() after a change).
struct Call {
    const Reference<css::uno::XComponentContext>& context;
    const Reference<css::frame::XFrame>& frame;
    const DocumentRef& doc;
    const css::uno::Sequence<css::beans::PropertyValue>& args;
    Lang lang;
    std::optional<std::vector<SheetReport>> reports;
    std::uint64_t number = 0;  // of the check that made `reports`

    const Profile& profile() const { return document_profile(doc); }
    const std::vector<SheetReport>& checked() {
        if (!reports) {
            number = next_check_number();  // before the read: a later number read a later document
            reports = check_document(doc, profile());
        }
        return *reports;
    }
    void forget() { reports.reset(); }
    std::string say(MessageId id, std::initializer_list<MessageArg> a = {}) const { return text(id, lang, a); }
};

CommandOutcome failed(std::string message) {
    CommandOutcome out;
    out.ok = false;
    out.message = std::move(message);
    return out;
}

CommandOutcome run_check(Call& call) {
    if (flag(call.args, "Show", true)) show_deck(call.context, call.frame);
    CommandOutcome out;
    // JSON text, not our IDL structs: a client without our type library
    // (Python over a socket) would lose its bridge on an unknown type.
    out.result <<= from_utf8(sheets_json(render_sheets(call.checked(), call.lang)));
    return out;
}

CommandOutcome run_fix(Call& call) {
    const std::string sheet = argument(call.args, "Sheet"), cell = argument(call.args, "Cell");
    std::vector<std::string> written;
    if (const auto at = parse_a1(cell)) written = fix_finding(call.doc, sheet, *at, call.profile(), call.lang);
    call.forget();  // the values changed
    CommandOutcome out;
    out.ok = !written.empty();
    out.result <<= out.ok;
    std::string along;  // the totals that followed the fixed cell
    for (size_t i = 1; i < written.size(); ++i) along += (along.empty() ? "" : ", ") + written[i];
    out.message = written.empty() ? call.say(MessageId::command_nothing_to_fix)
                  : along.empty()
                      ? call.say(MessageId::command_fixed_one, {arg("cell", cell)})
                      : call.say(MessageId::command_fixed_with_totals, {arg("cell", cell), arg("totals", along)});
    return out;
}

CommandOutcome run_fix_all(Call& call) {
    const int n = fix_all(call.doc, call.profile(), call.lang);
    call.forget();
    CommandOutcome out;
    out.result <<= sal_Int32(n);
    out.message = call.say(MessageId::command_fixed_all, {arg("count", std::to_string(n))});
    return out;
}

CommandOutcome run_mark(Call& call) {
    try {
        mark_findings(call.doc, call.checked(), call.lang);  // colours only: the findings stay
    } catch (const std::runtime_error& e) {                  // old marks that cannot be cleared, in words
        return failed(e.what());
    }
    CommandOutcome out;
    out.message = call.say(MessageId::command_marked);
    return out;
}

CommandOutcome run_clear_marks(Call& call) {
    try {
        clear_marks(call.doc, call.lang);
    } catch (const std::runtime_error& e) {
        return failed(e.what());
    }
    CommandOutcome out;
    out.message = call.say(MessageId::command_marks_cleared);
    return out;
}

CommandOutcome run_export(Call& call) {
    std::string format = argument(call.args, "Format");
    std::string url = argument(call.args, "Url");
    if (url.empty()) url = ask_report_file(call.context, call.lang, format);
    CommandOutcome out;
    if (url.empty()) return out;  // the user cancelled the dialog
    try {
        export_report(call.context, call.doc, call.checked(), url, format.empty() ? "html" : format, call.profile(),
                      call.lang);
    } catch (const std::exception& e) {
        return failed(e.what());
    }
    out.result <<= from_utf8(url);
    out.message = call.say(MessageId::command_exported, {arg("file", url)});
    return out;
}

CommandOutcome run_formulas(Call& call) {
    const InsertedFormulas done = insert_formulas(call.doc, call.profile(), call.lang);
    call.forget();
    css::uno::Sequence<rtl::OUString> skipped(static_cast<sal_Int32>(done.skipped.size()));
    for (size_t i = 0; i < done.skipped.size(); ++i) skipped[static_cast<sal_Int32>(i)] = from_utf8(done.skipped[i]);
    css::uno::Sequence<css::beans::PropertyValue> result(3);
    result[0].Name = "Written";
    result[0].Value <<= sal_Int32(done.written);
    result[1].Name = "Skipped";
    result[1].Value <<= sal_Int32(done.skipped.size());
    result[2].Name = "SkippedCells";
    result[2].Value <<= skipped;
    CommandOutcome out;
    out.result <<= result;
    out.message = call.say(MessageId::command_formulas_inserted, {arg("written", std::to_string(done.written)),
                                                                  arg("skipped", std::to_string(done.skipped.size()))});
    return out;
}

CommandOutcome run_portable(Call& call) {
    const PortableCount done = make_portable(call.doc, call.lang);
    call.forget();
    css::uno::Sequence<css::beans::PropertyValue> result(2);
    result[0].Name = "Native";
    result[0].Value <<= sal_Int32(done.native);
    result[1].Name = "Values";
    result[1].Value <<= sal_Int32(done.values);
    CommandOutcome out;
    out.result <<= result;
    out.message = call.say(MessageId::command_made_portable,
                           {arg("native", std::to_string(done.native)), arg("values", std::to_string(done.values))});
    return out;
}

CommandOutcome run_profile(Call& call) {
    const std::string name = argument(call.args, "Name");
    if (!name.empty() && !find_profile(name)) return failed(describe(Problem::unknown_profile, call.lang));
    set_document_profile(call.doc, name);
    call.forget();
    return {};
}

CommandOutcome run_goto(Call& call) {
    CommandOutcome out;
    out.ok = go_to(call.frame, call.doc, argument(call.args, "Sheet"), argument(call.args, "Cell"));
    out.result <<= out.ok;
    return out;
}

struct Command {
    std::string_view name;
    bool changes_document;  // refused on a read-only document
    bool checks_after;      // ends with the document's findings as it now is
    CommandOutcome (*run)(Call&);
};

constexpr Command kCommands[] = {
    {"check", false, true, run_check},
    {"fix", true, true, run_fix},
    {"fixall", true, true, run_fix_all},
    {"mark", true, true, run_mark},
    {"clearmarks", true, true, run_clear_marks},
    {"export", false, true, run_export},
    {"formulas", true, true, run_formulas},
    {"portable", true, true, run_portable},
    {"profile", false, true, run_profile},
    {"goto", false, false, run_goto},  // selecting a finding: nothing to re-check
};

const Command* find_command(std::string_view name) {
    for (const auto& c : kCommands)
        if (c.name == name) return &c;
    return nullptr;
}

// The status line after a command that says nothing of its own.
std::string checked_status(const std::vector<SheetReport>& reports, Lang lang) {
    int errors = 0, warnings = 0;
    bool form = false;
    for (const auto& r : reports) {
        errors += r.errors;
        warnings += r.warnings;
        form = form || r.has_form;
    }
    if (!form) return text(MessageId::command_no_form_in_document, lang);
    return text(MessageId::command_checked, lang,
                {arg("errors", std::to_string(errors)), arg("warnings", std::to_string(warnings))});
}

}  // namespace

DocumentRef document_of(const Reference<css::frame::XFrame>& frame) {
    if (!frame.is()) return nullptr;
    const auto controller = frame->getController();
    return controller.is() ? DocumentRef(controller->getModel(), UNO_QUERY) : nullptr;
}

bool is_command(const std::string& command) { return find_command(command) != nullptr; }

CommandOutcome run_command(const Reference<css::uno::XComponentContext>& context,
                           const Reference<css::frame::XFrame>& frame, const std::string& name,
                           const css::uno::Sequence<css::beans::PropertyValue>& args) {
    const Lang lang = resolve_lang(argument(args, "Language"), context);
    const Command* command = find_command(name);
    if (!command) return failed(text(MessageId::command_unknown, lang, {arg("command", name)}));
    const DocumentRef doc = document_of(frame);
    if (!doc.is()) return failed(text(MessageId::command_not_a_spreadsheet, lang));
    Call call{context, frame, doc, args, lang, std::nullopt, 0};
    CommandOutcome out = command->changes_document && is_read_only(doc)
                             ? failed(text(MessageId::command_read_only, lang))
                             : command->run(call);
    if (command->checks_after) {
        out.reports = call.checked();
        out.checked_number = call.number;
        if (out.message.empty()) out.message = checked_status(*out.reports, lang);
        publish_checked(doc, Checked{*out.reports, out.message, out.checked_number});  // the document's panels show it
    }
    return out;
}

}  // namespace perfeval::uno
