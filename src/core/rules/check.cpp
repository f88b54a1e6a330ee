#include "check.hpp"

#include <algorithm>
#include <utility>

#include "../decimal/format.hpp"
#include "../form/recognize.hpp"
#include "../scoring/scores.hpp"
#include "../text/normalize.hpp"
#include "fixes.hpp"

namespace perfeval {

namespace {

// A finding about the sheet as a whole: no cell, nothing to compare, the
// severity its rule has in the table.
Finding sheet_finding(std::string_view rule, const std::string& sheet, Message message) {
    Finding f;
    f.rule = rule;
    f.severity = find_rule(rule)->severity;
    f.sheet = sheet;
    f.message = std::move(message);
    return f;
}

// The warning for a main part of the form that was not read.
const MessageId* unchecked_message(MessageId part) {
    static constexpr std::pair<MessageId, MessageId> kUnread[] = {
        {MessageId::part_budget_block, MessageId::form_unchecked_budget},
        {MessageId::part_indicator_table, MessageId::form_unchecked_indicators},
    };
    for (const auto& [p, message] : kUnread)
        if (p == part) return &message;
    return nullptr;
}

}  // namespace

std::string_view kind_id(FormKind kind) { return kind == FormKind::project ? "project" : "department"; }

SheetReport check_sheet(const Grid& grid, const std::string& sheet, const Profile& profile,
                        const CheckOptions& options) {
    SheetReport report;
    report.sheet = sheet;
    const auto form = recognize(grid);
    if (!form) {
        report.findings.push_back(sheet_finding("no-form", sheet, Message(MessageId::no_form)));
        report.notices = 1;
        return report;
    }
    report.has_form = true;
    report.kind = form->kind;
    report.family = std::string(form->family);
    report.range = to_a1(form->top_left) + ":" + to_a1(form->bottom_right);
    report.unit_name = text::normalize(format_cell(form->unit_name.value));
    auto checked = check_form(*form, sheet, profile);
    report.findings = std::move(checked.findings);
    report.totals = checked.totals;
    report.coverage = checked.coverage;
    // No family fitted: said, so that a reader knows its parts were found
    // by their role words alone.
    if (form->family == "generic")
        report.findings.push_back(sheet_finding("form-generic", sheet, Message(MessageId::form_generic)));
    // A part every form has, unread: a warning that names what went
    // unchecked, so that "0 errors" is never read as "checked and clean".
    std::vector<MessageId> minor;
    for (const MessageId part : form->missing)
        if (const auto* unread = unchecked_message(part))
            report.findings.push_back(sheet_finding("form-unchecked", sheet, Message(*unread)));
        else
            minor.push_back(part);
    // Other parts not found, and columns named twice: said, not guessed silently.
    for (const auto& [parts, message] : {std::pair{&std::as_const(minor), MessageId::form_partial},
                                         std::pair{&form->ambiguous, MessageId::form_ambiguous}})
        if (!parts->empty())
            report.findings.push_back(sheet_finding("form-partial", sheet, Message(message, {words("parts", *parts)})));
    // Errors first, then warnings, then notices, the sheet's own among them.
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.severity < b.severity; });
    for (const auto& f : report.findings)
        (f.severity == Severity::error     ? report.errors
         : f.severity == Severity::warning ? report.warnings
                                           : report.notices)++;
    if (report.totals.computed_score)
        if (const auto g = grade(*report.totals.computed_score, profile)) report.grade = std::string(*g);
    if (options.verify_fixes) {
        // A fix is offered only if the sheet is better with it written.
        std::vector<Finding*> fixable;
        for (auto& f : report.findings)
            if (f.fix && f.cell) fixable.push_back(&f);
        if (fixable.size() * (form->indicators.size() + 1) <= options.verify_budget)
            for (Finding* f : fixable)
                if (plan_fix(grid, report, *f, profile).empty()) f->fix.reset();
    }
    return report;
}

SheetReport sheet_too_large(const std::string& sheet, long long cells, long long limit) {
    SheetReport report;
    report.sheet = sheet;
    report.findings.push_back(
        sheet_finding("sheet-too-large", sheet,
                      Message(MessageId::sheet_too_large,
                              {arg("cells", std::to_string(cells)), arg("limit", std::to_string(limit))})));
    report.warnings = 1;
    return report;
}

}  // namespace perfeval
