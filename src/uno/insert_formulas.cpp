#include "insert_formulas.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XSheetAnnotationAnchor.hpp>
#include <com/sun/star/sheet/XSheetAnnotations.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/text/XSimpleText.hpp>

#include "convert.hpp"
#include "core/report/render.hpp"
#include "core/rules/live_formulas.hpp"
#include "sheet_grid.hpp"
#include "undo_step.hpp"

namespace perfeval::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

// The cell's comment says which texts its formula holds as numbers. A
// comment already there (the user's, or ours from an earlier run) is kept.
void annotate(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int16 sheet_index, const LiveFormula& f,
              Lang lang) {
    if (f.constants.empty()) return;
    std::string note;
    for (const auto& c : f.constants)
        note +=
            (note.empty() ? "" : "\n") + text(MessageId::comment_constant_from_text, lang,
                                              {arg("cell", c.where), arg("text", c.text), arg("value", c.value)});
    const Reference<css::sheet::XSheetAnnotationAnchor> anchor(sheet->getCellByPosition(f.cell.col, f.cell.row),
                                                               UNO_QUERY_THROW);
    const Reference<css::text::XSimpleText> annotation(anchor->getAnnotation(), UNO_QUERY_THROW);
    const std::string existing = to_utf8(annotation->getString());
    if (existing.find(note) != std::string::npos) return;
    const std::string joined = existing.empty() ? note : existing + "\n" + note;
    Reference<css::sheet::XSheetAnnotationsSupplier>(sheet, UNO_QUERY_THROW)
        ->getAnnotations()
        ->insertNew(css::table::CellAddress(sheet_index, f.cell.col, f.cell.row), from_utf8(joined));
}

}  // namespace

InsertedFormulas insert_formulas(const DocumentRef& doc, const Profile& profile, Lang lang) {
    InsertedFormulas out;
    if (is_read_only(doc)) return out;
    UndoStep step(doc, text(MessageId::undo_insert_formulas, lang));
    const Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
        const auto plan = plan_live_formulas(read_used_area(sheet), profile);
        if (!plan) continue;
        const std::string name = to_utf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
        for (const auto& f : plan->formulas) {
            // setFormula changes the content only: the number format stays.
            sheet->getCellByPosition(f.cell.col, f.cell.row)->setFormula(from_utf8(f.formula));
            annotate(sheet, static_cast<sal_Int16>(i), f, lang);
            ++out.written;
        }
        for (const auto& c : plan->skipped) out.skipped.push_back(name + "." + to_a1(c));
    }
    return out;
}

}  // namespace perfeval::uno
