#include "close_document.hpp"

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include "convert.hpp"
#include "log.hpp"

namespace perfeval::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

void close_without_asking(const Reference<css::uno::XInterface>& document) {
    if (!document.is()) return;
    try {
        Reference<css::util::XCloseable>(document, UNO_QUERY_THROW)->close(true);
    } catch (const css::uno::Exception& e) {
        PERFEVAL_INFO("close refused (" << to_utf8(e.Message) << "): disposing the document");
        try {
            Reference<css::lang::XComponent>(document, UNO_QUERY_THROW)->dispose();
        } catch (const css::uno::Exception& gone) {
            PERFEVAL_WARN("a document could be neither closed nor disposed: " << to_utf8(gone.Message));
        }
    }
}

}  // namespace perfeval::uno
