#include "document_actions.hpp"

#include <chrono>
#include <ctime>
#include <fstream>
#include <set>
#include <stdexcept>

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <osl/file.hxx>

#include "close_document.hpp"
#include "convert.hpp"
#include "core/report/export.hpp"
#include "core/report/render.hpp"
#include "core/rules/fixes.hpp"
#include "sheet_grid.hpp"
#include "undo_step.hpp"

namespace perfeval::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

std::vector<std::string> fix_finding(const DocumentRef& doc, const std::string& sheet_name, CellAddress cell,
                                     const Profile& profile, Lang lang) {
    if (is_read_only(doc)) return {};
    // The sheet as it is now, checked again: the fix is decided (and tried)
    // on what the cells hold, not on what a list showed a while ago.
    const auto sheet = sheet_named(doc, sheet_name);
    const RangeContent content = read_content(sheet);
    if (!content.grid) return {};
    const SheetReport report = check_sheet(*content.grid, sheet_name, profile, CheckOptions{.verify_fixes = false});
    std::vector<CellWrite> writes;
    for (const auto& f : report.findings)
        if (writes.empty() && f.cell && *f.cell == cell && f.fix) writes = plan_fix(*content.grid, report, f, profile);
    if (writes.empty()) return {};
    UndoStep step(doc, text(MessageId::undo_fix, lang, {arg("cell", to_a1(cell))}));
    std::vector<std::string> out;
    for (const auto& w : writes) {
        sheet->getCellByPosition(w.cell.col, w.cell.row)->setValue(w.value);
        out.push_back(to_a1(w.cell));
    }
    return out;
}

int fix_all(const DocumentRef& doc, const Profile& profile, Lang lang) {
    if (is_read_only(doc)) return 0;
    UndoStep step(doc, text(MessageId::undo_fix_all, lang));
    // Decided and tried in the core on each sheet as it is (fixes.hpp): the
    // parts before the totals, kept only when the sheet is better with them.
    int written = 0;
    const Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
        const RangeContent content = read_content(sheet);
        if (!content.grid) continue;
        for (const auto& w : plan_fix_all(*content.grid, sheet_name_of(sheet), profile)) {
            sheet->getCellByPosition(w.cell.col, w.cell.row)->setValue(w.value);
            ++written;
        }
    }
    return written;
}

namespace {

void write_file(const std::string& file_url, const std::string& content, Lang lang) {
    OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(from_utf8(file_url), path) != osl::FileBase::E_None)
        throw std::runtime_error(text(MessageId::export_not_local, lang, {arg("url", file_url)}));
    std::ofstream out(to_utf8(path), std::ios::binary);
    out << content;
    if (!out) throw std::runtime_error(text(MessageId::export_cannot_write, lang, {arg("path", to_utf8(path))}));
}

css::beans::PropertyValue property(const char* name, const css::uno::Any& value) {
    css::beans::PropertyValue p;
    p.Name = OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

// The HTML report, opened in a hidden Calc document and exported by the
// office's own PDF filter: a real PDF, whatever browser the user has.
void write_pdf(const Reference<css::uno::XComponentContext>& context, const std::string& file_url,
               const std::string& html, Lang lang) {
    OUString temp;
    if (osl::FileBase::createTempFile(nullptr, nullptr, &temp) != osl::FileBase::E_None)
        throw std::runtime_error(text(MessageId::export_pdf_failed, lang, {arg("reason", "no temporary file")}));
    const std::string temp_url = to_utf8(temp);
    write_file(temp_url, html, lang);  // the filter is named: the file needs no .html
    Reference<css::lang::XComponent> report;
    std::string failure;
    try {
        const auto desktop = css::frame::Desktop::create(context);
        css::uno::Sequence<css::beans::PropertyValue> load(3);
        load.getArray()[0] = property("Hidden", css::uno::Any(true));
        load.getArray()[1] = property("ReadOnly", css::uno::Any(true));
        load.getArray()[2] = property("FilterName", css::uno::Any(OUString("HTML (StarCalc)")));
        report = desktop->loadComponentFromURL(from_utf8(temp_url), "_blank", 0, load);
        if (report.is()) {
            css::uno::Sequence<css::beans::PropertyValue> store(1);
            store.getArray()[0] = property("FilterName", css::uno::Any(OUString("calc_pdf_Export")));
            Reference<css::frame::XStorable>(report, UNO_QUERY_THROW)->storeToURL(from_utf8(file_url), store);
        } else {
            failure = "the report did not open";
        }
    } catch (const css::uno::Exception& e) {
        failure = to_utf8(e.Message);
    }
    osl::File::remove(from_utf8(temp_url));
    close_without_asking(report);  // (nothing when it did not open)
    if (!failure.empty()) throw std::runtime_error(text(MessageId::export_pdf_failed, lang, {arg("reason", failure)}));
}

}  // namespace

void export_report(const Reference<css::uno::XComponentContext>& context, const DocumentRef& doc,
                   const std::vector<SheetReport>& reports, const std::string& file_url, const std::string& format,
                   const Profile& profile, Lang lang) {
    if (format != "html" && format != "csv" && format != "pdf")
        throw std::runtime_error(text(MessageId::export_unknown_format, lang, {arg("format", format)}));
    ExportInfo info;
    const Reference<css::frame::XModel> model(doc, UNO_QUERY);
    info.document = model.is() ? to_utf8(model->getURL()) : "";
    if (const auto slash = info.document.rfind('/'); slash != std::string::npos)
        info.document = info.document.substr(slash + 1);
    const std::time_t now = std::time(nullptr);
    char date[32];
    std::strftime(date, sizeof date, "%Y-%m-%d %H:%M", std::localtime(&now));
    info.date = date;
    info.profile = std::string(profile.name);  // the report shows its label
    if (format == "csv")
        write_file(file_url, report_csv(reports, info, lang), lang);
    else if (format == "pdf")
        write_pdf(context, file_url, report_html(reports, info, lang), lang);
    else
        write_file(file_url, report_html(reports, info, lang), lang);
}

}  // namespace perfeval::uno
