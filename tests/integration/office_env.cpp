#include "office_env.hpp"
#include "office/documents.hpp"
#include "processes.hpp"
#include "uno/convert.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>

namespace perfeval::test {

namespace fs = std::filesystem;
using css::uno::UNO_QUERY_THROW;

namespace {

std::unique_ptr<perfeval::office::Office> g_office;
perfeval::office::Office* g_current = nullptr;  // use_office(); null: g_office
fs::path g_root;
pid_t g_xvfb = -1;
std::string g_display;  // the Xvfb display of a GUI run

// With PERFEVAL_TEST_GUI set, the office gets real windows on a private Xvfb
// display (the sidebar exists only there). Returns the display name.
std::string start_xvfb() {
    for (int n = 90 + getpid() % 50;; ++n) {
        const std::string display = ":" + std::to_string(n);
        if (fs::exists("/tmp/.X11-unix/X" + std::to_string(n))) continue;
        g_xvfb = fork();
        if (g_xvfb == 0) {
            const int null_fd = open("/dev/null", O_WRONLY);
            dup2(null_fd, STDOUT_FILENO);
            dup2(null_fd, STDERR_FILENO);
            execlp("Xvfb", "Xvfb", display.c_str(), "-screen", "0", "1280x800x24", "-nolisten", "tcp",
                   static_cast<char*>(nullptr));
            _exit(127);
        }
        for (int i = 0; i < 100 && !fs::exists("/tmp/.X11-unix/X" + std::to_string(n)); ++i) usleep(50 * 1000);
        return display;
    }
}

// If this process dies abnormally (a crash, a signal) its offices and Xvfb
// would outlive it: stop them by their process groups first.
volatile sig_atomic_t g_office_group = 0;
volatile sig_atomic_t g_other_group = 0;  // an office a test started (use_office)

extern "C" void stop_children_and_die(int sig) {
    if (g_office_group > 0) kill(-g_office_group, SIGKILL);
    if (g_other_group > 0) kill(-g_other_group, SIGKILL);
    if (g_xvfb > 0) kill(g_xvfb, SIGKILL);
    signal(sig, SIG_DFL);
    raise(sig);
}

void stop_children_on_abnormal_exit() {
    for (int sig : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGTERM, SIGINT, SIGHUP}) signal(sig, stop_children_and_die);
}

class OfficeEnvironment : public testing::Environment {
public:
    void SetUp() override {
        g_root = fs::path(PERFEVAL_TEST_PROFILES) /
                 (std::string(PERFEVAL_TEST_NAME) + "-" +
                  std::string(std::getenv("PERFEVAL_TEST_UI_LANG") ? std::getenv("PERFEVAL_TEST_UI_LANG") : "default") +
                  "-" + std::to_string(getpid()));
        fs::remove_all(g_root);
        fs::create_directories(g_root / "scratch");
        if (std::getenv("PERFEVAL_TEST_GUI")) {
            g_display = start_xvfb();
            setenv("DISPLAY", g_display.c_str(), 1);  // for screenshots and xdotool
        }
        const auto options = office_options((g_root / "profile").string());
        try {
            perfeval::office::register_types(PERFEVAL_RDB);  // to call org.perfeval.* from here
            stop_children_on_abnormal_exit();
            g_office = perfeval::office::start_with_extension(options, PERFEVAL_OXT);
            g_office_group = g_office->pid();
        } catch (const css::uno::Exception& e) {
            FAIL() << "cannot start the office with the extension: " << utf8(e.Message);
        } catch (const std::exception& e) {
            FAIL() << "cannot start the office with the extension: " << e.what();
        }
    }
    void TearDown() override {
        // Whatever the tests did with the extension, the office quits when
        // asked: nothing of ours may hold it (a timer's thread did once).
        if (g_office) {
            EXPECT_TRUE(g_office->shutdown(std::chrono::seconds(10)))
                << "the office did not exit within 10 s of XDesktop::terminate(); its process group was killed";
            g_office.reset();
        }
        g_office_group = 0;
        if (g_xvfb > 0) {
            kill(g_xvfb, SIGTERM);
            waitpid(g_xvfb, nullptr, 0);
        }
        if (!testing::Test::HasFailure() && testing::UnitTest::GetInstance()->Passed())
            fs::remove_all(g_root);  // keep the log of a failed run
    }
};

const bool registered = [] {
    testing::AddGlobalTestEnvironment(new OfficeEnvironment);
    return true;
}();

Reference<css::sheet::XSpreadsheetDocument> load_url(const std::string& url, bool read_only = false,
                                                     bool hidden = true) {
    return Reference<css::sheet::XSpreadsheetDocument>(
        perfeval::office::load(office(), url, {hidden, read_only, false}), UNO_QUERY_THROW);
}

}  // namespace

