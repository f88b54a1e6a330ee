// One office of the batch, kept alive across a run: started on a profile of
// this run's own (the default one, locked, or a private copy when another
// run holds it), restarted when it dies or hangs. Each file gets a deadline;
// a file whose office died is tried once more in a fresh one. With --jobs N
// there are N of these, each on a profile of its own (slot 0 on the given
// one, slot k on "<profile>-<k+1>"), each in a thread of its own.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <org/perfeval/SheetReport.hpp>

#include "core/report/summary.hpp"
#include "inputs.hpp"
#include "options.hpp"

namespace perfeval::office {
class Office;
}

namespace perfeval::cli {

struct FileResult {
    std::string path;
    std::string status = "ok";  // an id of core/report/statuses.hpp
    std::string message;
    int retried = 0;  // 1: the office died on it once, and a fresh one checked it
    std::vector<org::perfeval::SheetReport> sheets;
    std::string explanation;  // --explain: the office's JSON of what it found ({"sheets": […]})

    // Read and checked (a file without a form is checked too).
    bool checked() const { return perfeval::checked_status(status); }

    // A file that could not be checked, and why.
    static FileResult not_checked(std::string path, std::string status, std::string message, int retried = 0) {
        FileResult r;
        r.path = std::move(path);
        r.status = std::move(status);
        r.message = std::move(message);
        r.retried = retried;
        return r;
    }
};

class Batch {
public:
    static constexpr int kMaxSlots = 64;  // the most offices a run starts

    // Throws std::runtime_error when no office can start.
    Batch(const Options& options, int slot);
    ~Batch();
    Batch(const Batch&) = delete;
    Batch& operator=(const Batch&) = delete;

    FileResult check(const Input& input);

    // This batch's office, started when it is not running (e.g. to write
    // the summary workbook with).
    perfeval::office::Office& office();

    // Kills every running office's process group; async-signal-safe, for
    // a signal handler.
    static void kill_all_offices();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace perfeval::cli
