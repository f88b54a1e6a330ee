// perfeval-check-bench: how long the checker takes, against what the office
// itself needs for the same data, in one private headless office:
//   seed   extension/samples/seed-form.ods: XValidator::checkSheet and
//          checkDocument end to end through the UNO service (goal ≤ 100 ms),
//          next to the client's bulk read of the sheet's used area
//          (XUsedAreaCursor + getDataArray);
//   large  the seed with N (default 10,000) indicator rows cycling through the
//          seed's own 23, written with one setDataArray: checkSheet against the
//          bulk read of the same used area (goal ≤ 2×);
//   cli    100 files (copies of the seed and of tests/fixtures/): LibreOffice's
//          own load + close of each against one `perfeval-check --json
//          --connect PIPE` over all of them, its own connection included
//          (goal ≤ 1.3×);
//   jobs   J (default 40) files, forms of R (default 2,000) indicator rows
//          made from the seed as the large form is, saved as .ods and .xlsx
//          in turn, each run of perfeval-check starting its own offices:
//          --jobs 2 against --jobs 1. Throughput
//          is files per second once the offices run: the run over 2 of the
//          files (offices started, two files checked, offices stopped) is
//          subtracted from the run over all J (goal: --jobs 2 ≥ 1.7× the
//          throughput of --jobs 1 on a 2-core machine).
// For the seed and the large form it also times, in this process, the parts
// the service is made of (Any → grid, the core's check_sheet, report → IDL) on
// the same data, to show where the time goes. Prints the median of K runs
// after one warm-up; the runs go round-robin over the measurements.
// A measurement, not a test: exit 0 also when a goal is missed; exit 2 when it
// cannot measure (no office, no extension, wrong results, bad arguments).
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <org/perfeval/XValidator.hpp>

#include "bench_common.hpp"
#include "core/form/grid.hpp"
#include "core/rules/check.hpp"
#include "core/scoring/profile.hpp"
#include "office/documents.hpp"
#include "office/office.hpp"
#include "uno/convert.hpp"
#include "uno/report_idl.hpp"

namespace {

using perfeval::bench::first_line_of;
using perfeval::bench::office_version;

namespace css = com::sun::star;
namespace fs = std::filesystem;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;
using Clock = std::chrono::steady_clock;
using perfeval::uno::from_utf8;
using perfeval::uno::to_utf8;
using DataArray = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

// A setup error: the benchmark cannot measure (exit 2).
struct SetupError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Options {
    int rows = 10000;
    int runs = 7;
    int files = 100;
    bool blocks = false;   // the large form as N/23 copies of the seed's table, groups and all
    int spin = 0;          // seconds of checkSheet on the large form, for perf record -p
    int jobs_files = 40;   // files of the --jobs measurement
    int jobs_rows = 2000;  // indicator rows of each of them
    std::string only;      // comma-separated: seed, large, cli, jobs; empty: all
    std::string profile = PERFEVAL_BENCH_CHECK_PROFILE;
    std::string oxt = PERFEVAL_BENCH_OXT;
    std::string rdb = PERFEVAL_BENCH_RDB;
    std::string checker = PERFEVAL_BENCH_CHECKER;
    std::string source_dir = PERFEVAL_SOURCE_DIR;
};

void usage(std::ostream& out) {
    out << "usage: perfeval-check-bench [--rows N] [--runs K] [--files F] [--jobs-files J] [--jobs-rows R]\n"
           "                            [--only seed,large,cli,jobs]\n"
           "                            [--blocks] [--spin SECONDS] [--profile DIR] [--oxt perfeval.oxt]\n"
           "                            [--rdb perfeval.rdb] [--checker perfeval-check]\n"
           "Times org.perfeval.Validator on the seed form and on a form with N indicator rows\n"
           "(default 10000) against the bulk read of the same used area, and perfeval-check\n"
           "--connect on F files (default 100) against LibreOffice's own load + close of them;\n"
           "median of K (default 7) runs after one warm-up. --spin keeps calling checkSheet on\n"
           "the large form for that long at the end and prints the office's pid (perf record).\n"
           "jobs: perfeval-check --jobs 2 against --jobs 1 on J files (default 40) holding a\n"
           "form of R indicator rows (default 2000), each run starting its own offices\n"
           "(profiles DIR-jobs, DIR-jobs-2).\n"
           "--blocks: the large form repeats the seed's 23 rows with their group labels\n"
           "(N/23 groups of each kind) instead of three groups of N rows in all.\n";
}

Options parse(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) throw SetupError(a + " needs a value");
            return argv[++i];
        };
        auto number = [&](int min, int max) {
            const std::string v = value();
            char* end = nullptr;
            const long n = std::strtol(v.c_str(), &end, 10);
            if (!end || *end || n < min || n > max)
                throw SetupError(a + ": not a number in [" + std::to_string(min) + ", " + std::to_string(max) +
                                 "]: " + v);
            return static_cast<int>(n);
        };
        if (a == "--rows")
            o.rows = number(23, 1000000);
        else if (a == "--runs")
            o.runs = number(1, 1000);
        else if (a == "--files")
            o.files = number(1, 10000);
        else if (a == "--jobs-files")
            o.jobs_files = number(3, 10000);
        else if (a == "--jobs-rows")
            o.jobs_rows = number(23, 100000);
        else if (a == "--spin")
            o.spin = number(0, 3600);
        else if (a == "--only")
            o.only = value();
        else if (a == "--blocks")
            o.blocks = true;
        else if (a == "--profile")
            o.profile = value();
        else if (a == "--oxt")
            o.oxt = value();
        else if (a == "--rdb")
            o.rdb = value();
        else if (a == "--checker")
            o.checker = value();
        else if (a == "-h" || a == "--help") {
            usage(std::cout);
            std::exit(0);
        } else {
            usage(std::cerr);
            throw SetupError("unknown argument " + a);
        }
    }
    std::stringstream parts(o.only);
    for (std::string part; std::getline(parts, part, ',');)
        if (part != "seed" && part != "large" && part != "cli" && part != "jobs")
            throw SetupError("--only " + o.only + ": the parts are seed, large, cli, jobs");
    return o;
}

