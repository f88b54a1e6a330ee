#include "explain.hpp"

namespace perfeval {

namespace {

std::string at(const FormValue& v) { return v.cell ? to_a1(*v.cell) : "(none)"; }

}  // namespace

std::map<std::string, std::string> form_roles(const FormModel& f) {
    std::map<std::string, std::string> r;
    if (f.budget) {
        const auto& b = *f.budget;
        r["budget.total"] = to_a1(b.total.label_cell);
        r["budget.opening"] = at(b.total.opening_budget);
        r["budget.budget"] = at(b.total.budget);
        r["budget.executed"] = at(b.total.executed);
        r["budget.weight"] = at(b.weight);
        r["budget.rate"] = at(b.rate);
        r["budget.score"] = at(b.score);
        r["budget.parts"] = std::to_string(b.parts.size());
    }
    if (f.indicator_block) r["block"] = to_a1(f.indicator_block->label_cell);
    if (!f.groups.empty()) r["group1"] = to_a1(f.groups.front().label_cell);
    if (!f.indicators.empty()) {
        const auto& i = f.indicators.front();
        r["first.name"] = to_a1(i.name_cell);
        r["first.direction"] = at(i.direction);
        r["first.target"] = at(i.target);
        r["first.unit"] = at(i.unit);
        r["first.actual"] = at(i.actual);
        r["first.weight"] = at(i.weight);
        r["first.score"] = at(i.score);
        r["first.reason"] = at(i.reason);
        r["last.name"] = to_a1(f.indicators.back().name_cell);
    }
    r["indicators"] = std::to_string(f.indicators.size());
    r["total.weight"] = at(f.total_weight);
    r["total.score"] = at(f.total_score);
    r["header.score"] = at(f.header_score);
    return r;
}

Explanation explain_sheet(const Grid& grid, const std::string& sheet) {
    Explanation e;
    e.sheet = sheet;
    const auto form = recognize(grid);
    if (!form) return e;
    e.has_form = true;
    e.family = std::string(form->family);
    e.range = to_a1(form->top_left) + ":" + to_a1(form->bottom_right);
    e.fits = form->fits;
    for (const auto& [column, cell] : form->header_cells) e.headers.emplace_back(column, to_a1(cell));
    e.roles = form_roles(*form);
    e.missing = form->missing;
    return e;
}

}  // namespace perfeval
