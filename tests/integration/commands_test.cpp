// The sidebar's actions through the vnd.perfeval: commands that its buttons,
// the toolbar, the menu and the shortcut all run: check, fix, fix all, mark,
// clear marks, export; each change undone in one step, nothing changed unasked.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <com/sun/star/beans/PropertyState.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertyState.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XSheetAnnotationAnchor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/text/XSimpleText.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <com/sun/star/util/XProtectable.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <org/perfeval/XValidator.hpp>
#include <osl/file.hxx>

#include "office_env.hpp"
#include "request_listener.hpp"

namespace perfeval::test {
namespace {

using css::uno::UNO_QUERY_THROW;
using testing::HasSubstr;

const std::string kSeed = std::string(PERFEVAL_SOURCE_DIR) + "/extension/samples/seed-form.ods";
const std::string kNoForm = std::string(PERFEVAL_SOURCE_DIR) + "/tests/fixtures/no-form.ods";

// Everything a cell holds, for "byte for byte" comparisons: formulas (which
// are the typed text for constants) and values.
struct Snapshot {
    css::uno::Sequence<css::uno::Sequence<rtl::OUString>> formulas;
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> values;
    bool operator==(const Snapshot& o) const { return formulas == o.formulas && values == o.values; }
};

Snapshot snapshot(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
    const auto range = first_sheet(doc)->getCellRangeByName("A1:I37");
    return {Reference<css::sheet::XCellRangeFormula>(range, UNO_QUERY_THROW)->getFormulaArray(),
            Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)->getDataArray()};
}

int errors_in(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
    int errors = 0;
    for (const auto& r : validator()->checkDocument(doc, "", "zh")) errors += r.Errors;
    return errors;
}

Reference<css::document::XUndoManager> undo_manager(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
    return Reference<css::document::XUndoManagerSupplier>(doc, UNO_QUERY_THROW)->getUndoManager();
}

bool modified(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
    return Reference<css::util::XModifiable>(doc, UNO_QUERY_THROW)->isModified();
}

TEST(Commands, CheckReportsTheFindingsAndChangesNothing) {
    DocumentGuard doc(load_document(kSeed));
    const Snapshot before = snapshot(doc.get());
    const auto reports = check_command(doc.get());
    ASSERT_EQ(reports.size(), 1u);
    EXPECT_EQ(summary_count(reports[0], "errors"), 3);
    EXPECT_EQ(summary_count(reports[0], "warnings"), 2);
    EXPECT_EQ(reports[0].at("findings").as_array().size(), 6u);  // and one notice
    EXPECT_FALSE(modified(doc.get()));
    EXPECT_FALSE(undo_manager(doc.get())->isUndoPossible());
    EXPECT_TRUE(snapshot(doc.get()) == before);
}

TEST(Commands, FixAllMakesTheFormConsistentAndOneUndoRestoresThePublishedValues) {
    DocumentGuard doc(load_document(kSeed));
    const Snapshot published = snapshot(doc.get());
    sal_Int32 written = 0;
    ASSERT_TRUE(dispatch_command(doc.get(), "fixall") >>= written);
    EXPECT_EQ(written, 2);  // G5 and H5: the total H37 holds the 100 they make, and is never written
    EXPECT_EQ(errors_in(doc.get()), 0);
    EXPECT_DOUBLE_EQ(cell(doc.get(), "G5")->getValue(), 1.0);
    EXPECT_DOUBLE_EQ(cell(doc.get(), "H5")->getValue(), 10.0);
    EXPECT_EQ(utf8(cell(doc.get(), "H37")->getFormula()), "　100") << "untouched, as published (a text)";
    EXPECT_TRUE(modified(doc.get()));

    undo_manager(doc.get())->undo();  // one step
    EXPECT_TRUE(snapshot(doc.get()) == published);
    EXPECT_FALSE(undo_manager(doc.get())->isUndoPossible());
    EXPECT_EQ(errors_in(doc.get()), 3);
}

// 填入公式: the form computes by itself, with functions every office has;
// a check then finds no computable error; one Undo restores it.
TEST(Commands, InsertFormulasMakesTheFormComputeByItselfInOneUndoStep) {
    DocumentGuard doc(load_document(kSeed));
    const Snapshot published = snapshot(doc.get());
    const auto format_of = [&](const char* a1) {
        sal_Int32 key = 0;
        Reference<css::beans::XPropertySet>(cell(doc.get(), a1), UNO_QUERY_THROW)->getPropertyValue("NumberFormat") >>=
            key;
        return key;
    };
    const sal_Int32 rate_format = format_of("G5");

    css::uno::Sequence<css::beans::PropertyValue> result;
    ASSERT_TRUE(dispatch_command(doc.get(), "formulas") >>= result);
    ASSERT_EQ(result.getLength(), 3);
    sal_Int32 written = 0, skipped = 0;
    css::uno::Sequence<rtl::OUString> skipped_cells;
    result[0].Value >>= written;
    result[1].Value >>= skipped;
    result[2].Value >>= skipped_cells;
    EXPECT_EQ(written, 17);  // G5, H5, 14 indicator scores, H37
    EXPECT_EQ(skipped, 9);   // qualitative rows, a deadline, words
    ASSERT_EQ(skipped_cells.getLength(), 9);
    EXPECT_THAT(utf8(skipped_cells[0]), testing::EndsWith(".H22"));

    EXPECT_EQ(utf8(cell(doc.get(), "G5")->getFormula()), "=E5/D5");
    EXPECT_DOUBLE_EQ(cell(doc.get(), "G5")->getValue(), 1.0);
    EXPECT_EQ(format_of("G5"), rate_format) << "the cell keeps its number format";
    EXPECT_EQ(utf8(cell(doc.get(), "H5")->getFormula()), "=ROUND(MIN(E5/D5*F5;F5);2)");
    EXPECT_DOUBLE_EQ(cell(doc.get(), "H5")->getValue(), 10.0);
    EXPECT_DOUBLE_EQ(cell(doc.get(), "H37")->getValue(), 100.0);
    EXPECT_EQ(cell(doc.get(), "H37")->getError(), 0);
    const Reference<css::text::XSimpleText> note(
        Reference<css::sheet::XSheetAnnotationAnchor>(cell(doc.get(), "H23"), UNO_QUERY_THROW)->getAnnotation(),
        UNO_QUERY_THROW);
    EXPECT_THAT(utf8(note->getString()), HasSubstr("“≥90%”")) << "the text the constant 0.9 came from";
    EXPECT_EQ(errors_in(doc.get()), 0);

    // As .xlsx the formulas are Excel's own, with no PerfEval function.
    const std::string xlsx = scratch_dir() + "/live-formulas.xlsx";
    store_document(doc.get(), xlsx, "Calc Office Open XML");
    const std::string sheet_xml = shell("unzip -p '" + xlsx + "' xl/worksheets/sheet1.xml").out;
    EXPECT_THAT(sheet_xml, HasSubstr("<f aca=\"false\">ROUND(MIN(E5/D5*F5,F5),2)</f>"));
    EXPECT_THAT(sheet_xml, HasSubstr("SUM(H5,H14:H32,2,6,3,H36)"));
    EXPECT_THAT(sheet_xml, testing::Not(HasSubstr("PERF")));

    // The form follows its inputs now: a lower executed amount lowers the
    // rate, the score and the total, and the check still agrees.
    cell(doc.get(), "E5")->setValue(2233.602);  // 90 %
    EXPECT_NEAR(cell(doc.get(), "G5")->getValue(), 0.9, 1e-12);
    EXPECT_DOUBLE_EQ(cell(doc.get(), "H5")->getValue(), 9.0);
    EXPECT_DOUBLE_EQ(cell(doc.get(), "H37")->getValue(), 99.0);
    EXPECT_EQ(errors_in(doc.get()), 0);
    undo_manager(doc.get())->undo();  // the edit

    undo_manager(doc.get())->undo();  // the formulas, in one step
    EXPECT_TRUE(snapshot(doc.get()) == published);
    EXPECT_FALSE(undo_manager(doc.get())->isUndoPossible());
    EXPECT_EQ(errors_in(doc.get()), 3);
}

// 转换为通用公式: every PERF.* formula becomes a native one that gives the
// same value, or takes its value where none exists; one Undo restores them.
TEST(Commands, MakePortableRewritesEveryPerfFormulaInOneUndoStep) {
    DocumentGuard doc(new_calc_document());
    const auto sheet = first_sheet(doc.get());
    cell(doc.get(), "A1")->setFormula(ou("≥90%"));  // a text target
    cell(doc.get(), "B1")->setValue(0.95);
    cell(doc.get(), "C1")->setValue(3);
    cell(doc.get(), "G1")->setValue(50);
    cell(doc.get(), "H1")->setValue(80);
    cell(doc.get(), "G2")->setValue(80);
    cell(doc.get(), "H2")->setValue(80);
    const std::pair<const char*, const char*> formulas[] = {
        {"D1", "=PERF.SCORE(A1;B1;C1)"},
        {"E1", "=ROUND(PERF.EXECRATE(G1;H1)*100;2)"},
        {"F1", "=PERF.GRADE(PERF.EXECSCORE(G2;H2;100))"},
        {"D2", "=PERF.CHECK(A1:C3)"},  // no form there: an error, kept as one
        {"E2", "=PERF.TARGET(A1)"},
    };
    for (const auto& [a1, f] : formulas) cell(doc.get(), a1)->setFormula(ou(f));
    Reference<css::sheet::XArrayFormulaRange>(sheet->getCellRangeByName("I1:I2"), UNO_QUERY_THROW)
        ->setArrayFormula("=PERF.EXECSCORE(G1:G2;H1:H2;10)");
    const auto values = [&] {
        return Reference<css::sheet::XCellRangeData>(sheet->getCellRangeByName("D1:I2"), UNO_QUERY_THROW)
            ->getDataArray();
    };
    const auto before = values();
    ASSERT_DOUBLE_EQ(cell(doc.get(), "D1")->getValue(), 3);
    const auto typed = Reference<css::sheet::XCellRangeFormula>(sheet->getCellRangeByName("A1:I2"), UNO_QUERY_THROW)
                           ->getFormulaArray();

    css::uno::Sequence<css::beans::PropertyValue> result;
    ASSERT_TRUE(dispatch_command(doc.get(), "portable") >>= result);
    ASSERT_EQ(result.getLength(), 2);
    sal_Int32 native = 0, kept = 0;
    result[0].Value >>= native;
    result[1].Value >>= kept;
    EXPECT_EQ(native, 4);  // D1, E1, F1 and the array
    EXPECT_EQ(kept, 2);    // PERF.CHECK, and E2, whose native twin would be the constant =(0.9)
    for (const auto& row : Reference<css::sheet::XCellRangeFormula>(sheet->getCellRangeByName("A1:I2"), UNO_QUERY_THROW)
                               ->getFormulaArray())
        for (const auto& f : row) EXPECT_THAT(utf8(f), testing::Not(HasSubstr("PERFEVAL"))) << utf8(f);
    EXPECT_EQ(utf8(cell(doc.get(), "D1")->getFormula()), "=(ROUND(MIN(MAX(0;B1/0.9);1)*C1;2))");
    EXPECT_TRUE(values() == before) << "every cell shows what it showed";
    EXPECT_EQ(cell(doc.get(), "D2")->getError(), 32767) << "an error stays an error (#N/A)";
    const Reference<css::text::XSimpleText> note(
        Reference<css::sheet::XSheetAnnotationAnchor>(cell(doc.get(), "D1"), UNO_QUERY_THROW)->getAnnotation(),
        UNO_QUERY_THROW);
    EXPECT_THAT(utf8(note->getString()), HasSubstr("“≥90%”"));
    cell(doc.get(), "B1")->setValue(0.45);  // native formulas follow their cells
    EXPECT_DOUBLE_EQ(cell(doc.get(), "D1")->getValue(), 1.5);
    undo_manager(doc.get())->undo();

    undo_manager(doc.get())->undo();  // the conversion, in one step
    EXPECT_TRUE(Reference<css::sheet::XCellRangeFormula>(sheet->getCellRangeByName("A1:I2"), UNO_QUERY_THROW)
                    ->getFormulaArray() == typed);
}

// The seed with G14 (分值 of 国土空间规划编制) typed 6 for 5: the indicator is
// met and scored 5, 产出指标 is labelled 50. 全部修正 blames the weight and
// restores it, with the seed's own G5 and H5, and touches nothing else; 修正
// on the total H37 has nothing to write (it holds the 100 that H5's fix makes).
TEST(Commands, AWeightTypoIsRestoredAndNothingRightIsWritten) {
    DocumentGuard doc(load_document(kSeed));
    cell(doc.get(), "G14")->setValue(6);
    const auto reports = check_command(doc.get(), args({{"Language", "zh-CN"}}));
    ASSERT_EQ(reports.size(), 1u);
    std::string at_g14;
    for (const auto& f : reports[0].at("findings").as_array())
        if (f.at("cell").as_string() == "G14") at_g14 = f.at("message").as_string();
    EXPECT_THAT(at_g14, HasSubstr("产出指标各项分值合计 51，标注 50 分")) << "the finding stands at the typo";

    bool fixed = true;
    dispatch_command(doc.get(), "fix", args({{"Sheet", "部门整体支出绩效自评表"}, {"Cell", "H37"}})) >>= fixed;
    EXPECT_FALSE(fixed) << "H37 holds what its corrected parts give";

    const std::vector<std::string> untouched{"H14", "G37", "H37", "I14"};
    std::vector<std::string> before;
    for (const auto& a1 : untouched) before.push_back(utf8(cell(doc.get(), a1.c_str())->getFormula()));
    sal_Int32 written = 0;
    ASSERT_TRUE(dispatch_command(doc.get(), "fixall") >>= written);
    EXPECT_EQ(written, 3);  // G5, H5, G14
    EXPECT_DOUBLE_EQ(cell(doc.get(), "G14")->getValue(), 5);
    for (size_t i = 0; i < untouched.size(); ++i)
        EXPECT_EQ(utf8(cell(doc.get(), untouched[i].c_str())->getFormula()), before[i]) << untouched[i];
    EXPECT_EQ(errors_in(doc.get()), 0);
}

TEST(Commands, FixOneFinding) {
    DocumentGuard doc(load_document(kSeed));
    const Snapshot published = snapshot(doc.get());
    bool fixed = false;
    ASSERT_TRUE(dispatch_command(doc.get(), "fix", args({{"Sheet", "部门整体支出绩效自评表"}, {"Cell", "G5"}})) >>=
                fixed);
    EXPECT_TRUE(fixed);
    EXPECT_DOUBLE_EQ(cell(doc.get(), "G5")->getValue(), 1.0);
    EXPECT_DOUBLE_EQ(cell(doc.get(), "H5")->getValue(), 9.0);  // only what was asked
    EXPECT_EQ(errors_in(doc.get()), 2);
    undo_manager(doc.get())->undo();
    EXPECT_TRUE(snapshot(doc.get()) == published);
}

struct Background {
    sal_Int32 color;
    bool transparent;
    css::beans::PropertyState state;
    bool operator==(const Background& o) const {
        return color == o.color && transparent == o.transparent && state == o.state;
    }
};

Background background(const Reference<css::sheet::XSpreadsheetDocument>& doc, const char* a1) {
    const Reference<css::beans::XPropertySet> p(cell(doc, a1), UNO_QUERY_THROW);
    Background b{};
    p->getPropertyValue("CellBackColor") >>= b.color;
    p->getPropertyValue("IsCellBackgroundTransparent") >>= b.transparent;
    b.state = Reference<css::beans::XPropertyState>(p, UNO_QUERY_THROW)->getPropertyState("CellBackColor");
    return b;
}

const char* kFindingCells[] = {"G5", "H5", "H37", "F20", "F26"};

TEST(Commands, MarkAndClearLeaveEveryCellAsItWas) {
    DocumentGuard doc(load_document(kSeed));
    Reference<css::beans::XPropertySet>(cell(doc.get(), "H5"), UNO_QUERY_THROW)
        ->setPropertyValue("CellBackColor", css::uno::Any(sal_Int32(0x00FF00)));  // a cell with its own colour
    std::vector<Background> before;
    for (const char* a1 : kFindingCells) before.push_back(background(doc.get(), a1));

    dispatch_command(doc.get(), "mark");
    EXPECT_EQ(background(doc.get(), "G5").color, 0xFFC7CE);   // errors red
    EXPECT_EQ(background(doc.get(), "F26").color, 0xFFEB9C);  // warnings yellow
    dispatch_command(doc.get(), "clearmarks");
    for (size_t i = 0; i < std::size(kFindingCells); ++i)
        EXPECT_TRUE(background(doc.get(), kFindingCells[i]) == before[i]) << kFindingCells[i];

    dispatch_command(doc.get(), "mark");
    undo_manager(doc.get())->undo();  // marking is one undo step
    for (size_t i = 0; i < std::size(kFindingCells); ++i)
        EXPECT_TRUE(background(doc.get(), kFindingCells[i]) == before[i]) << kFindingCells[i];
}

TEST(Commands, MarksNeverReachAFile) {
    DocumentGuard doc(load_document(kSeed));
    const Background plain = background(doc.get(), "G5");
    dispatch_command(doc.get(), "mark");
    const std::string path = scratch_dir() + "/marked.ods";
    store_document(doc.get(), path, "calc8");
    EXPECT_EQ(background(doc.get(), "G5").color, 0xFFC7CE);  // still marked on screen
    DocumentGuard saved(load_document(path));
    EXPECT_TRUE(background(saved.get(), "G5") == plain);
    EXPECT_EQ(errors_in(saved.get()), 3);  // the values themselves were saved as they are
}

// The file a document was loaded from, byte for byte.
std::string file_bytes(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
    rtl::OUString path;
    osl::FileBase::getSystemPathFromFileURL(Reference<css::frame::XModel>(doc, UNO_QUERY_THROW)->getURL(), path);
    std::ifstream in(utf8(path), std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void protect_first_sheet(const Reference<css::sheet::XSpreadsheetDocument>& doc, bool on) {
    const Reference<css::util::XProtectable> sheet(first_sheet(doc), UNO_QUERY_THROW);
    if (on)
        sheet->protect("");
    else
        sheet->unprotect("");
}

// The failure path of keeping marks out of files: the sheet is protected
// after marking, so Calc silently refuses to take the marks off. A save the
// user starts is refused (the file stays as it was, the document modified);
// once the sheet is unprotected the same save writes a file without marks.
TEST(Commands, ASaveThatWouldKeepTheMarksIsRefusedAndTheDocumentStaysModified) {
    DocumentGuard doc(load_document(kSeed));
    const Background plain = background(doc.get(), "G5");
    const std::string before = file_bytes(doc.get());
    dispatch_command(doc.get(), "mark");
    ASSERT_EQ(background(doc.get(), "G5").color, 0xFFC7CE);
    protect_first_sheet(doc.get(), true);

    const auto refused = office_command(doc.get(), ".uno:Save");
    EXPECT_EQ(refused.State, css::frame::DispatchResultState::FAILURE);
    rtl::OUString why;
    refused.Result >>= why;
    EXPECT_THAT(utf8(why), HasSubstr("G5")) << "names the cells";
    EXPECT_EQ(file_bytes(doc.get()), before) << "nothing was written";
    EXPECT_TRUE(modified(doc.get()));
    EXPECT_EQ(background(doc.get(), "G5").color, 0xFFC7CE) << "the marks stay on screen";
    // Clearing cannot take them off either, and says so.
    const css::uno::Any cleared = dispatch_command(doc.get(), "clearmarks");
    rtl::OUString said;
    cleared >>= said;
    EXPECT_THAT(utf8(said), HasSubstr("G5"));

    protect_first_sheet(doc.get(), false);
    const auto saved = office_command(doc.get(), ".uno:Save");
    EXPECT_NE(saved.State, css::frame::DispatchResultState::FAILURE);
    EXPECT_NE(file_bytes(doc.get()), before) << "now it is saved";
    EXPECT_FALSE(modified(doc.get()));
    EXPECT_EQ(background(doc.get(), "G5").color, 0xFFC7CE) << "marked again after the save";
    rtl::OUString url = Reference<css::frame::XModel>(doc.get(), UNO_QUERY_THROW)->getURL();
    rtl::OUString path;
    osl::FileBase::getSystemPathFromFileURL(url, path);
    DocumentGuard reloaded(load_document(utf8(path)));
    EXPECT_TRUE(background(reloaded.get(), "G5") == plain) << "no mark in the file";
}

// A macro's XStorable::store() cannot be stopped by an event listener: when
// the marks cannot come off, the file holds them, so the document is left
// modified (it does not look saved) instead of hiding it.
TEST(Commands, AStoreByAMacroThatKeptTheMarksLeavesTheDocumentModified) {
    DocumentGuard doc(load_document(kSeed));
    dispatch_command(doc.get(), "mark");
    protect_first_sheet(doc.get(), true);
    Reference<css::frame::XStorable>(doc.get(), UNO_QUERY_THROW)->store();
    EXPECT_TRUE(modified(doc.get())) << "the file holds the marks: the document must not look saved";
    EXPECT_THAT(extension_log(), HasSubstr("the marks were saved into the file")) << "and the log says why";

    protect_first_sheet(doc.get(), false);
    Reference<css::frame::XStorable>(doc.get(), UNO_QUERY_THROW)->store();
    EXPECT_FALSE(modified(doc.get()));
}

// Marks taken back by Edit ▸ Undo are not put back by a later save.
TEST(Commands, AMarkUndoneStaysUndoneAfterASave) {
    DocumentGuard doc(load_document(kSeed));
    const Background plain = background(doc.get(), "G5");
    dispatch_command(doc.get(), "mark");
    undo_manager(doc.get())->undo();
    ASSERT_TRUE(background(doc.get(), "G5") == plain);
    Reference<css::frame::XStorable>(doc.get(), UNO_QUERY_THROW)->store();
    EXPECT_TRUE(background(doc.get(), "G5") == plain);
    const auto saved = office_command(doc.get(), ".uno:Save");
    EXPECT_TRUE(background(doc.get(), "G5") == plain);
}

// A setting of the user's office, read as the Options dialog shows it.
css::uno::Any user_setting(const char* node, const char* name) {
    const auto provider = css::configuration::theDefaultProvider::get(office().context());
    css::beans::PropertyValue path;
    path.Name = "nodepath";
    path.Value <<= rtl::OUString::createFromAscii(node);
    css::uno::Sequence<css::uno::Any> where(1);
    where.getArray()[0] <<= path;
    const Reference<css::container::XNameAccess> access(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", where),
        UNO_QUERY_THROW);
    if (!access->hasByName(rtl::OUString::createFromAscii(name))) return css::uno::Any();
    return access->getByName(rtl::OUString::createFromAscii(name));
}

// In Calc the office fetches what a file links to while it opens the file,
// before the extension runs. Everything the extension does afterwards —
// checks, fixes, marks, reports, formulas — asks the web for nothing more,
// and the user's link settings stay as they were.
TEST(Commands, TheExtensionAddsNoRequestOfItsOwn) {
    perfeval::test::RequestListener web;
    const std::string dir = scratch_dir() + "/linked";
    ASSERT_EQ(std::system(("/usr/bin/python3 '" + std::string(PERFEVAL_SOURCE_DIR) +
                           "/tests/integration/make_linked_files.py' " + web.base_url() + " '" + dir + "'")
                              .c_str()),
              0);
    const auto block_before =
        user_setting("/org.openoffice.Office.Common/Security/Scripting", "BlockUntrustedRefererLinks");
    const char* providers =
        "/org.openoffice.ucb.Configuration/ContentProviders/Local/SecondaryKeys/Office/ProviderData";
    const bool https_before = user_setting(providers, "Provider12").hasValue();
    DocumentGuard doc(load_document(dir + "/linked-seed.ods"));
    ASSERT_TRUE(web.wait_quiet(std::chrono::milliseconds(1500), std::chrono::seconds(30)));
    const size_t at_load = web.requests().size();
    EXPECT_GT(at_load, 0u) << "the office itself fetches while opening: the listener works";

    EXPECT_EQ(errors_in(doc.get()), 3);
    check_command(doc.get());
    dispatch_command(doc.get(), "mark");
    dispatch_command(doc.get(), "clearmarks");
    for (const char* format : {"html", "csv", "pdf"})
        dispatch_command(doc.get(), "export",
                         args({{"Url", perfeval::office::file_url(dir + "/report." + format)}, {"Format", format}}));
    dispatch_command(doc.get(), "fixall");
    dispatch_command(doc.get(), "formulas");
    cell(doc.get(), "K1")->setFormula(ou("=PERF.CHECK(A1:I37)"));
    dispatch_command(doc.get(), "portable");
    ASSERT_TRUE(web.wait_quiet(std::chrono::milliseconds(1500), std::chrono::seconds(30)));
    std::string asked;
    for (const auto& r : web.requests()) asked += "\n  " + r;
    EXPECT_EQ(web.requests().size(), at_load) << "requests after the extension's actions:" << asked;

    EXPECT_EQ(user_setting("/org.openoffice.Office.Common/Security/Scripting", "BlockUntrustedRefererLinks"),
              block_before);
    EXPECT_TRUE(https_before) << "a user's office keeps its https provider";
    EXPECT_EQ(user_setting(providers, "Provider12").hasValue(), https_before);
}

TEST(Commands, ExportWritesAnHtmlAndACsvReport) {
    DocumentGuard doc(load_document(kSeed));
    for (const char* format : {"html", "csv"}) {
        const std::string path = scratch_dir() + "/report." + format;
        dispatch_command(doc.get(), "export", args({{"Url", perfeval::office::file_url(path)}, {"Format", format}}));
        std::ifstream in(path);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        EXPECT_THAT(text, HasSubstr("岳阳市君山区自然资源局")) << format;
        EXPECT_THAT(text, HasSubstr("exec-rate")) << format;
        EXPECT_THAT(text, HasSubstr("100.00%")) << format;
        EXPECT_THAT(text, HasSubstr("national")) << format;
    }
    EXPECT_FALSE(modified(doc.get()));
}

// A form whose texts look like formulas: its CSV report opens in Calc with
// every one of them as text (CSV injection), and its HTML escapes them.
TEST(Commands, AnExportedReportNeverRunsTheFormsTexts) {
    DocumentGuard doc(load_document(kSeed, /*read_only=*/false, /*hidden=*/true));
    cell(doc.get(), "C3")->setFormula(ou("'=HYPERLINK(\"http://x\";\"y\")"));  // a text, as typed with '
    Reference<css::container::XNamed>(
        Reference<css::container::XIndexAccess>(doc.get()->getSheets(), UNO_QUERY_THROW)->getByIndex(0),
        UNO_QUERY_THROW)
        ->setName(ou("@SUM(1)"));
    ASSERT_EQ(cell(doc.get(), "C3")->getType(), css::table::CellContentType_TEXT);
    const std::string csv = scratch_dir() + "/injection.csv", html = scratch_dir() + "/injection.html";
    dispatch_command(doc.get(), "export", args({{"Url", perfeval::office::file_url(csv)}, {"Format", "csv"}}));
    dispatch_command(doc.get(), "export", args({{"Url", perfeval::office::file_url(html)}, {"Format", "html"}}));
    std::ifstream in(html);
    const std::string page((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_THAT(page, HasSubstr("=HYPERLINK(&quot;http://x&quot;;&quot;y&quot;)"));

    DocumentGuard opened(load_document(csv, /*read_only=*/true, /*hidden=*/true));
    const auto sheet = Reference<css::sheet::XSpreadsheet>(
        Reference<css::container::XIndexAccess>(opened.get()->getSheets(), UNO_QUERY_THROW)->getByIndex(0),
        UNO_QUERY_THROW);
    const auto cursor = sheet->createCursor();
    Reference<css::sheet::XUsedAreaCursor>(cursor, UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
    const auto end = Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
    EXPECT_EQ(end.EndColumn, 12);  // 13 columns: one table
    EXPECT_GT(end.EndRow, 3);
    int texts = 0;
    for (sal_Int32 r = 0; r <= end.EndRow; ++r)
        for (sal_Int32 c = 0; c <= end.EndColumn; ++c) {
            const auto x = sheet->getCellByPosition(c, r);
            EXPECT_NE(x->getType(), css::table::CellContentType_FORMULA) << utf8(x->getFormula());
            if (utf8(x->getFormula()).find("HYPERLINK") != std::string::npos ||
                utf8(x->getFormula()).find("@SUM(1)") != std::string::npos)
                ++texts;
        }
    EXPECT_GT(texts, 0);  // the texts are there, as text
}

// Format=pdf is a PDF the office renders itself, not HTML under another
// name; an unknown format writes nothing.
TEST(Commands, ExportWritesARealPdfAndRefusesUnknownFormats) {
    DocumentGuard doc(load_document(kSeed));
    const std::string pdf = scratch_dir() + "/report.pdf";
    std::filesystem::remove(pdf);
    dispatch_command(doc.get(), "export", args({{"Url", perfeval::office::file_url(pdf)}, {"Format", "pdf"}}));
    std::ifstream in(pdf, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(bytes.rfind("%PDF", 0), 0u) << "starts with " << bytes.substr(0, 16);
    EXPECT_GT(bytes.size(), 2000u);
    EXPECT_EQ(bytes.find("<html"), std::string::npos);

    const std::string docx = scratch_dir() + "/report.docx";
    std::filesystem::remove(docx);
    dispatch_command(doc.get(), "export", args({{"Url", perfeval::office::file_url(docx)}, {"Format", "docx"}}));
    EXPECT_FALSE(std::filesystem::exists(docx));
    EXPECT_FALSE(modified(doc.get()));
}

TEST(Commands, AReadOnlyDocumentCanBeCheckedButNotChanged) {
    DocumentGuard doc(load_document(kSeed, /*read_only=*/true, /*hidden=*/true));
    const Snapshot before = snapshot(doc.get());
    const auto reports = check_command(doc.get());
    ASSERT_EQ(reports.size(), 1u);
    EXPECT_EQ(summary_count(reports[0], "errors"), 3);
    dispatch_command(doc.get(), "fixall");
    dispatch_command(doc.get(), "mark");
    EXPECT_TRUE(snapshot(doc.get()) == before);
    EXPECT_EQ(background(doc.get(), "G5").state, css::beans::PropertyState_DEFAULT_VALUE);
}

TEST(Commands, ADocumentWithoutAFormGetsAFriendlyAnswer) {
    DocumentGuard doc(load_document(kNoForm));
    const auto reports = check_command(doc.get());
    ASSERT_FALSE(reports.empty());
    EXPECT_FALSE(reports[0].at("has_form").as_bool());
    sal_Int32 written = -1;
    dispatch_command(doc.get(), "fixall") >>= written;
    EXPECT_EQ(written, 0);
    EXPECT_FALSE(modified(doc.get()));
}

TEST(Commands, GoingToAFindingSelectsItsCellOnItsSheet) {
    DocumentGuard doc(load_document(std::string(PERFEVAL_SOURCE_DIR) + "/tests/fixtures/several-forms.ods"));
    bool ok = false;
    ASSERT_TRUE(dispatch_command(doc.get(), "goto", args({{"Sheet", "原表"}, {"Cell", "H37"}})) >>= ok);
    EXPECT_TRUE(ok);
    const auto controller = Reference<css::frame::XModel>(doc.get(), UNO_QUERY_THROW)->getCurrentController();
    const Reference<css::sheet::XSpreadsheetView> view(controller, UNO_QUERY_THROW);
    EXPECT_EQ(utf8(Reference<css::container::XNamed>(view->getActiveSheet(), UNO_QUERY_THROW)->getName()), "原表");
    const Reference<css::sheet::XCellRangeAddressable> selected(
        Reference<css::view::XSelectionSupplier>(controller, UNO_QUERY_THROW)->getSelection(), UNO_QUERY_THROW);
    EXPECT_EQ(selected->getRangeAddress().StartRow, 36);
    EXPECT_EQ(selected->getRangeAddress().StartColumn, 7);
    EXPECT_FALSE(modified(doc.get()));
}

TEST(Commands, TheProfileIsRememberedForTheDocument) {
    DocumentGuard doc(load_document(kSeed));
    cell(doc.get(), "H5")->setValue(12);       // would be right without the cap
    cell(doc.get(), "E5")->setValue(2978.14);  // 120 %
    const int errors_national = summary_count(check_command(doc.get()).at(0), "errors");
    dispatch_command(doc.get(), "profile", args({{"Name", "uncapped"}}));
    EXPECT_EQ(summary_count(check_command(doc.get()).at(0), "errors"),
              errors_national - 1);  // the score 12 is right when uncapped

    // Kept in the document: a later session, or the bureau's checker, sees it.
    const std::string path = scratch_dir() + "/profiled.ods";
    store_document(doc.get(), path, "calc8");
    DocumentGuard again(load_document(path));
    int errors = 0;
    for (const auto& r : validator()->checkDocument(again.get(), "", "zh")) errors += r.Errors;
    EXPECT_EQ(errors, errors_national - 1);
    for (const auto& r : validator()->checkDocument(again.get(), "national", "zh")) errors -= r.Errors;
    EXPECT_EQ(errors, -1);  // asking for a profile overrides the stored one
}

// A script as users write them: Python with the office's own UNO, over a
// socket, without PerfEval's types. A result of a type it does not know
// would dispose its bridge (it did, when check returned our IDL structs).
TEST(Commands, APythonClientOverASocketDispatchesEveryCommand) {
    DocumentGuard doc(load_document(kSeed));
    const std::string url = utf8(Reference<css::frame::XModel>(doc.get(), UNO_QUERY_THROW)->getURL());
    const std::string command = "timeout --kill-after=10 240 '" + std::string(PERFEVAL_UNO_PYTHON) + "' '" +
                                PERFEVAL_SOURCE_DIR + "/tests/integration/remote_client.py' '" + office().pipe_name() +
                                "' '" + url + "' '" + scratch_dir() + "' 2>&1";
    const auto [status, out] = shell(command);
    EXPECT_EQ(status, 0) << out;
    EXPECT_THAT(out, HasSubstr("\nconnected\n"));
    // What the script did is in the document this process sees.
    EXPECT_DOUBLE_EQ(cell(doc.get(), "G5")->getValue(), 1.0);
    EXPECT_EQ(errors_in(doc.get()), 0);
    std::ifstream pdf(scratch_dir() + "/remote-report.pdf", std::ios::binary);
    std::string magic(4, '\0');
    pdf.read(magic.data(), 4);
    EXPECT_EQ(magic, "%PDF");
}

}  // namespace
}  // namespace perfeval::test
