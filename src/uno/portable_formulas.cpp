#include "portable_formulas.hpp"

#include <regex>
#include <set>

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/text/XText.hpp>

#include "cell_notes.hpp"
#include "convert.hpp"
#include "core/formulas/portable.hpp"
#include "core/report/render.hpp"
#include "log.hpp"
#include "undo_step.hpp"

namespace perfeval::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

// The values of a range reference on `sheet` ("A1:A7", "E23",
// "$'表 2'.H14:H36"), when it is small enough to look at.
std::optional<std::vector<CellValue>> range_values(const DocumentRef& doc,
                                                   const Reference<css::sheet::XSpreadsheet>& sheet,
                                                   const std::string& reference) {
    std::string name = reference, on_sheet;
    if (const auto dot = reference.rfind('.'); dot != std::string::npos) {
        on_sheet = reference.substr(0, dot);
        name = reference.substr(dot + 1);
        if (!on_sheet.empty() && on_sheet.front() == '$') on_sheet.erase(0, 1);
        if (on_sheet.size() > 1 && on_sheet.front() == '\'')
            on_sheet = std::regex_replace(on_sheet.substr(1, on_sheet.size() - 2), std::regex("''"), "'");
    }
    try {
        Reference<css::sheet::XSpreadsheet> on = sheet;
        if (!on_sheet.empty()) {
            const Reference<css::container::XNameAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
            if (!sheets->hasByName(from_utf8(on_sheet))) return std::nullopt;
            on.set(sheets->getByName(from_utf8(on_sheet)), UNO_QUERY_THROW);
        }
        const auto range = on->getCellRangeByName(from_utf8(name));
        const auto a = Reference<css::sheet::XCellRangeAddressable>(range, UNO_QUERY_THROW)->getRangeAddress();
        if (static_cast<long long>(a.EndRow - a.StartRow + 1) * (a.EndColumn - a.StartColumn + 1) > 100000)
            return std::nullopt;  // a whole column: not looked at, the value stays
        const auto data = Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)->getDataArray();
        std::vector<CellValue> out;
        for (const auto& row : data)
            for (const auto& v : row) out.push_back(range_element(v));
        return out;
    } catch (const css::uno::RuntimeException& e) {
        PERFEVAL_INFO("no range " << reference << ": " << to_utf8(e.Message));
        return std::nullopt;  // e.g. a column past the sheet's last
    }
}

// The value of a single-cell reference as a formula on `sheet` writes it:
// "E23", "$E$23", "$Sheet2.E23", "$'表 2'.$E$23".
std::optional<CellValue> cell_value(const DocumentRef& doc, const Reference<css::sheet::XSpreadsheet>& sheet,
                                    const std::string& reference) {
    static const std::regex ref(R"re(^(?:\$?(?:'(?:[^']|'')+'|[^.'$][^.']*)\.)?\$?[A-Za-z]{1,3}\$?\d+$)re");
    if (!std::regex_match(reference, ref)) return std::nullopt;
    const auto values = range_values(doc, sheet, reference);
    if (!values || values->size() != 1) return std::nullopt;
    return values->front();
}

// A cell or an array formula takes the value it shows.
void keep_value(const Reference<css::table::XCellRange>& range) {
    const auto data = Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)->getDataArray();
    const Reference<css::sheet::XArrayFormulaRange> array(range, UNO_QUERY_THROW);
    if (!array->getArrayFormula().isEmpty()) array->setArrayFormula("");
    for (sal_Int32 r = 0; r < data.getLength(); ++r)
        for (sal_Int32 c = 0; c < data[r].getLength(); ++c) {
            const auto cell = range->getCellByPosition(c, r);
            double d = 0;
            rtl::OUString s;
            if (data[r][c] >>= d)
                cell->setValue(d);
            else if (data[r][c] >>= s)
                Reference<css::text::XText>(cell, UNO_QUERY_THROW)->setString(s);
            else
                cell->setFormula("=NA()");  // an error value stays an error
        }
}

