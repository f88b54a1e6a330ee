#include "office.hpp"

#include <atomic>

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <vector>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/container/ElementExistException.hpp>
#include <com/sun/star/container/XSet.hpp>
#include <com/sun/star/deployment/ExtensionManager.hpp>
#include <com/sun/star/deployment/XPackage.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/task/XInteractionApprove.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/ucb/XCommandEnvironment.hpp>
#include <com/sun/star/ucb/XProgressHandler.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/implbase2.hxx>
#include <osl/file.hxx>
#include <rtl/ustring.hxx>

#include "offline.hpp"
#include "uno/convert.hpp"

namespace perfeval::office {

namespace fs = std::filesystem;
using css::uno::Reference;
using rtl::OUString;

namespace {

OUString ou(const std::string& s) { return perfeval::uno::from_utf8(s); }
std::string utf8(const OUString& s) { return perfeval::uno::to_utf8(s); }

std::optional<Installation>& chosen_installation() {
    static std::optional<Installation> chosen;
    return chosen;
}

// The client side of UNO: one local context per process, bootstrapped from
// the office's own fundamentalrc so that the office's types are known. A
// URE_BOOTSTRAP given in the environment wins; otherwise the installation
// chosen by use_installation(), else the one find_installation() finds.
const Reference<css::uno::XComponentContext>& local_context() {
    static const Reference<css::uno::XComponentContext> context = [] {
        if (!std::getenv("URE_BOOTSTRAP")) {
            const Installation office = chosen_installation() ? *chosen_installation() : find_installation();
            setenv("URE_BOOTSTRAP", office.ure_bootstrap().c_str(), 0);
        }
        return cppu::defaultBootstrap_InitialComponentContext();
    }();
    return context;
}

std::string log_tail(const std::string& path) {
    std::ifstream in(path);
    std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return all.size() > 2000 ? all.substr(all.size() - 2000) : all;
}

// Both look at least once, however short the time left.
bool wait_for_exit(pid_t pid, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        int status = 0;
        const pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid || (r < 0 && errno == ECHILD)) return true;
        if (std::chrono::steady_clock::now() >= deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

bool group_gone(pid_t pgid, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        if (kill(-pgid, 0) != 0 && errno == ESRCH) return true;
        if (std::chrono::steady_clock::now() >= deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

// Answers every question of the extension manager with "yes": accept the
// license, replace the installed copy (what `unopkg add -f -s` does).
class ApproveAll : public cppu::WeakImplHelper2<css::ucb::XCommandEnvironment, css::task::XInteractionHandler> {
public:
    Reference<css::task::XInteractionHandler> SAL_CALL getInteractionHandler() override { return this; }
    Reference<css::ucb::XProgressHandler> SAL_CALL getProgressHandler() override { return nullptr; }
    void SAL_CALL handle(const Reference<css::task::XInteractionRequest>& request) override {
        const auto continuations = request->getContinuations();
        for (const auto& c : continuations) {
            Reference<css::task::XInteractionApprove> approve(c, css::uno::UNO_QUERY);
            if (approve.is()) {
                approve->select();
                return;
            }
        }
    }
};

std::string new_pipe_name() {
    // Offices are started from several pool threads at once.
    static std::atomic<int> counter{0};
    return "perfeval_" + std::to_string(getpid()) + "_" + std::to_string(++counter);
}

std::string build_stamp(const std::string& oxt_path) {
    const auto size = fs::file_size(oxt_path);
    const auto time = fs::last_write_time(oxt_path).time_since_epoch().count();
    return std::to_string(size) + " " + std::to_string(time) + " " + fs::absolute(oxt_path).string();
}

}  // namespace

void use_installation(const Installation& installation) { chosen_installation() = installation; }

std::string file_url(const std::string& path) {
    // osl encodes as the office decodes (UTF-8, then percent-escapes); it
    // wants an absolute path.
    const std::string abs = fs::absolute(path).lexically_normal().string();
    OUString url;
    if (osl::FileBase::getFileURLFromSystemPath(ou(abs), url) != osl::FileBase::E_None)
        throw std::runtime_error("cannot make a file URL of " + abs);
    return utf8(url);
}

std::unique_ptr<Office> Office::start(const OfficeOptions& options) {
    fs::create_directories(options.profile_dir);
    if (options.offline) make_offline(options.profile_dir);
    const std::string log =
        options.log_file.empty() ? (fs::path(options.profile_dir) / "soffice.log").string() : options.log_file;
    const std::string name = new_pipe_name();
    std::vector<std::string> args{
        options.soffice.empty() ? find_installation().soffice : options.soffice,
        "--nologo",
        "--norestore",
        "--nodefault",
        "--nolockcheck",
        "-env:UserInstallation=" + file_url(options.profile_dir),
        "--accept=pipe,name=" + name + ";urp;StarOffice.ComponentContext",
    };
    if (options.headless) {
        args.insert(args.begin() + 1, "--invisible");
        args.insert(args.begin() + 1, "--headless");
    }
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);

    const pid_t pid = fork();
    if (pid < 0) throw std::runtime_error("cannot fork soffice");
    if (pid == 0) {
        // Own process group: shutdown() can reach soffice.bin behind the
        // start script and oosplash.
        setpgid(0, 0);
        const int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd >= 0) {
            dup2(fd, STDOUT_FILENO);
            dup2(fd, STDERR_FILENO);
            close(fd);
        }
        const int null_in = open("/dev/null", O_RDONLY);
        if (null_in >= 0) dup2(null_in, STDIN_FILENO);
        for (const auto& [name, value] : options.environment) setenv(name.c_str(), value.c_str(), 1);
        if (options.address_space_mb > 0) {
            const rlim_t bytes = static_cast<rlim_t>(options.address_space_mb) * 1024 * 1024;
            const struct rlimit limit { bytes, bytes };
            setrlimit(RLIMIT_AS, &limit);
        }
        if (!options.ui_language.empty()) {
            std::string posix = options.ui_language;
            for (char& c : posix)
                if (c == '-') c = '_';
            posix += ".UTF-8";
            setenv("LC_ALL", posix.c_str(), 1);
            setenv("LANG", posix.c_str(), 1);
            setenv("LANGUAGE", posix.c_str(), 1);
        }
        execv(argv[0], argv.data());
        _exit(127);
    }
    setpgid(pid, pid);  // also from the parent, so there is no race with kill()

    std::unique_ptr<Office> office(new Office(pid, log));
    office->connect(name, options.start_timeout);
    return office;
}

std::unique_ptr<Office> Office::attach(const std::string& pipe_name, std::chrono::seconds timeout) {
    std::unique_ptr<Office> office(new Office(-1, ""));
    office->connect(pipe_name, timeout);
    return office;
}

void register_types(const std::string& rdb_path) {
    const Reference<css::container::XSet> types(
        local_context()->getValueByName("/singletons/com.sun.star.reflection.theTypeDescriptionManager"),
        css::uno::UNO_QUERY_THROW);
    try {
        types->insert(css::uno::Any(ou(file_url(rdb_path))));
    } catch (const css::container::ElementExistException&) {
        // registered before
    }
}

void Office::connect(const std::string& pipe, std::chrono::seconds timeout) {
    pipe_name_ = pipe;
    const auto resolver = css::bridge::UnoUrlResolver::create(local_context());
    const OUString url = ou("uno:pipe,name=" + pipe + ";urp;StarOffice.ComponentContext");
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::string last_error;
    while (std::chrono::steady_clock::now() < deadline) {
        int status = 0;
        if (pid_ > 0 && waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            throw std::runtime_error("soffice exited before it accepted a connection (status " +
                                     std::to_string(status) + "):\n" + log_tail(log_file_));
        }
        try {
            context_.set(resolver->resolve(url), css::uno::UNO_QUERY_THROW);
            return;
        } catch (const css::connection::NoConnectException& e) {
            last_error = utf8(e.Message);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    shutdown();
    if (log_file_.empty())
        throw std::runtime_error("no office accepts connections on pipe " + pipe + " (" + last_error + ")");
    throw std::runtime_error("soffice did not accept a connection within " + std::to_string(timeout.count()) + " s (" +
                             last_error + "):\n" + log_tail(log_file_));
}

css::uno::Reference<css::frame::XDesktop2> Office::desktop() const { return css::frame::Desktop::create(context_); }

bool Office::shutdown(std::chrono::seconds grace) {
    if (pid_ <= 0) {  // attached: the office is someone else's
        context_.clear();
        return true;
    }
    std::thread asking;
    if (context_.is()) {
        try {
            asking = std::thread([desktop = desktop()] {
                try {
                    desktop->terminate();
                } catch (const css::uno::Exception&) {
                    // The bridge goes down while the office quits: expected.
                }
            });
        } catch (const css::uno::Exception&) {
            // No desktop to ask (the bridge is gone already): the wait below decides.
        }
    }
    const pid_t pid = pid_;
    pid_ = -1;
    // soffice.bin may outlive the start script for a moment: the group counts.
    const auto start = std::chrono::steady_clock::now();
    const bool by_itself =
        wait_for_exit(pid, grace) &&
        group_gone(pid, std::chrono::duration_cast<std::chrono::milliseconds>(
                            grace - (std::chrono::steady_clock::now() - start) + std::chrono::milliseconds(1)));
    if (!by_itself) {
        kill(-pid, SIGTERM);
        if (!wait_for_exit(pid, std::chrono::seconds(5))) kill(-pid, SIGKILL);
        wait_for_exit(pid, std::chrono::seconds(5));
        if (!group_gone(pid, std::chrono::seconds(5))) {
            kill(-pid, SIGKILL);
            group_gone(pid, std::chrono::seconds(5));
        }
    }
    if (asking.joinable()) asking.join();  // returns once the bridge is gone
    context_.clear();
    return by_itself;
}

void Office::kill_now() {
    if (pid_ <= 0) return;
    const pid_t pid = pid_;
    pid_ = -1;
    kill(-pid, SIGKILL);
    wait_for_exit(pid, std::chrono::seconds(5));
    group_gone(pid, std::chrono::seconds(5));
    try {
        context_.clear();  // the bridge is gone with the office
    } catch (...) {
    }
}

Office::~Office() {
    try {
        shutdown();
    } catch (...) {  // a destructor must not throw; shutdown() already killed the group it could
    }
}

bool extension_deployed(const Reference<css::uno::XComponentContext>& context, const std::string& identifier,
                        const std::string& version) {
    const auto manager = css::deployment::ExtensionManager::get(context);
    const Reference<css::ucb::XCommandEnvironment> env(new ApproveAll);
    const auto packages = manager->getDeployedExtensions("user", manager->createAbortChannel(), env);
    for (const auto& p : packages) {
        if (!p.is()) continue;
        const auto id = p->getIdentifier();
        if (id.IsPresent && utf8(id.Value) == identifier && (version.empty() || utf8(p->getVersion()) == version))
            return true;
    }
    return false;
}

void install_extension(const Reference<css::uno::XComponentContext>& context, const std::string& oxt_path) {
    if (!fs::exists(oxt_path)) throw std::runtime_error("no extension at " + oxt_path);
    const auto manager = css::deployment::ExtensionManager::get(context);
    css::uno::Sequence<css::beans::NamedValue> properties(1);
    properties[0].Name = "SUPPRESS_LICENSE";
    properties[0].Value <<= OUString("1");
    const Reference<css::ucb::XCommandEnvironment> env(new ApproveAll);
    const auto package =
        manager->addExtension(ou(file_url(oxt_path)), properties, "user", manager->createAbortChannel(), env);
    if (!package.is()) throw std::runtime_error("the office refused to install " + oxt_path);
}

std::unique_ptr<Office> start_with_extension(const OfficeOptions& options, const std::string& oxt_path) {
    return start_with_extensions(options, {oxt_path});
}

std::unique_ptr<Office> start_with_extensions(const OfficeOptions& options, const std::vector<std::string>& oxt_paths) {
    const fs::path stamp_file = fs::path(options.profile_dir) / "perfeval-installed.stamp";
    // One line; for a single .oxt the same stamp as before.
    std::string stamp;
    for (const auto& oxt : oxt_paths) {
        if (!fs::exists(oxt)) throw std::runtime_error("no extension at " + oxt);
        stamp += (stamp.empty() ? "" : " | ") + build_stamp(oxt);
    }
    {
        std::ifstream in(stamp_file);
        std::string installed;
        std::getline(in, installed);
        if (installed == stamp) return Office::start(options);
    }
    {
        auto office = Office::start(options);
        for (const auto& oxt : oxt_paths) install_extension(office->context(), oxt);
        office->shutdown();
    }
    std::ofstream(stamp_file) << stamp << "\n";
    return Office::start(options);
}

}  // namespace perfeval::office
