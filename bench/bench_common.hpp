// What both benchmarks print about where they ran.
#pragma once

#include <string>

#include <com/sun/star/uno/XComponentContext.hpp>

namespace perfeval::bench {

// "LibreOffice 7.4.7.2" of the connected office.
std::string office_version(const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context);

// The first line of a file, or of its line starting with `key` (the part
// after "key: "); "?" when there is none. For /proc/cpuinfo, /proc/loadavg.
std::string first_line_of(const char* path, const std::string& key = "");

}  // namespace perfeval::bench
