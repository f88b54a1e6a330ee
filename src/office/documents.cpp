#include "documents.hpp"

#include <com/sun/star/task/PasswordRequest.hpp>
#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/task/XInteractionRequest.hpp>
#include <cppuhelper/implbase1.hxx>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XTypeDetection.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>

#include "uno/close_document.hpp"
#include "uno/convert.hpp"

namespace perfeval::office {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

// A batch asks nobody: each question is aborted; a password question is
// remembered, so the file can be reported as password-protected.
class AbortEverything : public cppu::WeakImplHelper1<css::task::XInteractionHandler> {
public:
    explicit AbortEverything(bool* password_asked) : password_asked_(password_asked) {}
    void SAL_CALL handle(const Reference<css::task::XInteractionRequest>& request) override {
        const css::uno::Any what = request->getRequest();
        if (what.isExtractableTo(cppu::UnoType<css::task::PasswordRequest>::get())) *password_asked_ = true;
        for (const auto& c : request->getContinuations())
            if (Reference<css::task::XInteractionAbort>(c, UNO_QUERY).is()) {
                c->select();
                return;
            }
    }

private:
    bool* password_asked_;
};

}  // namespace

css::uno::Reference<css::lang::XComponent> load(const Office& office, const std::string& url,
                                                const LoadOptions& options) {
    std::vector<css::beans::PropertyValue> props;
    auto add = [&](const char* name, css::uno::Any value) {
        css::beans::PropertyValue p;
        p.Name = rtl::OUString::createFromAscii(name);
        p.Value = std::move(value);
        props.push_back(p);
    };
    add("Hidden", css::uno::Any(options.hidden));
    add("ReadOnly", css::uno::Any(options.read_only));
    if (options.untrusted) {
        add("MacroExecutionMode", css::uno::Any(sal_Int16(0)));  // NEVER_EXECUTE
        add("UpdateDocMode", css::uno::Any(sal_Int16(0)));       // NO_UPDATE
    }
    if (!options.filter.empty()) add("FilterName", css::uno::Any(uno::from_utf8(options.filter)));
    if (!options.filter_options.empty()) add("FilterOptions", css::uno::Any(uno::from_utf8(options.filter_options)));
    if (options.password_asked)
        add("InteractionHandler",
            css::uno::Any(Reference<css::task::XInteractionHandler>(new AbortEverything(options.password_asked))));
    const Reference<css::frame::XComponentLoader> loader(office.desktop(), UNO_QUERY_THROW);
    return loader->loadComponentFromURL(
        uno::from_utf8(url), "_blank", 0,
        css::uno::Sequence<css::beans::PropertyValue>(props.data(), static_cast<sal_Int32>(props.size())));
}

void close(const Reference<css::uno::XInterface>& document) { uno::close_without_asking(document); }

Reference<css::sheet::XSpreadsheet> first_sheet(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    const Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    return Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(0), UNO_QUERY_THROW);
}

std::string detect_type(const Office& office, const std::string& url) {
    const auto ctx = office.context();
    const Reference<css::document::XTypeDetection> detection(
        ctx->getServiceManager()->createInstanceWithContext("com.sun.star.document.TypeDetection", ctx),
        UNO_QUERY_THROW);
    css::uno::Sequence<css::beans::PropertyValue> descriptor(1);
    descriptor.getArray()[0].Name = "URL";
    descriptor.getArray()[0].Value <<= perfeval::uno::from_utf8(url);
    return perfeval::uno::to_utf8(detection->queryTypeByDescriptor(descriptor, /*AllowDeep=*/true));
}

}  // namespace perfeval::office
