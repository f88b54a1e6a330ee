// perfeval-check: the finance bureau's batch checker. Opens each file
// read-only in a headless LibreOffice with the extension installed, asks the
// org.perfeval.Validator service (the same code as the sidebar and the
// formulas) and prints a report per file, sheet and finding.
//
// --jobs N offices check side by side, each file's report printed as soon
// as it and every file before it are done (--jsonl: one JSON object per
// file); --json prints one document at the end, --summary writes the
// batch's 汇总表. Exit codes: core/report/statuses.hpp (0 everything checked
// and no error, 1 errors found, 2 something could not be checked, a usage
// error); 130/143 when interrupted, after stopping its offices. One bad file,
// or a dead office, does not stop the rest.
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "batch.hpp"
#include "core/form/families.hpp"
#include "core/report/explain_text.hpp"
#include "core/report/json.hpp"
#include "core/report/printable.hpp"
#include "core/report/render.hpp"
#include "core/report/sheet_text.hpp"
#include "core/report/statuses.hpp"
#include "core/report/summary.hpp"
#include "inputs.hpp"
#include "office/office.hpp"
#include "options.hpp"
#include "pool.hpp"
#include "summary_book.hpp"
#include "uno/convert.hpp"
#include "uno/report_idl.hpp"

namespace fs = std::filesystem;
namespace css = com::sun::star;
using perfeval::Lang;
using perfeval::MessageId;
using perfeval::uno::to_utf8;