bool wanted(const Options& o, const char* part) {
    return o.only.empty() || ("," + o.only + ",").find("," + std::string(part) + ",") != std::string::npos;
}

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// ---- timings -----------------------------------------------------------------

struct Series {
    std::string key, label;
    std::vector<double> times;
    double median() const {
        std::vector<double> t = times;
        std::sort(t.begin(), t.end());
        const size_t k = t.size();
        return k == 0 ? 0 : k % 2 ? t[k / 2] : (t[k / 2 - 1] + t[k / 2]) / 2;
    }
    double min() const { return times.empty() ? 0 : *std::min_element(times.begin(), times.end()); }
    double max() const { return times.empty() ? 0 : *std::max_element(times.begin(), times.end()); }
};

// Measurements that are timed together: one warm-up each, then K rounds
// round-robin, so that a burst of load elsewhere falls on all of them alike.
class Round {
public:
    void add(std::string key, std::string label, std::function<void()> body) {
        series_.push_back({std::move(key), std::move(label), {}});
        bodies_.push_back(std::move(body));
    }
    void run(int runs) {
        for (auto& b : bodies_) b();  // warm-up
        for (int i = 0; i < runs; ++i)
            for (size_t j = 0; j < bodies_.size(); ++j) {
                const auto t0 = Clock::now();
                bodies_[j]();
                series_[j].times.push_back(seconds_since(t0));
            }
    }
    const std::vector<Series>& series() const { return series_; }

private:
    std::vector<Series> series_;
    std::vector<std::function<void()>> bodies_;
};

// ---- the office side ---------------------------------------------------------

Reference<css::sheet::XSheetCellCursor> used_area(const Reference<css::sheet::XSpreadsheet>& sheet) {
    const Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
    const Reference<css::sheet::XUsedAreaCursor> used(cursor, UNO_QUERY_THROW);
    used->gotoStartOfUsedArea(false);
    used->gotoEndOfUsedArea(true);
    return cursor;
}

// The reference: what the service's own first step does (sheet_grid.cpp),
// done by this client over the bridge.
DataArray bulk_read(const Reference<css::sheet::XSpreadsheet>& sheet) {
    return Reference<css::sheet::XCellRangeData>(used_area(sheet), UNO_QUERY_THROW)->getDataArray();
}

css::table::CellRangeAddress used_address(const Reference<css::sheet::XSpreadsheet>& sheet) {
    return Reference<css::sheet::XCellRangeAddressable>(used_area(sheet), UNO_QUERY_THROW)->getRangeAddress();
}

// What sheet_grid.cpp makes of the bulk read.
perfeval::Grid to_grid(const css::table::CellRangeAddress& area, const DataArray& data) {
    const int rows = data.getLength();
    const int cols = rows > 0 ? data[0].getLength() : 0;
    std::vector<perfeval::CellValue> values;
    values.reserve(static_cast<size_t>(rows) * cols);
    for (const auto& row : data)
        for (const auto& cell : row) values.push_back(perfeval::uno::range_element(cell));
    return perfeval::Grid({area.StartRow, area.StartColumn}, rows, cols, std::move(values));
}

