// A web server on 127.0.0.1 that only counts who asks it: the proof that an
// office fetched, or did not fetch, content a file links to. It answers 404
// and closes; its thread is joined by the destructor.
#pragma once

#include <atomic>
#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace perfeval::test {

class RequestListener {
public:
    RequestListener();  // on a free port; throws std::runtime_error when it cannot listen
    ~RequestListener();
    RequestListener(const RequestListener&) = delete;
    RequestListener& operator=(const RequestListener&) = delete;

    std::string base_url() const;  // http://127.0.0.1:PORT
    // The request lines seen so far ("GET /ods-image/logo.png HTTP/1.1").
    std::vector<std::string> requests() const;
    // Asks once itself and waits for the answer: true when the listener
    // is up (that request is counted too).
    bool ping();
    // Waits until no request came for `quiet` (an office done fetching), at
    // most `deadline`; true when it went quiet.
    bool wait_quiet(std::chrono::milliseconds quiet, std::chrono::milliseconds deadline) const;

private:
    void serve();

    int socket_ = -1;
    int port_ = 0;
    std::atomic<bool> stop_{false};
    mutable std::mutex mutex_;
    std::vector<std::string> requests_;
    std::chrono::steady_clock::time_point last_;
    std::thread thread_;
};

}  // namespace perfeval::test
