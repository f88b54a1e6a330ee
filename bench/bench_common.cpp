#include "bench_common.hpp"

#include <fstream>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

#include "uno/convert.hpp"

namespace perfeval::bench {

namespace css = com::sun::star;
using css::uno::Reference;
using rtl::OUString;

std::string office_version(const Reference<css::uno::XComponentContext>& context) {
    using perfeval::uno::to_utf8;
    try {
        const auto provider = css::configuration::theDefaultProvider::get(context);
        css::uno::Sequence<css::uno::Any> args(1);
        args[0] <<= css::beans::NamedValue("nodepath", css::uno::Any(OUString("/org.openoffice.Setup/Product")));
        const Reference<css::container::XNameAccess> product(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", args),
            css::uno::UNO_QUERY_THROW);
        OUString name, version;
        product->getByName("ooName") >>= name;
        product->getByName("ooSetupVersionAboutBox") >>= version;
        return to_utf8(name) + " " + to_utf8(version);
    } catch (const css::uno::Exception&) {
        return "LibreOffice (version unknown)";
    }
}

std::string first_line_of(const char* path, const std::string& key) {
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line))
        if (key.empty() || line.rfind(key, 0) == 0) {
            if (!key.empty()) {
                const auto colon = line.find(':');
                if (colon != std::string::npos) line = line.substr(colon + 2);
            }
            return line;
        }
    return "?";
}

}  // namespace perfeval::bench
