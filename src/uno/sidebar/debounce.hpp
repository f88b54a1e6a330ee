// Runs an action on the office's main thread once changes have paused:
// poke() at every change, and the action runs `delay` after the last one.
// Change events arrive while the office holds its lock and in bursts (a
// paste, Fix all, typing), so the action never runs inside one, and a burst
// costs one run. A salhelper::Timer waits; AsyncCallback brings the run
// back to the main thread, where it is safe to touch documents and windows.
#pragma once

#include <chrono>
#include <functional>

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ref.hxx>

namespace perfeval::uno {

class DebounceTimer;
class DebounceCallback;

class Debounce {
public:
    Debounce(const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context,
             std::chrono::milliseconds delay, std::function<void()> action);
    ~Debounce();  // cancels: the action never runs after it
    Debounce(const Debounce&) = delete;
    Debounce& operator=(const Debounce&) = delete;

    void poke();    // main thread
    void stop();    // a pending run does not happen; a later poke starts again
    void cancel();  // stop for good

private:
    std::chrono::milliseconds delay_;
    rtl::Reference<DebounceCallback> callback_;
    rtl::Reference<DebounceTimer> timer_;
};

}  // namespace perfeval::uno
