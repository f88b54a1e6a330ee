#include "insert_formulas.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

#include "cell_notes.hpp"
#include "convert.hpp"
#include "core/report/render.hpp"
#include "core/rules/live_formulas.hpp"
#include "sheet_grid.hpp"
#include "undo_step.hpp"

namespace perfeval::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

InsertedFormulas insert_formulas(const DocumentRef& doc, const Profile& profile, Lang lang) {
    InsertedFormulas out;
    if (is_read_only(doc)) return out;
    UndoStep step(doc, text(MessageId::undo_insert_formulas, lang));
    const Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
        const RangeContent content = read_content(sheet);
        if (!content.grid) continue;  // too large to read: the check after says so
        const auto plan = plan_live_formulas(*content.grid, profile);
        if (!plan) continue;
        const std::string name = to_utf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
        for (const auto& f : plan->formulas) {
            // setFormula changes the content only: the number format stays.
            sheet->getCellByPosition(f.cell.col, f.cell.row)->setFormula(from_utf8(f.formula));
            note_constants(sheet, f.cell, f.constants, lang);
            ++out.written;
        }
        for (const auto& c : plan->skipped) out.skipped.push_back(name + "." + to_a1(c));
    }
    return out;
}

}  // namespace perfeval::uno