long cells_of(const DataArray& d) {
    return d.getLength() == 0 ? 0 : static_cast<long>(d.getLength()) * d[0].getLength();
}

std::string sheet_name(const Reference<css::sheet::XSpreadsheet>& sheet) {
    return to_utf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
}

std::string counts(const org::perfeval::SheetReport& r) {
    std::map<std::string, int> by_rule;
    for (const auto& f : r.Findings) ++by_rule[to_utf8(f.Severity) + " " + to_utf8(f.Rule)];
    std::string rules;
    for (const auto& [rule, n] : by_rule) rules += (rules.empty() ? "" : ", ") + rule + " " + std::to_string(n);
    return std::to_string(r.Errors) + " errors, " + std::to_string(r.Warnings) + " warnings, " +
           std::to_string(r.Notices) + " notices, " + std::to_string(r.Findings.getLength()) + " findings (" + rules +
           "), range " + to_utf8(r.Range);
}

// ---- the forms -----------------------------------------------------------------

struct OpenDocument {
    Reference<css::sheet::XSpreadsheetDocument> doc;
    Reference<css::sheet::XSpreadsheet> sheet;
    OpenDocument(const perfeval::office::Office& office, const std::string& path, bool read_only) {
        perfeval::office::LoadOptions lo;
        lo.read_only = read_only;
        lo.untrusted = true;
        doc.set(perfeval::office::load(office, perfeval::office::file_url(path), lo), css::uno::UNO_QUERY);
        if (!doc.is()) throw SetupError("the office does not open " + path + " as a spreadsheet");
        sheet = perfeval::office::first_sheet(doc);
    }
    ~OpenDocument() { perfeval::office::close(doc); }
    OpenDocument(const OpenDocument&) = delete;
    OpenDocument& operator=(const OpenDocument&) = delete;
};

// A weight or score of the seed: a number, or a text such as "　2".
double number_in(const css::uno::Any& a) {
    double d = 0;
    if (a >>= d) return d;
    OUString s;
    a >>= s;
    const std::string t = to_utf8(s);
    const auto p = t.find_first_of("0123456789");
    return p == std::string::npos ? 0 : std::atof(t.c_str() + p);
}

// "产出指标\n\n(50分)" → "产出指标\n\n(6086分)": the group label states the weight
// its rows add up to.
OUString relabel(const OUString& label, double weight) {
    std::string s = to_utf8(label);
    const auto fen = s.find("分");
    size_t start = fen;
    while (start > 0 && (std::isdigit(static_cast<unsigned char>(s[start - 1])) || s[start - 1] == '.')) --start;
    if (fen == std::string::npos || start == fen) throw SetupError("no weight in the group label " + s);
    char w[32];
    std::snprintf(w, sizeof w, "%g", weight);
    return from_utf8(s.substr(0, start) + w + s.substr(fen));
}

// What the large form should report, from the rows written.
struct LargeForm {
    int rows = 0;
    int cross_checks = 0;  // copies of F20 (44.02 亩 vs 万亩) and F26 (734.73 vs 840.02)
    int tier_notices = 0;  // copies of H24 (a qualitative score above its tier)
};

