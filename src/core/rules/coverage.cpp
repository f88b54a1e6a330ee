#include "coverage.hpp"

#include "context.hpp"

namespace perfeval {

namespace {

constexpr std::pair<Coverage::Total, std::string_view> kPlaces[] = {
    {Coverage::Total::row, "row"},
    {Coverage::Total::header, "header"},
    {Coverage::Total::both, "both"},
    {Coverage::Total::none, ""},
};

}  // namespace

std::string_view coverage_status(const Coverage& c) { return c.partial() ? "partial" : "complete"; }

std::string_view total_place_id(Coverage::Total t) {
    for (const auto& [place, id] : kPlaces)
        if (place == t) return id;
    return "";
}

Coverage::Total total_place(std::string_view id) {
    for (const auto& [place, name] : kPlaces)
        if (name == id) return place;
    return Coverage::Total::none;
}

namespace rules {

Coverage coverage_of(const FormModel& form, const std::vector<IndicatorFacts>& facts, const Profile& profile) {
    Coverage c;
    if (form.budget) {
        c.budget = true;
        c.rate = form.budget->rate.present() && rate_of(form).has_value();
        c.exec_score = exec_score_cell(form) != nullptr && expected_exec_score(form, profile).has_value();
        c.fund_rows = static_cast<int>(form.budget->parts.size() + form.budget->rows.size());
    }
    // A form always has indicator rows under its header; a header with none
    // read under it is no table read.
    c.indicator_table = !form.indicators.empty();
    c.indicators = static_cast<int>(form.indicators.size());
    for (const auto& f : facts) {
        if (f.target && !f.quantitative) ++c.qualitative;
        // Compared by arithmetic: a quantity, range or deadline against an
        // actual it can be measured with.
        if (f.share) ++c.checked;
    }
    const bool row = form.total_score.present();
    const bool header = form.header_score.present();
    c.total = row && header ? Coverage::Total::both
              : row         ? Coverage::Total::row
              : header      ? Coverage::Total::header
                            : Coverage::Total::none;
    c.total_checked =
        total_checkable(form) && (number(form.total_score).has_value() || number(form.header_score).has_value());
    return c;
}

}  // namespace rules
}  // namespace perfeval
