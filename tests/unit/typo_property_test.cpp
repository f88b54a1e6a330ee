// Never make a form worse, over every form fixture: each number among the
// weights, scores, budget figures and rates is mistyped (+1, ×10, two
// digits swapped), the sheet checked, 全部修正 planned and the sheet checked
// again. Whatever the mistake:
//   - 全部修正 never leaves more errors than it found, and fewer whenever it
//     writes anything;
//   - it writes only cells that the findings before it name (or the totals
//     that add them up);
//   - the mistyped cell is either restored exactly — to its original value,
//     or, where the fixture itself is wrong there (a published mistake), to
//     the value 全部修正 gives the unmistyped sheet — or left alone; never
//     given a third value.
// The figures (cases tried, restored exactly, left alone, made worse) are
// printed for README and must show nothing made worse. Also counted: cases
// where 全部修正 wrote a cell that was right before the typo (a mistyped
// budget figure makes the stated rate look wrong, and the checker cannot
// tell which of the two is): none may be a weight's or a score's typo.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include <string>
#include <vector>

#include "../forms/form_cells.hpp"
#include "core/decimal/decimal.hpp"
#include "core/decimal/format.hpp"
#include "core/form/recognize.hpp"
#include "core/read_number.hpp"
#include "core/rules/fixes.hpp"
#include "seed_fixture.hpp"

