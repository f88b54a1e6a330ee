#include "batch.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>

#include <dirent.h>
#include <atomic>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <optional>
#include <thread>

#include <rtl/textcvt.h>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <org/perfeval/XValidator.hpp>
#include <rtl/ustring.hxx>

#include "core/report/render.hpp"
#include "office/documents.hpp"
#include "office/office.hpp"
#include "uno/convert.hpp"

namespace perfeval::cli {

namespace fs = std::filesystem;
namespace css = com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using perfeval::uno::from_utf8;
using perfeval::uno::to_utf8;

namespace {

// Each slot's running office's process group (0: none), written by the pool
// threads and read by the signal handler: lock-free atomics are safe for both.
std::atomic<pid_t> g_office_groups[Batch::kMaxSlots] = {};
static_assert(std::atomic<pid_t>::is_always_lock_free, "read in a signal handler");

// Calls f(pid) for every process of the machine but this one.
template <class F>
void for_each_process(F&& f) {
    DIR* proc = opendir("/proc");
    if (!proc) return;
    while (dirent* e = readdir(proc)) {
        const pid_t pid = static_cast<pid_t>(std::atoi(e->d_name));
        if (pid > 0 && pid != getpid()) f(pid);
    }
    closedir(proc);
}

// Offices left on a profile by a run that was killed: the lock says no run
// uses it now, so they are stopped (LibreOffice would hand every new start
// to them and exit).
void stop_offices_on(const std::string& profile_url) {
    const std::string needle = "-env:UserInstallation=" + profile_url;
    for_each_process([&](pid_t pid) {
        std::ifstream in("/proc/" + std::to_string(pid) + "/cmdline");
        std::string cmdline((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        for (char& c : cmdline)
            if (c == '\0') c = ' ';
        if (cmdline.find(needle + " ") == std::string::npos &&
            cmdline.find(needle, cmdline.size() - needle.size()) == std::string::npos)
            return;
        const pid_t group = getpgid(pid);
        if (group > 0 && group != getpgrp()) kill(-group, SIGKILL);
        kill(pid, SIGKILL);
    });
}

// The resident memory of a process group's processes, in MB.
long long resident_mb(int group) {
    if (group <= 0) return 0;
    long long kb = 0;
    for_each_process([&](pid_t pid) {
        if (getpgid(pid) != group) return;
        std::ifstream status("/proc/" + std::to_string(pid) + "/status");
        for (std::string line; std::getline(status, line);)
            if (line.rfind("VmRSS:", 0) == 0) kb += std::atoll(line.c_str() + 6);
    });
    return kb / 1024;
}

// This run's profile: the given one, held by a lock file beside it; when
// another run holds that, a private copy removed at the end.
class Profile {
public:
    Profile(const std::string& dir, int slot, const std::string& lang) : dir_(fs::absolute(dir)) {
        fs::create_directories(dir_.parent_path());
        const std::string lock = dir_.string() + ".lock";
        // Close-on-exec: an office started by this run must not inherit the
        // lock, or a killed run would leave its profile held by its orphans.
        fd_ = open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd_ >= 0 && flock(fd_, LOCK_EX | LOCK_NB) == 0) {
            const std::string pid = std::to_string(getpid()) + "\n";
            if (ftruncate(fd_, 0) == 0 && write(fd_, pid.data(), pid.size()) < 0) {
            }
            stop_offices_on(perfeval::office::file_url(dir_.string()));
            return;
        }
        std::string holder = "?";
        std::ifstream(lock) >> holder;
        if (fd_ >= 0) close(fd_);
        fd_ = -1;
        copy_ =
            fs::temp_directory_path() / ("perfeval-check-" + std::to_string(getpid()) + "-" + std::to_string(slot + 1));
        fs::remove_all(copy_);
        std::error_code ec;
        if (fs::exists(dir_)) fs::copy(dir_, copy_, fs::copy_options::recursive, ec);
        std::cerr << "perfeval-check: "
                  << perfeval::text(MessageId::cli_profile_in_use, perfeval::lang_from_tag(lang),
                                    {perfeval::arg("dir", dir_.string()), perfeval::arg("pid", holder)})
                  << "\n";
        dir_ = copy_;
    }
    ~Profile() {
        if (!copy_.empty()) {
            std::error_code ec;
            fs::remove_all(copy_, ec);
        }
        if (fd_ >= 0) close(fd_);  // releases the lock
    }
    const fs::path& dir() const { return dir_; }

private:
    fs::path dir_;
    fs::path copy_;
    int fd_ = -1;
};

// Slot 0's profile is the one given; slot k's is "<that>-<k+1>" beside it
// ("profile/" and "profile" alike).
std::string slot_profile(const std::string& given, int slot) {
    fs::path dir = fs::absolute(given).lexically_normal();
    if (!dir.has_filename()) dir = dir.parent_path();
    return slot == 0 ? dir.string() : dir.string() + "-" + std::to_string(slot + 1);
}

// Whether a file's bytes are UTF-8 (a CSV written by Excel in China is
// often GB18030 instead), by the office's own converter.
bool valid_utf8_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    rtl::OUString text;
    return rtl_convertStringToUString(
        &text.pData, bytes.data(), static_cast<sal_Int32>(bytes.size()), RTL_TEXTENCODING_UTF8,
        RTL_TEXTTOUNICODE_FLAGS_UNDEFINED_ERROR | RTL_TEXTTOUNICODE_FLAGS_MBUNDEFINED_ERROR |
            RTL_TEXTTOUNICODE_FLAGS_INVALID_ERROR);
}

// One file through the validator: loaded read-only and untrusted, checked,
// closed. `crashed` when the connection to the office broke meanwhile.
struct Checked {
    FileResult result;
    bool crashed = false;
};

}  // namespace

struct Batch::Impl {
    const Options& options;
    int slot;
    std::unique_ptr<Profile> profile;
    std::unique_ptr<perfeval::office::Office> office;
    Reference<org::perfeval::XValidator> validator;

