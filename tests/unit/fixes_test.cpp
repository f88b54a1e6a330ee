// 修正 and 全部修正 decided in the core: a fix is offered only when it makes
// the form better, a total is written with the value its corrected parts
// give, and one fault is one error at its cell.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/report/render.hpp"
#include "core/report/sheet_text.hpp"
#include "core/rules/fixes.hpp"
#include "seed_fixture.hpp"

using namespace perfeval;
using perfeval::test::CellMap;
using perfeval::test::from_a1;
using perfeval::test::seed_cells;
using perfeval::test::to_grid;
using testing::HasSubstr;

namespace {

SheetReport check(const Grid& g) { return check_sheet(g, "表1", default_profile()); }

const Finding* at(const SheetReport& r, const std::string& rule, const std::string& cell) {
    for (const auto& f : r.findings)
        if (f.rule == rule && f.cell && to_a1(*f.cell) == cell) return &f;
    return nullptr;
}

std::map<std::string, double> written(const std::vector<CellWrite>& writes) {
    std::map<std::string, double> out;
    for (const auto& w : writes) out[to_a1(w.cell)] = w.value;
    return out;
}

TEST(Fixes, TheSeedsTotalIsNotOverwrittenWithWhatItsWrongPartsAddUpTo) {
    const Grid seed = to_grid(seed_cells());
    const auto r = check(seed);
    const auto* total = at(r, "total-score", "H37");
    ASSERT_NE(total, nullptr);
    EXPECT_FALSE(total->fix) << "H37 holds the 100 its parts give once H5 is corrected: nothing to write";
    EXPECT_EQ(total->expected, "100");
    ASSERT_NE(at(r, "exec-score", "H5"), nullptr);
    EXPECT_EQ(at(r, "exec-score", "H5")->fix, 10) << "H5's fix makes the form better: offered";
    EXPECT_EQ(at(r, "exec-rate", "G5")->fix, 1);

    // 全部修正: the parts, never the total; then nothing is left.
    const auto plan = plan_fix_all(seed, "表1", default_profile());
    EXPECT_EQ(written(plan), (std::map<std::string, double>{{"G5", 1}, {"H5", 10}}));
    EXPECT_EQ(check(with_writes(seed, plan)).errors, 0);
}

TEST(Fixes, APartsFixBringsTheTotalThatAddedItUpAlong) {
    // H5 made right (10) and the total made to agree with the wrong G5 row…
    // then H14 is scored 4 of a met weight 5: the total 100 adds up the 4.
    auto cells = seed_cells();
    cells["G5"] = CellValue{1.0};
    cells["H5"] = CellValue{10.0};
    cells["H14"] = CellValue{4.0};
    cells["H37"] = CellValue{99.0};
    const Grid g = to_grid(cells);
    const auto r = check(g);
    const auto* score = at(r, "indicator-score", "H14");
    ASSERT_NE(score, nullptr);
    ASSERT_TRUE(score->fix);
    const auto plan = plan_fix(g, r, *score, default_profile());
    EXPECT_EQ(written(plan), (std::map<std::string, double>{{"H14", 5}, {"H37", 100}}))
        << "the score and the total that adds it up";
    EXPECT_EQ(check(with_writes(g, plan)).errors, 0);
}

TEST(Fixes, OneFaultIsOneErrorAtItsCell) {
    // 国土空间规划编制 is met and weighs 5: scored 6, it is above its weight
    // (score-range) and not the rules' 5 (indicator-score): one error.
    auto cells = seed_cells();
    cells["G5"] = CellValue{1.0};
    cells["H5"] = CellValue{10.0};
    cells["H14"] = CellValue{6.0};
    cells["H37"] = CellValue{101.0};
    const auto r = check(to_grid(cells));
    int at_h14 = 0;
    for (const auto& f : r.findings)
        if (f.severity == Severity::error && f.cell && to_a1(*f.cell) == "H14") ++at_h14;
    EXPECT_EQ(at_h14, 1);
    const auto* f = at(r, "indicator-score", "H14");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->also, (std::vector<std::string>{"score-range"}));
    const auto text = render_sheet(r, Lang::zh);
    for (const auto& t : text.findings) {
        if (t.cell == "H14") {
            EXPECT_THAT(detail_text(t, Lang::zh), HasSubstr("（score-range）"));
        }
    }
}

TEST(Fixes, AFixThatWouldMakeTheFormWorseIsNotOffered) {
    // The fix of a finding is dropped when writing it leaves as many errors
    // or adds one: better() decides, on the whole report.
    const Grid seed = to_grid(seed_cells());
    const auto before = check(seed);
    SheetReport worse = before;
    worse.errors += 1;
    EXPECT_FALSE(better(before, worse));
    EXPECT_FALSE(better(before, before));
    SheetReport fewer = before;
    fewer.errors -= 1;
    fewer.findings.erase(fewer.findings.begin());
    EXPECT_TRUE(better(before, fewer));
    SheetReport moved = fewer;
    moved.findings.push_back(moved.findings.front());
    moved.findings.back().rule = "funding-rows";
    EXPECT_FALSE(better(before, moved)) << "a finding it did not have";
}

}  // namespace
