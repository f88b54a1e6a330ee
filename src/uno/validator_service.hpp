// org.perfeval.Validator: checks a document or a sheet and returns the
// findings as IDL structs. Read-only: it never touches the document.
#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/perfeval/XValidator.hpp>

#include "core/lang.hpp"
#include "core/scoring/profile.hpp"

namespace perfeval::uno {

namespace css = com::sun::star;

class ValidatorService : public cppu::WeakImplHelper2<org::perfeval::XValidator, css::lang::XServiceInfo> {
public:
    static constexpr const char* kImplementationName = "org.perfeval.ValidatorImpl";
    static constexpr const char* kServiceName = "org.perfeval.Validator";
    static css::uno::Sequence<rtl::OUString> supported_services();

    explicit ValidatorService(css::uno::Reference<css::uno::XComponentContext> context)
        : context_(std::move(context)) {}

    css::uno::Sequence<org::perfeval::SheetReport> SAL_CALL
    checkDocument(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const rtl::OUString& profile,
                  const rtl::OUString& language) override;
    org::perfeval::SheetReport SAL_CALL checkSheet(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                                                   const rtl::OUString& profile,
                                                   const rtl::OUString& language) override;
    rtl::OUString SAL_CALL explainDocument(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                                           const rtl::OUString& language) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getProfileNames() override;

    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
};

// Profile by name ("" = default), or IllegalArgumentException.
const Profile& profile_or_throw(const std::string& name, Lang lang);

}  // namespace perfeval::uno
