#include "fixes.hpp"

#include <algorithm>
#include <set>
#include <tuple>

namespace perfeval {

namespace {

using Key = std::tuple<std::string, int, int>;  // rule, row, column (-1: no cell)

Key key_of(const Finding& f) { return {f.rule, f.cell ? f.cell->row : -1, f.cell ? f.cell->col : -1}; }

std::set<Key> keys_of(const SheetReport& r) {
    std::set<Key> out;
    for (const auto& f : r.findings) out.insert(key_of(f));
    return out;
}

// Totals add up what the other rules' cells hold: they are fixed after them.
bool fixes_a_total(const Finding& f) { return f.rule == "total-score" || f.rule == "total-weight"; }

bool fixable(const Finding& f) { return f.severity == Severity::error && f.fix && f.cell; }

const CheckOptions kPlain{.verify_fixes = false};

SheetReport recheck(const Grid& grid, const std::string& sheet, const Profile& profile) {
    return check_sheet(grid, sheet, profile, kPlain);
}

// Each cell once, with its last value.
std::vector<CellWrite> last_values(const std::vector<CellWrite>& written) {
    std::vector<CellWrite> out;
    for (auto it = written.rbegin(); it != written.rend(); ++it)
        if (std::none_of(out.begin(), out.end(), [&](const CellWrite& w) { return w.cell == it->cell; }))
            out.push_back(*it);
    std::reverse(out.begin(), out.end());
    return out;
}

// The fixes of the total findings that `after` has and `before` had not:
// the totals a write left behind.
std::vector<CellWrite> totals_left_behind(const SheetReport& before, const SheetReport& after) {
    const auto known = keys_of(before);
    std::vector<CellWrite> out;
    for (const auto& f : after.findings)
        if (fixes_a_total(f) && fixable(f) && !known.count(key_of(f))) out.push_back({*f.cell, *f.fix});
    return out;
}

}  // namespace

bool better(const SheetReport& before, const SheetReport& after) {
    // Fewer errors; or, for a warning's fix (a blank total filled in), as
    // many errors and fewer warnings.
    if (after.errors > before.errors) return false;
    if (after.errors == before.errors && after.warnings >= before.warnings) return false;
    const auto known = keys_of(before);
    for (const auto& k : keys_of(after))
        if (!known.count(k)) return false;
    return true;
}

Grid with_writes(Grid grid, const std::vector<CellWrite>& writes) {
    for (const auto& w : writes) grid.set(w.cell, CellValue{w.value});
    return grid;
}

std::vector<CellWrite> plan_fix(const Grid& grid, const SheetReport& before, const Finding& f, const Profile& profile) {
    if (!f.fix || !f.cell) return {};
    std::vector<CellWrite> writes{{*f.cell, *f.fix}};
    Grid next = with_writes(grid, writes);
    SheetReport after = recheck(next, before.sheet, profile);
    if (!fixes_a_total(f)) {
        // The totals that added up the old value follow the new one.
        const auto totals = totals_left_behind(before, after);
        if (!totals.empty()) {
            writes.insert(writes.end(), totals.begin(), totals.end());
            next = with_writes(std::move(next), totals);
            after = recheck(next, before.sheet, profile);
        }
    }
    return better(before, after) ? writes : std::vector<CellWrite>{};
}

std::vector<CellWrite> plan_fix_all(const Grid& grid, const std::string& sheet, const Profile& profile) {
    const SheetReport original = recheck(grid, sheet, profile);
    // All at once: each round the parts' fixes, or when none is left the totals'.
    // A round may leave totals behind (the next round writes them); any
    // other finding it causes means a fix went the wrong way: then not all
    // at once.
    const auto known = keys_of(original);
    const auto only_totals_new = [&](const SheetReport& r) {
        for (const auto& f : r.findings)
            if (!fixes_a_total(f) && !known.count(key_of(f))) return false;
        return true;
    };
    Grid current = grid;
    SheetReport now = original;
    std::vector<CellWrite> written;
    bool at_once = true;
    for (int round = 0; round < profile.fix_rounds && at_once; ++round) {
        std::vector<CellWrite> parts, totals;
        for (const auto& f : now.findings)
            if (fixable(f)) (fixes_a_total(f) ? totals : parts).push_back({*f.cell, *f.fix});
        const auto& chosen = parts.empty() ? totals : parts;
        if (chosen.empty()) break;
        current = with_writes(std::move(current), chosen);
        now = recheck(current, sheet, profile);
        written.insert(written.end(), chosen.begin(), chosen.end());
        at_once = only_totals_new(now);
    }
    if (at_once && !written.empty() && better(original, now)) return last_values(written);
    // Else one fix at a time, each kept only when it (with the totals it
    // moves) makes the sheet better.
    current = grid;
    now = original;
    written.clear();
    const size_t limit = 2 * original.findings.size() + static_cast<size_t>(profile.fix_rounds);
    for (size_t step = 0; step < limit; ++step) {
        bool any = false;
        for (size_t i = 0; i < now.findings.size(); ++i) {
            const Finding& f = now.findings[i];
            if (!fixable(f)) continue;
            const auto writes = plan_fix(current, now, f, profile);
            if (writes.empty()) continue;
            current = with_writes(std::move(current), writes);
            written.insert(written.end(), writes.begin(), writes.end());
            now = recheck(current, sheet, profile);
            any = true;
            break;  // the findings changed: look again from the start
        }
        if (!any) break;
    }
    if (written.empty() || !better(original, now)) return {};
    return last_values(written);
}

}  // namespace perfeval
