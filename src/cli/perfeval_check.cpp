// perfeval-check: the finance bureau's batch checker. Opens each file
// read-only in a headless LibreOffice with the extension installed, asks the
// org.perfeval.Validator service (the same code as the sidebar and the
// formulas) and prints a report per file, sheet and finding.
//
// Exit code: 0 no errors, 1 errors found, 2 a file could not be checked
// (unreadable, not a spreadsheet, no form). One bad file does not stop the rest.
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/serialize.hpp>

#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <org/perfeval/XValidator.hpp>

#include "core/report/json.hpp"
#include "core/report/render.hpp"
#include "core/report/sheet_text.hpp"
#include "office/documents.hpp"
#include "office/office.hpp"
#include "uno/convert.hpp"
#include "uno/report_idl.hpp"

namespace fs = std::filesystem;
namespace css = com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using org::perfeval::SheetReport;
using perfeval::Lang;
using perfeval::MessageId;
using perfeval::uno::from_utf8;
using perfeval::uno::to_utf8;

namespace {

enum Exit { kOk = 0, kErrors = 1, kUnchecked = 2 };

struct Args {
    std::vector<std::string> files;
    bool json = false;
    std::string profile;  // scoring profile
    std::string lang = "zh";
    std::string connect;  // pipe name of a running office
    std::string office;   // LibreOffice to use; empty: $PERFEVAL_OFFICE, else soffice on PATH
    // Nothing of the build is compiled in: unless given, these lie next to
    // the executable's bin/ directory, as in the build tree (build/bin/
    // perfeval-check, build/perfeval.oxt, build/perfeval.rdb, build/profile),
    // so the three files can be moved together.
    std::string office_profile;
    std::string oxt;
    std::string rdb;

    // The directory above the one holding this executable.
    static fs::path home(const char* argv0) {
        std::error_code ec;
        fs::path exe = fs::read_symlink("/proc/self/exe", ec);
        if (ec) exe = fs::weakly_canonical(fs::absolute(argv0));
        return exe.parent_path().parent_path();
    }
};

const char* kUsage =
    "usage: perfeval-check [--json] [--profile NAME] [--lang zh|en] [--connect PIPE]\n"
    "                      [--office PATH] [--office-profile DIR] [--oxt FILE] [--rdb FILE]\n"
    "                      FILE...\n"
    "  --json            one JSON document on stdout\n"
    "  --profile NAME    scoring profile: national, linear, uncapped, strict (default: the one\n"
    "                    chosen for the file in the sidebar, else national)\n"
    "  --lang zh|en      language of the report (default zh)\n"
    "  --connect PIPE    use a running office started with --accept=\"pipe,name=PIPE;urp;\"\n"
    "                    (the extension must be installed there)\n"
    "  --office PATH     the LibreOffice to use: its soffice, program/ directory or root\n"
    "                    (default: $PERFEVAL_OFFICE, else soffice on PATH)\n"
    "  --office-profile DIR  private LibreOffice profile (default: profile/ next to this\n"
    "                    program's bin/ directory, i.e. build/profile)\n"
    "  --oxt FILE        the extension to install into that profile (default: perfeval.oxt\n"
    "                    next to bin/)\n"
    "  --rdb FILE        the extension's type library (default: perfeval.rdb next to bin/)\n"
    "exit code: 0 no errors, 1 errors found, 2 a file could not be checked\n";

std::optional<Args> parse(int argc, char** argv) {
    Args a;
    for (int i = 1; i < argc; ++i) {
        const std::string s = argv[i];
        auto value = [&](std::string& out) {
            if (i + 1 >= argc) return false;
            out = argv[++i];
            return true;
        };
        if (s == "--json")
            a.json = true;
        else if (s == "--profile") {
            if (!value(a.profile)) return std::nullopt;
        } else if (s == "--lang") {
            if (!value(a.lang) || (a.lang != "zh" && a.lang != "en")) return std::nullopt;
        } else if (s == "--connect") {
            if (!value(a.connect)) return std::nullopt;
        } else if (s == "--office-profile") {
            if (!value(a.office_profile)) return std::nullopt;
        } else if (s == "--oxt") {
            if (!value(a.oxt)) return std::nullopt;
        } else if (s == "--rdb") {
            if (!value(a.rdb)) return std::nullopt;
        } else if (s == "--office") {
            if (!value(a.office)) return std::nullopt;
        } else if (!s.empty() && s[0] == '-')
            return std::nullopt;
        else
            a.files.push_back(s);
    }
    if (a.files.empty()) return std::nullopt;
    const fs::path home = Args::home(argv[0]);
    if (a.office_profile.empty()) a.office_profile = (home / "profile").string();
    if (a.oxt.empty()) a.oxt = (home / "perfeval.oxt").string();
    if (a.rdb.empty()) a.rdb = (home / "perfeval.rdb").string();
    return a;
}

struct FileResult {
    std::string path;
    std::string status = "ok";  // ok, no-form, unreadable
    std::string message;
    std::vector<SheetReport> sheets;
};

class Checker {
public:
    Checker(const perfeval::office::Office& office, const Args& args) : office_(office), args_(args) {
        const auto ctx = office.context();
        validator_.set(ctx->getServiceManager()->createInstanceWithContext("org.perfeval.Validator", ctx), UNO_QUERY);
        if (!validator_.is()) throw std::runtime_error(say(MessageId::cli_not_installed));
        if (!args.profile.empty()) {
            std::string known;
            for (const auto& name : validator_->getProfileNames()) {
                if (to_utf8(name) == args.profile) return;
                known += (known.empty() ? "" : ", ") + to_utf8(name);
            }
            throw std::runtime_error(say(MessageId::cli_unknown_profile,
                                         {perfeval::arg("name", args.profile), perfeval::arg("known", known)}));
        }
    }

