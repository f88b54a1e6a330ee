#include "options.hpp"

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <thread>

#include <unistd.h>

#include <boost/program_options.hpp>

#include "inputs.hpp"

namespace perfeval::cli {

namespace fs = std::filesystem;
namespace po = boost::program_options;

namespace {

// The directory above the one holding this executable.
fs::path home(const char* argv0) {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec) exe = fs::weakly_canonical(fs::absolute(argv0));
    return exe.parent_path().parent_path();
}

}  // namespace

SummaryFormat summary_format(const std::string& path) {
    const std::string ext = lower_extension(path);
    if (ext == ".xlsx") return SummaryFormat::xlsx;
    if (ext == ".ods") return SummaryFormat::ods;
    if (ext == ".csv") return SummaryFormat::csv;
    return SummaryFormat::none;
}

Parsed parse_options(int argc, char** argv) {
    Options o;
    po::options_description visible(
        "usage: perfeval-check [options] [--] FILE|DIRECTORY...\n"
        "Checks every self-evaluation form in the files (directories: their spreadsheets,\n"
        ".xlsx .xls .ods .fods .et .csv, sorted). Exit code: 0 no errors, 1 errors found,\n"
        "2 a file could not be checked (unreadable, encrypted, timeout, crashed, too-large)\n"
        "or a usage error.\n"
        "options");
    visible.add_options()                                                                       //
        ("help,h", "this text")                                                                 //
        ("json", po::bool_switch(&o.json), "one JSON document on stdout at the end")            //
        ("jsonl", po::bool_switch(&o.jsonl), "one JSON object per file, as each file is done")  //
        ("profile", po::value(&o.profile)->value_name("NAME"),
         "scoring profile: national, linear, uncapped, strict (default: the one chosen for the file in the "
         "sidebar, else national)")                                                                                 //
        ("lang", po::value(&o.lang)->value_name("zh|en")->default_value("zh"), "language of the report: zh or en")  //
        ("jobs,j", po::value(&o.jobs)->value_name("N"),
         "offices checking side by side, each on one core (default: one per core); results come in the "
         "order of the inputs")  //
        ("summary", po::value(&o.summary)->value_name("FILE"),
         "also write a summary workbook: FILE.xlsx or FILE.ods (sheets 汇总 and 问题明细), or FILE.csv (汇总, "
         "with 问题明细 in FILE-findings.csv)")  //
        ("timeout", po::value(&o.timeout)->value_name("SECONDS")->default_value(60),
         "seconds a file may take; past it its office is stopped and a fresh one goes on")  //
        ("max-memory", po::value(&o.max_memory_mb)->value_name("MB"),
         "MB of resident memory the office may use for one file (default: a quarter of this machine's); past "
         "it the file is \"too-large\" and a fresh office goes on")  //
        ("connect", po::value(&o.connect)->value_name("PIPE"),
         "use a running office started with --accept=\"pipe,name=PIPE;urp;\" (the extension must be installed "
         "there; no restarts)")  //
        ("office", po::value(&o.office)->value_name("PATH"),
         "the LibreOffice to use: its soffice, program/ directory or root (default: $PERFEVAL_OFFICE, else "
         "soffice on PATH)")  //
        ("office-profile", po::value(&o.office_profile)->value_name("DIR"),
         "private LibreOffice profile (default: profile/ next to this program's bin/ directory); when another run "
         "uses it, this run works on a copy")  //
        ("oxt", po::value(&o.oxt)->value_name("FILE"),
         "the extension to install into that profile (default: perfeval.oxt next to bin/)")  //
        ("families", po::value(&o.families)->value_name("DIR")->composing(),
         "also read the template families in DIR/*.json (a bureau's own; README: writing a family file); may be "
         "given more than once, as may $PERFEVAL_FAMILIES (folders separated by ':')")  //
        ("explain", po::bool_switch(&o.explain),
         "print each part and role the checker found on each sheet, with its cells, and how well each family "
         "fits (text, or JSON with --json/--jsonl): what a family file is written from")  //
        ("rdb", po::value(&o.rdb)->value_name("FILE"),
         "the extension's type library (default: perfeval.rdb next to bin/)");
    po::options_description hidden;
    hidden.add_options()("input", po::value(&o.inputs));
    po::options_description all;
    all.add(visible).add(hidden);
    po::positional_options_description positional;
    positional.add("input", -1);

    std::ostringstream help;
    help << visible;
    Parsed out;
    bool jobs_given = false;
    auto usage_error = [&](const std::string& what) {
        out.message = "perfeval-check: " + what + "\n\n" + help.str();
        return out;
    };
    try {
        po::variables_map vm;
        po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
        po::notify(vm);
        jobs_given = vm.count("jobs") > 0;
        if (vm.count("help")) {
            out.help = true;
            out.message = help.str();
            return out;
        }
    } catch (const po::error& e) {
        return usage_error(e.what());
    }
    if (o.lang != "zh" && o.lang != "en") return usage_error("--lang must be zh or en");
    if (o.timeout <= 0) return usage_error("--timeout must be a positive number of seconds");
    if (o.inputs.empty()) return usage_error("no file given");
    if (jobs_given && o.jobs <= 0) return usage_error("--jobs must be a positive number");
    if (o.jobs <= 0) o.jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    if (!o.connect.empty()) o.jobs = 1;  // one office, someone else's
    // The summary never overwrites an input, nor lands in a directory walked
    // for inputs (a later run would check it as a form).
    if (!o.summary.empty()) {
        std::error_code ec;
        const fs::path summary = fs::weakly_canonical(fs::absolute(o.summary), ec);
        for (const auto& input : o.inputs) {
            const fs::path in = fs::weakly_canonical(fs::absolute(input), ec);
            if (in == summary) return usage_error("--summary " + o.summary + " is an input: it would be overwritten");
            const auto rel = summary.lexically_relative(in);
            if (fs::is_directory(in, ec) && !rel.empty() && *rel.begin() != "..")
                return usage_error("--summary " + o.summary + " lies in the input directory " + input +
                                   ": a later run would check it as a form");
        }
    }
    if (o.explain && !o.summary.empty())
        return usage_error("--explain prints what was recognized; it writes no --summary");
    // An office started elsewhere reads its own environment's families.
    if (!o.connect.empty() && !o.families.empty())
        return usage_error(
            "--families cannot reach an office started elsewhere (--connect): start that office with "
            "PERFEVAL_FAMILIES=DIR");
    for (auto& dir : o.families) {
        if (!fs::is_directory(dir)) return usage_error("--families " + dir + ": no such directory");
        dir = fs::absolute(dir).string();
    }
    if (!o.summary.empty() && summary_format(o.summary) == SummaryFormat::none)
        return usage_error("--summary must name a .xlsx, .ods or .csv file");
    // Found out now, not after hours of checking.
    if (!o.summary.empty() && !fs::is_directory(fs::absolute(o.summary).parent_path()))
        return usage_error("--summary " + o.summary + ": no such directory");
    if (o.max_memory_mb <= 0)
        o.max_memory_mb = static_cast<long long>(sysconf(_SC_PHYS_PAGES)) * sysconf(_SC_PAGESIZE) / 4 / (1024 * 1024);
    const fs::path h = home(argv[0]);
    if (o.office_profile.empty()) o.office_profile = (h / "profile").string();
    if (o.oxt.empty()) o.oxt = (h / "perfeval.oxt").string();
    if (o.rdb.empty()) o.rdb = (h / "perfeval.rdb").string();
    out.options = std::move(o);
    return out;
}

}  // namespace perfeval::cli
