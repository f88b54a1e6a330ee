#include "summary_book.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XUnnamedDatabaseRanges.hpp>
#include <com/sun/star/sheet/XViewFreezable.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>

#include "office/documents.hpp"
#include "office/office.hpp"
#include "options.hpp"
#include "uno/convert.hpp"

namespace perfeval::cli {

namespace fs = std::filesystem;
namespace css = com::sun::star;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using perfeval::uno::from_utf8;
using rtl::OUString;

namespace {

// Widths in 1/100 mm: a column is as wide as its contents, but no wider
// than this (a finding's sentence would make its column a screen wide).
constexpr sal_Int32 kMaxWidth = 8000;
constexpr sal_Int32 kMinWidth = 1500;
// Room for the autofilter's button, which covers the header's right end.
constexpr sal_Int32 kFilterButton = 500;

void write_text(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    out.close();
    if (!out) throw std::runtime_error("cannot write " + path);
}

Any cell(const perfeval::SummaryValue& v) {
    if (const auto* d = std::get_if<double>(&v)) return Any(*d);
    if (const auto* s = std::get_if<std::string>(&v)) return Any(from_utf8(*s));
    return Any(OUString());  // an empty cell: setDataArray takes a void Any for #N/A
}

// One table on one sheet: the values in one call, the header bold, the
// columns sized, the header frozen, an autofilter over it all.
void fill(const Reference<css::sheet::XSpreadsheetDocument>& doc, sal_Int32 index,
          const perfeval::SummaryTable& table) {
    const Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
    const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(index), UNO_QUERY_THROW);
    Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->setName(from_utf8(table.name));

    const auto columns = static_cast<sal_Int32>(table.header.size());
    const auto rows = static_cast<sal_Int32>(table.rows.size()) + 1;
    Sequence<Sequence<Any>> data(rows);
    auto* out = data.getArray();
    out[0].realloc(columns);
    for (sal_Int32 c = 0; c < columns; ++c) out[0].getArray()[c] = Any(from_utf8(table.header[static_cast<size_t>(c)]));
    for (sal_Int32 r = 1; r < rows; ++r) {
        const auto& row = table.rows[static_cast<size_t>(r - 1)];
        out[r].realloc(columns);
        for (sal_Int32 c = 0; c < columns; ++c) out[r].getArray()[c] = cell(row[static_cast<size_t>(c)]);
    }
    const auto all = sheet->getCellRangeByPosition(0, 0, columns - 1, rows - 1);
    Reference<css::sheet::XCellRangeData>(all, UNO_QUERY_THROW)->setDataArray(data);
    Reference<css::beans::XPropertySet>(sheet->getCellRangeByPosition(0, 0, columns - 1, 0), UNO_QUERY_THROW)
        ->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));

    const auto cols = Reference<css::table::XColumnRowRange>(all, UNO_QUERY_THROW)->getColumns();
    for (sal_Int32 c = 0; c < columns; ++c) {
        const Reference<css::beans::XPropertySet> column(cols->getByIndex(c), UNO_QUERY_THROW);
        column->setPropertyValue("OptimalWidth", Any(true));
        sal_Int32 width = 0;
        column->getPropertyValue("Width") >>= width;
        column->setPropertyValue("Width", Any(std::clamp(width + kFilterButton, kMinWidth, kMaxWidth)));
    }

    // The sheet's own (unnamed) database range carries the autofilter, as
    // Data ▸ AutoFilter makes it: the one .xlsx keeps.
    const Reference<css::beans::XPropertySet> props(doc, UNO_QUERY_THROW);
    const Reference<css::sheet::XUnnamedDatabaseRanges> unnamed(props->getPropertyValue("UnnamedDatabaseRanges"),
                                                                UNO_QUERY_THROW);
    unnamed->setByTable(css::table::CellRangeAddress(static_cast<sal_Int16>(index), 0, 0, columns - 1, rows - 1));
    Reference<css::beans::XPropertySet>(unnamed->getByTable(index), UNO_QUERY_THROW)
        ->setPropertyValue("AutoFilter", Any(true));

    const Reference<css::frame::XModel> model(doc, UNO_QUERY_THROW);
    const Reference<css::sheet::XSpreadsheetView> view(model->getCurrentController(), UNO_QUERY_THROW);
    view->setActiveSheet(sheet);
    Reference<css::sheet::XViewFreezable>(view, UNO_QUERY_THROW)->freezeAtPosition(0, 1);
}

// The lock files LibreOffice (.~lock.NAME#) and Excel (~$NAME) keep beside
// a file they have open.
bool open_elsewhere(const std::string& path) {
    const fs::path p = fs::absolute(path);
    return fs::exists(p.parent_path() / (".~lock." + p.filename().string() + "#")) ||
           fs::exists(p.parent_path() / ("~$" + p.filename().string()));
}

void write_book(const perfeval::BatchSummary& summary, const std::string& path, SummaryFormat format,
                perfeval::office::Office& office) {
    // Not hidden: a hidden window has no size, and the view freezes panes at
    // a pixel position inside it. (The batch office is headless: nothing shows.)
    const auto doc = perfeval::office::load(office, "private:factory/scalc",
                                            perfeval::office::LoadOptions{/*hidden=*/false, /*read_only=*/false});
    if (!doc.is()) throw std::runtime_error("the office made no new spreadsheet");
    struct Closer {
        Reference<css::lang::XComponent> doc;
        ~Closer() { perfeval::office::close(doc); }
    } closer{doc};
    const Reference<css::sheet::XSpreadsheetDocument> book(doc, UNO_QUERY_THROW);
    const auto sheets = book->getSheets();
    const Reference<css::container::XIndexAccess> index(sheets, UNO_QUERY_THROW);
    while (index->getCount() < 2) sheets->insertNewByName("Sheet" + OUString::number(index->getCount() + 1), 1);
    fill(book, 1, summary.findings);
    fill(book, 0, summary.forms);  // last: 汇总 is the sheet the workbook opens on
    Sequence<css::beans::PropertyValue> args(2);
    args.getArray()[0].Name = "FilterName";
    args.getArray()[0].Value <<= from_utf8(format == SummaryFormat::xlsx ? "Calc Office Open XML" : "calc8");
    args.getArray()[1].Name = "Overwrite";
    args.getArray()[1].Value <<= true;
    try {
        Reference<css::frame::XStorable>(doc, UNO_QUERY_THROW)
            ->storeToURL(from_utf8(perfeval::office::file_url(fs::absolute(path).string())), args);
    } catch (const css::io::IOException&) {
        if (open_elsewhere(path)) throw SummaryInUse();
        throw;
    }
}

}  // namespace

std::string findings_csv_path(const std::string& path) {
    const fs::path p(path);
    return (p.parent_path() / (p.stem().string() + "-findings" + p.extension().string())).string();
}

void write_summary(const perfeval::BatchSummary& summary, const std::string& path,
                   const std::function<perfeval::office::Office&()>& office) {
    const SummaryFormat format = summary_format(path);
    if (format == SummaryFormat::csv) {
        write_text(path, perfeval::summary_csv(summary.forms));
        write_text(findings_csv_path(path), perfeval::summary_csv(summary.findings));
        return;
    }
    write_book(summary, path, format, office());
}

}  // namespace perfeval::cli
