#include "ui_language.hpp"

#include <cstdlib>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

#include "convert.hpp"
#include "log.hpp"

namespace perfeval::uno {

namespace css = com::sun::star;

namespace {

std::string configured_ui_locale(const css::uno::Reference<css::uno::XComponentContext>& context) {
    try {
        const auto provider = css::configuration::theDefaultProvider::get(context);
        css::beans::PropertyValue path;
        path.Name = "nodepath";
        path.Value <<= rtl::OUString("/org.openoffice.Setup/L10N");
        css::uno::Sequence<css::uno::Any> args(1);
        args[0] <<= path;
        const css::uno::Reference<css::container::XNameAccess> node(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", args),
            css::uno::UNO_QUERY_THROW);
        rtl::OUString locale;
        node->getByName("ooLocale") >>= locale;
        return to_utf8(locale);
    } catch (const css::uno::Exception& e) {
        PERFEVAL_INFO("the UI language is unreadable, the environment's applies: " << to_utf8(e.Message));
        return "";
    }
}

}  // namespace

Lang resolve_lang(const std::string& requested, const css::uno::Reference<css::uno::XComponentContext>& context) {
    if (!requested.empty()) return lang_from_tag(requested);
    std::string locale = context.is() ? configured_ui_locale(context) : "";
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        if (!locale.empty()) break;
        if (const char* v = std::getenv(var)) locale = v;
    }
    return lang_from_tag(locale);
}

}  // namespace perfeval::uno
