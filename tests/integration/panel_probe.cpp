#include "panel_probe.hpp"

#include <cstdlib>
#include <filesystem>
#include <thread>

#include <gtest/gtest.h>

#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/accessibility/XAccessibleComponent.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>

#include "office_env.hpp"

namespace perfeval::test {

namespace fs = std::filesystem;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

// Every accessible name under a window: what a screen reader, and a user,
// can read there. The panel's labels and list entries show up here.
void accessible_names(const Reference<css::accessibility::XAccessible>& acc, int depth, std::vector<std::string>& out) {
    if (!acc.is() || depth > 30) return;
    const auto ctx = acc->getAccessibleContext();
    if (!ctx.is()) return;
    const std::string name = utf8(ctx->getAccessibleName());
    if (!name.empty()) out.push_back(name);
    const sal_Int64 n = std::min<sal_Int64>(ctx->getAccessibleChildCount(), 400);
    for (sal_Int64 i = 0; i < n; ++i) {
        try {
            accessible_names(ctx->getAccessibleChild(i), depth + 1, out);
        } catch (const css::uno::Exception&) {
        }
    }
}

}  // namespace

std::vector<std::string> names_in(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
    const auto frame = Reference<css::frame::XModel>(doc, UNO_QUERY_THROW)->getCurrentController()->getFrame();
    std::vector<std::string> out;
    accessible_names(Reference<css::accessibility::XAccessible>(frame->getContainerWindow(), UNO_QUERY), 0, out);
    return out;
}

// The accessible context holding a child whose name starts with `prefix`
// (the findings list), and that child's index.
bool find_parent_of(const Reference<css::accessibility::XAccessible>& acc, const std::string& prefix, int depth,
                    Reference<css::accessibility::XAccessibleContext>& parent, sal_Int64& index) {
    if (!acc.is() || depth > 30) return false;
    const auto ctx = acc->getAccessibleContext();
    if (!ctx.is()) return false;
    const sal_Int64 n = std::min<sal_Int64>(ctx->getAccessibleChildCount(), 400);
    for (sal_Int64 i = 0; i < n; ++i) {
        const auto child = ctx->getAccessibleChild(i);
        const auto cc = child.is() ? child->getAccessibleContext() : nullptr;
        if (cc.is() && utf8(cc->getAccessibleName()).rfind(prefix, 0) == 0) {
            parent = ctx;
            index = i;
            return true;
        }
        if (find_parent_of(child, prefix, depth + 1, parent, index)) return true;
    }
    return false;
}

bool shows(const std::vector<std::string>& names, const std::string& text) {
    for (const auto& n : names)
        if (n.find(text) != std::string::npos) return true;
    return false;
}

// Whether the panel comes to show (or stop showing) a text within the time:
// it follows changes once they pause, asynchronously.
bool eventually(const Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& text, bool shown,
                std::chrono::milliseconds within) {
    const auto end = std::chrono::steady_clock::now() + within;
    do {
        if (shows(names_in(doc), text) == shown) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    } while (std::chrono::steady_clock::now() < end);
    return false;
}

// A screenshot of the whole display, for a person to look at:
// build/screenshots/panel-<what>-<UI language>.png.
void screenshot(const std::string& what) {
    const char* lang = std::getenv("PERFEVAL_TEST_UI_LANG");
    const fs::path dir = fs::path(PERFEVAL_BUILD_DIR) / "screenshots";
    fs::create_directories(dir);
    const fs::path shot = dir / ("panel-" + what + "-" + std::string(lang ? lang : "default") + ".png");
    fs::remove(shot);
    ASSERT_EQ(std::system(("import -window root '" + shot.string() + "' 2>/dev/null").c_str()), 0);
    EXPECT_GT(fs::file_size(shot), 20000u) << "the screenshot looks empty: " << shot;
}

// The accessible object named `label` (a button's label, with the mnemonic
// "(A)" Calc may add in a Chinese UI), depth first.
Reference<css::accessibility::XAccessibleContext> find_named(const Reference<css::accessibility::XAccessible>& acc,
                                                             const std::string& label, int depth) {
    if (!acc.is() || depth > 30) return nullptr;
    const auto ctx = acc->getAccessibleContext();
    if (!ctx.is()) return nullptr;
    const std::string name = utf8(ctx->getAccessibleName());
    if (name.rfind(label, 0) == 0 && (name.size() == label.size() || name[label.size()] == '(')) return ctx;
    const sal_Int64 n = std::min<sal_Int64>(ctx->getAccessibleChildCount(), 400);
    for (sal_Int64 i = 0; i < n; ++i) {
        try {
            if (auto found = find_named(ctx->getAccessibleChild(i), label, depth + 1); found.is()) return found;
        } catch (const css::uno::Exception&) {
        }
    }
    return nullptr;
}

// Where an accessible object is on the screen, in pixels.
css::awt::Rectangle screen_bounds(const Reference<css::accessibility::XAccessibleContext>& ctx) {
    const Reference<css::accessibility::XAccessibleComponent> c(ctx, UNO_QUERY_THROW);
    const auto at = c->getLocationOnScreen();
    const auto size = c->getSize();
    return {at.X, at.Y, size.Width, size.Height};
}

bool chinese_ui() {
    const char* lang = std::getenv("PERFEVAL_TEST_UI_LANG");
    return lang && std::string(lang).rfind("zh", 0) == 0;
}

bool press(const Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& label) {
    const auto frame = Reference<css::frame::XModel>(doc, UNO_QUERY_THROW)->getCurrentController()->getFrame();
    const auto button =
        find_named(Reference<css::accessibility::XAccessible>(frame->getContainerWindow(), UNO_QUERY_THROW), label);
    if (!button.is()) return false;
    return Reference<css::accessibility::XAccessibleAction>(button, UNO_QUERY_THROW)->doAccessibleAction(0);
}

}  // namespace perfeval::test