    std::string say(MessageId id, std::initializer_list<perfeval::MessageArg> a = {}) const {
        return perfeval::text(id, perfeval::lang_from_tag(options.lang), a);
    }

    void start() {
        if (!options.connect.empty()) {
            office = perfeval::office::Office::attach(options.connect);
        } else {
            if (!profile)
                profile = std::make_unique<Profile>(slot_profile(options.office_profile, slot), slot, options.lang);
            perfeval::office::OfficeOptions o;
            o.soffice = perfeval::office::find_installation(options.office).soffice;
            o.profile_dir = profile->dir().string();
            // The watchdog below stops a runaway file; this limit is the backstop.
            o.address_space_mb = options.max_memory_mb + 4096;
            // A form whose drawing links to the web is not fetched from it.
            o.offline = true;
            // N offices share the cores: each computes on one thread.
            o.environment.emplace_back("MAX_CONCURRENCY", "1");
            office = perfeval::office::start_with_extension(o, options.oxt);
            g_office_groups[slot] = office->pid();
        }
        const auto ctx = office->context();
        validator.set(ctx->getServiceManager()->createInstanceWithContext("org.perfeval.Validator", ctx), UNO_QUERY);
        if (!validator.is()) throw std::runtime_error(say(MessageId::cli_not_installed));
    }

    // Only the signal: the thread checking a file may still be using the
    // office's objects until its call returns.
    void kill_office() const {
        if (g_office_groups[slot] > 0) kill(-g_office_groups[slot], SIGKILL);
    }

    // After the checking thread is done: forget the office, reap its processes.
    void stop() {
        validator.clear();
        g_office_groups[slot] = 0;
        if (office) office->kill_now();
        office.reset();
    }

