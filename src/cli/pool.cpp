#include "pool.hpp"

#include <algorithm>
#include <iostream>
#include <stdexcept>

#include <com/sun/star/uno/Exception.hpp>

#include "core/report/render.hpp"
#include "uno/convert.hpp"

namespace perfeval::cli {

Pool::Pool(const Options& options, const std::vector<Input>& inputs) : inputs_(inputs), results_(inputs.size()) {
    const int jobs = std::max(1, std::min({options.jobs, static_cast<int>(inputs.size()), Batch::kMaxSlots}));
    batches_.resize(static_cast<size_t>(jobs));
    for (int slot = 0; slot < jobs; ++slot) workers_.emplace_back([this, &options, slot] { work(options, slot); });
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return started_ + failed_ == jobs; });
    if (started_ == 0) {
        lock.unlock();
        join();
        throw std::runtime_error(setup_error_);
    }
    if (failed_ > 0)
        std::cerr << "perfeval-check: "
                  << perfeval::text(
                         MessageId::cli_fewer_offices, perfeval::lang_from_tag(options.lang),
                         {perfeval::arg("started", std::to_string(started_)),
                          perfeval::arg("jobs", std::to_string(jobs)), perfeval::arg("reason", setup_error_)})
                  << "\n";
}

Pool::~Pool() { join(); }

FileResult Pool::take(size_t i) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return results_[i].has_value(); });
    return std::move(*results_[i]);
}

Batch& Pool::idle_office() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return idle_ == started_; });
    for (auto& b : batches_)
        if (b) return *b;
    throw std::logic_error("no office");
}

void Pool::setup_failed(const std::string& why) {
    std::lock_guard lock(mutex_);
    if (setup_error_.empty()) setup_error_ = why;
    ++failed_;
    changed_.notify_all();
}

void Pool::work(const Options& options, int slot) {
    std::unique_ptr<Batch> batch;
    try {
        batch = std::make_unique<Batch>(options, slot);
    } catch (const std::exception& e) {
        return setup_failed(e.what());
    } catch (const com::sun::star::uno::Exception& e) {
        return setup_failed(perfeval::uno::to_utf8(e.Message));
    }
    {
        std::lock_guard lock(mutex_);
        ++started_;
        changed_.notify_all();
    }
    for (;;) {
        size_t i;
        {
            std::lock_guard lock(mutex_);
            if (next_ >= inputs_.size()) break;
            i = next_++;
        }
        // A file whose office could not even be restarted is that file's
        // result; the next file tries again.
        std::optional<FileResult> r;
        try {
            r = batch->check(inputs_[i]);
        } catch (const std::exception& e) {
            r = FileResult::not_checked(inputs_[i].path, "crashed", e.what());
        } catch (const com::sun::star::uno::Exception& e) {
            r = FileResult::not_checked(inputs_[i].path, "crashed", perfeval::uno::to_utf8(e.Message));
        }
        std::lock_guard lock(mutex_);
        results_[i] = std::move(r);
        changed_.notify_all();
    }
    // Its office stays until the pool goes, for the summary.
    std::lock_guard lock(mutex_);
    batches_[static_cast<size_t>(slot)] = std::move(batch);
    ++idle_;
    changed_.notify_all();
}

void Pool::join() {
    for (auto& w : workers_)
        if (w.joinable()) w.join();
    std::vector<std::thread> quitting;
    for (auto& b : batches_)
        if (b) quitting.emplace_back([b = std::move(b)]() mutable { b.reset(); });
    for (auto& q : quitting) q.join();
}

}  // namespace perfeval::cli
