// cross-check: figures that should agree across the form.
#include <algorithm>
#include <cmath>
#include <tuple>

#include <boost/regex.hpp>
#include "context.hpp"

#include "../decimal/decimal.hpp"
#include "../decimal/format.hpp"
#include "../read_number.hpp"
#include "../scoring/operand.hpp"
#include "../scoring/scores.hpp"
#include "../text/normalize.hpp"

namespace perfeval::rules {

// ---- cross-checks --------------------------------------------------------

namespace {

// The unit an indicator's name gives: "守住耕地红线（亩）" → 亩.
std::string unit_in_name(const std::string& name) {
    static const boost::regex kParen(R"(\(([^()]+)\)$)");
    boost::smatch m;
    const std::string n = text::squeeze(name);
    if (!boost::regex_search(n, m, kParen)) return "";
    const auto r = text::read_quantity("1" + m[1].str());
    return r.quantitative() && r.quantity->unit == m[1].str() ? m[1].str() : "";
}

bool scale_apart(const std::string& a, const std::string& b) {
    auto scaled = [](const std::string& x, const std::string& y) {  // x is 万/亿 + y
        return x.size() == y.size() + 3 && (x.compare(0, 3, "万") == 0 || x.compare(0, 3, "亿") == 0) &&
               x.compare(3, std::string::npos, y) == 0;
    };
    return scaled(a, b) || scaled(b, a);
}

}  // namespace

void cross_check(const Context& c) {
    // (1) 成本指标 against the budget block.
    for (size_t i = 0; i < c.form.indicators.size(); ++i) {
        const auto& ind = c.form.indicators[i];
        if (ind.level2.find("成本") == std::string::npos) continue;
        const auto& a = c.facts[i].actual;
        if (!a || !a->quantitative() || !(a->unit().empty() || a->unit() == "万元")) continue;
        const std::string name = text::squeeze(ind.name);
        std::optional<double> other;
        std::string item_label;  // empty: the executed total
        auto from_expense = [&](const char* label) {
            if (!c.form.expense) return;
            for (const auto& item : c.form.expense->items)
                if (item.label.find(label) != std::string::npos)
                    if (const auto v = number(item.value)) {
                        other = v;
                        item_label = item.label;
                    }
        };
        if (name.find("项目经费") != std::string::npos || name.find("项目支出") != std::string::npos)
            from_expense("项目支出");
        else if (name.find("基本支出") != std::string::npos)
            from_expense("基本支出");
        else if ((name.find("全年支出") != std::string::npos || name.find("总支出") != std::string::npos) &&
                 c.form.budget) {
            other = number(c.form.budget->total.executed);
        }
        if (!other || equal_at(a->value(), *other, 2)) continue;
        Message m(
            item_label.empty() ? MessageId::cross_cost_executed : MessageId::cross_cost_expense,
            {arg("name", ind.name), arg("actual", format_number(a->value())), arg("other", format_number(*other))});
        if (!item_label.empty()) m.args.push_back(arg("item", item_label));
        c.emit(ind.actual.cell, std::move(m), format_number(*other), format_number(a->value()));
    }
    // (2) The narrative against the table: the same number written with a
    // unit ten thousand times apart ("44.02 亩" vs "44.02万亩").
    const auto* narrative = std::get_if<std::string>(&c.form.narrative.value);
    if (!narrative) return;
    const auto mentions = text::find_quantities(*narrative);
    for (size_t i = 0; i < c.form.indicators.size(); ++i) {
        const auto& ind = c.form.indicators[i];
        const auto& a = c.facts[i].actual;
        if (!a || !a->quantitative()) continue;
        std::optional<std::string> unit;  // read from the name only when a number matches
        for (const auto& m : mentions) {
            // Equal at two or more decimals means less than 0.01 apart: the cheap test first.
            if (m.unit.empty() || std::fabs(m.value - a->value()) >= 0.01 ||
                !equal_at(m.value, a->value(), std::max(2, m.decimals)))
                continue;
            if (!unit) unit = a->unit().empty() ? unit_in_name(ind.name) : a->unit();
            if (unit->empty() || !scale_apart(m.unit, *unit)) continue;
            const std::string written = format_number(m.value, m.decimals) + m.unit;
            c.emit(ind.actual.cell,
                   Message(MessageId::cross_narrative_unit,
                           {arg("name", ind.name), arg("unit", *unit), arg("value", format_number(a->value())),
                            arg("written", written), arg("other_unit", m.unit)}),
                   written, format_number(a->value()) + *unit);
            break;
        }
    }
}

}  // namespace perfeval::rules
