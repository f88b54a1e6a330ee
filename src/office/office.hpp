// A LibreOffice of our own: started headless on a private profile, reached
// over a named pipe, and shut down by its own process id. Used by the
// command-line tools and by the integration tests, never by the component.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <sys/types.h>

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "installation.hpp"

namespace perfeval::office {

namespace css = com::sun::star;

// The installation whose URE this client process bootstraps from (its
// fundamentalrc, unless URE_BOOTSTRAP is set in the environment). Call it
// before the first UNO call; without it that call uses find_installation().
void use_installation(const Installation& installation);

struct OfficeOptions {
    std::string soffice;      // the soffice start script; empty: find_installation()'s
    std::string profile_dir;  // absolute; created when missing
    std::string log_file;     // soffice's stdout and stderr; empty: profile_dir/soffice.log
    std::string ui_language;  // e.g. "zh-CN"; empty: the office's default
    bool headless = true;     // false: real windows (set DISPLAY in environment)
    std::vector<std::pair<std::string, std::string>> environment;  // added to soffice's
    std::chrono::seconds start_timeout{90};
    long long address_space_mb = 0;  // RLIMIT_AS of the office's processes; 0: none
    bool offline = false;            // reaches nothing outside the machine (offline.hpp)
};

class Office {
public:
    // Starts soffice and connects to it; throws std::runtime_error with the
    // reason (and the tail of soffice's log) when it cannot.
    static std::unique_ptr<Office> start(const OfficeOptions& options);
    // Connects to an office someone else started with
    // --accept="pipe,name=NAME;urp;"; shutdown() then leaves it running.
    static std::unique_ptr<Office> attach(const std::string& pipe_name,
                                          std::chrono::seconds timeout = std::chrono::seconds(10));
    ~Office();
    Office(const Office&) = delete;
    Office& operator=(const Office&) = delete;

    const css::uno::Reference<css::uno::XComponentContext>& context() const { return context_; }
    css::uno::Reference<css::frame::XDesktop2> desktop() const;
    pid_t pid() const { return pid_; }
    // The pipe it accepts connections on (for `perfeval-check --connect`).
    const std::string& pipe_name() const { return pipe_name_; }

    // Asks the office to quit (XDesktop::terminate, from a thread of its own:
    // over a bridge the call may never return), then waits for its process
    // group; kills the group when it has not gone within `grace`. True when
    // it went by itself. Called by the destructor.
    bool shutdown(std::chrono::seconds grace = std::chrono::seconds(20));
    // Kills its process group at once, without asking (a hung or runaway
    // office); the connection is dropped. Nothing for an attached office.
    void kill_now();

private:
    Office(pid_t pid, std::string log_file) : pid_(pid), log_file_(std::move(log_file)) {}
    void connect(const std::string& pipe_name, std::chrono::seconds timeout);

    pid_t pid_ = -1;
    std::string log_file_;
    std::string pipe_name_;
    css::uno::Reference<css::uno::XComponentContext> context_;
};

// The extension's state in the profile of a running office.
bool extension_deployed(const css::uno::Reference<css::uno::XComponentContext>& context, const std::string& identifier,
                        const std::string& version);

// Installs the .oxt into the "user" profile of the running office through its
// ExtensionManager, as Tools ▸ Extension Manager does (license accepted,
// an installed copy replaced). The office must be restarted afterwards.
void install_extension(const css::uno::Reference<css::uno::XComponentContext>& context, const std::string& oxt_path);

// Starts an office on the profile with the .oxt installed: installs it (and
// restarts) when the profile does not hold this very build of it yet.
std::unique_ptr<Office> start_with_extension(const OfficeOptions& options, const std::string& oxt_path);

// The same for several .oxt at once (e.g. perfeval.oxt and the benchmark's
// floor add-in): installs them all, in order, when the profile does not hold
// these very builds of them yet, then restarts once.
std::unique_ptr<Office> start_with_extensions(const OfficeOptions& options, const std::vector<std::string>& oxt_paths);

// Makes the types of an .rdb (e.g. build/perfeval.rdb) known to this client
// process, so that it can call the extension's own interfaces.
void register_types(const std::string& rdb_path);

// file:///abs/path for an absolute or relative path (relative to the working
// directory), percent-encoded by osl as LibreOffice expects.
std::string file_url(const std::string& path);

}  // namespace perfeval::office
