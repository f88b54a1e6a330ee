// The batch's office, kept alive across a run: started on a profile of this
// run's own (the default one, locked, or a private copy when another run
// holds it), restarted when it dies or hangs. Each file gets a deadline; a
// file whose office died is tried once more in a fresh one.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <org/perfeval/SheetReport.hpp>

#include "inputs.hpp"
#include "options.hpp"

namespace perfeval::office {
class Office;
}

namespace perfeval::cli {

struct FileResult {
    std::string path;
    // ok, no-form, unreadable, encrypted, timeout, crashed, too-large
    std::string status = "ok";
    std::string message;
    int retried = 0;  // 1: the office died on it once, and a fresh one checked it
    std::vector<org::perfeval::SheetReport> sheets;

    // Read and checked (a file without a form is checked too).
    bool checked() const { return status == "ok" || status == "no-form"; }
};

class Batch {
public:
    explicit Batch(const Options& options);  // throws std::runtime_error when no office can start
    ~Batch();
    Batch(const Batch&) = delete;
    Batch& operator=(const Batch&) = delete;

    FileResult check(const Input& input);

    // The running office's process group (0: none), for a signal handler.
    static int office_group();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace perfeval::cli