    FileResult check(const std::string& path) const {
        FileResult r;
        r.path = path;
        if (!fs::is_regular_file(path)) return unreadable(r, say(MessageId::cli_no_such_file));
        Reference<css::lang::XComponent> doc;
        try {
            doc = perfeval::office::load(office_, perfeval::office::file_url(path),
                                         {/*hidden=*/true, /*read_only=*/true, /*untrusted=*/true});
        } catch (const css::uno::Exception& e) {
            return unreadable(r, say(MessageId::cli_cannot_open_reason, {perfeval::arg("reason", to_utf8(e.Message))}));
        }
        if (!doc.is()) return unreadable(r, say(MessageId::cli_cannot_open));
        const Reference<css::sheet::XSpreadsheetDocument> spreadsheet(doc, UNO_QUERY);
        if (!spreadsheet.is()) {
            unreadable(r, say(MessageId::cli_not_a_spreadsheet));
        } else {
            try {
                const auto reports =
                    validator_->checkDocument(spreadsheet, from_utf8(args_.profile), from_utf8(args_.lang));
                r.sheets.assign(reports.begin(), reports.end());
                bool any_form = false;
                for (const auto& s : r.sheets) any_form = any_form || s.HasForm;
                if (!any_form) {
                    r.status = "no-form";
                    r.message = say(MessageId::cli_no_form_found);
                }
            } catch (const css::uno::Exception& e) {
                unreadable(r, say(MessageId::cli_check_failed, {perfeval::arg("reason", to_utf8(e.Message))}));
            }
        }
        perfeval::office::close(doc);
        return r;
    }

private:
    std::string say(MessageId id, std::initializer_list<perfeval::MessageArg> a = {}) const {
        return perfeval::text(id, perfeval::lang_from_tag(args_.lang), a);
    }

    static FileResult& unreadable(FileResult& r, std::string message) {
        r.status = "unreadable";
        r.message = std::move(message);
        return r;
    }

    const perfeval::office::Office& office_;
    const Args& args_;
    Reference<org::perfeval::XValidator> validator_;
};

int exit_code(const std::vector<FileResult>& results) {
    int code = kOk;
    for (const auto& r : results) {
        if (r.status != "ok") return kUnchecked;
        for (const auto& s : r.sheets)
            if (s.Errors > 0) code = kErrors;
    }
    return code;
}

// ---- output ----------------------------------------------------------------

// Each form as every program reads it (core/report/json.hpp), in the
// language of the messages.
void print_json(const std::vector<FileResult>& results, Lang lang) {
    boost::json::array files;
    for (const auto& r : results) {
        boost::json::array forms;
        for (const auto& s : r.sheets)
            if (s.HasForm) forms.push_back(perfeval::sheet_json(perfeval::uno::from_idl(s, lang)));
        files.push_back({{"path", r.path}, {"status", r.status}, {"message", r.message}, {"forms", std::move(forms)}});
    }
    std::cout << boost::json::serialize(boost::json::object{{"files", std::move(files)}}) << "\n";
}

// Every line through the same text functions as the panel and the report files.
void print_text(const std::vector<FileResult>& results, Lang lang) {
    using perfeval::text;
    for (const auto& r : results) {
        std::cout << text(MessageId::file_heading, lang, {perfeval::arg("path", r.path)}) << "\n";
        if (r.status == "unreadable") {
            std::cout << "  " << text(MessageId::file_not_checked, lang, {perfeval::arg("reason", r.message)})
                      << "\n\n";
            continue;
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
            for (const auto& f : s.findings) std::cout << "    " << perfeval::finding_line(f, lang) << "\n";
        }
        if (r.status == "no-form") std::cout << "  " << r.message << "\n";
        std::cout << "\n";
    }
}

}  // namespace

int main(int argc, char** argv) {
    const auto args = parse(argc, argv);
    if (!args) {
        std::cerr << kUsage;
        return kUnchecked;
    }
    try {
        // Also for --connect: this process bootstraps UNO from the office's URE.
        // Without --office, the first UNO call finds it (or URE_BOOTSTRAP).
        if (!args->office.empty())
            perfeval::office::use_installation(perfeval::office::find_installation(args->office));
        if (!fs::is_regular_file(args->rdb))
            throw std::runtime_error("no type library at " + args->rdb + " (--rdb FILE)");
        perfeval::office::register_types(args->rdb);
        std::unique_ptr<perfeval::office::Office> office;
        if (!args->connect.empty()) {
            office = perfeval::office::Office::attach(args->connect);
        } else {
            perfeval::office::OfficeOptions options;
            options.soffice = perfeval::office::find_installation(args->office).soffice;
            options.profile_dir = fs::absolute(args->office_profile).string();
            office = perfeval::office::start_with_extension(options, args->oxt);
        }
        const Checker checker(*office, *args);
        std::vector<FileResult> results;
        for (const auto& f : args->files) results.push_back(checker.check(f));
        if (args->json)
            print_json(results, perfeval::lang_from_tag(args->lang));
        else
            print_text(results, perfeval::lang_from_tag(args->lang));
        return exit_code(results);
    } catch (const css::lang::IllegalArgumentException& e) {
        std::cerr << "perfeval-check: " << to_utf8(e.Message) << "\n";
    } catch (const css::uno::Exception& e) {
        std::cerr << "perfeval-check: " << to_utf8(e.Message) << "\n";
    } catch (const std::exception& e) {
        std::cerr << "perfeval-check: " << e.what() << "\n";
    }
    return kUnchecked;
}
