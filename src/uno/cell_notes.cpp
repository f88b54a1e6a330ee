#include "cell_notes.hpp"

#include <com/sun/star/sheet/XCellAddressable.hpp>
#include <com/sun/star/sheet/XSheetAnnotationAnchor.hpp>
#include <com/sun/star/sheet/XSheetAnnotations.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/text/XSimpleText.hpp>

#include "convert.hpp"
#include "core/report/render.hpp"

namespace perfeval::uno {

namespace css = com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

void note_constants(const Reference<css::sheet::XSpreadsheet>& sheet, CellAddress cell,
                    const std::vector<ConstantSource>& constants, Lang lang) {
    if (constants.empty()) return;
    std::string note;
    for (const auto& c : constants)
        note += (note.empty() ? "" : "\n") + text(MessageId::comment_constant_from_text, lang,
                                                  {arg("cell", c.where), arg("text", c.text), arg("value", c.value)});
    const auto target = sheet->getCellByPosition(cell.col, cell.row);
    const Reference<css::sheet::XSheetAnnotationAnchor> anchor(target, UNO_QUERY_THROW);
    const Reference<css::text::XSimpleText> annotation(anchor->getAnnotation(), UNO_QUERY_THROW);
    const std::string existing = to_utf8(annotation->getString());
    if (existing.find(note) != std::string::npos) return;  // written by an earlier run
    const std::string joined = existing.empty() ? note : existing + "\n" + note;
    Reference<css::sheet::XSheetAnnotationsSupplier>(sheet, UNO_QUERY_THROW)
        ->getAnnotations()
        ->insertNew(Reference<css::sheet::XCellAddressable>(target, UNO_QUERY_THROW)->getCellAddress(),
                    from_utf8(joined));
}

}  // namespace perfeval::uno