namespace {

using perfeval::kExitClean;
using perfeval::kExitUnchecked;
using perfeval::cli::FileResult;

// The table's rule (core/report/statuses.hpp) over the batch.
int exit_code(const std::vector<FileResult>& results) {
    std::vector<std::string> statuses;
    bool errors = false;
    for (const auto& r : results) {
        statuses.push_back(r.status);
        for (const auto& s : r.sheets) errors = errors || s.Errors > 0;
    }
    return perfeval::batch_exit_code(statuses, errors);
}

// ---- output ----------------------------------------------------------------

// Each form as every program reads it (core/report/json.hpp), in the
// language of the messages.
boost::json::object file_json(const FileResult& r, Lang lang) {
    if (!r.explanation.empty()) {  // --explain: what was found, not what is wrong
        boost::json::object o{{"path", perfeval::printable(r.path)}, {"status", r.status}, {"message", r.message}};
        o["sheets"] = boost::json::parse(r.explanation).at("sheets");
        return o;
    }
    boost::json::array forms;
    for (const auto& s : r.sheets)
        if (s.HasForm) forms.push_back(perfeval::sheet_json(perfeval::uno::from_idl(s, lang)));
    boost::json::object o{{"path", perfeval::printable(r.path)},
                          {"status", r.status},
                          {"message", r.message},
                          {"forms", std::move(forms)}};
    if (r.retried) o["retried"] = r.retried;
    return o;
}

// Every line through the same text functions as the panel and the report files.
void print_text(const FileResult& r, Lang lang) {
    using perfeval::text;
    std::cout << text(MessageId::file_heading, lang, {perfeval::arg("path", perfeval::printable(r.path))}) << "\n";
    if (!r.checked()) {
        std::cout << "  " << text(MessageId::file_not_checked, lang, {perfeval::arg("reason", r.message)}) << "\n\n";
        return;
    }
    if (!r.explanation.empty()) {
        const boost::json::value doc = boost::json::parse(r.explanation);  // kept: the loop reads into it
        for (const auto& sheet : doc.at("sheets").as_array())
            for (const auto& line : perfeval::explanation_lines(sheet.as_object(), lang))
                std::cout << "  " << line << "\n";
        std::cout << "\n";
        return;
    }
    for (const auto& report : r.sheets) {
        const perfeval::SheetText s = perfeval::uno::from_idl(report, lang);
        std::cout << "  " << text(MessageId::sheet_heading, lang, {perfeval::arg("sheet", s.sheet)}) << " ";
        if (!s.has_form) {
            std::cout << text(MessageId::sheet_no_form, lang) << "\n";
            continue;
        }
        std::cout << perfeval::form_label(s, lang) << " " << s.range;
        if (!s.unit_name.empty()) std::cout << " · " << s.unit_name;
        std::cout << "\n    " << perfeval::summary_line(s, lang) << "\n";
        std::cout << "    " << perfeval::coverage_text(s.coverage, lang) << "\n";
        for (const auto& f : s.findings) std::cout << "    " << perfeval::finding_line(f, lang) << "\n";
    }
    if (r.status == "no-form" || r.status == "partial") std::cout << "  " << r.message << "\n";
    std::cout << "\n";
}

// Interrupted (Ctrl-C, SIGTERM): the office goes with the checker; what
// was finished is printed already.
extern "C" void interrupted(int sig) {
    perfeval::cli::Batch::kill_all_offices();
    _exit(128 + sig);
}

// On a terminal: file i of n, the current file, time spent and left.
void progress(size_t i, size_t n, const std::string& path, std::chrono::steady_clock::time_point start) {
    if (!isatty(STDERR_FILENO)) return;
    const double spent = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double left = i > 0 ? spent / static_cast<double>(i) * static_cast<double>(n - i) : 0;
    std::fprintf(stderr, "\r\033[K[%zu/%zu] %.0f s, ~%.0f s left  %s", i + 1, n, spent, left,
                 perfeval::printable(fs::path(path).filename().string()).c_str());
    std::fflush(stderr);
}

// Writes the summary workbook (or its two CSV files); false when it cannot.
bool write_summary(const perfeval::cli::Options& options, const std::vector<FileResult>& results,
                   perfeval::cli::Batch& batch, Lang lang) {
    std::vector<perfeval::CheckedFile> files;
    for (const auto& r : results) {
        perfeval::CheckedFile f{perfeval::printable(r.path), r.status, r.message, {}};
        for (const auto& s : r.sheets) f.sheets.push_back(perfeval::uno::from_idl(s, lang));
        files.push_back(std::move(f));
    }
    const auto summary = perfeval::batch_summary(files, lang);
    try {
        perfeval::cli::write_summary(summary, options.summary,
                                     [&]() -> perfeval::office::Office& { return batch.office(); });
        std::cerr << perfeval::text(MessageId::cli_summary_written, lang, {perfeval::arg("path", options.summary)})
                  << "\n";
        return true;
    } catch (const perfeval::cli::SummaryInUse&) {
        std::cerr << perfeval::text(MessageId::cli_summary_in_use, lang, {perfeval::arg("path", options.summary)})
                  << "\n";
    } catch (const css::uno::Exception& e) {
        std::cerr << perfeval::text(
                         MessageId::cli_summary_failed, lang,
                         {perfeval::arg("path", options.summary), perfeval::arg("reason", to_utf8(e.Message))})
                  << "\n";
    } catch (const std::exception& e) {
        std::cerr << perfeval::text(MessageId::cli_summary_failed, lang,
                                    {perfeval::arg("path", options.summary), perfeval::arg("reason", e.what())})
                  << "\n";
    }
    return false;
}

// A bureau's families: read here first, so that a wrong file is named
// before any office starts, then handed to the offices this run starts
// through their environment (PERFEVAL_FAMILIES), where the extension loads
// them. False when a file is wrong.
bool load_families(const perfeval::cli::Options& options) {
    std::string list;
    for (const auto& dir : options.families) list += (list.empty() ? "" : ":") + dir;
    const char* inherited = std::getenv("PERFEVAL_FAMILIES");
    const std::string all = inherited && *inherited ? (list.empty() ? inherited : list + ":" + inherited) : list;
    if (all.empty()) return true;
    const auto errors = perfeval::add_family_folders(all);
    for (const auto& e : errors) std::cerr << "perfeval-check: " << e.text() << "\n";
    if (!errors.empty()) return false;
    setenv("PERFEVAL_FAMILIES", all.c_str(), 1);
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    const auto parsed = perfeval::cli::parse_options(argc, argv);
    if (!parsed.options) {
        (parsed.help ? std::cout : std::cerr) << parsed.message;
        return parsed.help ? kExitClean : kExitUnchecked;
    }
    const perfeval::cli::Options& options = *parsed.options;
    const Lang lang = perfeval::lang_from_tag(options.lang);
    std::signal(SIGINT, interrupted);
    std::signal(SIGTERM, interrupted);
    try {
        // Also for --connect: this process bootstraps UNO from the office's URE.
        // Without --office, the first UNO call finds it (or URE_BOOTSTRAP).
        if (!options.office.empty())
            perfeval::office::use_installation(perfeval::office::find_installation(options.office));
        if (!fs::is_regular_file(options.rdb))
            throw std::runtime_error("no type library at " + options.rdb + " (--rdb FILE)");
        perfeval::office::register_types(options.rdb);
        if (!load_families(options)) return kExitUnchecked;
        const auto inputs = perfeval::cli::expand_inputs(options.inputs);
        perfeval::cli::Pool pool(options, inputs);
        std::vector<FileResult> results;
        const auto start = std::chrono::steady_clock::now();
        for (size_t i = 0; i < inputs.size(); ++i) {
            progress(i, inputs.size(), inputs[i].path, start);
            results.push_back(pool.take(i));
            if (isatty(STDERR_FILENO)) std::fprintf(stderr, "\r\033[K");
            if (options.jsonl)
                std::cout << boost::json::serialize(file_json(results.back(), lang)) << std::endl;
            else if (!options.json)
                print_text(results.back(), lang), std::cout.flush();
        }
        if (options.json) {
            boost::json::array files;
            for (const auto& r : results) files.push_back(file_json(r, lang));
            std::cout << boost::json::serialize(boost::json::object{{"files", std::move(files)}}) << "\n";
        }
        std::cout.flush();
        // --explain finds nothing wrong: 0 when every file was read.
        const int code =
            options.explain
                ? (std::all_of(results.begin(), results.end(), [](const FileResult& r) { return r.checked(); })
                       ? kExitClean
                       : kExitUnchecked)
                : exit_code(results);
        if (!options.summary.empty() && !write_summary(options, results, pool.idle_office(), lang))
            return kExitUnchecked;
        return code;
    } catch (const css::uno::Exception& e) {
        std::cerr << "perfeval-check: " << to_utf8(e.Message) << "\n";
    } catch (const std::exception& e) {
        std::cerr << "perfeval-check: " << e.what() << "\n";
    }
    return kExitUnchecked;
}
