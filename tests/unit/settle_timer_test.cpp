// The panel's re-check timer (src/uno/sidebar/settle_timer.hpp, plain C++):
// a burst of changes fires once, after it has settled; stopped, it does not
// fire; halted or destroyed, its thread is gone — the office can exit.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>
#include <vector>

#include "uno/sidebar/settle_timer.hpp"

namespace perfeval::uno {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

int threads_of_this_process() {
    int n = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator("/proc/self/task")) ++n;
    return n;
}

struct Fires {
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<Clock::time_point> at;

    void fired() {
        {
            const std::lock_guard<std::mutex> lock(mutex);
            at.push_back(Clock::now());
        }
        changed.notify_all();
    }
    // Waits (with a deadline, never a fixed sleep) until `n` fires happened.
    bool wait_for(size_t n, std::chrono::seconds deadline = 20s) {
        std::unique_lock<std::mutex> lock(mutex);
        return changed.wait_for(lock, deadline, [&] { return at.size() >= n; });
    }
};

TEST(SettleTimer, ABurstFiresOnlyOnceItHasSettled) {
    Fires fires;
    SettleTimer timer(100ms, [&] { fires.fired(); });
    Clock::time_point last_poke;
    for (int i = 0; i < 50; ++i) {
        last_poke = Clock::now();
        timer.poke();
    }
    ASSERT_TRUE(fires.wait_for(1));
    timer.halt();  // no fire after this
    const std::lock_guard<std::mutex> lock(fires.mutex);
    // Each fire comes a full delay after the last poke before it; the last
    // fire comes after the last poke (a loaded machine may split the burst).
    for (const auto& at : fires.at) EXPECT_GE(at - last_poke, 100ms) << "fired before the burst settled";
    EXPECT_LE(fires.at.size(), 50u);
}

TEST(SettleTimer, AStoppedTimerDoesNotFireAndAPokeArmsItAgain) {
    Fires fires;
    SettleTimer timer(10s, [&] { fires.fired(); });
    timer.poke();
    timer.stop();
    timer.halt();
    EXPECT_TRUE(fires.at.empty());

    SettleTimer again(50ms, [&] { fires.fired(); });
    again.poke();
    again.stop();
    again.poke();
    EXPECT_TRUE(fires.wait_for(1)) << "a poke after stop arms it again";
}

TEST(SettleTimer, HaltJoinsItsThreadAtOnceAndLaterPokesDoNothing) {
    const int before = threads_of_this_process();
    std::atomic<int> fired{0};
    {
        SettleTimer timer(1h, [&] { ++fired; });
        timer.poke();  // its thread now waits for an hour
        EXPECT_EQ(threads_of_this_process(), before + 1);
        const auto start = Clock::now();
        timer.halt();
        EXPECT_LT(Clock::now() - start, 1h) << "halt did not wait for the delay";
        EXPECT_EQ(threads_of_this_process(), before) << "the timer's thread is joined";
        timer.poke();
        EXPECT_EQ(threads_of_this_process(), before) << "no thread after halt";
    }
    {
        SettleTimer destroyed(1h, [&] { ++fired; });
        destroyed.poke();
    }
    EXPECT_EQ(threads_of_this_process(), before) << "the destructor joins too";
    EXPECT_EQ(fired.load(), 0);
}

TEST(SettleTimer, NoThreadUntilTheFirstPoke) {
    const int before = threads_of_this_process();
    SettleTimer timer(1h, [] {});
    EXPECT_EQ(threads_of_this_process(), before);
}

TEST(SettleTimer, PokesFromManyThreadsAndAHaltInTheMiddleEndCleanly) {
    std::atomic<int> fired{0};
    std::atomic<int> pokes{0};
    SettleTimer timer(1ms, [&] { ++fired; });
    std::vector<std::thread> pokers;
    for (int t = 0; t < 4; ++t)
        pokers.emplace_back([&] {
            for (int i = 0; i < 20000; ++i) {
                timer.poke();
                ++pokes;
                if (i % 100 == 0) std::this_thread::sleep_for(2ms);  // pauses: some fires happen
            }
        });
    const auto deadline = Clock::now() + 20s;
    while (pokes < 2000 && Clock::now() < deadline) std::this_thread::yield();
    timer.halt();  // while the others still poke
    const int after_halt = fired;
    for (auto& p : pokers) p.join();
    EXPECT_EQ(fired.load(), after_halt) << "a fire after halt";
}

}  // namespace
}  // namespace perfeval::uno
