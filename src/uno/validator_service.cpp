#include "validator_service.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <cppuhelper/supportsservice.hxx>

#include "convert.hpp"
#include "elementwise.hpp"
#include "boundary.hpp"
#include "document_actions.hpp"
#include "ui_language.hpp"

namespace perfeval::uno {

using rtl::OUString;

org::perfeval::SheetReport to_idl(const SheetReport& r) {
    org::perfeval::SheetReport out;
    out.Sheet = from_utf8(r.sheet);
    out.HasForm = r.has_form;
    out.Kind = r.has_form ? from_utf8(kind_id(r.kind)) : OUString();
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
    out.Findings.realloc(static_cast<sal_Int32>(r.findings.size()));
    auto* f = out.Findings.getArray();
    for (const auto& finding : r.findings) {
        f->Rule = from_utf8(finding.rule);
        f->Severity = from_utf8(severity_id(finding.severity));
        f->Sheet = from_utf8(finding.sheet);
        f->Cell = finding.cell ? from_utf8(to_a1(*finding.cell)) : OUString();
        f->Message = from_utf8(finding.message);
        f->Expected = from_utf8(finding.expected);
        f->Actual = from_utf8(finding.actual);
        f->Fixable = finding.fix.has_value();
        f->FixValue = finding.fix.value_or(0);
        ++f;
    }
    return out;
}

css::uno::Sequence<org::perfeval::SheetReport> to_idl(const std::vector<SheetReport>& reports) {
    css::uno::Sequence<org::perfeval::SheetReport> out(static_cast<sal_Int32>(reports.size()));
    for (size_t i = 0; i < reports.size(); ++i) out[static_cast<sal_Int32>(i)] = to_idl(reports[i]);
    return out;
}

const Profile& profile_or_throw(const std::string& name, Lang lang) {
    if (name.empty()) return default_profile();
    const Profile* p = find_profile(name);
    if (!p) reject(Problem::unknown_profile, lang);
    return *p;
}

css::uno::Sequence<OUString> ValidatorService::supported_services() {
    css::uno::Sequence<OUString> names(1);
    names[0] = OUString::createFromAscii(kServiceName);
    return names;
}

css::uno::Sequence<org::perfeval::SheetReport> ValidatorService::checkDocument(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const OUString& profile,
    const OUString& language) {
    return at_boundary([&] {
        const Lang lang = resolve_lang(to_utf8(language), context_);
        if (!document.is()) reject(Problem::empty, lang);
        // No profile asked for: the one the document's unit chose, else the default.
    const Profile& p = profile.isEmpty() ? document_profile(document) : profile_or_throw(to_utf8(profile), lang);
    return to_idl(check_document(document, p, lang));
    });
}

org::perfeval::SheetReport ValidatorService::checkSheet(
    const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const OUString& profile,
    const OUString& language) {
    return at_boundary([&] {
        const Lang lang = resolve_lang(to_utf8(language), context_);
        if (!sheet.is()) reject(Problem::empty, lang);
        return to_idl(check_one_sheet(sheet, profile_or_throw(to_utf8(profile), lang), lang));
    });
}

css::uno::Sequence<OUString> ValidatorService::getProfileNames() {
    css::uno::Sequence<OUString> names(static_cast<sal_Int32>(profiles().size()));
    for (size_t i = 0; i < profiles().size(); ++i) names[static_cast<sal_Int32>(i)] = from_utf8(profiles()[i].name);
    return names;
}

OUString ValidatorService::getImplementationName() {
    return OUString::createFromAscii(kImplementationName);
}

sal_Bool ValidatorService::supportsService(const OUString& name) {
    return cppu::supportsService(this, name);
}

css::uno::Sequence<OUString> ValidatorService::getSupportedServiceNames() {
    return supported_services();
}

}  // namespace perfeval::uno
