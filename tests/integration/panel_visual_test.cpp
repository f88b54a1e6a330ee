// The sidebar as a user sees it: LibreOffice with real windows on a private
// Xvfb display (PERFEVAL_TEST_GUI), the seed form open, the one-click check.
// Asserts through the API that the deck and panel are shown, and keeps a
// screenshot under build/screenshots/ for a person to look at.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include <com/sun/star/awt/XTopWindow2.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XPanels.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <org/perfeval/SheetReport.hpp>

#include "office_env.hpp"

namespace perfeval::test {
namespace {

namespace fs = std::filesystem;
using css::uno::UNO_QUERY_THROW;

TEST(PanelVisual, OneClickShowsTheDeckWithTheFindings) {
    DocumentGuard doc(load_document(std::string(PERFEVAL_SOURCE_DIR) + "/extension/samples/seed-form.ods",
                                    /*read_only=*/false, /*hidden=*/false));
    const auto controller = Reference<css::frame::XModel>(doc.get(), UNO_QUERY_THROW)->getCurrentController();
    Reference<css::awt::XTopWindow2>(controller->getFrame()->getContainerWindow(), UNO_QUERY_THROW)
        ->setIsMaximized(true);

    css::uno::Sequence<org::perfeval::SheetReport> reports;
    ASSERT_TRUE(dispatch_command(doc.get(), "check") >>= reports);  // what the toolbar button runs
    EXPECT_EQ(reports[0].Errors, 3);

    const auto sidebar = Reference<css::frame::XController2>(controller, UNO_QUERY_THROW)->getSidebar();
    ASSERT_TRUE(sidebar.is());
    EXPECT_TRUE(sidebar->isVisible());
    const auto decks = sidebar->getDecks();
    ASSERT_TRUE(decks->hasByName("PerfEvalDeck"));
    const Reference<css::ui::XDeck> deck(decks->getByName("PerfEvalDeck"), UNO_QUERY_THROW);
    EXPECT_TRUE(deck->isActive());
    const std::string title = utf8(deck->getTitle());
    const char* lang = std::getenv("PERFEVAL_TEST_UI_LANG");
    EXPECT_EQ(title, lang && std::string(lang).rfind("zh", 0) == 0 ? "绩效自评" : "PerfEval");
    const auto panels = deck->getPanels();
    ASSERT_TRUE(panels->hasByName("PerfEvalPanel"));

    // Let the window paint, then keep what a user would see.
    std::this_thread::sleep_for(std::chrono::seconds(2));
    const fs::path dir = fs::path(PERFEVAL_BUILD_DIR) / "screenshots";
    fs::create_directories(dir);
    const fs::path shot = dir / ("panel-" + std::string(lang ? lang : "default") + ".png");
    fs::remove(shot);
    const std::string cmd = "import -window root '" + shot.string() + "' 2>/dev/null";
    ASSERT_EQ(std::system(cmd.c_str()), 0);
    EXPECT_GT(fs::file_size(shot), 20000u) << "the screenshot looks empty: " << shot;
}

}  // namespace
}  // namespace perfeval::test
