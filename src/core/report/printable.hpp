// A name as one printable line: control characters (a newline, ESC) and
// bytes that are not UTF-8 (a GBK file name) written as \xHH, so that a file
// name can neither forge lines in a report nor break its JSON.
#pragma once

#include <string>
#include <string_view>

namespace perfeval {

std::string printable(std::string_view bytes);

}  // namespace perfeval
