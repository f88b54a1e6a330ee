// Runs an action on the office's main thread once changes have paused:
// poke() at every change, and the action runs `delay` after the last one.
// Change events arrive while the office holds its lock and in bursts (a
// paste, Fix all, typing), so the action never runs inside one, and a burst
// costs one run. A SettleTimer of our own waits (stopped and joined by
// cancel(), the destructor or the office's termination); AsyncCallback
// brings the run to the main thread, where documents and windows may be
// touched.
#pragma once

#include <chrono>
#include <functional>
#include <memory>

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "../termination.hpp"
#include "settle_timer.hpp"

namespace perfeval::uno {

class Debounce : private Haltable {
public:
    Debounce(const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context,
             std::chrono::milliseconds delay, std::function<void()> action);
    ~Debounce();  // cancels: the action never runs after it, the timer's thread is joined
    Debounce(const Debounce&) = delete;
    Debounce& operator=(const Debounce&) = delete;

    void poke();    // any thread
    void stop();    // a pending run does not happen; a later poke starts again
    void cancel();  // stop for good: the action is dropped, the thread joined

    struct Shared;  // what a run posted to the main thread still finds after cancel()

private:
    void halt() noexcept override;

    std::shared_ptr<Shared> shared_;
    SettleTimer timer_;
};

}  // namespace perfeval::uno
