// The vnd.perfeval: commands, shared by the toolbar, the menu, the keyboard
// shortcut, the sidebar's buttons and macros. One table (commands.cpp) says
// for each its name, whether it changes the document (refused when the
// document is read-only) and whether it ends with a fresh check:
//   check        check the document and show the PerfEval deck (arg Show=false: do not)
//   fix          write one finding's right value (args Sheet, Cell)
//   fixall       write every computable right value
//   mark         highlight the cells of findings;  clearmarks  take it off
//   export       write a report (args Url, Format "html"|"pdf"|"csv"; no Url: ask)
//   formulas     write live formulas into the forms' computed cells (one undo step)
//   portable     rewrite every PERF.* formula with native functions, or keep its value
//   profile      choose the scoring profile for the document (arg Name)
//   goto         show a finding's cell: switch sheet, select it (args Sheet, Cell)
// A command's result holds standard UNO types only (check: the findings as
// JSON text, core/report/json.hpp), so any client can dispatch it.
// A command returns what it did and the document's findings as they now
// are; whoever ran it (the panel, the dispatch handler) shows that, and the
// findings are published to the document's subscribers (checked_documents.hpp).
// Nothing here knows a panel.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "document_check.hpp"

namespace perfeval::uno {

inline constexpr const char* kCommandProtocol = "vnd.perfeval:";
inline constexpr const char* kDeckId = "PerfEvalDeck";

// The spreadsheet shown in a frame; null for none (or another kind of document).
DocumentRef document_of(const css::uno::Reference<css::frame::XFrame>& frame);

struct CommandOutcome {
    bool ok = true;
    std::string message;  // for a status line, in the UI language
    // check: JSON text; fix, goto: boolean; fixall: long; export: the file URL;
    // formulas: PropertyValues Written (long), Skipped (long), SkippedCells (string[]);
    // portable: PropertyValues Native (long), Values (long)
    css::uno::Any result;
    std::optional<std::vector<SheetReport>> reports;  // the document after the command, when it was checked
    std::uint64_t checked_number = 0;                 // the check's number (checked_documents.hpp)
};

CommandOutcome run_command(const css::uno::Reference<css::uno::XComponentContext>& context,
                           const css::uno::Reference<css::frame::XFrame>& frame, const std::string& command,
                           const css::uno::Sequence<css::beans::PropertyValue>& args);

// Whether a command name is in the table.
bool is_command(const std::string& command);

}  // namespace perfeval::uno
