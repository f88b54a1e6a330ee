#include "document_actions.hpp"

#include <chrono>
#include <ctime>
#include <fstream>
#include <set>
#include <stdexcept>

#include <com/sun/star/container/XNameAccess.hpp>
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
#include "undo_step.hpp"

namespace perfeval::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

Reference<css::table::XCell> cell_of(const DocumentRef& doc, const std::string& sheet, CellAddress a) {
    const Reference<css::container::XNameAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
    const Reference<css::sheet::XSpreadsheet> s(sheets->getByName(from_utf8(sheet)), UNO_QUERY_THROW);
    return s->getCellByPosition(a.col, a.row);
}

}  // namespace

bool fix_finding(const DocumentRef& doc, const Finding& finding, Lang lang) {
    if (!finding.fix || !finding.cell || is_read_only(doc)) return false;
    UndoStep step(doc, text(MessageId::undo_fix, lang, {arg("cell", to_a1(*finding.cell))}));
    cell_of(doc, finding.sheet, *finding.cell)->setValue(*finding.fix);
    return true;
}

int fix_all(const DocumentRef& doc, const Profile& profile, Lang lang) {
    if (is_read_only(doc)) return 0;
    UndoStep step(doc, text(MessageId::undo_fix_all, lang));
    std::set<std::pair<std::string, std::string>> written;  // a total may be written twice
    // Each round may change what later totals should be; a handful of rounds
    // settles any form (rates → scores → totals).
    for (int round = 0; round < profile.fix_rounds; ++round) {
        int this_round = 0;
        for (const auto& report : check_document(doc, profile))
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
