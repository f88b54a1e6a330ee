// Reading the panel as a user and a screen reader do: the accessible names
// under a document's window (labels, list rows, buttons), waiting for what
// the panel comes to show (it follows changes asynchronously, on the
// office's main thread), pressing its buttons, and screenshots of the
// private display for a person to look at. For tests on a real window
// (PERFEVAL_TEST_GUI).
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

namespace perfeval::test {

namespace css = com::sun::star;
using css::uno::Reference;

// Every accessible name under the document's window.
std::vector<std::string> names_in(const Reference<css::sheet::XSpreadsheetDocument>& doc);
bool shows(const std::vector<std::string>& names, const std::string& text);
// Whether the window comes to show (or stop showing) a text within the time.
bool eventually(const Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& text, bool shown = true,
                std::chrono::milliseconds within = std::chrono::seconds(5));

// The accessible context holding a child whose name starts with `prefix`
// (the findings list), and that child's index.
bool find_parent_of(const Reference<css::accessibility::XAccessible>& acc, const std::string& prefix, int depth,
                    Reference<css::accessibility::XAccessibleContext>& parent, sal_Int64& index);
// The accessible object named `label` (a button's label, with the mnemonic
// "(A)" Calc may add in a Chinese UI), depth first.
Reference<css::accessibility::XAccessibleContext> find_named(const Reference<css::accessibility::XAccessible>& acc,
                                                             const std::string& label, int depth = 0);
// Presses the button labelled `label` in the document's window, as a screen
// reader does; false when there is none.
bool press(const Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& label);
// Where an accessible object is on the screen, in pixels.
css::awt::Rectangle screen_bounds(const Reference<css::accessibility::XAccessibleContext>& ctx);

// build/screenshots/panel-<what>-<UI language>.png.
void screenshot(const std::string& what);
bool chinese_ui();

}  // namespace perfeval::test
