#include "processes.hpp"

#include <dirent.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>

namespace perfeval::test {

std::vector<pid_t> soffice_bins() {
    std::vector<pid_t> out;
    DIR* proc = opendir("/proc");
    while (dirent* e = proc ? readdir(proc) : nullptr) {
        const pid_t pid = static_cast<pid_t>(std::atoi(e->d_name));
        if (pid <= 0 || pid == getpid()) continue;
        std::string comm;
        std::ifstream("/proc/" + std::to_string(pid) + "/comm") >> comm;
        if (comm == "soffice.bin") out.push_back(pid);
    }
    if (proc) closedir(proc);
    return out;
}

}  // namespace perfeval::test
