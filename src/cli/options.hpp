// perfeval-check's command line, parsed by Boost.Program_options (which
// also writes --help). `--` ends the options: later names starting with '-'
// are files.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace perfeval::cli {

struct Options {
    std::vector<std::string> inputs;  // files and directories, as given
    bool json = false;                // one JSON document at the end
    bool jsonl = false;               // one JSON object per file, as each is done
    std::string profile;              // scoring profile
    std::string lang = "zh";
    std::string connect;  // pipe name of a running office
    std::string office;   // LibreOffice to use; empty: $PERFEVAL_OFFICE, else soffice on PATH
    // Unless given, these lie next to the executable's bin/ directory, as in
    // the build tree (build/bin/perfeval-check, build/perfeval.oxt, …).
    std::string office_profile;
    std::string oxt;
    std::string rdb;
    int jobs = 0;                       // offices side by side; 0: one per core
    std::string summary;                // the summary workbook to write (.xlsx, .ods or .csv); empty: none
    int timeout = 60;                   // seconds a file may take
    long long max_memory_mb = 0;        // the office's resident memory limit; 0: a quarter of the machine's
    std::vector<std::string> families;  // folders of a bureau's own family files
    bool explain = false;               // print the parts and roles found, not the findings
};

struct Parsed {
    std::optional<Options> options;  // nullopt: print `message` and stop
    std::string message;             // the error, or the help text
    bool help = false;               // --help: exit 0
};

Parsed parse_options(int argc, char** argv);

enum class SummaryFormat { none, xlsx, ods, csv };
SummaryFormat summary_format(const std::string& path);  // by its extension

}  // namespace perfeval::cli
