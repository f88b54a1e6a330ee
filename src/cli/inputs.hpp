// The files a run checks, from what the user gave: files as they are,
// directories walked for their spreadsheets (sorted, so a batch runs in the
// same order every time).
#pragma once

#include <string>
#include <vector>

namespace perfeval::cli {

struct Input {
    std::string path;
    bool empty_directory = false;  // a directory holding no spreadsheet: reported as such
};

std::vector<Input> expand_inputs(const std::vector<std::string>& given);

// A file name's extension in lower case: ".xlsx" for "表1.XLSX".
std::string lower_extension(const std::string& path);

// .xlsx .xls .ods .fods .et .csv, in any case.
bool is_spreadsheet_name(const std::string& path);

}  // namespace perfeval::cli
