#include "report_idl.hpp"

#include "convert.hpp"

namespace perfeval::uno {

namespace css = com::sun::star;
using rtl::OUString;

namespace {

std::optional<double> optional_of(sal_Bool has, double value) {
    return has ? std::optional<double>(value) : std::nullopt;
}

Severity severity_of(const std::string& id) {
    return id == "error" ? Severity::error : id == "warning" ? Severity::warning : Severity::notice;
}

}  // namespace

org::perfeval::SheetReport to_idl(const SheetReport& report, Lang lang) {
    const SheetText r = render_sheet(report, lang);
    org::perfeval::SheetReport out;
    out.Sheet = from_utf8(r.sheet);
    out.HasForm = r.has_form;
    out.Kind = r.has_form ? from_utf8(kind_id(r.kind)) : OUString();
    out.Template = from_utf8(r.family);
    out.Range = from_utf8(r.range);
    out.UnitName = from_utf8(r.unit_name);
    out.Errors = r.errors;
    out.Warnings = r.warnings;
    out.Notices = r.notices;
    out.HasTotalWeight = r.totals.stated_weight.has_value();
    out.TotalWeight = r.totals.stated_weight.value_or(0);
    out.HasTotalScore = r.totals.stated_score.has_value();
    out.TotalScore = r.totals.stated_score.value_or(0);
    out.HasComputedScore = r.totals.computed_score.has_value();
    out.ComputedScore = r.totals.computed_score.value_or(0);
    out.Grade = from_utf8(r.grade);
    const Coverage& c = r.coverage;
    out.Coverage = org::perfeval::FormCoverage(from_utf8(coverage_status(c)), c.budget, c.rate, c.exec_score,
                                               c.fund_rows, c.indicator_table, c.indicators, c.checked, c.qualitative,
                                               from_utf8(total_place_id(c.total)), c.total_checked);
    out.Findings.realloc(static_cast<sal_Int32>(r.findings.size()));
    auto* f = out.Findings.getArray();
    for (const auto& finding : r.findings) {
        f->Rule = from_utf8(finding.rule);
        f->Severity = from_utf8(severity_id(finding.severity));
        f->Sheet = from_utf8(finding.sheet);
        f->Cell = from_utf8(finding.cell);
        f->Message = from_utf8(finding.message);
        f->Brief = from_utf8(finding.brief);
        f->Expected = from_utf8(finding.expected);
        f->Actual = from_utf8(finding.actual);
        f->Fixable = finding.fix.has_value();
        f->FixValue = finding.fix.value_or(0);
        ++f;
    }
    return out;
}

css::uno::Sequence<org::perfeval::SheetReport> to_idl(const std::vector<SheetReport>& reports, Lang lang) {
    css::uno::Sequence<org::perfeval::SheetReport> out(static_cast<sal_Int32>(reports.size()));
    auto* r = out.getArray();
    for (const auto& report : reports) *r++ = to_idl(report, lang);
    return out;
}

SheetText from_idl(const org::perfeval::SheetReport& r, Lang lang) {
    SheetText out;
    out.sheet = to_utf8(r.Sheet);
    out.has_form = r.HasForm;
    out.kind = to_utf8(r.Kind) == kind_id(FormKind::project) ? FormKind::project : FormKind::department;
    out.family = to_utf8(r.Template);
    out.range = to_utf8(r.Range);
    out.unit_name = to_utf8(r.UnitName);
    out.errors = r.Errors;
    out.warnings = r.Warnings;
    out.notices = r.Notices;
    out.totals.stated_weight = optional_of(r.HasTotalWeight, r.TotalWeight);
    out.totals.stated_score = optional_of(r.HasTotalScore, r.TotalScore);
    out.totals.computed_score = optional_of(r.HasComputedScore, r.ComputedScore);
    out.grade = to_utf8(r.Grade);
    const auto& c = r.Coverage;
    out.coverage = Coverage{static_cast<bool>(c.Budget),
                            static_cast<bool>(c.Rate),
                            static_cast<bool>(c.ExecScore),
                            c.FundRows,
                            static_cast<bool>(c.IndicatorTable),
                            c.Indicators,
                            c.Checked,
                            c.Qualitative,
                            total_place(to_utf8(c.Total)),
                            static_cast<bool>(c.TotalChecked)};
    for (const auto& f : r.Findings) {
        const std::string rule = to_utf8(f.Rule);
        out.findings.push_back(FindingText{rule,
                                           rule_title(rule, lang),
                                           severity_of(to_utf8(f.Severity)),
                                           to_utf8(f.Sheet),
                                           to_utf8(f.Cell),
                                           to_utf8(f.Message),
                                           to_utf8(f.Brief),
                                           to_utf8(f.Expected),
                                           to_utf8(f.Actual),
                                           optional_of(f.Fixable, f.FixValue),
                                           {}});
    }
    return out;
}

}  // namespace perfeval::uno
