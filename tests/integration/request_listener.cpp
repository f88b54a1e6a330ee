#include "request_listener.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>

namespace perfeval::test {

RequestListener::RequestListener() : last_(std::chrono::steady_clock::now()) {
    socket_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;  // any free port
    socklen_t size = sizeof address;
    if (socket_ < 0 || bind(socket_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        listen(socket_, 16) != 0 || getsockname(socket_, reinterpret_cast<sockaddr*>(&address), &size) != 0)
        throw std::runtime_error("cannot listen on 127.0.0.1");
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { serve(); });
}

RequestListener::~RequestListener() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
    if (socket_ >= 0) close(socket_);
}

std::string RequestListener::base_url() const { return "http://127.0.0.1:" + std::to_string(port_); }

std::vector<std::string> RequestListener::requests() const {
    const std::lock_guard<std::mutex> lock(mutex_);
    return requests_;
}

void RequestListener::serve() {
    while (!stop_) {
        pollfd waiting{socket_, POLLIN, 0};
        if (poll(&waiting, 1, 100) <= 0) continue;  // wakes to look at stop_
        const int client = accept4(socket_, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0) continue;
        std::string head;
        char buffer[4096];
        pollfd reading{client, POLLIN, 0};
        while (head.find("\r\n\r\n") == std::string::npos && head.size() < 65536 && poll(&reading, 1, 2000) > 0) {
            const ssize_t n = recv(client, buffer, sizeof buffer, 0);
            if (n <= 0) break;
            head.append(buffer, static_cast<size_t>(n));
        }
        {
            const std::lock_guard<std::mutex> lock(mutex_);
            requests_.push_back(head.substr(0, head.find("\r\n")));
            last_ = std::chrono::steady_clock::now();
        }
        static const char kAnswer[] = "HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        send(client, kAnswer, sizeof kAnswer - 1, MSG_NOSIGNAL);
        close(client);
    }
}

bool RequestListener::ping() {
    const int s = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(static_cast<uint16_t>(port_));
    bool answered = false;
    if (s >= 0 && connect(s, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0) {
        static const char kAsk[] = "GET /ping HTTP/1.0\r\n\r\n";
        send(s, kAsk, sizeof kAsk - 1, MSG_NOSIGNAL);
        char buffer[256];
        pollfd reading{s, POLLIN, 0};
        answered = poll(&reading, 1, 10000) > 0 && recv(s, buffer, sizeof buffer, 0) > 0;
    }
    if (s >= 0) close(s);
    return answered;
}

bool RequestListener::wait_quiet(std::chrono::milliseconds quiet, std::chrono::milliseconds deadline) const {
    const auto end = std::chrono::steady_clock::now() + deadline;
    while (std::chrono::steady_clock::now() < end) {
        {
            const std::lock_guard<std::mutex> lock(mutex_);
            if (std::chrono::steady_clock::now() - last_ >= quiet) return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
}

}  // namespace perfeval::test
