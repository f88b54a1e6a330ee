#include "debounce.hpp"

#include <mutex>

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <cppuhelper/implbase1.hxx>
#include <salhelper/timer.hxx>

namespace perfeval::uno {

namespace css = com::sun::star;
using Clock = std::chrono::steady_clock;

// Runs on the main thread, posted by the timer.
class DebounceCallback : public cppu::WeakImplHelper1<css::awt::XCallback> {
public:
    DebounceCallback(std::chrono::milliseconds delay, std::function<void()> action)
        : delay_(delay), action_(std::move(action)) {}

    void poked() {
        const std::lock_guard<std::mutex> lock(mutex_);
        last_poke_ = Clock::now();
        pending_ = true;
    }
    void stop() {
        const std::lock_guard<std::mutex> lock(mutex_);
        pending_ = false;
    }
    void cancel() {
        const std::lock_guard<std::mutex> lock(mutex_);
        action_ = nullptr;
    }

    void SAL_CALL notify(const css::uno::Any&) override {
        std::function<void()> action;
        {
            const std::lock_guard<std::mutex> lock(mutex_);
            // A poke after the timer fired restarted it: that shot will come.
            if (!action_ || !pending_ || Clock::now() - last_poke_ < delay_ - std::chrono::milliseconds(20)) return;
            pending_ = false;
            action = action_;
        }
        action();
    }

private:
    const std::chrono::milliseconds delay_;
    std::mutex mutex_;
    std::function<void()> action_;
    Clock::time_point last_poke_;
    bool pending_ = false;  // poked since the last run or stop
};

// Fires on salhelper's timer thread, where nothing of the office may be
// touched: it only asks the main thread to run the callback.
class DebounceTimer : public salhelper::Timer {
public:
    DebounceTimer(css::uno::Reference<css::awt::XRequestCallback> request, rtl::Reference<DebounceCallback> callback)
        : request_(std::move(request)), callback_(std::move(callback)) {}

    void SAL_CALL onShot() override {
        try {
            request_->addCallback(css::uno::Reference<css::awt::XCallback>(callback_.get()), css::uno::Any());
        } catch (const css::uno::Exception&) {
            // the office is going away: nothing to refresh
        }
    }

private:
    css::uno::Reference<css::awt::XRequestCallback> request_;
    rtl::Reference<DebounceCallback> callback_;
};

Debounce::Debounce(const css::uno::Reference<css::uno::XComponentContext>& context, std::chrono::milliseconds delay,
                   std::function<void()> action)
    : delay_(delay),
      callback_(new DebounceCallback(delay, std::move(action))),
      timer_(new DebounceTimer(css::awt::AsyncCallback::create(context), callback_)) {}

Debounce::~Debounce() { cancel(); }

void Debounce::poke() {
    callback_->poked();
    timer_->stop();
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(delay_).count();
    timer_->setRemainingTime(
        salhelper::TTimeValue(static_cast<sal_uInt32>(ns / 1000000000), static_cast<sal_uInt32>(ns % 1000000000)));
    timer_->start();
}

void Debounce::stop() {
    callback_->stop();
    timer_->stop();
}

void Debounce::cancel() {
    callback_->cancel();
    timer_->stop();
}

}  // namespace perfeval::uno
