#include "checked_documents.hpp"

#include <atomic>
#include <memory>
#include <mutex>

#include <cppuhelper/weakref.hxx>

namespace perfeval::uno {

namespace {

struct Subscription {
    int ticket;
    css::uno::WeakReference<css::uno::XInterface> doc;  // the model's identity; never kept alive here
    std::shared_ptr<CheckedListener> listener;
};

std::mutex g_mutex;
std::vector<Subscription> g_subscriptions;
int g_next_ticket = 1;

css::uno::Reference<css::uno::XInterface> identity(const DocumentRef& doc) {
    return css::uno::Reference<css::uno::XInterface>(doc, css::uno::UNO_QUERY);
}

std::atomic<std::uint64_t> g_check_number{0};

}  // namespace

std::uint64_t next_check_number() { return ++g_check_number; }

int subscribe_checked(const DocumentRef& doc, CheckedListener listener) {
    const std::lock_guard<std::mutex> lock(g_mutex);
    g_subscriptions.push_back({g_next_ticket, identity(doc), std::make_shared<CheckedListener>(std::move(listener))});
    return g_next_ticket++;
}

void unsubscribe_checked(int ticket) {
    const std::lock_guard<std::mutex> lock(g_mutex);
    std::erase_if(g_subscriptions, [&](const Subscription& s) { return s.ticket == ticket; });
}

void publish_checked(const DocumentRef& doc, const Checked& checked) {
    std::vector<std::shared_ptr<CheckedListener>> listeners;
    {
        const std::lock_guard<std::mutex> lock(g_mutex);
        const auto id = identity(doc);
        for (const auto& s : g_subscriptions)
            if (css::uno::Reference<css::uno::XInterface>(s.doc) == id) listeners.push_back(s.listener);
    }
    // Outside the lock: a listener may subscribe or unsubscribe.
    for (const auto& l : listeners) (*l)(checked);
}

}  // namespace perfeval::uno
