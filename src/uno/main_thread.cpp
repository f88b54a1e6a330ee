#include "main_thread.hpp"

#include <sys/syscall.h>
#include <unistd.h>

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <cppuhelper/implbase1.hxx>

#include "log.hpp"

namespace perfeval::uno {

namespace css = com::sun::star;

namespace {

// One posted piece of work; the event loop holds it until it has run.
class Posted : public cppu::WeakImplHelper1<css::awt::XCallback> {
public:
    explicit Posted(std::function<void()> work) : work_(std::move(work)) {}
    void SAL_CALL notify(const css::uno::Any&) override {
        auto work = std::move(work_);
        try {
            if (work) work();
        } catch (...) {
            PERFEVAL_WARN("work posted to the main thread failed: " << caught());
        }
    }

private:
    std::function<void()> work_;
};

}  // namespace

bool on_main_thread() { return static_cast<pid_t>(syscall(SYS_gettid)) == getpid(); }

void post_to_main_thread(const css::uno::Reference<css::uno::XComponentContext>& context, std::function<void()> work) {
    try {
        css::awt::AsyncCallback::create(context)->addCallback(new Posted(std::move(work)), css::uno::Any());
    } catch (...) {
        PERFEVAL_INFO("nothing posted to the main thread (the office is closing?): " << caught());
    }
}

}  // namespace perfeval::uno