perfeval::office::Office& office() {
    if (g_current) return *g_current;
    if (!g_office) throw std::runtime_error("the office did not start");
    return *g_office;
}

perfeval::office::OfficeOptions office_options(const std::string& profile_dir) {
    perfeval::office::OfficeOptions options;
    options.soffice = PERFEVAL_SOFFICE;
    options.profile_dir = profile_dir;
    if (const char* lang = std::getenv("PERFEVAL_TEST_UI_LANG")) options.ui_language = lang;
    if (!g_display.empty()) {
        options.headless = false;
        options.environment = {{"DISPLAY", g_display}, {"SAL_USE_VCLPLUGIN", "gen"}};
    }
    // The extension's log, as README tells a user to turn it on.
    options.environment.emplace_back("SAL_LOG", "+WARN.perfeval+INFO.perfeval");
    options.environment.emplace_back("SAL_LOG_FILE", (g_root / "perfeval.log").string());
    return options;
}

void use_office(perfeval::office::Office* other) {
    g_current = other;
    g_other_group = other ? other->pid() : 0;
}

std::string test_root() { return g_root.string(); }

pid_t soffice_bin(pid_t group) {
    for (const pid_t pid : soffice_bins())
        if (getpgid(pid) == group) return pid;
    return 0;
}

void reset_peak(pid_t pid) { std::ofstream("/proc/" + std::to_string(pid) + "/clear_refs") << "5"; }

long status_kb(pid_t pid, const std::string& field) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(in, line);)
        if (line.rfind(field + ":", 0) == 0) return std::stol(line.substr(field.size() + 1));
    return 0;
}

Reference<org::perfeval::XValidator> validator() {
    const auto ctx = office().context();
    return Reference<org::perfeval::XValidator>(
        ctx->getServiceManager()->createInstanceWithContext("org.perfeval.Validator", ctx), UNO_QUERY_THROW);
}

ShellRun shell(const std::string& command) {
    ShellRun r{-1, ""};
    FILE* p = popen(command.c_str(), "r");
    if (!p) return r;
    char buf[4096];
    for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) r.out.append(buf, n);
    const int status = pclose(p);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

std::string scratch_dir() { return (g_root / "scratch").string(); }