// The seed's indicator table (rows 14..36, three first-level groups of 14, 8
// and 1 rows) grown to N rows from row 14: each group keeps its place and
// its share of the rows, cycling through the seed's own rows of that group
// (their texts, targets, actual values, weights and scores), its label
// stating the weight its rows add up to; then the 总分 row with the total
// weight and the total score these rows add up to (the seed's execution
// score 9 included, as the seed states it). All in one setDataArray.
// With `blocks`, the seed's 23 rows are instead repeated as they are, group
// labels included: N/23 groups of each kind (a stress case for the rules that
// go over the groups).
LargeForm make_large_form(const Reference<css::sheet::XSpreadsheet>& sheet, int n, bool blocks) {
    const DataArray seed =
        Reference<css::sheet::XCellRangeData>(sheet->getCellRangeByName("A14:I36"), UNO_QUERY_THROW)->getDataArray();
    const int period = seed.getLength();
    if (period != 23) throw SetupError("the seed form's rows 14..36 are not 23 indicator rows");
    std::vector<int> starts;  // seed rows where a first-level group (column B) starts
    for (int r = 0; r < period; ++r) {
        OUString b;
        if ((seed[r][1] >>= b) && !b.trim().isEmpty()) starts.push_back(r);
    }
    if (starts.size() != 3 || starts[0] != 0) throw SetupError("the seed form's groups are not where expected");
    starts.push_back(period);

    LargeForm out;
    out.rows = n;
    DataArray data(n + 1);
    auto* rows = data.getArray();
    double total_weight = 10, total_score = 9;  // the execution block: weight 10, stated score 9 (H5)
    int row = 0;
    if (blocks) starts = {0, period};
    for (size_t g = 0; g + 1 < starts.size(); ++g) {
        const int from = starts[g], size = starts[g + 1] - starts[g];
        const int count = g + 2 == starts.size() ? n - row : static_cast<int>(static_cast<long>(n) * size / period);
        double weight = 0;
        for (int i = 0; i < count; ++i, ++row) {
            const int s = from + i % size;
            rows[row] = seed[s];
            auto* cells = rows[row].getArray();
            cells[0] <<= OUString();                        // A: the seed merges A13:A36
            if (i > 0 && !blocks) cells[1] <<= OUString();  // B: the group label once
            weight += number_in(seed[s][6]);
            total_score += number_in(seed[s][7]);
            if (s == 20 - 14 || s == 26 - 14) ++out.cross_checks;
            if (s == 24 - 14) ++out.tier_notices;
        }
        if (!blocks) {
            OUString label;
            rows[row - count][1] >>= label;
            rows[row - count].getArray()[1] <<= relabel(label, weight);
        }
        total_weight += weight;
    }
    rows[n].realloc(9);
    auto* total = rows[n].getArray();
    for (int c = 0; c < 9; ++c) total[c] <<= OUString();
    total[0] <<= from_utf8("总分");
    total[6] <<= total_weight;
    total[7] <<= total_score;
    // The seed's merged cells would hide the new rows 14..36 in a window;
    // the data is the same either way.
    const std::string a1 = "A14:I" + std::to_string(14 + n);
    Reference<css::sheet::XCellRangeData>(sheet->getCellRangeByName(from_utf8(a1)), UNO_QUERY_THROW)
        ->setDataArray(data);
    return out;
}

// ---- command-line throughput -----------------------------------------------------