    Checked check_file(const std::string& path) const {
        Checked c;
        FileResult& r = c.result;
        r.path = path;
        auto unreadable = [&](std::string message) {
            r.status = "unreadable";
            r.message = std::move(message);
            return c;
        };
        if (!fs::is_regular_file(path)) return unreadable(say(MessageId::cli_no_such_file));
        if (std::error_code ec; fs::file_size(path, ec) == 0 && !ec) return unreadable(say(MessageId::cli_empty_file));
        Reference<css::lang::XComponent> doc;
        bool password_asked = false;
        perfeval::office::LoadOptions load{/*hidden=*/true, /*read_only=*/true, /*untrusted=*/true};
        load.password_asked = &password_asked;
        if (lower_extension(path) == ".csv") {  // read as UTF-8, or as GB18030 when it is not UTF-8
            load.filter = "Text - txt - csv (StarCalc)";
            load.filter_options = valid_utf8_file(path) ? "44,34,76,1" : "44,34,85,1";
        }
        const std::string url = perfeval::office::file_url(path);
        std::optional<std::string> refused;  // the office's reason, when it throws one
        try {
            doc = perfeval::office::load(*office, url, load);
        } catch (const css::lang::DisposedException&) {
            c.crashed = true;
            return c;
        } catch (const css::uno::Exception& e) {
            refused = to_utf8(e.Message);
        }
        if (!doc.is()) {
            if (password_asked)
                return Checked{FileResult::not_checked(path, "encrypted", say(MessageId::cli_encrypted)), false};
            if (refused) return unreadable(say(MessageId::cli_cannot_open_reason, {perfeval::arg("reason", *refused)}));
            // Detection falls back to plain text for bytes it knows nothing of.
            const std::string type = perfeval::office::detect_type(*office, url);
            return unreadable(say(type.empty() || type == "generic_Text" ? MessageId::cli_unknown_format
                                                                         : MessageId::cli_cannot_open));
        }
        const Reference<css::sheet::XSpreadsheetDocument> spreadsheet(doc, UNO_QUERY);
        try {
            if (!spreadsheet.is()) {
                unreadable(say(MessageId::cli_not_a_spreadsheet));
            } else if (options.explain) {
                r.explanation = to_utf8(validator->explainDocument(spreadsheet, from_utf8(options.lang)));
            } else {
                const auto reports =
                    validator->checkDocument(spreadsheet, from_utf8(options.profile), from_utf8(options.lang));
                r.sheets.assign(reports.begin(), reports.end());
                bool any_form = false;
                for (const auto& s : r.sheets) any_form = any_form || s.HasForm;
                // A sheet too large to read leaves the file unchecked in part:
                // never "ok", whatever the other sheets hold.
                for (const auto& s : r.sheets)
                    for (const auto& f : s.Findings)
                        if (f.Rule == "sheet-too-large" && r.status != "sheet-too-large") {
                            r.status = "sheet-too-large";
                            r.message = to_utf8(f.Sheet) + ": " + to_utf8(f.Message);
                        }
                if (r.status == "ok" && !any_form) {
                    r.status = "no-form";
                    r.message = say(MessageId::cli_no_form_found);
                }
                // A form whose budget block or indicator table went unread.
                for (const auto& s : r.sheets)
                    if (r.status == "ok" && s.HasForm && s.Coverage.Status == "partial") {
                        r.status = "partial";
                        r.message = say(MessageId::cli_form_partial, {perfeval::arg("sheet", to_utf8(s.Sheet))});
                    }
            }
            perfeval::office::close(doc);
        } catch (const css::lang::DisposedException&) {
            c.crashed = true;
        } catch (const css::uno::Exception& e) {
            unreadable(say(MessageId::cli_check_failed, {perfeval::arg("reason", to_utf8(e.Message))}));
        }
        return c;
    }
};

Batch::Batch(const Options& options, int slot) : impl_(new Impl{options, slot, nullptr, nullptr, nullptr}) {
    impl_->start();
    if (!options.profile.empty()) {
        std::string known;
        for (const auto& name : impl_->validator->getProfileNames()) {
            if (to_utf8(name) == options.profile) return;
            known += (known.empty() ? "" : ", ") + to_utf8(name);
        }
        throw std::runtime_error(impl_->say(MessageId::cli_unknown_profile,
                                            {perfeval::arg("name", options.profile), perfeval::arg("known", known)}));
    }
}

Batch::~Batch() {
    if (!impl_) return;
    g_office_groups[impl_->slot] = 0;
    impl_->validator.clear();
    impl_->office.reset();  // asks it to quit; kills its group if it does not
}

perfeval::office::Office& Batch::office() {
    if (!impl_->office) impl_->start();
    return *impl_->office;
}

void Batch::kill_all_offices() {
    for (int slot = 0; slot < kMaxSlots; ++slot)
        if (const int group = g_office_groups[slot]; group > 0) kill(-group, SIGKILL);
}

FileResult Batch::check(const Input& input) {
    Impl& b = *impl_;
    if (input.empty_directory)
        return FileResult::not_checked(input.path, "unreadable", b.say(MessageId::cli_no_spreadsheets));
    const bool own_office = b.options.connect.empty();
    for (int attempt = 0;; ++attempt) {
        if (!b.office) b.start();
        // The check runs on a thread of its own so that a hung office can be
        // stopped: killing it ends the blocked call.
        auto done = std::make_shared<std::promise<Checked>>();
        auto result = done->get_future();
        std::thread([done, &b, path = input.path] {
            try {
                done->set_value(b.check_file(path));
            } catch (const std::exception& e) {  // e.g. a path no file URL can name
                done->set_value(Checked{FileResult::not_checked(path, "unreadable", e.what()), false});
            } catch (...) {
                done->set_value(Checked{FileResult::not_checked(path, "unreadable", ""), true});
            }
        }).detach();
        // Waits for the file, watching the office's resident memory meanwhile.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(b.options.timeout);
        bool too_large = false;
        while (result.wait_for(std::chrono::milliseconds(100)) == std::future_status::timeout &&
               std::chrono::steady_clock::now() < deadline)
            if (own_office && resident_mb(g_office_groups[b.slot].load()) > b.options.max_memory_mb) {
                too_large = true;
                break;
            }
        if (too_large) {
            b.kill_office();  // the call returns now, its office gone
            result.wait();
            b.stop();
            return FileResult::not_checked(
                input.path, "too-large",
                b.say(MessageId::cli_too_large, {perfeval::arg("mb", std::to_string(b.options.max_memory_mb))}));
        }
        if (result.wait_for(std::chrono::seconds(0)) == std::future_status::timeout) {
            if (own_office) {
                b.kill_office();
                result.wait();
                b.stop();
            }
            return FileResult::not_checked(
                input.path, "timeout",
                b.say(MessageId::cli_timeout, {perfeval::arg("seconds", std::to_string(b.options.timeout))}));
        }
        Checked c = result.get();
        if (!c.crashed) {
            c.result.retried = attempt;
            return c.result;
        }
        b.stop();
        if (attempt == 1 || !own_office)
            return FileResult::not_checked(input.path, "crashed", b.say(MessageId::cli_crashed), attempt);
    }
}

}  // namespace perfeval::cli
