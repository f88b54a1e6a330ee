#include "offline.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace perfeval::office {

namespace fs = std::filesystem;

namespace {

// The UCB's providers that reach the network, as share/registry/main.xcd
// names them: http, https, vnd.sun.star.webdav, webdav, webdavs (two),
// ftp, cmis.
constexpr const char* kNetworkProviders[] = {"Provider3",   "Provider12",  "Provider4", "Provider4a",
                                             "Provider12a", "Provider12b", "Provider6", "Provider43"};
constexpr const char* kProviderData =
    "/org.openoffice.ucb.Configuration/ContentProviders/Local/SecondaryKeys/Office/ProviderData";

std::string removal(const char* provider) {
    return std::string("<item oor:path=\"") + kProviderData + "\"><node oor:name=\"" + provider +
           "\" oor:op=\"remove\"/></item>";
}

}  // namespace

void make_offline(const std::string& profile_dir) {
    const fs::path file = fs::path(profile_dir) / "user" / "registrymodifications.xcu";
    std::string xcu;
    if (std::ifstream in(file); in) {
        std::ostringstream all;
        all << in.rdbuf();
        xcu = all.str();
    }
    const std::string close = "</oor:items>";
    if (xcu.find(close) == std::string::npos)
        xcu =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
            "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n" +
            close + "\n";
    std::string missing;
    for (const char* p : kNetworkProviders) {
        // LibreOffice writes the file back in its own layout: look for the node, not the line.
        const std::string node = std::string("oor:name=\"") + p + "\" oor:op=\"remove\"";
        if (xcu.find(node) == std::string::npos) missing += removal(p) + "\n";
    }
    if (missing.empty()) return;
    xcu.insert(xcu.rfind(close), missing);
    fs::create_directories(file.parent_path());
    const fs::path temp = file.string() + ".perfeval";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << xcu;
        if (!out) throw std::runtime_error("cannot write " + temp.string());
    }
    fs::rename(temp, file);
}

}  // namespace perfeval::office
