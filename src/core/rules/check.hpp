// Sheet grid → report: recognize the form, run every rule, count and total.
// The one entry point for the validator service, PERF.CHECK and the tools.
// Language-free: report/ turns the result into words.
#pragma once

#include <string>
#include <vector>

#include "../form/form_model.hpp"
#include "rules.hpp"

namespace perfeval {

struct SheetReport {
    std::string sheet;
    bool has_form = false;
    FormKind kind = FormKind::department;
    std::string family;     // the template family's id: "sichuan-project"
    std::string range;      // "A1:I37"
    std::string unit_name;  // 预算部门名称
    int errors = 0, warnings = 0, notices = 0;
    Totals totals;
    std::string grade;              // from the computed total; empty when there is none
    Coverage coverage;              // what was checked (a form only)
    std::vector<Finding> findings;  // errors first
};

struct CheckOptions {
    // Each fix is tried (fixes.hpp: the sheet checked again with it written)
    // and kept only when it makes the sheet better. A try costs a check, so
    // only while fixes × indicators stay within this (every published form;
    // not a 2,000-row form with 50 wrong scores, whose check the panel
    // repeats as the user types): beyond it fixes are offered untried, and
    // 修正 and 全部修正 try what they write all the same.
    bool verify_fixes = true;
    size_t verify_budget = 20000;
};

SheetReport check_sheet(const Grid& grid, const std::string& sheet, const Profile& profile,
                        const CheckOptions& options = {});

// A sheet that was not read: more cells have content than a check reads
// (`limit`). Not a form, not clean: one warning that says so.
SheetReport sheet_too_large(const std::string& sheet, long long cells, long long limit);

std::string_view kind_id(FormKind kind);  // "department", "project"

}  // namespace perfeval
