// The offices running on this machine, found in /proc: tests look for the
// soffice.bin behind a start script, or for offices left on a profile.
#pragma once

#include <sys/types.h>

#include <vector>

namespace perfeval::test {

// Every soffice.bin process but this one, by PID.
std::vector<pid_t> soffice_bins();

}  // namespace perfeval::test