namespace perfeval::test {
namespace {

struct Sheet {
    std::string name;
    Grid grid;
    std::optional<Grid> published;  // for a variant with injected mistakes: the form as published
};

// The sheets of every fixture family: the seed, and each published form
// with its variant that has mistakes injected.
std::vector<Sheet> fixture_sheets() {
    std::vector<Sheet> out{{"seed", to_grid(seed_cells()), std::nullopt}};
    for (const auto& path : form_cells_files(PERFEVAL_SOURCE_DIR)) {
        std::optional<Grid> published;
        for (auto& s : read_form_cells(path)) {
            if (s.name == "原表") {
                published = to_grid(s.cells);
                out.push_back({s.file + "/" + s.name, *published, std::nullopt});
            } else if (s.name == "注入错误") {
                out.push_back({s.file + "/" + s.name, to_grid(s.cells), published});
            }
        }
    }
    return out;
}

// Where a form holds the numbers a typo may hit: the budget's figures, rate,
// weight and score, each indicator's weight and score, the totals.
std::vector<CellAddress> numeric_cells(const Grid& grid) {
    const auto form = recognize(grid);
    if (!form) return {};
    std::vector<const FormValue*> values;
    if (form->budget) {
        const auto& b = *form->budget;
        for (const BudgetRow* row : {&b.total}) {
            values.push_back(&row->opening_budget);
            values.push_back(&row->budget);
            values.push_back(&row->executed);
        }
        for (const auto& row : b.parts) {
            values.push_back(&row.opening_budget);
            values.push_back(&row.budget);
            values.push_back(&row.executed);
        }
        values.push_back(&b.weight);
        values.push_back(&b.rate);
        values.push_back(&b.score);
    }
    for (const auto& ind : form->indicators) {
        values.push_back(&ind.weight);
        values.push_back(&ind.score);
    }
    values.push_back(&form->total_weight);
    values.push_back(&form->total_score);
    values.push_back(&form->header_score);
    std::vector<CellAddress> out;
    std::set<std::pair<int, int>> seen;
    for (const FormValue* v : values)
        if (v->cell && std::holds_alternative<double>(grid.at(*v->cell)) &&
            seen.insert({v->cell->row, v->cell->col}).second)
            out.push_back(*v->cell);
    return out;
}

// Two neighbouring digits swapped, the first pair that differs: 2481.78 → 4281.78.
std::optional<double> digits_swapped(double v) {
    std::string s = format_number(v);
    for (size_t i = 0; i + 1 < s.size(); ++i)
        if (std::isdigit(static_cast<unsigned char>(s[i])) && std::isdigit(static_cast<unsigned char>(s[i + 1])) &&
            s[i] != s[i + 1]) {
            std::swap(s[i], s[i + 1]);
            return std::stod(s);
        }
    return std::nullopt;
}

// A budget figure (年初预算数, 全年预算数, 全年执行数, of the total or a fund
// row): a typo there shows only as a rate that no longer agrees.
bool typo_in_a_figure(const Grid& grid, CellAddress cell) {
    const auto form = recognize(grid);
    if (!form || !form->budget) return false;
    std::vector<const BudgetRow*> rows{&form->budget->total};
    for (const auto& r : form->budget->parts) rows.push_back(&r);
    for (const BudgetRow* r : rows)
        for (const FormValue* v : {&r->opening_budget, &r->budget, &r->executed})
            if (v->cell && *v->cell == cell) return true;
    return false;
}

// Whether the form has anything its weights must add up to: a total
// weight, or a group's or the table's label weight.
bool weights_checkable(const Grid& grid) {
    const auto form = recognize(grid);
    if (!form) return false;
    if (form->total_weight.cell) return true;
    if (form->indicator_block && form->indicator_block->label_weight) return true;
    return std::any_of(form->groups.begin(), form->groups.end(),
                       [](const IndicatorGroup& g) { return g.label_weight.has_value(); });
}

struct Figures {
    int tried = 0, restored = 0, left_alone = 0, worse = 0, right_cell_written = 0;
};

TEST(TypoProperty, FixAllNeverMakesAFormWorse) {
    Figures figures;
    std::vector<std::string> worse;
    const Profile& profile = default_profile();
    for (const auto& sheet : fixture_sheets()) {
        const auto own_plan = plan_fix_all(sheet.grid, "S", profile);  // the fixture's own mistakes
        // Cells the fixture itself has wrong (an error names them), and the
        // values its findings say they should hold.
        const SheetReport own = check_sheet(sheet.grid, "S", profile);
        std::set<std::pair<int, int>> own_errors;
        for (const auto& f : own.findings)
            if (f.cell && f.severity == Severity::error) own_errors.insert({f.cell->row, f.cell->col});
        for (const CellAddress cell : numeric_cells(sheet.grid)) {
            const double original = std::get<double>(sheet.grid.at(cell));
            // The values the cell may be given back: its own, the one 全部修正
            // gives it on the sheet as it is, or (where a mistake was
            // injected into it) the one it was published with.
            std::vector<double> right{original};
            for (const auto& w : own_plan)
                if (w.cell == cell) right.push_back(w.value);
            // (a fix the fixture's own findings hold back, because another
            // of its mistakes would then show, is still the cell's value)
            for (const auto& f : own.findings)
                if (f.cell && *f.cell == cell && f.severity == Severity::error) {
                    if (f.fix) right.push_back(*f.fix);
                    if (const auto v = read_number(CellValue{f.expected})) right.push_back(*v);
                }
            if (sheet.published)
                if (const auto* v = std::get_if<double>(&sheet.published->at(cell))) right.push_back(*v);
            std::vector<std::pair<const char*, double>> typos{{"+1", original + 1}, {"×10", original * 10}};
            if (const auto swapped = digits_swapped(original)) typos.push_back({"swap", *swapped});
            for (const auto& [kind, typo] : typos) {
                if (typo == original || !std::isfinite(typo)) continue;
                ++figures.tried;
                const std::string name = sheet.name + " " + to_a1(cell) + " " + format_number(original) + " " + kind +
                                         " → " + format_number(typo);
                Grid mistyped = sheet.grid;
                mistyped.set(cell, CellValue{typo});
                const SheetReport before = check_sheet(mistyped, "S", profile);
                const auto plan = plan_fix_all(mistyped, "S", profile);
                const SheetReport after = check_sheet(with_writes(mistyped, plan), "S", profile);

                std::string why;
                if (after.errors > before.errors)
                    why += " more errors after (" + std::to_string(before.errors) + " → " +
                           std::to_string(after.errors) + ")";
                if (!plan.empty() && after.errors >= before.errors) why += " wrote but did not reduce the errors";
                std::set<std::pair<int, int>> named;
                for (const auto& f : before.findings)
                    if (f.cell) named.insert({f.cell->row, f.cell->col});
                const auto form = recognize(mistyped);
                for (const FormValue* total : {&form->total_score, &form->total_weight, &form->header_score})
                    if (total->cell) named.insert({total->cell->row, total->cell->col});
                bool touched = false;
                for (const auto& w : plan) {
                    if (!named.count({w.cell.row, w.cell.col}))
                        why += " wrote " + to_a1(w.cell) + ", named by no finding";
                    const bool own = std::any_of(own_plan.begin(), own_plan.end(),
                                                 [&](const CellWrite& o) { return o.cell == w.cell; }) ||
                                     own_errors.count({w.cell.row, w.cell.col});
                    if (!(w.cell == cell) && !own) {
                        // Unavoidable where nothing checks the mistyped cell: a
                        // budget figure (the stated rate then looks wrong), or a
                        // weight on a form whose weights add up to nothing.
                        // On a sheet with injected mistakes a second typo can
                        // point at one of those: counted, not judged.
                        if (typo_in_a_figure(sheet.grid, cell) || !weights_checkable(sheet.grid) || sheet.published)
                            ++figures.right_cell_written;
                        else
                            why += " wrote " + to_a1(w.cell) + ", which was right";
                    }
                    if (w.cell == cell) {
                        touched = true;
                        // Exactly: as the form shows it (a rate of 86% stays 86%
                        // where 86.2037% is the exact one; a score of 9, 8.62).
                        const bool one_of = std::any_of(right.begin(), right.end(), [&](double r) {
                            const int shown = std::max(decimals_of(r), 0);
                            return round_half_up(w.value, shown) == round_half_up(r, shown);
                        });
                        if (!one_of) why += " gave the mistyped cell " + format_number(w.value);
                    }
                }
                if (!why.empty()) {
                    ++figures.worse;
                    worse.push_back(name + ":" + why);
                } else if (touched) {
                    ++figures.restored;
                } else {
                    ++figures.left_alone;
                }
            }
        }
    }
    std::printf(
        "typo property: %d cases tried, %d restored exactly, %d left alone, %d made worse; in %d cases a right cell "
        "was written (a budget figure's typo, weights that add up to nothing, or a second mistake next to injected "
        "ones)\n",
        figures.tried, figures.restored, figures.left_alone, figures.worse, figures.right_cell_written);
    EXPECT_GT(figures.tried, 500);
    EXPECT_EQ(figures.worse, 0);
    for (size_t i = 0; i < worse.size() && i < 40; ++i) ADD_FAILURE() << worse[i];
}

// The seed's G14 (分值 of 国土空间规划编制) typed 6 for 5: the indicator is met
// and scored 5, and 产出指标 is labelled 50 — the weight is the wrong cell,
// and 全部修正 restores it (with the seed's own G5 and H5), nothing else.
TEST(TypoProperty, TheSeedsWeightTypoIsRestored) {
    auto cells = seed_cells();
    cells["G14"] = CellValue{6.0};
    const Grid g = to_grid(cells);
    const auto plan = plan_fix_all(g, "S", default_profile());
    std::map<std::string, double> written;
    for (const auto& w : plan) written[to_a1(w.cell)] = w.value;
    EXPECT_EQ(written, (std::map<std::string, double>{{"G5", 1}, {"G14", 5}, {"H5", 10}}));
    EXPECT_EQ(check_sheet(with_writes(g, plan), "S", default_profile()).errors, 0);
}

}  // namespace
}  // namespace perfeval::test

