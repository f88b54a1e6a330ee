// The extension's log is LibreOffice's own: SAL_WARN / SAL_INFO in the area
// "perfeval". Debian's SDK compiles them to nothing unless SAL_LOG_WARN and
// SAL_LOG_INFO are defined, which src/uno/CMakeLists.txt does. At run time
// `SAL_LOG=+WARN.perfeval+INFO.perfeval` selects them and `SAL_LOG_FILE`
// names the file they go to (else stderr).
#pragma once

#include <string>

#include <sal/log.hxx>

namespace perfeval::uno {

// What the exception being handled says (a UNO exception's message, a
// standard exception's what()); call it only inside a catch block.
std::string caught();

}  // namespace perfeval::uno

#define PERFEVAL_WARN(stream) SAL_WARN("perfeval", stream)
#define PERFEVAL_INFO(stream) SAL_INFO("perfeval", stream)
