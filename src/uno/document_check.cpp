#include "document_check.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XStorable.hpp>

#include "convert.hpp"
#include "sheet_grid.hpp"

namespace perfeval::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

SheetReport check_one_sheet(const Reference<css::sheet::XSpreadsheet>& sheet, const Profile& profile) {
    const RangeContent content = read_content(sheet);
    if (!content.grid) return sheet_too_large(sheet_name_of(sheet), content.cells, kMaxCheckedCells);
    return check_sheet(*content.grid, sheet_name_of(sheet), profile);
}

std::vector<SheetReport> check_document(const DocumentRef& doc, const Profile& profile) {
    const Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
    std::vector<SheetReport> out;
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
        out.push_back(
            check_one_sheet(Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(i), UNO_QUERY_THROW), profile));
    return out;
}

std::vector<Explanation> explain_document(const DocumentRef& doc) {
    const Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
    std::vector<Explanation> out;
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
        const RangeContent content = read_content(sheet);
        Explanation e;
        e.sheet = sheet_name_of(sheet);
        if (content.grid) e = explain_sheet(*content.grid, e.sheet);
        out.push_back(std::move(e));
    }
    return out;
}

Reference<css::sheet::XSpreadsheet> sheet_named(const DocumentRef& doc, const std::string& name) {
    const Reference<css::container::XNameAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
    return Reference<css::sheet::XSpreadsheet>(sheets->getByName(from_utf8(name)), UNO_QUERY_THROW);
}

bool is_read_only(const DocumentRef& doc) {
    const Reference<css::frame::XStorable> storable(doc, UNO_QUERY);
    return storable.is() && storable->isReadonly();
}

}  // namespace perfeval::uno
