// The sidebar as a user sees it: LibreOffice with real windows on a private
// Xvfb display (PERFEVAL_TEST_GUI), the seed form open, the one-click check.
// Asserts through the API that the deck and panel are shown, and keeps a
// screenshot under build/screenshots/ for a person to look at.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/accessibility/XAccessibleComponent.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/accessibility/XAccessibleSelection.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/XTopWindow2.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XInfobarProvider.hpp>
#include <com/sun/star/frame/XLayoutManager.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeMovement.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XPanels.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <com/sun/star/util/XProtectable.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include "office_env.hpp"
#include "panel_probe.hpp"

namespace perfeval::test {
namespace {

namespace fs = std::filesystem;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

TEST(PanelVisual, OneClickShowsTheDeckWithTheFindings) {
    DocumentGuard doc(load_document(std::string(PERFEVAL_SOURCE_DIR) + "/extension/samples/seed-form.ods",
                                    /*read_only=*/false, /*hidden=*/false));
    const auto controller = Reference<css::frame::XModel>(doc.get(), UNO_QUERY_THROW)->getCurrentController();
    Reference<css::awt::XTopWindow2>(controller->getFrame()->getContainerWindow(), UNO_QUERY_THROW)
        ->setIsMaximized(true);

    const Reference<css::util::XModifiable> modifiable(doc.get(), UNO_QUERY_THROW);
    EXPECT_FALSE(modifiable->isModified()) << "after loading";
    const auto reports = check_command(doc.get());  // what the toolbar button runs
    ASSERT_EQ(reports.size(), 1u);
    EXPECT_EQ(summary_count(reports[0], "errors"), 3);

    const auto sidebar = Reference<css::frame::XController2>(controller, UNO_QUERY_THROW)->getSidebar();
    ASSERT_TRUE(sidebar.is());
    EXPECT_TRUE(sidebar->isVisible());
    const auto decks = sidebar->getDecks();
    ASSERT_TRUE(decks->hasByName("PerfEvalDeck"));
    const Reference<css::ui::XDeck> deck(decks->getByName("PerfEvalDeck"), UNO_QUERY_THROW);
    EXPECT_TRUE(deck->isActive());
    const std::string title = utf8(deck->getTitle());
    const char* lang = std::getenv("PERFEVAL_TEST_UI_LANG");
    EXPECT_EQ(title, chinese_ui() ? "绩效自评" : "PerfEval");
    const auto panels = deck->getPanels();
    ASSERT_TRUE(panels->hasByName("PerfEvalPanel"));

    // What the panel shows, read as a user would (through accessibility).
    const auto names = names_in(doc.get());
    EXPECT_TRUE(shows(names, chinese_ui() ? "错误 3" : "Errors 3")) << "the summary line";
    EXPECT_TRUE(shows(names, chinese_ui() ? "自评表校验" : "Self-evaluation check")) << "the panel's title bar";
    EXPECT_TRUE(shows(names, chinese_ui() ? "湖南部门整体支出绩效自评表" : "Hunan department form"))
        << "the template family";
    EXPECT_TRUE(shows(names, chinese_ui() ? "✗ G5  执行率填写为 95.60% → 应为 100.00%"
                                          : "✗ G5  The execution rate states 95.60% → expected 100.00%"))
        << "the first finding, errors first";
    EXPECT_TRUE(shows(names, "! F26")) << "a warning";

    // Choosing a finding in the list selects its cell: the third is H37.
    Reference<css::accessibility::XAccessibleContext> list;
    sal_Int64 first = -1;
    ASSERT_TRUE(find_parent_of(
        Reference<css::accessibility::XAccessible>(controller->getFrame()->getContainerWindow(), UNO_QUERY), "✗ G5", 0,
        list, first));
    Reference<css::accessibility::XAccessibleSelection>(list, UNO_QUERY_THROW)->selectAccessibleChild(first + 2);
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    const Reference<css::sheet::XCellRangeAddressable> selected(
        Reference<css::view::XSelectionSupplier>(controller, UNO_QUERY_THROW)->getSelection(), UNO_QUERY_THROW);
    EXPECT_EQ(selected->getRangeAddress().StartRow, 36);    // row 37
    EXPECT_EQ(selected->getRangeAddress().StartColumn, 7);  // column H

    // The 绩 toolbar is docked in the top area, not floating over the
    // formula bar.
    const Reference<css::frame::XLayoutManager> layout(
        Reference<css::beans::XPropertySet>(controller->getFrame(), UNO_QUERY_THROW)->getPropertyValue("LayoutManager"),
        UNO_QUERY_THROW);
    const rtl::OUString toolbar = ou("private:resource/toolbar/addon_org.perfeval.calc.toolbar");
    ASSERT_TRUE(layout->getElement(toolbar).is()) << "the toolbar is there";
    EXPECT_TRUE(layout->isElementDocked(toolbar));
    EXPECT_FALSE(layout->isElementFloating(toolbar));

    // Opening the deck, checking and choosing a finding change nothing: no
    // "save changes?" for a form received for review, no property added.
    EXPECT_FALSE(modifiable->isModified()) << "after the deck opened and checked";
    const auto user = Reference<css::document::XDocumentPropertiesSupplier>(doc.get(), UNO_QUERY_THROW)
                          ->getDocumentProperties()
                          ->getUserDefinedProperties();
    EXPECT_FALSE(Reference<css::beans::XPropertySet>(user, UNO_QUERY_THROW)
                     ->getPropertySetInfo()
                     ->hasPropertyByName("PerfEvalProfile"));

    // Let the window paint, then keep what a user would see. The choice
    // stays: a re-check that finds the same findings leaves the list alone.
    std::this_thread::sleep_for(std::chrono::seconds(2));
    EXPECT_TRUE(Reference<css::accessibility::XAccessibleSelection>(list, UNO_QUERY_THROW)
                    ->isAccessibleChildSelected(first + 2));
    const fs::path dir = fs::path(PERFEVAL_BUILD_DIR) / "screenshots";
    fs::create_directories(dir);
    const fs::path shot = dir / ("panel-" + std::string(lang ? lang : "default") + ".png");
    fs::remove(shot);
    const std::string cmd = "import -window root '" + shot.string() + "' 2>/dev/null";
    ASSERT_EQ(std::system(cmd.c_str()), 0);
    EXPECT_GT(fs::file_size(shot), 20000u) << "the screenshot looks empty: " << shot;
}

// Another template family as a user opens it: a published Sichuan project
// form, read by its own words, named, and its blank scores listed.
TEST(PanelVisual, NamesTheTemplateFamily) {
    DocumentGuard doc(
        load_document(std::string(PERFEVAL_SOURCE_DIR) + "/tests/forms/generated/sichuan-project-qingshen.ods",
                      /*read_only=*/false, /*hidden=*/false));  // read-only documents grey the deck out (a later issue)
    const auto reports = check_command(doc.get());
    ASSERT_FALSE(reports.empty());
    EXPECT_EQ(reports[0].at("template").as_string(), "sichuan-project");
    std::this_thread::sleep_for(std::chrono::seconds(1));
    const auto names = names_in(doc.get());
    EXPECT_TRUE(shows(names, chinese_ui() ? "四川部门预算项目支出绩效自评表" : "Sichuan project form"))
        << "the template family";
    EXPECT_TRUE(shows(names, "✗ I9")) << "the blank execution score";
    // The summary is the active sheet's: half filled in, it has no total and
    // no grade (the next sheet's 优 must not stand in for it).
    EXPECT_FALSE(shows(names, chinese_ui() ? "等级" : "Grade")) << "another sheet's grade";
    std::this_thread::sleep_for(std::chrono::seconds(2));
    const char* lang = std::getenv("PERFEVAL_TEST_UI_LANG");
    const fs::path dir = fs::path(PERFEVAL_BUILD_DIR) / "screenshots";
    fs::create_directories(dir);
    const fs::path shot = dir / ("panel-sichuan-" + std::string(lang ? lang : "default") + ".png");
    fs::remove(shot);
    ASSERT_EQ(std::system(("import -window root '" + shot.string() + "' 2>/dev/null").c_str()), 0);
    EXPECT_GT(fs::file_size(shot), 20000u) << "the screenshot looks empty: " << shot;
}

// The panel shows the document as it now is, whoever changed it: a command
// dispatched elsewhere (a macro), an edit, and Undo. Nothing calls into the
// panel; it follows the document's changes.
TEST(PanelVisual, FollowsChangesMadeElsewhereAndUndo) {
    DocumentGuard doc(load_document(std::string(PERFEVAL_SOURCE_DIR) + "/extension/samples/seed-form.ods",
                                    /*read_only=*/false, /*hidden=*/false));
    dispatch_command(doc.get(), "check");
    const std::string three = chinese_ui() ? "错误 3 · 警告 2" : "Errors 3 · Warnings 2";
    const std::string none = chinese_ui() ? "错误 0 · 警告 2" : "Errors 0 · Warnings 2";
    EXPECT_TRUE(eventually(doc.get(), three));

    dispatch_command(doc.get(), "fixall");  // as a macro would, not through the panel
    EXPECT_TRUE(eventually(doc.get(), none)) << "after Fix all";
    EXPECT_TRUE(eventually(doc.get(), "✗ G5", false));

    Reference<css::document::XUndoManagerSupplier>(doc.get(), UNO_QUERY_THROW)->getUndoManager()->undo();
    EXPECT_TRUE(eventually(doc.get(), three)) << "after Undo";
    EXPECT_TRUE(eventually(doc.get(), "✗ G5"));

    cell(doc.get(), "H37")->setValue(99);  // an edit by hand
    EXPECT_TRUE(eventually(doc.get(), "✗ H37", false)) << "after editing H37";

    // Typing: a burst of edits, each a change, is checked once it pauses,
    // and the panel ends showing the last state.
    for (int i = 0; i < 20; ++i) cell(doc.get(), "H5")->setValue(i % 2 ? 9 : 10);
    cell(doc.get(), "H5")->setValue(10);
    EXPECT_TRUE(eventually(doc.get(), "✗ H5", false)) << "after typing in H5";
    EXPECT_TRUE(eventually(doc.get(), "✗ G5")) << "G5 is still wrong";
}

// The panel's 填入公式 button, pressed as a screen reader presses it: the
// form gets its formulas and the panel shows it consistent.
TEST(PanelVisual, InsertFormulasFromThePanel) {
    DocumentGuard doc(load_document(std::string(PERFEVAL_SOURCE_DIR) + "/extension/samples/seed-form.ods",
                                    /*read_only=*/false, /*hidden=*/false));
    dispatch_command(doc.get(), "check");
    ASSERT_TRUE(eventually(doc.get(), chinese_ui() ? "错误 3" : "Errors 3"));
    const auto frame = Reference<css::frame::XModel>(doc.get(), UNO_QUERY_THROW)->getCurrentController()->getFrame();
    const Reference<css::accessibility::XAccessible> window(frame->getContainerWindow(), UNO_QUERY_THROW);
    const auto button = find_named(window, chinese_ui() ? "填入公式" : "Insert formulas");
    ASSERT_TRUE(button.is());
    Reference<css::accessibility::XAccessibleAction>(button, UNO_QUERY_THROW)->doAccessibleAction(0);
    EXPECT_TRUE(eventually(doc.get(), chinese_ui() ? "已填入 17 个公式" : "17 formulas inserted"))
        << "the status line says what was done";
    EXPECT_TRUE(eventually(doc.get(), chinese_ui() ? "错误 0" : "Errors 0"));
    EXPECT_EQ(utf8(cell(doc.get(), "G5")->getFormula()), "=E5/D5");
    screenshot("formulas");
}

// A form so large that a check takes longer than a keystroke may wait: the
// panel does not re-check at every change but says that its results are
// out of date, until Check is run again.
TEST(PanelVisual, ALargeFormIsMarkedOutOfDateInsteadOfRecheckedAtEveryKey) {
    DocumentGuard doc(load_document(std::string(PERFEVAL_SOURCE_DIR) + "/extension/samples/seed-form.ods",
                                    /*read_only=*/false, /*hidden=*/false));
    // The seed's 23 indicator rows (14..36), doubled 10 times: 23,552 rows.
    const auto sheet = first_sheet(doc.get());
    const Reference<css::table::XColumnRowRange> rows(sheet, UNO_QUERY_THROW);
    const Reference<css::sheet::XCellRangeMovement> move(sheet, UNO_QUERY_THROW);
    sal_Int32 period = 23;
    for (int k = 0; k < 10; ++k) {
        rows->getRows()->insertByIndex(13 + period, period);  // before the total row
        const css::table::CellRangeAddress from{0, 0, 13, 8, 13 + period - 1};
        move->copyRange(css::table::CellAddress{0, 0, 13 + period}, from);
        period *= 2;
    }
    dispatch_command(doc.get(), "check");
    const std::string stale = chinese_ui() ? "结果已过期" : "Out of date";
    ASSERT_TRUE(eventually(doc.get(), chinese_ui() ? "错误" : "Errors", true, std::chrono::seconds(60)));
    EXPECT_FALSE(shows(names_in(doc.get()), stale));

    cell(doc.get(), "H5")->setValue(10);  // one keystroke's worth
    EXPECT_TRUE(eventually(doc.get(), stale, true, std::chrono::seconds(3))) << "the panel says it is out of date";
    EXPECT_TRUE(shows(names_in(doc.get()), chinese_ui() ? "点击“校验”更新结果" : "click Check to update"))
        << "and what to do";
    screenshot("out-of-date");

    dispatch_command(doc.get(), "check");  // the toolbar's Check
    EXPECT_TRUE(eventually(doc.get(), stale, false, std::chrono::seconds(60))) << "a check makes it current again";
}

// The seed form in a maximized window, checked, and the panel's Check
// button (found by its label) to find the rest of the panel from.
struct SeedInWindow {
    DocumentGuard doc;
    Reference<css::accessibility::XAccessible> window;
    Reference<css::accessibility::XAccessibleContext> check_button;
};

SeedInWindow seed_in_a_maximized_window() {
    SeedInWindow s{DocumentGuard(load_document(std::string(PERFEVAL_SOURCE_DIR) + "/extension/samples/seed-form.ods",
                                               /*read_only=*/false, /*hidden=*/false)),
                   nullptr, nullptr};
    const auto frame = Reference<css::frame::XModel>(s.doc.get(), UNO_QUERY_THROW)->getCurrentController()->getFrame();
    Reference<css::awt::XTopWindow2>(frame->getContainerWindow(), UNO_QUERY_THROW)->setIsMaximized(true);
    dispatch_command(s.doc.get(), "check");
    EXPECT_TRUE(eventually(s.doc.get(), chinese_ui() ? "错误 3" : "Errors 3"));
    s.window.set(frame->getContainerWindow(), UNO_QUERY_THROW);
    s.check_button = find_named(s.window, chinese_ui() ? "校验" : "Check");
    return s;
}

// Dragged as narrow as it goes, the sidebar stops at the panel's minimal
// width, and every control of the panel is still whole inside it.
TEST(PanelVisual, AtItsMinimalWidthEveryControlIsVisible) {
    const auto seed = seed_in_a_maximized_window();
    const auto& window = seed.window;
    const auto& check_button = seed.check_button;
    ASSERT_TRUE(check_button.is());
    const std::string check = chinese_ui() ? "校验" : "Check";
    const auto wide = screen_bounds(check_button);

    // The splitter is the sidebar's left edge: drag it to the screen's right.
    const int y = wide.Y + 200;
    const std::string drag = "xdotool mousemove " + std::to_string(wide.X - 10) + " " + std::to_string(y) +
                             " mousedown 1 sleep 0.3 mousemove " + std::to_string(wide.X + 200) + " " +
                             std::to_string(y) + " sleep 0.3 mousemove 1275 " + std::to_string(y) +
                             " sleep 0.3 mouseup 1";
    ASSERT_EQ(std::system(drag.c_str()), 0) << drag;
    std::this_thread::sleep_for(std::chrono::seconds(1));
    const auto narrow_check = find_named(window, check);
    ASSERT_TRUE(narrow_check.is());
    const auto narrow = screen_bounds(narrow_check);
    EXPECT_GT(narrow.X, wide.X + 40) << "the sidebar became narrower";

    // Every control of the panel lies between its left margin and the deck's
    // right edge (its close button's): none is cut or pushed behind a
    // scrollbar of the deck.
    const auto close = find_named(window, chinese_ui() ? "关闭侧边栏面板" : "Close Sidebar Deck");
    ASSERT_TRUE(close.is());
    const auto close_box = screen_bounds(close);
    const int right = close_box.X + close_box.Width + 4;
    const auto panel = narrow_check->getAccessibleParent()->getAccessibleContext();
    const sal_Int64 controls = panel->getAccessibleChildCount();
    EXPECT_GE(controls, 11) << "check, profile, summary, list, detail, five buttons, status";
    for (sal_Int64 i = 0; i < controls; ++i) {
        const auto control = panel->getAccessibleChild(i)->getAccessibleContext();
        const auto box = screen_bounds(control);
        const std::string name = utf8(control->getAccessibleName());
        EXPECT_GE(box.X, narrow.X - 1) << name;
        EXPECT_LE(box.X + box.Width, right) << name << " is cut at the right";
        EXPECT_GT(box.Width, 40) << name;
    }
    screenshot("minimal-width");
}

// A finding's line is cut at the panel's edge; resting the pointer on it
// shows the whole line as a tooltip (the list's quick help, which is also
// what a screen reader reads as the list's name).
TEST(PanelVisual, AFindingCutAtTheEdgeReadsWholeUnderThePointer) {
    const auto seed = seed_in_a_maximized_window();
    const auto& check_button = seed.check_button;
    ASSERT_TRUE(check_button.is());
    const auto panel = check_button->getAccessibleParent()->getAccessibleContext();
    // The list box is the panel's child holding the rows (in a list of its own).
    Reference<css::accessibility::XAccessibleContext> list, rows;
    sal_Int64 first = 0;
    for (sal_Int64 i = 0; i < panel->getAccessibleChildCount() && !list.is(); ++i)
        if (find_parent_of(panel->getAccessibleChild(i), "✗", 0, rows, first))
            list = panel->getAccessibleChild(i)->getAccessibleContext();
    ASSERT_TRUE(list.is());
    EXPECT_EQ(utf8(list->getAccessibleName()), "") << "no tooltip before the pointer comes";

    auto hover = [&](const css::awt::Rectangle& box) {
        const int x = box.X + box.Width / 3, y = box.Y + box.Height / 2;
        const std::string move = "xdotool mousemove " + std::to_string(x) + " " + std::to_string(y) +
                                 " sleep 0.2 mousemove " + std::to_string(x + 3) + " " + std::to_string(y);
        ASSERT_EQ(std::system(move.c_str()), 0) << move;
    };
    auto tooltip_becomes = [&](const std::string& wanted) {
        for (int i = 0; i < 30; ++i) {
            if (utf8(list->getAccessibleName()) == wanted) return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return false;
    };
    for (const sal_Int64 row : {first + 2, first}) {  // H37's total, then G5's rate
        const auto item = rows->getAccessibleChild(row)->getAccessibleContext();
        const std::string line = utf8(item->getAccessibleName());
        hover(screen_bounds(item));
        EXPECT_TRUE(tooltip_becomes(line)) << "hovering " << line << " shows " << utf8(list->getAccessibleName());
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(800));
    screenshot("row-tooltip");
    hover(screen_bounds(check_button));  // off the list
    EXPECT_TRUE(tooltip_becomes("")) << "leaving the list takes the tooltip away";
}

// A form received for review opens read-only: the deck still shows it
// checked, and nothing in it changes.
TEST(PanelVisual, AReadOnlyDocumentIsCheckedInTheDeck) {
    DocumentGuard doc(load_document(std::string(PERFEVAL_SOURCE_DIR) + "/extension/samples/seed-form.ods",
                                    /*read_only=*/true, /*hidden=*/false));
    dispatch_command(doc.get(), "check");  // what the toolbar button and the shortcut run
    EXPECT_TRUE(eventually(doc.get(), chinese_ui() ? "错误 3" : "Errors 3", true, std::chrono::seconds(15)));
    screenshot("read-only");
    const auto controller = Reference<css::frame::XModel>(doc.get(), UNO_QUERY_THROW)->getCurrentController();
    const auto sidebar = Reference<css::frame::XController2>(controller, UNO_QUERY_THROW)->getSidebar();
    ASSERT_TRUE(sidebar.is());
    const Reference<css::ui::XDeck> deck(sidebar->getDecks()->getByName("PerfEvalDeck"), UNO_QUERY_THROW);
    EXPECT_TRUE(deck->isActive());
    EXPECT_TRUE(deck->getPanels()->hasByName("PerfEvalPanel")) << "the panel is shown for a read-only document";
    EXPECT_TRUE(shows(names_in(doc.get()), chinese_ui() ? "错误 3" : "Errors 3"));
    // The panel says why Fix and Mark are off.
    EXPECT_TRUE(shows(names_in(doc.get()), chinese_ui() ? "文档为只读" : "Read-only")) << "the status line";
    EXPECT_FALSE(Reference<css::util::XModifiable>(doc.get(), UNO_QUERY_THROW)->isModified());
}

// Each document window has its own panel: a document without a form gets
// the friendly line, not the other document's findings.
TEST(PanelVisual, ADocumentWithoutAFormSaysSoInItsOwnPanel) {
    DocumentGuard doc(load_document(std::string(PERFEVAL_SOURCE_DIR) + "/tests/fixtures/no-form.ods",
                                    /*read_only=*/false, /*hidden=*/false));
    dispatch_command(doc.get(), "check");
    EXPECT_TRUE(eventually(doc.get(),
                           chinese_ui() ? "此文档中没有找到绩效自评表" : "No self-evaluation form in this document"));
    EXPECT_FALSE(shows(names_in(doc.get()), "G5"));
}

// Two cells at opposite corners of a sheet, checked from the panel's own
// button: the panel reads the two cells (its office grows by far less than
// 200 MB) and says there is no form.
TEST(PanelVisual, TwoCellsAtTheSheetsCornersAreCheckedFromThePanel) {
    const std::string path = scratch_dir() + "/two-far-cells.ods";
    {
        DocumentGuard made(new_calc_document());
        cell(made.get(), "A1")->setFormula(ou("备注"));
        cell(made.get(), "AMJ1048576")->setValue(1);
        store_document(made.get(), path, "calc8");
    }
    const pid_t bin = soffice_bin(office().pid());
    ASSERT_GT(bin, 0);
    reset_peak(bin);
    const long before_kb = status_kb(bin, "VmRSS");
    DocumentGuard doc(load_document(path, /*read_only=*/false, /*hidden=*/false));
    dispatch_command(doc.get(), "check");  // opens the deck
    ASSERT_TRUE(press(doc.get(), chinese_ui() ? "校验" : "Check"));
    EXPECT_TRUE(eventually(doc.get(),
                           chinese_ui() ? "此文档中没有找到绩效自评表" : "No self-evaluation form in this document",
                           true, std::chrono::seconds(20)));
    const long grown_mb = (status_kb(bin, "VmHWM") - before_kb) / 1024;
    EXPECT_LT(grown_mb, 200) << "the office grew by " << grown_mb << " MB";
}

// Marks that cannot come off (the sheet was protected after marking) keep
// Ctrl+S from saving them into the file, and the document's infobar says
// why, in the UI's language.
TEST(PanelVisual, ASaveRefusedForItsMarksSaysWhyInTheInfobar) {
    DocumentGuard doc(load_document(std::string(PERFEVAL_SOURCE_DIR) + "/extension/samples/seed-form.ods",
                                    /*read_only=*/false, /*hidden=*/false));
    dispatch_command(doc.get(), "check");
    dispatch_command(doc.get(), "mark");
    Reference<css::util::XProtectable>(first_sheet(doc.get()), UNO_QUERY_THROW)->protect("");
    office_command(doc.get(), ".uno:Save");
    const auto controller = Reference<css::frame::XModel>(doc.get(), UNO_QUERY_THROW)->getCurrentController();
    const Reference<css::frame::XInfobarProvider> bars(controller, UNO_QUERY_THROW);
    EXPECT_TRUE(bars->hasInfobar("org.perfeval.marks"));
    EXPECT_TRUE(eventually(doc.get(), chinese_ui() ? "标注无法清除，文档未保存" : "the document was not saved"));
    EXPECT_TRUE(Reference<css::util::XModifiable>(doc.get(), UNO_QUERY_THROW)->isModified());
    screenshot("save-refused");
    Reference<css::util::XProtectable>(first_sheet(doc.get()), UNO_QUERY_THROW)->unprotect("");
    dispatch_command(doc.get(), "clearmarks");
    EXPECT_FALSE(bars->hasInfobar("org.perfeval.marks")) << "cleared marks take the infobar away";
}

}  // namespace
}  // namespace perfeval::test
