#include "json.hpp"

// The one translation unit that compiles Boost.JSON (header-only): the
// component may need no Boost library at run time (tests/packaging).
#include <boost/json/src.hpp>

namespace perfeval {

namespace {

boost::json::value optional_number(const std::optional<double>& v) {
    return v ? boost::json::value(*v) : boost::json::value(nullptr);
}

boost::json::value optional_text(const std::string& s) {
    return s.empty() ? boost::json::value(nullptr) : boost::json::value(s);
}

boost::json::object coverage_json(const Coverage& c) {
    const auto place = total_place_id(c.total);
    return {{"status", std::string(coverage_status(c))},
            {"budget", {{"found", c.budget}, {"rate", c.rate}, {"score", c.exec_score}, {"fund_rows", c.fund_rows}}},
            {"indicators",
             {{"found", c.indicator_table},
              {"rows", c.indicators},
              {"checked", c.checked},
              {"qualitative", c.qualitative}}},
            {"total",
             {{"where", place.empty() ? boost::json::value(nullptr) : boost::json::value(std::string(place))},
              {"checked", c.total_checked}}}};
}

}  // namespace

boost::json::object sheet_json(const SheetText& s) {
    boost::json::array findings;
    for (const auto& f : s.findings)
        findings.push_back(boost::json::object{{"rule", f.rule},
                                               {"severity", std::string(severity_id(f.severity))},
                                               {"sheet", f.sheet},
                                               {"cell", f.cell},
                                               {"message", f.message},
                                               {"expected", f.expected},
                                               {"actual", f.actual},
                                               {"fix", optional_number(f.fix)},
                                               {"also", boost::json::value_from(f.also)}});
    return {{"sheet", s.sheet},
            {"has_form", s.has_form},
            {"kind", s.has_form ? std::string(kind_id(s.kind)) : std::string()},
            {"template", s.family},
            {"range", s.range},
            {"unit", s.unit_name},
            {"summary",
             {{"errors", s.errors},
              {"warnings", s.warnings},
              {"notices", s.notices},
              {"total_weight", optional_number(s.totals.stated_weight)},
              {"total_score", optional_number(s.totals.stated_score)},
              {"computed_score", optional_number(s.totals.computed_score)},
              {"grade", optional_text(s.grade)}}},
            {"coverage", s.has_form ? boost::json::value(coverage_json(s.coverage)) : boost::json::value(nullptr)},
            {"findings", std::move(findings)}};
}

std::string sheets_json(const std::vector<SheetText>& sheets) {
    boost::json::array out;
    for (const auto& s : sheets) out.push_back(sheet_json(s));
    return boost::json::serialize(boost::json::object{{"sheets", std::move(out)}});
}

}  // namespace perfeval
