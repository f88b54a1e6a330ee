// What a check covered, and what a batch's statuses come to: a form whose
// budget block or indicator table went unread is never "clean", and a
// batch exits 0 only when everything checkable was checked without error.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/report/sheet_text.hpp"
#include "core/report/statuses.hpp"
#include "core/rules/check.hpp"
#include "core/scoring/profile.hpp"
#include "seed_fixture.hpp"

namespace perfeval::test {
namespace {

TEST(Coverage, TheSeedIsCheckedWhole) {
    const auto r = check_sheet(to_grid(seed_cells()), "表1", default_profile());
    const Coverage& c = r.coverage;
    EXPECT_FALSE(c.partial());
    EXPECT_TRUE(c.budget && c.rate && c.exec_score && c.indicator_table);
    EXPECT_EQ(c.indicators, 23);
    EXPECT_EQ(c.checked + c.qualitative, c.indicators) << "every row of the seed is one or the other";
    EXPECT_EQ(c.total, Coverage::Total::row);
    EXPECT_TRUE(c.total_checked);
    EXPECT_EQ(coverage_text(c, Lang::en),
              "Checked: budget: rate and score · indicators: 23 rows (14 checked against their targets, 9 "
              "qualitative) · total (total row)");
}

// Rows 1–10 of the seed hold its budget block only; from row 10 on, its
// indicator table only: each is partial, with the warning that names what
// went unchecked.
TEST(Coverage, AFormCutInTwoIsPartialEitherWay) {
    for (const bool keep_top : {true, false}) {
        auto c = seed_cells();
        for (auto it = c.begin(); it != c.end();) {
            const int row = from_a1(it->first).row;
            const bool keep = keep_top ? row < 10 : (row >= 10 || row <= 1);
            it = keep ? std::next(it) : c.erase(it);
        }
        const auto r = check_sheet(to_grid(c), "表1", default_profile());
        ASSERT_TRUE(r.has_form) << keep_top;
        EXPECT_TRUE(r.coverage.partial()) << keep_top;
        EXPECT_EQ(r.coverage.budget, keep_top);
        EXPECT_EQ(r.coverage.indicator_table, !keep_top);
        int unchecked = 0;
        for (const auto& f : r.findings)
            if (f.rule == "form-unchecked") {
                ++unchecked;
                EXPECT_EQ(f.severity, Severity::warning);
            }
        EXPECT_EQ(unchecked, 1) << keep_top;
        EXPECT_TRUE(std::is_sorted(r.findings.begin(), r.findings.end(), [](const Finding& a, const Finding& b) {
            return a.severity < b.severity;
        })) << "the sheet's own warning among the others: errors first, then warnings, then notices";
        EXPECT_GE(r.warnings, 1) << "a partial form never reads as clean";
        const std::string line = coverage_text(r.coverage, Lang::zh);
        EXPECT_EQ(line.rfind("核对范围（不完整）：", 0), 0u) << line;
    }
}

TEST(Statuses, EveryStatusHasItsWordsAndItsPlace) {
    for (const auto& s : statuses()) {
        EXPECT_NE(status_label(std::string(s.id), Lang::zh), s.id) << s.id;
        EXPECT_EQ(find_status(s.id), &s);
        EXPECT_TRUE(!s.whole || s.checked) << s.id << ": whole but not checked";
    }
    EXPECT_EQ(find_status("nonsense"), nullptr);
}

TEST(Statuses, ExitCodeIsZeroOnlyWhenEverythingWasCheckedClean) {
    EXPECT_EQ(batch_exit_code({"ok", "ok"}, false), kExitClean);
    EXPECT_EQ(batch_exit_code({}, false), kExitClean);
    EXPECT_EQ(batch_exit_code({"ok", "partial"}, false), kExitUnchecked);
    EXPECT_EQ(batch_exit_code({"no-form"}, false), kExitUnchecked);
    EXPECT_EQ(batch_exit_code({"ok", "no-form"}, true), kExitErrors)
        << "errors found say more than a file without a form";
    EXPECT_EQ(batch_exit_code({"partial"}, true), kExitErrors);
    EXPECT_EQ(batch_exit_code({"ok"}, true), kExitErrors);
    for (const char* unread : {"unreadable", "encrypted", "timeout", "crashed", "too-large", "sheet-too-large"}) {
        EXPECT_EQ(batch_exit_code({"ok", unread}, true), kExitUnchecked) << unread << ": a file not checked at all";
        EXPECT_FALSE(checked_status(unread)) << unread;
    }
    EXPECT_EQ(batch_exit_code({"whatever"}, false), kExitUnchecked) << "an unknown status is not clean";
}

}  // namespace
}  // namespace perfeval::test
