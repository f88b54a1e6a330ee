#include "log.hpp"

#include <atomic>

namespace perfeval {

namespace {
std::atomic<LogSink> g_sink{nullptr};
}

void set_log_sink(LogSink sink) { g_sink = sink; }

void log_warning(std::string_view where, std::string_view what) {
    if (const LogSink sink = g_sink.load()) sink(where, what);
}

}  // namespace perfeval
