// What the core gave up on, said through one hook. The core knows nothing of
// LibreOffice: the component sets a sink that writes to LibreOffice's log
// (SAL_WARN, area "perfeval"); without a sink nothing is said.
#pragma once

#include <string_view>

namespace perfeval {

using LogSink = void (*)(std::string_view where, std::string_view what);

void set_log_sink(LogSink sink);
void log_warning(std::string_view where, std::string_view what);

}  // namespace perfeval
