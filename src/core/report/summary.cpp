#include "summary.hpp"

#include <algorithm>
#include <optional>
#include <string_view>
#include <utility>

#include "../decimal/format.hpp"
#include "../rules/finding.hpp"
#include "export.hpp"
#include "render.hpp"
#include "statuses.hpp"

namespace perfeval {
namespace {

using M = MessageId;

SummaryValue number(std::optional<double> v) { return v ? SummaryValue(*v) : SummaryValue(); }
SummaryValue number(int v) { return static_cast<double>(v); }

// Errors first: files that could not be checked, then forms with errors,
// with warnings, the rest.
int summary_rank(const CheckedFile& file, const SheetText* sheet) {
    if (!checked_status(file.status)) return 0;
    if (!sheet) return 3;
    if (sheet->errors > 0) return 1;
    if (sheet->warnings > 0) return 2;
    return 3;
}

int severity_rank(Severity s) {
    switch (s) {
        case Severity::error: return 0;
        case Severity::warning: return 1;
        default: return 2;
    }
}

// Sorts the rows by rank, keeping the input order within a rank.
void order(SummaryTable& table, const std::vector<int>& ranks) {
    std::vector<size_t> index(table.rows.size());
    for (size_t i = 0; i < index.size(); ++i) index[i] = i;
    std::stable_sort(index.begin(), index.end(), [&](size_t a, size_t b) { return ranks[a] < ranks[b]; });
    std::vector<std::vector<SummaryValue>> rows;
    rows.reserve(index.size());
    for (size_t i : index) rows.push_back(std::move(table.rows[i]));
    table.rows = std::move(rows);
}

}  // namespace

BatchSummary batch_summary(const std::vector<CheckedFile>& files, Lang lang) {
    auto t = [lang](M id) { return text(id, lang); };
    BatchSummary out;
    out.forms.name = t(M::summary_sheet_forms);
    out.forms.header = {t(M::report_file),         t(M::column_sheet),          t(M::column_unit),
                        t(M::column_template),     t(M::column_kind),           t(M::column_status),
                        t(M::column_errors),       t(M::column_warnings),       t(M::column_notices),
                        t(M::column_stated_total), t(M::column_computed_total), t(M::column_grade),
                        t(M::column_coverage),     t(M::column_message)};
    out.findings.name = t(M::summary_sheet_findings);
    out.findings.header = {t(M::report_file),     t(M::column_sheet),    t(M::column_cell),
                           t(M::column_severity), t(M::column_rule),     t(M::column_rule_id),
                           t(M::column_message),  t(M::column_expected), t(M::column_actual)};
    std::vector<int> form_ranks, finding_ranks;
    for (const auto& file : files) {
        const std::string status = status_label(file.status, lang);
        bool any_form = false;
        for (const auto& s : file.sheets) {
            if (!s.has_form) continue;
            any_form = true;
            // A form read in part says so on its own row, whatever the others.
            const std::string form_status = file.status == "ok" || file.status == "partial"
                                                ? status_label(s.coverage.partial() ? "partial" : "ok", lang)
                                                : status;
            out.forms.rows.push_back({file.path, s.sheet, s.unit_name, form_label(s, lang),
                                      t(s.kind == FormKind::project ? M::kind_project : M::kind_department),
                                      form_status, number(s.errors), number(s.warnings), number(s.notices),
                                      number(s.totals.stated_score), number(s.totals.computed_score),
                                      grade_label(s.grade, lang), coverage_text(s.coverage, lang), std::string()});
            form_ranks.push_back(summary_rank(file, &s));
            for (const auto& f : s.findings) {
                out.findings.rows.push_back({file.path, s.sheet, f.cell, severity_label(f.severity, lang), f.rule_title,
                                             f.rule, f.message, f.expected, f.actual});
                finding_ranks.push_back(severity_rank(f.severity));
            }
        }
        if (!any_form) {  // not checked, or no form in it: one row that says so
            std::vector<SummaryValue> row(out.forms.header.size());
            row[0] = file.path;
            row[5] = status;
            row.back() = file.message;
            out.forms.rows.push_back(std::move(row));
            form_ranks.push_back(summary_rank(file, nullptr));
        }
    }
    order(out.forms, form_ranks);
    order(out.findings, finding_ranks);
    return out;
}

std::string summary_csv(const SummaryTable& table) {
    std::string c(kUtf8Bom);
    c += csv_record(table.header);
    std::vector<std::string> fields;
    for (const auto& row : table.rows) {
        fields.clear();
        for (const auto& v : row) {
            if (const auto* d = std::get_if<double>(&v))
                fields.push_back(format_number(*d));
            else if (const auto* s = std::get_if<std::string>(&v))
                fields.push_back(*s);
            else
                fields.emplace_back();
        }
        c += csv_record(fields);
    }
    return c;
}

}  // namespace perfeval
