// The vnd.perfeval: commands, shared by the toolbar, the menu, the keyboard
// shortcut, the sidebar's buttons and macros:
//   check        check the document (and show the PerfEval deck)
//   fix          write one finding's right value (args Sheet, Cell)
//   fixall       write every computable right value
//   mark         highlight the cells of findings;  clearmarks  take it off
//   export       write a report (args Url, Format "html"|"csv"; no Url: ask)
//   profile      choose the scoring profile for the document (arg Name)
//   goto         show a finding's cell: switch sheet, select it (args Sheet, Cell)
// Every command ends by refreshing the frame's panel, if one is shown.
#pragma once

#include <string>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "core/rules/report.hpp"

namespace perfeval::uno {

namespace css = com::sun::star;

inline constexpr const char* kCommandProtocol = "vnd.perfeval:";
inline constexpr const char* kDeckId = "PerfEvalDeck";

// The spreadsheet shown in a frame; null for none (or another kind of document).
css::uno::Reference<css::sheet::XSpreadsheetDocument> document_of(const css::uno::Reference<css::frame::XFrame>& frame);

struct CommandOutcome {
    bool ok = true;
    std::string message;   // for the panel's status line
    css::uno::Any result;  // check: sequence<SheetReport>; fixall: long; export: the file URL
};

CommandOutcome run_command(const css::uno::Reference<css::uno::XComponentContext>& context,
                           const css::uno::Reference<css::frame::XFrame>& frame, const std::string& command,
                           const css::uno::Sequence<css::beans::PropertyValue>& args);

// What a panel shows after a command. Panels register per frame.
class PanelView {
public:
    virtual ~PanelView() = default;
    virtual void show(const std::vector<SheetReport>& reports, const std::string& status) = 0;
};
void register_panel(css::uno::XInterface* frame, PanelView* panel);
void unregister_panel(PanelView* panel);

}  // namespace perfeval::uno