struct TempDir {
    fs::path path;
    TempDir() {
        std::string t = (fs::temp_directory_path() / "perfeval-check-bench-XXXXXX").string();
        if (!mkdtemp(t.data())) throw SetupError("cannot make a temporary directory");
        path = t;
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

std::vector<std::string> make_files(const Options& o, const fs::path& dir) {
    const fs::path src(o.source_dir);
    std::vector<fs::path> sources = {src / "extension/samples/seed-form.ods", src / "extension/samples/seed-form.xlsx"};
    std::vector<fs::path> fixtures;
    for (const auto& e : fs::directory_iterator(src / "tests/fixtures")) {
        const auto ext = e.path().extension().string();
        if (ext == ".ods" || ext == ".xlsx" || ext == ".xls") fixtures.push_back(e.path());
    }
    std::sort(fixtures.begin(), fixtures.end());
    sources.insert(sources.end(), fixtures.begin(), fixtures.end());
    for (const auto& s : sources)
        if (!fs::is_regular_file(s)) throw SetupError("missing " + s.string());
    std::vector<std::string> files;
    for (int i = 0; i < o.files; ++i) {
        const fs::path& s = sources[static_cast<size_t>(i) % sources.size()];
        char prefix[16];
        std::snprintf(prefix, sizeof prefix, "%03d-", i);
        const fs::path to = dir / (prefix + s.filename().string());
        fs::copy_file(s, to);
        files.push_back(to.string());
    }
    return files;
}

// LibreOffice's own work for one file: load it as the checker does (hidden,
// read-only, no macros, no links), then close it.
int load_and_close_all(const perfeval::office::Office& office, const std::vector<std::string>& files) {
    int loaded = 0;
    for (const auto& f : files) {
        try {
            perfeval::office::LoadOptions lo;
            lo.read_only = true;
            lo.untrusted = true;
            const auto doc = perfeval::office::load(office, perfeval::office::file_url(f), lo);
            if (doc.is()) ++loaded;
            perfeval::office::close(doc);
        } catch (const css::uno::Exception&) {
            // not loadable: the checker reports it as unreadable; the same here
        }
    }
    return loaded;
}

struct CheckerRun {
    int exit_code = -1;
    std::string out, err;
};

std::string read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

CheckerRun run_checker(const Options& o, std::vector<std::string> options, const std::vector<std::string>& files,
                       const fs::path& dir) {
    const fs::path out = dir / "checker.json", err = dir / "checker.err";
    std::vector<std::string> args = {o.checker, "--json"};
    args.insert(args.end(), options.begin(), options.end());
    args.insert(args.end(), files.begin(), files.end());
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    const pid_t pid = fork();
    if (pid < 0) throw SetupError("fork failed");
    if (pid == 0) {
        const int fo = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int fe = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fo < 0 || fe < 0) _exit(127);
        dup2(fo, 1);
        dup2(fe, 2);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    CheckerRun r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = read_all(out);
    r.err = read_all(err);
    return r;
}

int occurrences(const std::string& s, const std::string& needle) {
    int n = 0;
    for (auto p = s.find(needle); p != std::string::npos; p = s.find(needle, p + needle.size())) ++n;
    return n;
}

// ---- report ----------------------------------------------------------------------

struct Goal {
    std::string name;
    double value;           // ms or ×
    std::string unit;       // "ms" or "×"
    double goal;            // 0: informative
    bool at_least = false;  // the goal is a lower bound (a throughput ratio)
};

// Pads to a width in characters (UTF-8: "≤", "×", "→" are one each).
std::string pad(const std::string& s, size_t width, bool right = false) {
    size_t chars = 0;
    for (unsigned char c : s) chars += (c & 0xC0) != 0x80;
    const std::string fill(chars < width ? width - chars : 0, ' ');
    return right ? fill + s : s + fill;
}

std::string ms(double seconds) {
    char b[32];
    std::snprintf(b, sizeof b, "%.1f", seconds * 1e3);
    return b;
}

void print_series(const std::vector<Series>& all) {
    std::printf("| %s | %s | %s | %s |\n", pad("measurement", 66).c_str(), pad("median ms", 9, true).c_str(),
                pad("min ms", 9, true).c_str(), pad("max ms", 9, true).c_str());
    std::printf("|%s|%s:|%s:|%s:|\n", std::string(68, '-').c_str(), std::string(10, '-').c_str(),
                std::string(10, '-').c_str(), std::string(10, '-').c_str());
    for (const auto& s : all)
        std::printf("| %s | %s | %s | %s |\n", pad(s.label, 66).c_str(), pad(ms(s.median()), 9, true).c_str(),
                    pad(ms(s.min()), 9, true).c_str(), pad(ms(s.max()), 9, true).c_str());
}

void print_goals(const std::vector<Goal>& goals) {
    std::printf("\n| %s | %s | %s | %s |\n", pad("result", 58).c_str(), pad("value", 9, true).c_str(),
                pad("goal", 9, true).c_str(), pad("result", 6).c_str());
    std::printf("|%s|%s:|%s:|%s|\n", std::string(60, '-').c_str(), std::string(10, '-').c_str(),
                std::string(10, '-').c_str(), std::string(8, '-').c_str());
    for (const auto& g : goals) {
        char value[32], goal[32];
        if (g.unit == "ms")
            std::snprintf(value, sizeof value, "%.1f ms", g.value);
        else if (g.unit == "%")
            std::snprintf(value, sizeof value, "%.0f %%", g.value);
        else
            std::snprintf(value, sizeof value, "%.2f×", g.value);
        if (g.goal <= 0)
            std::snprintf(goal, sizeof goal, "—");
        else if (g.unit == "ms")
            std::snprintf(goal, sizeof goal, "≤ %.0f ms", g.goal);
        else
            std::snprintf(goal, sizeof goal, "%s %.1f×", g.at_least ? "≥" : "≤", g.goal);
        const bool met = g.at_least ? g.value >= g.goal : g.value <= g.goal;
        const char* result = g.goal <= 0 ? "info" : met ? "**PASS**" : "**MISS**";
        std::printf("| %s | %s | %s | %s |\n", pad(g.name, 58).c_str(), pad(value, 9, true).c_str(),
                    pad(goal, 9, true).c_str(), pad(result, 6).c_str());
    }
}

int run(const Options& o) {
    if (!fs::is_regular_file(o.rdb)) throw SetupError("no type library at " + o.rdb);
    if (wanted(o, "cli") && access(o.checker.c_str(), X_OK) != 0)
        throw SetupError("no checker at " + o.checker + " (cmake --build build --target perfeval-check)");
    perfeval::office::register_types(o.rdb);
    std::cerr << "perfeval-check-bench: starting a headless office on " << o.profile << "\n";
    perfeval::office::OfficeOptions options;
    options.soffice = PERFEVAL_SOFFICE;
    options.profile_dir = o.profile;
    const auto office = perfeval::office::start_with_extension(options, o.oxt);
    const std::string version = office_version(office->context());
    const auto ctx = office->context();
    const Reference<org::perfeval::XValidator> validator(
        ctx->getServiceManager()->createInstanceWithContext("org.perfeval.Validator", ctx), css::uno::UNO_QUERY);
    if (!validator.is()) throw SetupError("org.perfeval.Validator is not available: the extension is not installed");
    std::cerr << "perfeval-check-bench: " << version << ", office pid " << office->pid() << ", pipe "
              << office->pipe_name() << ", median of " << o.runs << " runs after one warm-up\n";

    const OUString profile, lang("zh");
    const perfeval::Profile& core_profile = perfeval::default_profile();
    std::vector<Series> all;
    std::vector<Goal> goals;
    auto median_of = [&](const std::string& key) {
        for (const auto& s : all)
            if (s.key == key) return s.median();
        throw SetupError("no measurement " + key);
    };
    const std::string seed_path = o.source_dir + "/extension/samples/seed-form.ods";

    // In this process, on the data the bulk read gave: Any → grid, the core
    // check, report → words → IDL (the service does the same in the office).
    auto add_parts = [&](Round& round, const std::string& key, const std::string& what,
                         const Reference<css::sheet::XSpreadsheet>& sheet) {
        auto data = std::make_shared<DataArray>(bulk_read(sheet));
        const auto area = used_address(sheet);
        auto grid = std::make_shared<perfeval::Grid>(to_grid(area, *data));
        auto report =
            std::make_shared<perfeval::SheetReport>(perfeval::check_sheet(*grid, sheet_name(sheet), core_profile));
        const std::string name = sheet_name(sheet);
        round.add(key + ".grid", what + ": getDataArray result → grid (here)", [=] { *grid = to_grid(area, *data); });
        round.add(key + ".core", what + ": core check_sheet on the grid (here)",
                  [=, &core_profile] { *report = perfeval::check_sheet(*grid, name, core_profile); });
        round.add(key + ".idl", what + ": report → IDL structs (here)",
                  [=] { (void)perfeval::uno::to_idl(*report, perfeval::Lang::zh); });
    };

    if (wanted(o, "seed")) {
        std::cerr << "perfeval-check-bench: seed form\n";
        OpenDocument seed(*office, seed_path, true);
        const auto r = validator->checkSheet(seed.sheet, profile, lang);
        std::cerr << "  checkSheet: " << counts(r) << "\n";
        if (!r.HasForm || r.Errors != 3 || r.Warnings != 2)
            throw SetupError("the seed form should give a form with 3 errors and 2 warnings, not " + counts(r));
        const auto reports = validator->checkDocument(seed.doc, profile, lang);
        if (reports.getLength() < 1 || reports[0].Errors != 3)
            throw SetupError("checkDocument on the seed form does not report its 3 errors");
        std::cerr << "  used area " << cells_of(bulk_read(seed.sheet)) << " cells\n";
        Round round;
        round.add("seed.bulk", "seed: bulk read of the used area (client, getDataArray)",
                  [&] { (void)bulk_read(seed.sheet); });
        round.add("seed.sheet", "**seed: checkSheet end to end (UNO service)**",
                  [&] { (void)validator->checkSheet(seed.sheet, profile, lang); });
        round.add("seed.doc", "**seed: checkDocument end to end (UNO service)**",
                  [&] { (void)validator->checkDocument(seed.doc, profile, lang); });
        add_parts(round, "seed", "seed", seed.sheet);
        round.run(o.runs);
        all.insert(all.end(), round.series().begin(), round.series().end());
        goals.push_back({"seed: checkSheet end to end", median_of("seed.sheet") * 1e3, "ms", 100});
        goals.push_back({"seed: checkDocument end to end", median_of("seed.doc") * 1e3, "ms", 100});
        goals.push_back({"seed: checkSheet / bulk read", median_of("seed.sheet") / median_of("seed.bulk"), "×", 0});
    }

    std::unique_ptr<OpenDocument> large;
    const std::string N = std::to_string(o.rows);
    if (wanted(o, "large") || o.spin > 0) {
        std::cerr << "perfeval-check-bench: large form, " << o.rows << " indicator rows\n";
        large = std::make_unique<OpenDocument>(*office, seed_path, false);
        const auto t0 = Clock::now();
        const LargeForm made = make_large_form(large->sheet, o.rows, o.blocks);
        std::cerr << "  written in " << seconds_since(t0) << " s (one setDataArray)\n";
        const auto t1 = Clock::now();
        const auto r = validator->checkSheet(large->sheet, profile, lang);
        std::cerr << "  first checkSheet " << seconds_since(t1) << " s: " << counts(r) << "\n";
        std::map<std::string, int> seen;
        for (const auto& f : r.Findings)
            if (++seen[to_utf8(f.Rule)] <= 1 && f.Rule != "cross-check" && f.Rule != "indicator-score")
                std::cerr << "    " << to_utf8(f.Severity) << " " << to_utf8(f.Cell) << " [" << to_utf8(f.Rule) << "] "
                          << to_utf8(f.Message) << "\n";
        // Every row must have been read: the form reaches the 总分 row, and
        // every copy of the seed's F20, F26 and H24 gives its finding.
        const std::string want_range = "A2:I" + std::to_string(14 + o.rows);
        if (!r.HasForm || to_utf8(r.Range) != want_range || r.Errors < 2 || r.Warnings < made.cross_checks ||
            r.Notices < made.tier_notices)
            throw SetupError("the large form is not recognized as written (expected range " + want_range +
                             ", the seed's errors, ≥ " + std::to_string(made.cross_checks) + " warnings, ≥ " +
                             std::to_string(made.tier_notices) + " notices): " + counts(r));
        std::cerr << "  used area " << cells_of(bulk_read(large->sheet)) << " cells\n";
    }
    if (wanted(o, "large")) {
        Round round;
        round.add("large.bulk", "large (" + N + " rows): bulk read of the used area (client)",
                  [&] { (void)bulk_read(large->sheet); });
        round.add("large.sheet", "**large (" + N + " rows): checkSheet end to end (UNO service)**",
                  [&] { (void)validator->checkSheet(large->sheet, profile, lang); });
        add_parts(round, "large", "large", large->sheet);
        round.run(o.runs);
        all.insert(all.end(), round.series().begin(), round.series().end());
        const double ratio = median_of("large.sheet") / median_of("large.bulk");
        goals.push_back({"large: checkSheet / bulk read", ratio, "×", 2.0});
        goals.push_back({"large: share of checkSheet outside the bulk read", (1 - 1 / ratio) * 100, "%", 0});
    }

    if (wanted(o, "cli")) {
        std::cerr << "perfeval-check-bench: command line, " << o.files << " files\n";
        TempDir dir;
        const auto files = make_files(o, dir.path);
        const int loaded = load_and_close_all(*office, files);
        const auto first = run_checker(o, {"--connect", office->pipe_name()}, files, dir.path);
        const int paths = occurrences(first.out, "\"path\":");
        const int ok = occurrences(first.out, "\"status\":\"ok\"");
        const int seeds = occurrences(first.out, "\"errors\":3,");
        std::cerr << "  LibreOffice loads " << loaded << " of " << files.size() << "; perfeval-check exit "
                  << first.exit_code << ", " << paths << " files, " << ok << " ok, " << seeds
                  << " forms with 3 errors\n";
        if (first.exit_code < 0 || first.exit_code > 2 || paths != o.files || ok == 0 || (o.files >= 2 && seeds == 0))
            throw SetupError("perfeval-check did not check the files (exit " + std::to_string(first.exit_code) +
                             "): " + first.err.substr(0, 2000));
        Round round;
        round.add("cli.load", "cli (" + std::to_string(o.files) + " files): LibreOffice load + close",
                  [&] { load_and_close_all(*office, files); });
        round.add("cli.check", "**cli (" + std::to_string(o.files) + " files): perfeval-check --json --connect**", [&] {
            const auto r = run_checker(o, {"--connect", office->pipe_name()}, files, dir.path);
            if (r.exit_code != first.exit_code || r.out != first.out)
                throw SetupError("perfeval-check gave another result on a later run");
        });
        round.run(o.runs);
        all.insert(all.end(), round.series().begin(), round.series().end());
        goals.push_back({"cli: perfeval-check / LibreOffice load + close",
                         median_of("cli.check") / median_of("cli.load"), "×", 1.3});
        goals.push_back({"cli: per file, perfeval-check", median_of("cli.check") / o.files * 1e3, "ms", 0});
        goals.push_back({"cli: per file, LibreOffice load + close", median_of("cli.load") / o.files * 1e3, "ms", 0});
    }

    if (wanted(o, "jobs")) {
        std::cerr << "perfeval-check-bench: --jobs 1 and --jobs 2, " << o.jobs_files << " files of " << o.jobs_rows
                  << " indicator rows\n";
        TempDir dir;
        // A bureau's files are whole forms, not the seed's 23 rows: with
        // those, starting the offices would be all there is to measure.
        {
            OpenDocument form(*office, seed_path, false);
            make_large_form(form.sheet, o.jobs_rows, false);
            for (const auto& [name, filter] :
                 {std::pair<const char*, const char*>{"form.ods", "calc8"}, {"form.xlsx", "Calc Office Open XML"}}) {
                css::uno::Sequence<css::beans::PropertyValue> props(1);
                props.getArray()[0].Name = "FilterName";
                props.getArray()[0].Value <<= from_utf8(filter);
                Reference<css::frame::XStorable>(form.doc, UNO_QUERY_THROW)
                    ->storeToURL(from_utf8(perfeval::office::file_url((dir.path / name).string())), props);
            }
        }
        std::vector<std::string> files;
        for (int i = 0; i < o.jobs_files; ++i) {
            char name[32];
            std::snprintf(name, sizeof name, "%03d-form.%s", i, i % 2 ? "xlsx" : "ods");
            fs::copy_file(dir.path / (i % 2 ? "form.xlsx" : "form.ods"), dir.path / name);
            files.push_back((dir.path / name).string());
        }
        const std::vector<std::string> two(files.begin(), files.begin() + 2);
        auto batch = [&](int jobs, const std::vector<std::string>& which) {
            return run_checker(o, {"--jobs", std::to_string(jobs), "--office-profile", o.profile + "-jobs"}, which,
                               dir.path);
        };
        const auto one_office = batch(1, files), two_offices = batch(2, files);
        if (one_office.exit_code < 0 || one_office.exit_code > 2 ||
            occurrences(one_office.out, "\"path\":") != o.jobs_files)
            throw SetupError("perfeval-check --jobs 1 did not check the files: " + one_office.err.substr(0, 2000));
        if (two_offices.out != one_office.out || two_offices.exit_code != one_office.exit_code)
            throw SetupError("perfeval-check --jobs 2 gave another result than --jobs 1: " +
                             two_offices.err.substr(0, 2000));
        const std::string J = std::to_string(o.jobs_files);
        Round round;
        for (int jobs : {1, 2}) {
            const std::string n = std::to_string(jobs);
            round.add("jobs." + n + ".all", "jobs: perfeval-check --jobs " + n + ", " + J + " files", [&, jobs] {
                if (batch(jobs, files).out != one_office.out) throw SetupError("--jobs gave another result");
            });
            round.add("jobs." + n + ".two", "jobs: perfeval-check --jobs " + n + ", 2 of them (start, stop)",
                      [&, jobs] { (void)batch(jobs, two); });
        }
        round.run(o.runs);
        all.insert(all.end(), round.series().begin(), round.series().end());
        auto throughput = [&](const char* n) {
            return (o.jobs_files - 2) /
                   (median_of(std::string("jobs.") + n + ".all") - median_of(std::string("jobs.") + n + ".two"));
        };
        goals.push_back({"jobs: throughput, --jobs 2 / --jobs 1", throughput("2") / throughput("1"), "×", 1.7, true});
        goals.push_back({"jobs: whole run of " + J + " files, --jobs 1 / --jobs 2",
                         median_of("jobs.1.all") / median_of("jobs.2.all"), "×", 0});
        goals.push_back({"jobs: per file once running, --jobs 1", 1e3 / throughput("1"), "ms", 0});
        goals.push_back({"jobs: per file once running, --jobs 2", 1e3 / throughput("2"), "ms", 0});
    }

    if (o.spin > 0 && large) {
        std::cerr << "perfeval-check-bench: calling checkSheet on the large form for " << o.spin
                  << " s; office process group " << office->pid() << " (perf record -g -p "
                  << "$(pgrep -g " << office->pid() << " soffice.bin))\n";
        const auto t0 = Clock::now();
        int calls = 0;
        while (seconds_since(t0) < o.spin) {
            (void)validator->checkSheet(large->sheet, profile, lang);
            ++calls;
        }
        std::cerr << "  " << calls << " calls\n";
    }
    large.reset();
    office->shutdown();

    std::printf("\nperfeval-check-bench: %s, %u cores (%s), load %s\n", version.c_str(),
                std::thread::hardware_concurrency(), first_line_of("/proc/cpuinfo", "model name").c_str(),
                first_line_of("/proc/loadavg").c_str());
    std::printf(
        "wall time from this client, median of %d runs (round-robin) after one warm-up; "
        "\"(here)\" = in this process on the same data, what the service does in the "
        "office:\n\n",
        o.runs);
    print_series(all);
    print_goals(goals);
    bool noisy = false;
    for (const auto& s : all)
        if (s.max() > 1.25 * s.min() && s.median() > 2e-3) {
            if (!noisy) std::printf("\n");
            noisy = true;
            std::printf("note: %s: the slowest run took %.0f%% longer than the fastest\n", s.key.c_str(),
                        (s.max() / s.min() - 1) * 100);
        }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(parse(argc, argv));
    } catch (const SetupError& e) {
        std::cerr << "perfeval-check-bench: " << e.what() << "\n";
    } catch (const css::uno::Exception& e) {
        std::cerr << "perfeval-check-bench: UNO error: " << to_utf8(e.Message) << "\n";
    } catch (const std::exception& e) {
        std::cerr << "perfeval-check-bench: " << e.what() << "\n";
    }
    return 2;
}
