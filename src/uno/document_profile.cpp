#include "document_profile.hpp"

#include <map>
#include <mutex>

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <cppuhelper/weakref.hxx>

#include "convert.hpp"
#include "log.hpp"

namespace perfeval::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

constexpr const char* kProfileProperty = "PerfEvalProfile";  // a user-defined document property

// The session's choices. A document's address may be reused after it
// closes, so each entry remembers the document weakly and counts only while
// that very document lives.
struct Choice {
    css::uno::WeakReference<css::uno::XInterface> document;
    std::string profile;
};
std::mutex g_mutex;
std::map<css::uno::XInterface*, Choice> g_choices;

Reference<css::uno::XInterface> identity(const DocumentRef& doc) {
    return Reference<css::uno::XInterface>(doc, UNO_QUERY);
}

std::string session_choice(const DocumentRef& doc) {
    const auto id = identity(doc);
    std::lock_guard<std::mutex> lock(g_mutex);
    const auto it = g_choices.find(id.get());
    if (it == g_choices.end()) return "";
    if (Reference<css::uno::XInterface>(it->second.document) != id) {
        g_choices.erase(it);  // another document at a reused address
        return "";
    }
    return it->second.profile;
}

Reference<css::beans::XPropertySet> user_properties(const DocumentRef& doc) {
    const Reference<css::document::XDocumentPropertiesSupplier> supplier(doc, UNO_QUERY);
    if (!supplier.is()) return nullptr;
    return Reference<css::beans::XPropertySet>(supplier->getDocumentProperties()->getUserDefinedProperties(),
                                               UNO_QUERY);
}

std::string stored_profile(const DocumentRef& doc) {
    try {
        const auto props = user_properties(doc);
        OUString name;
        if (props.is() && props->getPropertySetInfo()->hasPropertyByName(OUString::createFromAscii(kProfileProperty)))
            props->getPropertyValue(OUString::createFromAscii(kProfileProperty)) >>= name;
        return to_utf8(name);
    } catch (const css::uno::Exception& e) {
        PERFEVAL_INFO("the document's profile is unreadable, the default applies: " << to_utf8(e.Message));
        return "";
    }
}

}  // namespace

const Profile& document_profile(const DocumentRef& doc) {
    std::string name = session_choice(doc);
    if (name.empty()) name = stored_profile(doc);  // chosen in an earlier session
    const Profile* p = name.empty() ? nullptr : find_profile(name);
    return p ? *p : default_profile();
}

void set_document_profile(const DocumentRef& doc, const std::string& name) {
    {
        const auto id = identity(doc);
        std::lock_guard<std::mutex> lock(g_mutex);
        g_choices[id.get()] = Choice{css::uno::WeakReference<css::uno::XInterface>(id), name};
    }
    if (is_read_only(doc)) return;
    try {
        const auto props = user_properties(doc);
        if (!props.is()) return;
        const OUString key = OUString::createFromAscii(kProfileProperty);
        if (props->getPropertySetInfo()->hasPropertyByName(key)) {
            props->setPropertyValue(key, css::uno::Any(from_utf8(name)));
        } else {
            Reference<css::beans::XPropertyContainer>(props, UNO_QUERY_THROW)
                ->addProperty(key, css::beans::PropertyAttribute::REMOVABLE, css::uno::Any(from_utf8(name)));
        }
    } catch (const css::uno::Exception& e) {
        // The choice still holds for this session.
        PERFEVAL_WARN("the profile " << name << " is not kept in the document: " << to_utf8(e.Message));
    }
}

}  // namespace perfeval::uno