namespace perfeval::test {
namespace {

// 修正 of each finding alone, on every fixture sheet (all its variants):
// what is offered never leaves more errors, nor a finding that was not
// there, and always fewer errors.
TEST(SingleFixProperty, EachOfferedFixAloneMakesTheSheetBetter) {
    int offered = 0;
    for (const auto& path : form_cells_files(PERFEVAL_SOURCE_DIR))
        for (auto& s : read_form_cells(path)) {
            const Grid grid = to_grid(s.cells);
            const SheetReport report = check_sheet(grid, "S", default_profile());
            for (const auto& f : report.findings) {
                if (!f.fix || !f.cell) continue;
                ++offered;
                const auto writes = plan_fix(grid, report, f, default_profile());
                ASSERT_FALSE(writes.empty())
                    << s.file << "/" << s.name << " " << to_a1(*f.cell) << " offered, not helping";
                const SheetReport after = check_sheet(with_writes(grid, writes), "S", default_profile());
                EXPECT_LE(after.errors, report.errors) << s.file << "/" << s.name << " " << to_a1(*f.cell);
                EXPECT_TRUE(better(report, after)) << s.file << "/" << s.name << " " << to_a1(*f.cell);
            }
        }
    EXPECT_GT(offered, 20);
}

}  // namespace
}  // namespace perfeval::test