// The array formula the cell is part of; null for a plain cell.
Reference<css::sheet::XSheetCellCursor> array_around(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 col,
                                                     sal_Int32 row) {
    const auto cursor = sheet->createCursorByRange(
        Reference<css::sheet::XSheetCellRange>(sheet->getCellRangeByPosition(col, row, col, row), UNO_QUERY_THROW));
    try {
        cursor->collapseToCurrentArray();  // a plain cell stays as it is
        if (!Reference<css::sheet::XArrayFormulaRange>(cursor, UNO_QUERY_THROW)->getArrayFormula().isEmpty())
            return cursor;
    } catch (const css::uno::RuntimeException& e) {
        PERFEVAL_INFO("no array formula around a cell: " << to_utf8(e.Message));
    }
    return nullptr;
}

}  // namespace

PortableCount make_portable(const DocumentRef& doc, Lang lang) {
    PortableCount out;
    if (is_read_only(doc)) return out;
    UndoStep step(doc, text(MessageId::undo_portable, lang));
    const Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
        const auto lookup = [&](const std::string& reference) { return cell_value(doc, sheet, reference); };
        const formulas::RangeLookup ranges = [&](const std::string& reference) {
            return range_values(doc, sheet, reference);
        };
        // The native twin where there is one, noted; else the value shown.
        const auto replace = [&](const formulas::PortableFormula& p, CellAddress anchor,
                                 const Reference<css::table::XCellRange>& range, const auto& write) {
            // No native twin, or one that is a constant (=(0.9)): the value
            // stays, counted as such.
            if (!p.formula || !formulas::refers_to_cells(*p.formula)) {
                keep_value(range);
                ++out.values;
                return;
            }
            write(from_utf8(*p.formula));
            note_constants(sheet, anchor, p.constants, lang);
            ++out.native;
        };
        const auto formulas = Reference<css::sheet::XCellRangesQuery>(sheet, UNO_QUERY_THROW)
                                  ->queryContentCells(css::sheet::CellFlags::FORMULA)
                                  ->getRangeAddresses();
        std::set<std::pair<sal_Int32, sal_Int32>> arrays_done;  // each array formula once
        for (const auto& area : formulas)
            for (sal_Int32 row = area.StartRow; row <= area.EndRow; ++row)
                for (sal_Int32 col = area.StartColumn; col <= area.EndColumn; ++col) {
                    const auto cell = sheet->getCellByPosition(col, row);
                    const std::string formula = to_utf8(cell->getFormula());
                    if (!formulas::calls_perfeval(formula)) continue;
                    if (const auto array = array_around(sheet, col, row); array.is()) {  // the whole array at once
                        const auto a =
                            Reference<css::sheet::XCellRangeAddressable>(array, UNO_QUERY_THROW)->getRangeAddress();
                        if (!arrays_done.insert({a.StartRow, a.StartColumn}).second) continue;
                        // Its first cell says it as setArrayFormula reads it ("{=…;…}"; the
                        // range's getArrayFormula separates arguments by commas).
                        std::string text = to_utf8(sheet->getCellByPosition(a.StartColumn, a.StartRow)->getFormula());
                        if (text.size() > 2 && text.front() == '{' && text.back() == '}')
                            text = text.substr(1, text.size() - 2);
                        replace(
                            formulas::portable_formula(text, lookup, true, ranges), {a.StartRow, a.StartColumn},
                            Reference<css::table::XCellRange>(array, UNO_QUERY_THROW), [&](const rtl::OUString& f) {
                                Reference<css::sheet::XArrayFormulaRange>(array, UNO_QUERY_THROW)->setArrayFormula(f);
                            });
                        continue;
                    }
                    replace(formulas::portable_formula(formula, lookup, false, ranges), {row, col},
                            sheet->getCellRangeByPosition(col, row, col, row),
                            [&](const rtl::OUString& f) { cell->setFormula(f); });
                }
    }
    return out;
}

}  // namespace perfeval::uno
