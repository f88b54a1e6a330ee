// A timer that fires once changes have settled: poke() at every change, and
// `fire` runs on the timer's own thread `delay` after the last poke; a burst
// of pokes fires once. Plain C++ (a thread and a condition variable), so that
// it can be stopped and joined: the thread starts at the first poke and
// halt() — or the destructor — stops it and waits for it, so nothing of the
// timer outlives it. (LibreOffice's salhelper::Timer cannot: its manager
// thread serves the whole process and, left waiting, kept the office from
// exiting.)
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace perfeval::uno {

class SettleTimer {
public:
    using Clock = std::chrono::steady_clock;

    SettleTimer(std::chrono::milliseconds delay, std::function<void()> fire) : delay_(delay), fire_(std::move(fire)) {}
    ~SettleTimer() { halt(); }
    SettleTimer(const SettleTimer&) = delete;
    SettleTimer& operator=(const SettleTimer&) = delete;

    // Arms the timer `delay` from now (again, if it was armed). Nothing after halt().
    void poke() {
        std::unique_lock<std::mutex> lock(mutex_);
        if (halted_) return;
        due_ = Clock::now() + delay_;
        if (!worker_.joinable()) worker_ = std::thread([this] { loop(); });
        lock.unlock();
        wake_.notify_one();
    }

    // Disarms it: a pending fire does not happen; a later poke arms it again.
    void stop() {
        const std::lock_guard<std::mutex> lock(mutex_);
        due_.reset();
    }

    // Disarms it for good and joins its thread; a fire under way finishes
    // first. Idempotent. Not from inside `fire`.
    void halt() {
        {
            const std::lock_guard<std::mutex> lock(mutex_);
            halted_ = true;
            due_.reset();
        }
        wake_.notify_one();
        const std::lock_guard<std::mutex> joining(join_mutex_);  // two halts: one joins
        if (worker_.joinable() && worker_.get_id() != std::this_thread::get_id()) worker_.join();
    }

private:
    void loop() {
        std::unique_lock<std::mutex> lock(mutex_);
        while (!halted_) {
            if (!due_) {
                wake_.wait(lock);
            } else if (Clock::now() < *due_) {
                wake_.wait_until(lock, *due_);
            } else {
                due_.reset();
                lock.unlock();
                fire_();  // outside the lock: a poke meanwhile arms the next fire
                lock.lock();
            }
        }
    }

    const std::chrono::milliseconds delay_;
    const std::function<void()> fire_;
    std::mutex mutex_;
    std::mutex join_mutex_;
    std::condition_variable wake_;
    std::optional<Clock::time_point> due_;
    bool halted_ = false;
    std::thread worker_;  // last: it starts after everything it uses
};

}  // namespace perfeval::uno
