#include "validator_service.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <cppuhelper/supportsservice.hxx>

#include "boundary.hpp"
#include "convert.hpp"
#include "core/report/explain_text.hpp"
#include "document_check.hpp"
#include "document_profile.hpp"
#include "elementwise.hpp"
#include "report_idl.hpp"
#include "ui_language.hpp"

namespace perfeval::uno {

using rtl::OUString;

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
        return to_idl(check_document(document, p), lang);
    });
}

org::perfeval::SheetReport ValidatorService::checkSheet(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                                                        const OUString& profile, const OUString& language) {
    return at_boundary([&] {
        const Lang lang = resolve_lang(to_utf8(language), context_);
        if (!sheet.is()) reject(Problem::empty, lang);
        return to_idl(check_one_sheet(sheet, profile_or_throw(to_utf8(profile), lang)), lang);
    });
}

OUString ValidatorService::explainDocument(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                                           const OUString& language) {
    return at_boundary([&] {
        const Lang lang = resolve_lang(to_utf8(language), context_);
        if (!document.is()) reject(Problem::empty, lang);
        return from_utf8(explanations_json(explain_document(document), lang));
    });
}

css::uno::Sequence<OUString> ValidatorService::getProfileNames() {
    css::uno::Sequence<OUString> names(static_cast<sal_Int32>(profiles().size()));
    for (size_t i = 0; i < profiles().size(); ++i) names[static_cast<sal_Int32>(i)] = from_utf8(profiles()[i].name);
    return names;
}

OUString ValidatorService::getImplementationName() { return OUString::createFromAscii(kImplementationName); }

sal_Bool ValidatorService::supportsService(const OUString& name) { return cppu::supportsService(this, name); }

css::uno::Sequence<OUString> ValidatorService::getSupportedServiceNames() { return supported_services(); }

}  // namespace perfeval::uno
