// The batch's offices side by side (--jobs N): N Batches, each on a thread
// of its own taking the next file not yet taken; the results are handed out
// in the order of the inputs, each as soon as it and those before it are
// done.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "batch.hpp"
#include "inputs.hpp"
#include "options.hpp"

namespace perfeval::cli {

class Pool {
public:
    // Starts min(--jobs, inputs) offices at once; throws std::runtime_error
    // when none starts. Fewer than asked: a warning on stderr, and the
    // others do the work.
    Pool(const Options& options, const std::vector<Input>& inputs);
    ~Pool();  // waits for the workers; the offices quit side by side
    Pool(const Pool&) = delete;
    Pool& operator=(const Pool&) = delete;

    // The result of input i, once it is done.
    FileResult take(size_t i);

    // An office done with its files (after the last one), to write the
    // summary with.
    Batch& idle_office();

private:
    void work(const Options& options, int slot);
    void setup_failed(const std::string& why);
    void join();

    const std::vector<Input>& inputs_;
    std::vector<std::optional<FileResult>> results_;
    std::vector<std::unique_ptr<Batch>> batches_;  // filled as each worker runs out of files
    std::vector<std::thread> workers_;
    std::mutex mutex_;
    std::condition_variable changed_;
    size_t next_ = 0;
    int started_ = 0, failed_ = 0, idle_ = 0;
    std::string setup_error_;
};

}  // namespace perfeval::cli
