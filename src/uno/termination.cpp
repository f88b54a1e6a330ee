#include "termination.hpp"

#include <mutex>
#include <set>

#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XTerminateListener.hpp>
#include <cppuhelper/implbase1.hxx>

#include "log.hpp"

namespace perfeval::uno {

namespace css = com::sun::star;

namespace {

struct Registry {
    std::mutex mutex;  // held while halting, so that forget() waits for a halt under way
    std::set<Haltable*> items;
    bool listening = false;
    bool terminated = false;
};

Registry& registry() {
    static Registry r;
    return r;
}

class TerminateListener : public cppu::WeakImplHelper1<css::frame::XTerminateListener> {
public:
    void SAL_CALL queryTermination(const css::lang::EventObject&) override {}  // never vetoes
    void SAL_CALL notifyTermination(const css::lang::EventObject& event) override {
        Registry& r = registry();
        {
            const std::lock_guard<std::mutex> lock(r.mutex);
            r.terminated = true;
            PERFEVAL_INFO("office terminates: halting " << r.items.size() << " timer(s)");
            for (Haltable* h : r.items) h->halt();
            r.items.clear();
        }
        // The Desktop drops its listeners as it goes; say goodbye anyway.
        try {
            const css::uno::Reference<css::frame::XDesktop> desktop(event.Source, css::uno::UNO_QUERY);
            if (desktop.is()) desktop->removeTerminateListener(this);
        } catch (...) {
            PERFEVAL_INFO("terminate listener not removed: " << caught());
        }
    }
    void SAL_CALL disposing(const css::lang::EventObject&) override {}
};

}  // namespace

void halt_at_termination(const css::uno::Reference<css::uno::XComponentContext>& context, Haltable* h) {
    Registry& r = registry();
    const std::lock_guard<std::mutex> lock(r.mutex);
    if (r.terminated) {
        h->halt();
        return;
    }
    r.items.insert(h);
    if (r.listening) return;
    try {
        css::frame::Desktop::create(context)->addTerminateListener(new TerminateListener);
        r.listening = true;
    } catch (...) {
        PERFEVAL_WARN("cannot listen for the office's termination: " << caught());
    }
}

void forget_at_termination(Haltable* h) {
    Registry& r = registry();
    const std::lock_guard<std::mutex> lock(r.mutex);
    r.items.erase(h);
}

}  // namespace perfeval::uno
