#include "debounce.hpp"

#include <atomic>
#include <mutex>

#include "../log.hpp"
#include "../main_thread.hpp"

namespace perfeval::uno {

namespace css = com::sun::star;

struct Debounce::Shared {
    css::uno::Reference<css::uno::XComponentContext> context;
    std::mutex mutex;
    std::function<void()> action;         // empty once cancelled
    std::atomic<std::uint64_t> armed{0};  // counts pokes and stops: a run for an older one is stale
};

Debounce::Debounce(const css::uno::Reference<css::uno::XComponentContext>& context, std::chrono::milliseconds delay,
                   std::function<void()> action)
    : shared_(std::make_shared<Shared>()),
      // On the timer's thread: only ask the main thread to run the action,
      // if no poke or stop came after the one that armed this fire.
      timer_(delay, [shared = shared_] {
          const std::uint64_t armed = shared->armed.load();
          post_to_main_thread(shared->context, [shared, armed] {
              std::function<void()> action;
              {
                  const std::lock_guard<std::mutex> lock(shared->mutex);
                  if (shared->armed.load() != armed) return;  // poked or stopped meanwhile
                  action = shared->action;                    // a copy: cancel() may drop the original while it runs
              }
              if (action) action();
          });
      }) {
    shared_->context = context;
    shared_->action = std::move(action);
    halt_at_termination(context, this);
}

Debounce::~Debounce() {
    forget_at_termination(this);
    cancel();
}

void Debounce::poke() {
    ++shared_->armed;
    timer_.poke();
}

void Debounce::stop() {
    ++shared_->armed;
    timer_.stop();
}

void Debounce::cancel() {
    {
        const std::lock_guard<std::mutex> lock(shared_->mutex);
        shared_->action = nullptr;  // and with it what the action holds
    }
    ++shared_->armed;
    timer_.halt();
}

void Debounce::halt() noexcept {
    try {
        cancel();
    } catch (...) {
        PERFEVAL_WARN("the re-check timer did not stop cleanly: " << caught());
    }
}

}  // namespace perfeval::uno
