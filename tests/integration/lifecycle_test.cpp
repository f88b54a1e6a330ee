// The whole life of the extension in a real window (PERFEVAL_TEST_GUI, run
// in a zh-CN and an en-US UI): start LibreOffice, use the panel one way,
// quit with XDesktop::terminate() as Ctrl+Q does, and the office's process
// must be gone within 10 s; then the next start on the same profile opens
// a document and shows the deck. Once, every later start of a user's
// LibreOffice handed its file to an office hung at exit by our timer thread.
//
// Also: a script over the office's pipe dispatches vnd.perfeval:check 200
// times while xdotool types into the sheet; the office survives and the
// panel ends showing what the last check found.
#include <gtest/gtest.h>

#include <signal.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <thread>

#include <com/sun/star/awt/XTopWindow2.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XCellRangeMovement.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <com/sun/star/util/XModifiable.hpp>

#include "office_env.hpp"
#include "panel_probe.hpp"

namespace perfeval::test {
namespace {

namespace fs = std::filesystem;
using css::uno::UNO_QUERY_THROW;
using Doc = Reference<css::sheet::XSpreadsheetDocument>;

const std::string kSeed = std::string(PERFEVAL_SOURCE_DIR) + "/extension/samples/seed-form.ods";

std::string say(const char* zh, const char* en) { return chinese_ui() ? zh : en; }

bool deck_shown(const Doc& doc) {
    const auto controller = Reference<css::frame::XModel>(doc, UNO_QUERY_THROW)->getCurrentController();
    const auto sidebar = Reference<css::frame::XController2>(controller, UNO_QUERY_THROW)->getSidebar();
    if (!sidebar.is() || !sidebar->getDecks()->hasByName("PerfEvalDeck")) return false;
    return Reference<css::ui::XDeck>(sidebar->getDecks()->getByName("PerfEvalDeck"), UNO_QUERY_THROW)->isActive();
}

// Types `keys` and Return into a cell, as a user does: a click into the
// sheet (opening the deck gave the sidebar the keyboard focus), the cell
// chosen, the keys typed; it returns once the cell holds what was typed, so
// nothing typed is still on its way when the test goes on.
testing::AssertionResult type_into(const Doc& doc, const std::string& a1, const std::string& keys) {
    if (std::system("xdotool mousemove 300 650 click 1") != 0) return testing::AssertionFailure() << "xdotool failed";
    dispatch_command(doc, "goto", args({{"Sheet", "部门整体支出绩效自评表"}, {"Cell", a1}}));
    std::string strokes;
    for (char c : keys) strokes += std::string(" ") + c;
    if (std::system(("xdotool key --delay 80" + strokes + " Return").c_str()) != 0)
        return testing::AssertionFailure() << "xdotool failed";
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (utf8(cell(doc, a1)->getFormula()) != keys) {
        if (std::chrono::steady_clock::now() > deadline) {
            screenshot("lifecycle-typing-failed");
            return testing::AssertionFailure()
                   << a1 << " holds " << utf8(cell(doc, a1)->getFormula()) << ", not " << keys;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return testing::AssertionSuccess();
}

void check_and_wait(const Doc& doc) {
    dispatch_command(doc, "check");
    ASSERT_TRUE(eventually(doc, say("错误 3", "Errors 3"), true, std::chrono::seconds(15)));
}

// ---- the ways of using the panel before quitting ---------------------------

void just_check(const Doc& doc) { check_and_wait(doc); }

void type_while_it_rechecks(const Doc& doc) {
    check_and_wait(doc);
    ASSERT_TRUE(type_into(doc, "H5", "10"));  // H5's right score, typed
    EXPECT_TRUE(eventually(doc, "✗ H5", false, std::chrono::seconds(10))) << "the live re-check after typing";
}

void fix_all_then_undo(const Doc& doc) {
    check_and_wait(doc);
    ASSERT_TRUE(press(doc, say("全部修正", "Fix all")));
    EXPECT_TRUE(eventually(doc, say("错误 0", "Errors 0")));
    office_command(doc, ".uno:Undo");
    EXPECT_TRUE(eventually(doc, say("错误 3", "Errors 3"))) << "after Undo";
}

void mark(const Doc& doc) {
    check_and_wait(doc);
    ASSERT_TRUE(press(doc, say("标注", "Mark")));
    EXPECT_TRUE(eventually(doc, say("已标注问题单元格", "Marked: red errors")));
}

void export_reports(const Doc& doc) {
    check_and_wait(doc);
    for (const char* format : {"html", "pdf"}) {
        const std::string file = scratch_dir() + "/lifecycle-report." + format;
        dispatch_command(doc, "export", args({{"Url", perfeval::office::file_url(file)}, {"Format", format}}));
        EXPECT_TRUE(fs::exists(file)) << file;
    }
}

void insert_formulas(const Doc& doc) {
    check_and_wait(doc);
    ASSERT_TRUE(press(doc, say("填入公式", "Insert formulas")));
    EXPECT_TRUE(eventually(doc, say("错误 0", "Errors 0")));
}

void make_portable(const Doc& doc) {
    check_and_wait(doc);
    cell(doc, "K1")->setFormula(ou("=PERF.EXECRATE(E5;D5)"));
    dispatch_command(doc, "portable");
    EXPECT_EQ(utf8(cell(doc, "K1")->getFormula()).find("PERF"), std::string::npos);
}

void a_large_form(const Doc& doc) {
    // The seed's 23 indicator rows (14..36), doubled 8 times: 5,888 rows.
    const auto sheet = first_sheet(doc);
    const Reference<css::table::XColumnRowRange> rows(sheet, UNO_QUERY_THROW);
    const Reference<css::sheet::XCellRangeMovement> move(sheet, UNO_QUERY_THROW);
    sal_Int32 period = 23;
    for (int k = 0; k < 8; ++k) {
        rows->getRows()->insertByIndex(13 + period, period);
        move->copyRange(css::table::CellAddress{0, 0, 13 + period},
                        css::table::CellRangeAddress{0, 0, 13, 8, 12 + period});
        period *= 2;
    }
    dispatch_command(doc, "check");
    ASSERT_TRUE(eventually(doc, say("错误", "Errors"), true, std::chrono::seconds(60)));
    cell(doc, "H5")->setValue(10);  // a change: a re-check, or "out of date"
    dispatch_command(doc, "check");
}

struct Scenario {
    const char* name;
    bool read_only;
    void (*use)(const Doc&);
};

const Scenario kScenarios[] = {
    {"check", false, just_check},
    {"typing", false, type_while_it_rechecks},
    {"fix_all_undo", false, fix_all_then_undo},
    {"mark", false, mark},
    {"export", false, export_reports},
    {"insert_formulas", false, insert_formulas},
    {"portable", false, make_portable},
    {"read_only", true, just_check},
    {"large_form", false, a_large_form},
};

// An office of the test's own, on the profile every scenario shares: each
// start after the first is "the next start with the same profile".
class OwnOffice {
public:
    OwnOffice() {
        office_ =
            perfeval::office::start_with_extension(office_options(test_root() + "/lifecycle-profile"), PERFEVAL_OXT);
        use_office(office_.get());
    }
    ~OwnOffice() {
        use_office(nullptr);
        if (office_) office_->shutdown();  // a failed test: stop it anyway, by its process group
    }
    // What the user does last: quit, with the documents still open (their
    // changes discarded, as "Don't Save" does). True when soffice.bin left
    // by itself within 10 s.
    testing::AssertionResult quit(const std::vector<Doc>& docs) {
        for (const auto& d : docs) Reference<css::util::XModifiable>(d, UNO_QUERY_THROW)->setModified(false);
        const pid_t bin = soffice_bin(office_->pid());
        if (bin <= 0) return testing::AssertionFailure() << "no soffice.bin before quitting";
        // terminate() from a thread of its own: over a bridge the call may never return.
        std::thread asking([desktop = office_->desktop()] {
            try {
                desktop->terminate();
            } catch (const css::uno::Exception&) {  // the bridge goes with the office
            }
        });
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (kill(bin, 0) == 0 && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        const bool by_itself = kill(bin, 0) != 0;
        // Why it hangs, for the failure message: every thread's stack.
        const std::string stacks = by_itself ? ""
                                             : shell("gdb -p " + std::to_string(bin) +
                                                     " -batch -ex 'thread apply all bt 30' 2>&1 | "
                                                     "grep -E '^(Thread|#)' | head -120")
                                                   .out;
        office_->shutdown(std::chrono::seconds(1));  // reaps it, or kills its process group
        asking.join();
        use_office(nullptr);
        office_.reset();
        if (!by_itself)
            return testing::AssertionFailure() << "soffice.bin (" << bin << ") still ran 10 s after terminate():\n"
                                               << stacks;
        if (kill(bin, 0) == 0) return testing::AssertionFailure() << "soffice.bin (" << bin << ") is still there";
        return testing::AssertionSuccess();
    }

private:
    std::unique_ptr<perfeval::office::Office> office_;
};

class Lifecycle : public testing::TestWithParam<Scenario> {};

TEST_P(Lifecycle, TheOfficeExitsAfterTheUseAndStartsAgain) {
    {
        OwnOffice own;
        const Doc doc = load_document(kSeed, GetParam().read_only, /*hidden=*/false);
        Reference<css::awt::XTopWindow2>(Reference<css::frame::XModel>(doc, UNO_QUERY_THROW)
                                             ->getCurrentController()
                                             ->getFrame()
                                             ->getContainerWindow(),
                                         UNO_QUERY_THROW)
            ->setIsMaximized(true);
        GetParam().use(doc);
        screenshot(std::string("lifecycle-") + GetParam().name);
        EXPECT_TRUE(own.quit({doc}));
    }
    // The next start on the same profile opens a document and shows the deck.
    OwnOffice again;
    const Doc doc = load_document(kSeed, /*read_only=*/false, /*hidden=*/false);
    check_and_wait(doc);
    EXPECT_TRUE(deck_shown(doc));
    EXPECT_TRUE(again.quit({doc}));
}

INSTANTIATE_TEST_SUITE_P(AfterEachUse, Lifecycle, testing::ValuesIn(kScenarios),
                         [](const testing::TestParamInfo<Scenario>& info) { return std::string(info.param.name); });

// A script dispatches vnd.perfeval:check 200 times over the office's pipe
// (each call on a UNO bridge thread of the office) while keys are typed into
// the sheet (on the main thread): the panel is touched on the main thread
// only, so nothing crashes, and it ends showing the last check's counts.
TEST(Lifecycle, ChecksFromAScriptWhileTheUserTypes) {
    OwnOffice own;
    const Doc doc = load_document(kSeed, /*read_only=*/false, /*hidden=*/false);
    check_and_wait(doc);

    std::atomic<int> dispatched{0};
    std::atomic<bool> failed{false}, typed{false};
    std::string failure;
    // At least 200 checks, and on until the typing is done: they overlap.
    std::thread script([&] {
        try {
            while (!failed && (dispatched < 200 || !typed)) {
                const auto sheets = check_command(doc);  // as a script writes it: the deck shown
                if (sheets.size() != 1) throw std::runtime_error("a check returned no sheet");
                ++dispatched;
            }
        } catch (const css::uno::Exception& e) {
            failure = utf8(e.Message);
            failed = true;
        } catch (const std::exception& e) {
            failure = e.what();
            failed = true;
        }
    });
    // Typing into K3, K4, … (outside the form) and H5 (inside it) meanwhile.
    for (int i = 0; i < 12 && !failed; ++i) {
        EXPECT_TRUE(type_into(doc, "K" + std::to_string(3 + i), std::to_string(i)));
        if (i % 4 == 3) {
            EXPECT_TRUE(type_into(doc, "H5", i % 8 == 3 ? "10" : "9"));
        }
    }
    typed = true;
    script.join();
    ASSERT_FALSE(failed) << failure;
    EXPECT_GE(dispatched.load(), 200);

    // The office is alive and the panel agrees with one more check.
    const auto last = check_command(doc);
    ASSERT_EQ(last.size(), 1u);
    const std::string counts = std::string(say("错误 ", "Errors ")) + std::to_string(summary_count(last[0], "errors"));
    EXPECT_TRUE(eventually(doc, counts, true, std::chrono::seconds(10))) << "the panel shows " << counts;
    EXPECT_TRUE(own.quit({doc}));
}

}  // namespace
}  // namespace perfeval::test