std::string extension_log() {
    std::ifstream in(g_root / "perfeval.log");
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string utf8(const rtl::OUString& s) { return perfeval::uno::to_utf8(s); }

rtl::OUString ou(const std::string& s) { return perfeval::uno::from_utf8(s); }

Reference<css::sheet::XSpreadsheetDocument> new_calc_document() { return load_url("private:factory/scalc"); }

// Tests open a private copy: offices of test binaries running side by side
// must not meet on one file's lock, and committed fixtures stay untouched.
std::string private_copy(const std::string& path) {
    static int counter = 0;
    const fs::path copy =
        fs::path(scratch_dir()) / (std::to_string(++counter) + "-" + fs::path(path).filename().string());
    fs::copy_file(path, copy, fs::copy_options::overwrite_existing);
    return copy.string();
}

Reference<css::sheet::XSpreadsheetDocument> load_document(const std::string& path) {
    return load_url(perfeval::office::file_url(private_copy(path)));
}

Reference<css::sheet::XSpreadsheetDocument> load_document(const std::string& path, bool read_only, bool hidden) {
    return load_url(perfeval::office::file_url(private_copy(path)), read_only, hidden);
}

css::uno::Sequence<css::beans::PropertyValue> args(std::initializer_list<std::pair<const char*, std::string>> list) {
    css::uno::Sequence<css::beans::PropertyValue> seq(static_cast<sal_Int32>(list.size()));
    sal_Int32 i = 0;
    for (const auto& [name, value] : list) {
        seq.getArray()[i].Name = rtl::OUString::createFromAscii(name);
        seq.getArray()[i++].Value <<= ou(value);
    }
    return seq;
}

namespace {

// What the DispatchHelper hands back: the whole DispatchResultEvent of a
// notifying dispatch.
css::uno::Any dispatch_on_frame(const Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& url,
                                const css::uno::Sequence<css::beans::PropertyValue>& args) {
    const auto frame = Reference<css::frame::XModel>(doc, UNO_QUERY_THROW)->getCurrentController()->getFrame();
    return css::frame::DispatchHelper::create(office().context())
        ->executeDispatch(Reference<css::frame::XDispatchProvider>(frame, UNO_QUERY_THROW), ou(url), "", 0, args);
}

}  // namespace

css::uno::Any dispatch_command(const Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& command,
                               const css::uno::Sequence<css::beans::PropertyValue>& args) {
    const css::uno::Any result = dispatch_on_frame(doc, "vnd.perfeval:" + command, args);
    css::frame::DispatchResultEvent event;
    return (result >>= event) ? event.Result : result;
}

css::frame::DispatchResultEvent office_command(const Reference<css::sheet::XSpreadsheetDocument>& doc,
                                               const std::string& command) {
    css::frame::DispatchResultEvent event;
    dispatch_on_frame(doc, command, {}) >>= event;
    return event;
}

boost::json::array check_command(const Reference<css::sheet::XSpreadsheetDocument>& doc,
                                 const css::uno::Sequence<css::beans::PropertyValue>& args) {
    rtl::OUString text;
    if (!(dispatch_command(doc, "check", args) >>= text)) {
        ADD_FAILURE() << "vnd.perfeval:check did not return text";
        return {};
    }
    boost::system::error_code error;
    boost::json::value report = boost::json::parse(utf8(text), error);
    if (error || !report.is_object() || !report.as_object().contains("sheets")) {
        ADD_FAILURE() << "vnd.perfeval:check did not return its JSON: " << utf8(text);
        return {};
    }
    return report.at("sheets").as_array();
}

int summary_count(const boost::json::value& sheet, const char* name) {
    return static_cast<int>(sheet.at("summary").at(name).as_int64());
}

void store_document(const Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& path,
                    const std::string& filter) {
    css::uno::Sequence<css::beans::PropertyValue> props(1);
    props[0].Name = "FilterName";
    props[0].Value <<= ou(filter);
    Reference<css::frame::XStorable>(doc, UNO_QUERY_THROW)->storeToURL(ou(perfeval::office::file_url(path)), props);
}

void close_document(const Reference<css::sheet::XSpreadsheetDocument>& doc) { perfeval::office::close(doc); }

css::uno::Sequence<css::uno::Sequence<css::uno::Any>> used_area_data(const Reference<css::sheet::XSpreadsheet>& sheet) {
    const auto cursor = sheet->createCursor();
    const Reference<css::sheet::XUsedAreaCursor> used(cursor, css::uno::UNO_QUERY_THROW);
    used->gotoStartOfUsedArea(false);
    used->gotoEndOfUsedArea(true);
    return Reference<css::sheet::XCellRangeData>(cursor, css::uno::UNO_QUERY_THROW)->getDataArray();
}

Reference<css::table::XCell> cell(const Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& a1) {
    const Reference<css::table::XCellRange> range(first_sheet(doc), UNO_QUERY_THROW);
    return Reference<css::table::XCellRange>(range->getCellRangeByName(ou(a1)), UNO_QUERY_THROW)
        ->getCellByPosition(0, 0);
}

}  // namespace perfeval::test
