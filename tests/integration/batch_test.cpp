// perfeval-check surviving its own office: killed (-9), hung (-STOP), the
// checker itself interrupted, two runs on one profile, and inputs as people
// give them (directories, a file named like an option after --). Each run
// starts its own office on a profile under build/test-profiles; every test
// ends with no office left on it.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "processes.hpp"
#include "request_listener.hpp"

#include <boost/json.hpp>
#include <boost/json/src.hpp>  // header-only here: this binary links no Boost library

namespace {

namespace fs = std::filesystem;
namespace json = boost::json;
using testing::HasSubstr;

const std::string kSeed = std::string(PERFEVAL_SOURCE_DIR) + "/extension/samples/seed-form.ods";
const fs::path kRoot = fs::path(PERFEVAL_TEST_PROFILES) / ("batch-" + std::to_string(getpid()));

std::string quote(const std::string& s) { return "'" + s + "'"; }

// The offices whose command line names `needle` (an office on a profile).
std::vector<pid_t> processes_with(const std::string& needle) {
    std::vector<pid_t> out;
    for (const pid_t pid : perfeval::test::soffice_bins()) {
        std::ifstream in("/proc/" + std::to_string(pid) + "/cmdline");
        const std::string cmdline((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (cmdline.find(needle) != std::string::npos) out.push_back(pid);
    }
    return out;
}

// A run of perfeval-check in the background, read line by line.
class CheckerRun {
public:
    explicit CheckerRun(const std::string& args, const std::string& cwd = ".") {
        const std::string cmd =
            "cd " + quote(cwd) + " && sh -c 'echo $$; exec \"$0\" \"$@\"' " + quote(PERFEVAL_CHECK_BIN) + " " + args;
        pipe_ = popen(cmd.c_str(), "r");
        const auto first = line();
        pid_ = first ? static_cast<pid_t>(std::stol(*first)) : -1;
    }
    ~CheckerRun() {
        if (pipe_) finish();
    }
    std::optional<std::string> line() {
        char buf[1 << 16];
        if (!pipe_ || !fgets(buf, sizeof buf, pipe_)) return std::nullopt;
        std::string s(buf);
        if (!s.empty() && s.back() == '\n') s.pop_back();
        return s;
    }
    // The rest of the output, and the exit status (128 + signal when killed).
    int finish(std::vector<std::string>* rest = nullptr) {
        while (auto l = line())
            if (rest) rest->push_back(*l);
        const int status = pclose(pipe_);
        pipe_ = nullptr;
        return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    pid_t pid() const { return pid_; }

private:
    FILE* pipe_ = nullptr;
    pid_t pid_ = -1;
};

std::string profile_of(const std::string& name) { return (kRoot / name).string(); }

std::string common(const std::string& profile) {
    return "--office-profile " + quote(profile) + " --oxt " + quote(PERFEVAL_OXT) + " --rdb " + quote(PERFEVAL_RDB);
}

// n copies of the seed form, named 01.ods, 02.ods …
std::vector<std::string> seeds(const std::string& dir, int n) {
    fs::create_directories(dir);
    std::vector<std::string> out;
    for (int i = 1; i <= n; ++i) {
        const std::string f = dir + "/" + (i < 10 ? "0" : "") + std::to_string(i) + ".ods";
        fs::copy_file(kSeed, f, fs::copy_options::overwrite_existing);
        out.push_back(f);
    }
    return out;
}

std::string joined(const std::vector<std::string>& files) {
    std::string s;
    for (const auto& f : files) s += " " + quote(f);
    return s;
}

bool no_office_on(const std::string& profile) {
    for (int i = 0; i < 50; ++i) {
        if (processes_with(profile).empty()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
}

class Batch : public testing::Test {
protected:
    static void TearDownTestSuite() {
        // Whatever a failed test left: stopped by the profiles it used.
        for (pid_t pid : processes_with(kRoot.string())) kill(pid, SIGKILL);
        fs::remove_all(kRoot);
    }
};

TEST_F(Batch, DirectoriesAndAFileNamedLikeAnOption) {
    const std::string dir = (kRoot / "inputs").string();
    seeds(dir + "/sub", 1);
    fs::copy_file(kSeed, dir + "/a.ods", fs::copy_options::overwrite_existing);
    std::ofstream(dir + "/notes.txt") << "not a spreadsheet";
    fs::create_directories(kRoot / "empty");
    fs::copy_file(kSeed, kRoot / "-odd.ods", fs::copy_options::overwrite_existing);
    const std::string profile = profile_of("p1");

    CheckerRun usage("--jsonl " + common(profile) + " -odd.ods 2>&1", kRoot.string());
    std::vector<std::string> said;
    EXPECT_EQ(usage.finish(&said), 2) << "without --, -odd.ods is an unknown option";
    ASSERT_FALSE(said.empty());
    EXPECT_THAT(said[0], HasSubstr("-odd.ods"));

    CheckerRun run("--jsonl " + common(profile) + " -- inputs empty -odd.ods", kRoot.string());
    std::vector<std::string> lines;
    const int code = run.finish(&lines);
    ASSERT_EQ(lines.size(), 4u) << "sub/01.ods, a.ods, the empty directory, -odd.ods";
    std::vector<json::object> files;
    for (const auto& l : lines) files.push_back(json::parse(l).as_object());
    EXPECT_EQ(files[0].at("path").as_string(), "inputs/a.ods") << "sorted, spreadsheets only";
    EXPECT_EQ(files[1].at("path").as_string(), "inputs/sub/01.ods");
    EXPECT_EQ(files[2].at("status").as_string(), "unreadable");
    EXPECT_THAT(std::string(files[2].at("message").as_string()), HasSubstr("目录中没有电子表格文件"));
    EXPECT_EQ(files[3].at("status").as_string(), "ok") << "after --, -odd.ods is a file";
    EXPECT_EQ(code, 2);
    EXPECT_TRUE(no_office_on(profile));
}

// A bureau's own template: a family file in a folder, given with
// --families, is read by the offices this run starts (no rebuild, no
// reinstall) and checks a form the shipped families cannot read whole; a
// wrong family file stops the run before any office starts, naming its
// file and line; --explain shows what was found, cell by cell.
TEST_F(Batch, ABureausOwnFamilyFromAFolder) {
    const fs::path dir = kRoot / "bureau";
    fs::create_directories(dir / "families");
    // The family a unit test checks too: tests/data/families/test-bureau-form.json.
    fs::copy_file(fs::path(PERFEVAL_SOURCE_DIR) / "tests" / "data" / "families" / "test-bureau-form.json",
                  dir / "families" / "test-bureau-form.json", fs::copy_options::overwrite_existing);

    // 180 ÷ 200 = 90 %, stated 80 %.
    std::ofstream(dir / "form.csv") << "2024年度某局专项资金自评表\n"
                                       ",核定预算,实际支出,资金使用进度,满分,评得\n"
                                       "资金合计,200,180,0.8,10,9\n"
                                       "考核内容,拟定值,实现值,满分,评得,差异说明\n"
                                       "培训人次,≥100人,100人,90,90,\n"
                                       "合计得分,,,100,99,\n";
    const std::string profile = profile_of("bureau");
    const std::string form = quote((dir / "form.csv").string());

    CheckerRun without("--json " + common(profile) + " " + form);
    std::vector<std::string> out;
    EXPECT_EQ(without.finish(&out), 2) << "no shipped family knows its words: nothing was checked";
    ASSERT_FALSE(out.empty());
    const auto plain = json::parse(out[0]).at("files").at(0);
    EXPECT_EQ(plain.at("status").as_string(), "no-form");

    CheckerRun with("--json --families " + quote((dir / "families").string()) + " " + common(profile) + " " + form);
    out.clear();
    EXPECT_EQ(with.finish(&out), 1) << "its rate is wrong";
    ASSERT_FALSE(out.empty());
    const auto file = json::parse(out[0]).at("files").at(0);
    EXPECT_EQ(file.at("status").as_string(), "ok");
    const auto& sheet = file.at("forms").at(0);
    EXPECT_EQ(sheet.at("template").as_string(), "test-bureau-form");
    EXPECT_EQ(sheet.at("coverage").at("status").as_string(), "complete");
    bool rate = false;
    for (const auto& f : sheet.at("findings").as_array())
        rate = rate || (f.at("rule").as_string() == "exec-rate" && f.at("cell").as_string() == "D3");
    EXPECT_TRUE(rate);

    CheckerRun explain("--explain --families " + quote((dir / "families").string()) + " " + common(profile) + " " +
                       form);
    out.clear();
    EXPECT_EQ(explain.finish(&out), 0);
    std::string text;
    for (const auto& l : out) text += l + "\n";
    EXPECT_THAT(text, HasSubstr("表样 test-bureau-form（某局自编自评表）"));
    EXPECT_THAT(text, HasSubstr("budget.rate D3"));
    EXPECT_THAT(text, HasSubstr("indicators.actual C4"));

    // The same file in the office profile's own folder: found without --families.
    fs::create_directories(fs::path(profile) / "user" / "perfeval" / "families");
    fs::copy_file(dir / "families" / "test-bureau-form.json",
                  fs::path(profile) / "user" / "perfeval" / "families" / "test-bureau-form.json",
                  fs::copy_options::overwrite_existing);
    CheckerRun own("--json " + common(profile) + " " + form);
    out.clear();
    EXPECT_EQ(own.finish(&out), 1);
    ASSERT_FALSE(out.empty());
    EXPECT_EQ(json::parse(out[0]).at("files").at(0).at("forms").at(0).at("template").as_string(), "test-bureau-form")
        << "<profile>/user/perfeval/families is read by the extension itself";

    fs::create_directories(dir / "broken");
    std::ofstream(dir / "broken" / "x.json") << "{\n  \"id\": \"x-broken\",\n  \"sinature\": [\"x\"]\n}";
    CheckerRun broken("--families " + quote((dir / "broken").string()) + " " + common(profile) + " " + form + " 2>&1");
    out.clear();
    EXPECT_EQ(broken.finish(&out), 2);
    ASSERT_FALSE(out.empty());
    EXPECT_THAT(out[0], HasSubstr((dir / "broken" / "x.json").string() + ":3: 未知的键 \"sinature\""));
    EXPECT_TRUE(no_office_on(profile));
}

// Forms whose drawings link an image and an object on the web (a local
// listener stands for the web): the batch checks them and asks the web for
// nothing. A default office fetches all three links while loading (see
// Commands.TheExtensionAddsNoRequestOfItsOwn): the batch's offices run
// without the network providers (src/office/offline.hpp).
TEST_F(Batch, LinkedContentIsNeverFetched) {
    perfeval::test::RequestListener web;
    ASSERT_TRUE(web.ping()) << "the listener answers";
    const std::string dir = (kRoot / "linked").string();
    ASSERT_EQ(std::system(("/usr/bin/python3 " +
                           quote(std::string(PERFEVAL_SOURCE_DIR) + "/tests/integration/make_linked_files.py") + " " +
                           web.base_url() + " " + quote(dir))
                              .c_str()),
              0);
    const std::string profile = profile_of("p10");
    CheckerRun run("--jsonl --jobs 1 " + common(profile) + " " + quote(dir + "/linked-seed.ods") + " " +
                   quote(dir + "/linked-picture.xlsx"));
    std::vector<std::string> lines;
    const int code = run.finish(&lines);
    ASSERT_EQ(lines.size(), 2u);
    const auto seed = json::parse(lines[0]).as_object();
    EXPECT_EQ(seed.at("status").as_string(), "ok");
    ASSERT_EQ(seed.at("forms").as_array().size(), 1u);
    EXPECT_EQ(seed.at("forms").at(0).at("summary").at("errors").as_int64(), 3) << "the form itself is checked";
    EXPECT_NE(json::parse(lines[1]).as_object().at("status").as_string(), "unreadable");
    EXPECT_EQ(code, 1);
    std::string asked;
    for (const auto& r : web.requests()) asked += "\n  " + r;
    EXPECT_EQ(web.requests().size(), 1u) << "only the listener's own ping; the office asked:" << asked;
    EXPECT_TRUE(no_office_on(profile));
}

TEST_F(Batch, AKilledOfficeIsRestartedAndTheFileTriedOnceMore) {
    const std::string profile = profile_of("p2");
    const auto files = seeds((kRoot / "killed").string(), 4);
    CheckerRun run("--jsonl --jobs 1 " + common(profile) + joined(files));
    const auto first = run.line();
    ASSERT_TRUE(first.has_value());
    const auto offices = processes_with(profile);
    ASSERT_EQ(offices.size(), 1u);
    kill(offices[0], SIGKILL);  // as the kernel's OOM killer would
    std::vector<std::string> rest;
    const int code = run.finish(&rest);
    ASSERT_EQ(rest.size(), 3u) << "every file has one result";
    int retried = 0;
    for (const auto& l : rest) {
        const auto o = json::parse(l).as_object();
        EXPECT_EQ(o.at("status").as_string(), "ok") << l;
        if (o.contains("retried")) retried += static_cast<int>(o.at("retried").as_int64());
    }
    EXPECT_EQ(retried, 1) << "the file the office died on was checked again in a fresh one";
    EXPECT_EQ(code, 1) << "the forms' errors, nothing unchecked";
    EXPECT_TRUE(no_office_on(profile));
}

// An office that dies on a file twice (killed while it computes the file,
// then killed again while a fresh one tries it once more): that file, and
// only that one, is "crashed"; a third office checks the next.
TEST_F(Batch, AFileWhoseOfficeDiesTwiceIsCrashedAndTheBatchGoesOn) {
    const std::string profile = profile_of("p8");
    const std::string dir = (kRoot / "crashed").string();
    const auto files = seeds(dir, 1);
    std::string rows;
    for (int i = 0; i < 20000; ++i)  // minutes of work for one core
        rows +=
            R"row(<table:table-row><table:table-cell table:formula="of:=SUMPRODUCT(SQRT(ROW([.Z1:.Z1000000])))"/></table:table-row>)row";
    std::ofstream(dir + "/busy.fods") << R"xml(<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2"
 office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:body><office:spreadsheet><table:table table:name="S">)xml"
                                      << rows
                                      << "</table:table></office:spreadsheet></office:body></office:document>\n";
    // The extension installed first: its install restarts the office, and
    // the office killed below must be the one checking the file.
    ASSERT_EQ(CheckerRun(common(profile) + " " + quote(files[0])).finish(), 1);
    CheckerRun run("--jsonl --jobs 1 --timeout 40 " + common(profile) + " " + quote(dir + "/busy.fods") + " " +
                   quote(files[0]));
    auto office_other_than = [&](pid_t old) {
        for (int i = 0; i < 600; ++i) {
            const auto now = processes_with(profile);
            if (!now.empty() && now[0] != old) return now[0];
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return pid_t(-1);
    };
    const pid_t first = office_other_than(-1);
    ASSERT_GT(first, 0);
    std::this_thread::sleep_for(std::chrono::seconds(3));  // busy with the file by now
    kill(first, SIGKILL);
    const pid_t second = office_other_than(first);
    ASSERT_GT(second, 0) << "a fresh office tries the file once more";
    std::this_thread::sleep_for(std::chrono::seconds(3));
    kill(second, SIGKILL);
    std::vector<std::string> lines;
    const int code = run.finish(&lines);
    ASSERT_EQ(lines.size(), 2u);
    const auto busy = json::parse(lines[0]);
    EXPECT_EQ(busy.at("status").as_string(), "crashed") << lines[0];
    ASSERT_TRUE(busy.as_object().contains("retried")) << lines[0];
    EXPECT_EQ(busy.at("retried").as_int64(), 1) << lines[0];
    EXPECT_THAT(std::string(busy.at("message").as_string()), HasSubstr("重试一次仍然如此"));
    EXPECT_EQ(json::parse(lines[1]).at("status").as_string(), "ok") << "a third office goes on: " << lines[1];
    EXPECT_EQ(code, 2);
    EXPECT_TRUE(no_office_on(profile));
}

// The profile's lock is this run's alone: its offices do not inherit the
// descriptor (O_CLOEXEC), so a run killed outright leaves no profile held
// by an orphaned office.
TEST_F(Batch, TheProfileLockIsNotInheritedByTheOffice) {
    const std::string profile = profile_of("lock");
    const auto files = seeds((kRoot / "lock").string(), 3);
    CheckerRun run("--jsonl --jobs 1 " + common(profile) + joined(files));
    ASSERT_TRUE(run.line().has_value());
    const auto offices = processes_with(profile);
    ASSERT_EQ(offices.size(), 1u);
    std::vector<std::string> held;
    std::error_code ec;
    for (const auto& fd : fs::directory_iterator("/proc/" + std::to_string(offices[0]) + "/fd", ec)) {
        const auto target = fs::read_symlink(fd.path(), ec);
        if (!ec && target.string().find(".lock") != std::string::npos) held.push_back(target.string());
    }
    EXPECT_TRUE(held.empty()) << "the office holds " << (held.empty() ? "" : held[0]);
    EXPECT_EQ(run.finish(), 1);
    EXPECT_TRUE(no_office_on(profile));
}

TEST_F(Batch, AHungOfficeCostsOneFileItsDeadline) {
    const std::string profile = profile_of("p3");
    const auto files = seeds((kRoot / "hung").string(), 3);
    CheckerRun run("--jsonl --jobs 1 --timeout 5 " + common(profile) + joined(files));
    ASSERT_TRUE(run.line().has_value());
    const auto offices = processes_with(profile);
    ASSERT_EQ(offices.size(), 1u);
    kill(offices[0], SIGSTOP);
    std::vector<std::string> rest;
    const auto start = std::chrono::steady_clock::now();
    const int code = run.finish(&rest);
    ASSERT_EQ(rest.size(), 2u);
    EXPECT_EQ(json::parse(rest[0]).at("status").as_string(), "timeout") << rest[0];
    EXPECT_EQ(json::parse(rest[1]).at("status").as_string(), "ok") << "a fresh office goes on: " << rest[1];
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(60));
    EXPECT_EQ(code, 2);
    EXPECT_TRUE(no_office_on(profile));
}

// A file that makes the office grow (a formula over a 10,000 × 10,000
// matrix, computed when read: the office peaks near 2.5 GB): the watchdog
// stops it at --max-memory, and a fresh office checks the next file.
TEST_F(Batch, ARunawayFileIsTooLargeAndTheBatchGoesOn) {
    const std::string profile = profile_of("p6");
    const std::string dir = (kRoot / "runaway").string();
    const auto files = seeds(dir, 1);
    std::ofstream(dir + "/runaway.fods") << R"xml(<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2"
 office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:body><office:spreadsheet><table:table table:name="S"><table:table-row>
  <table:table-cell table:formula="of:=SUMPRODUCT(MUNIT(10000)+1)"/>
 </table:table-row></table:table></office:spreadsheet></office:body></office:document>
)xml";
    CheckerRun run("--jsonl --max-memory 500 " + common(profile) + " " + quote(dir + "/runaway.fods") + " " +
                   quote(files[0]));
    std::vector<std::string> lines;
    const int code = run.finish(&lines);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(json::parse(lines[0]).at("status").as_string(), "too-large") << lines[0];
    EXPECT_EQ(json::parse(lines[1]).at("status").as_string(), "ok") << lines[1];
    EXPECT_EQ(code, 2);
    EXPECT_TRUE(no_office_on(profile));
}

TEST_F(Batch, InterruptedItStopsItsOfficeAndSaysWhatItFinished) {
    const std::string profile = profile_of("p4");
    const auto files = seeds((kRoot / "interrupted").string(), 6);
    CheckerRun run("--jsonl " + common(profile) + joined(files));
    ASSERT_TRUE(run.line().has_value()) << "the first file's result came out at once";
    kill(run.pid(), SIGTERM);
    EXPECT_EQ(run.finish(), 143);
    EXPECT_TRUE(no_office_on(profile)) << "no office left on the profile";

    CheckerRun again(common(profile) + " " + quote(files[0]));  // the profile is usable at once
    std::vector<std::string> out;
    EXPECT_EQ(again.finish(&out), 1);
    EXPECT_TRUE(no_office_on(profile));
}

TEST_F(Batch, TwoRunsOnOneProfileBothWork) {
    const std::string profile = profile_of("p5");
    const auto files = seeds((kRoot / "two").string(), 2);
    CheckerRun one("--jsonl " + common(profile) + joined(files) + " 2>&1");
    CheckerRun two("--jsonl " + common(profile) + joined(files) + " 2>&1");
    std::vector<std::string> a, b;
    EXPECT_EQ(one.finish(&a), 1);
    EXPECT_EQ(two.finish(&b), 1);
    std::string all;
    for (const auto& l : a) all += l + "\n";
    for (const auto& l : b) all += l + "\n";
    EXPECT_THAT(all, HasSubstr("正被进程")) << "one of them says it works on a copy";
    EXPECT_TRUE(no_office_on(profile));
    EXPECT_TRUE(no_office_on("perfeval-check-")) << "the copy's office is gone too";
}

// --jobs 2: two offices, each on a profile of its own, results in the order
// of the inputs and the same as one office gives; --jsonl's lines are
// --json's files.
TEST_F(Batch, TwoOfficesSideBySideKeepTheOrderOfTheInputs) {
    const std::string profile = profile_of("p7");
    const std::string dir = (kRoot / "jobs").string();
    // Quick files right after a slow one: printed as they finish, they
    // would come first.
    auto files = seeds(dir, 6);
    std::ofstream(dir + "/01a-empty.ods").close();
    std::ofstream(dir + "/01b-garbage.xlsx") << "not a workbook";
    files.insert(files.begin() + 1, {dir + "/01a-empty.ods", dir + "/01b-garbage.xlsx"});

    CheckerRun parallel("--jsonl --jobs 2 " + common(profile + "/") + " " + quote(dir));
    std::vector<std::string> lines;
    const auto first = parallel.line();
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(processes_with(profile).size(), 2u) << "two offices";
    lines.push_back(*first);
    EXPECT_EQ(parallel.finish(&lines), 2);
    EXPECT_TRUE(no_office_on(profile));
    EXPECT_TRUE(fs::is_directory(profile + "-2")) << "the second office's profile lies beside the first";

    CheckerRun serial("--json --jobs 1 " + common(profile) + " " + quote(dir));
    std::vector<std::string> out;
    EXPECT_EQ(serial.finish(&out), 2);
    ASSERT_EQ(out.size(), 1u);
    const auto all = json::parse(out[0]).at("files").as_array();
    ASSERT_EQ(lines.size(), files.size());
    ASSERT_EQ(all.size(), files.size());
    for (size_t i = 0; i < files.size(); ++i) {
        const auto line = json::parse(lines[i]);
        EXPECT_EQ(line.at("path").as_string(), files[i]) << "in the order of the inputs";
        EXPECT_EQ(line, all[i]) << "the same result from one office and from two";
    }
    EXPECT_EQ(all[1].at("status").as_string(), "unreadable");
    EXPECT_THAT(std::string(all[1].at("message").as_string()), HasSubstr("文件为空"));
    EXPECT_EQ(all[2].at("status").as_string(), "unreadable");
    EXPECT_THAT(std::string(all[2].at("message").as_string()), HasSubstr("不认识此文件的格式"));
    EXPECT_TRUE(no_office_on(profile));
}

}  // namespace
