// Rules on weights, indicators and the total score.
#include <algorithm>
#include <cmath>
#include <tuple>

#include "../decimal/decimal.hpp"
#include "../decimal/format.hpp"
#include "../read_number.hpp"
#include "../scoring/operand.hpp"
#include "../scoring/scores.hpp"
#include "../text/normalize.hpp"
#include "../text/number.hpp"
#include "context.hpp"

namespace perfeval::rules {

// ---- weights -------------------------------------------------------------

void weight_sum(const Context& c) {
    // The whole table's label (年度绩效目标(80分)) against its groups' labels,
    // when every group has one.
    const auto& block = c.form.indicator_block;
    const bool by_group =
        !c.form.groups.empty() && std::all_of(c.form.groups.begin(), c.form.groups.end(),
                                              [](const IndicatorGroup& g) { return g.label_weight.has_value(); });
    if (block && block->label_weight && by_group) {
        std::vector<Operand> parts;
        for (const auto& g : c.form.groups) parts.push_back(*operand_of(CellValue{*g.label_weight}));
        const auto diff = sum_check(*operand_of(CellValue{*block->label_weight}), parts, c.profile);
        if (diff && *diff != 0) {
            const double sum = round_half_up(*block->label_weight - *diff, c.profile.max_decimals);
            c.emit(block->label_cell,
                   Message(MessageId::weight_sum,
                           {arg("group", block->name), arg("label", format_number(*block->label_weight)),
                            arg("sum", format_number(sum))}),
                   format_number(*block->label_weight), format_number(sum));
        }
    }
    // Each label over indicators whose weights do not add up to it: at the
    // weight that breaks the sum, where the form tells which; else at the
    // label, naming the weights that may be wrong, with nothing to write.
    for (const auto& d : c.doubts) {
        const std::string label = format_number(d.label), sum = format_number(d.sum);
        if (d.budget_weight) {
            // What the indicators weigh is what the total leaves the rate less.
            const double indicators = round_half_up(d.label - *d.budget_weight, c.profile.max_decimals);
            c.emit(c.form.budget->weight.cell,
                   Message(MessageId::weight_budget_culprit,
                           {arg("stated", format_number(d.budget_stated)), arg("indicators", format_number(indicators)),
                            arg("total", label), arg("expected", format_number(*d.budget_weight))}),
                   format_number(*d.budget_weight), format_number(d.budget_stated), *d.budget_weight);
            continue;
        }
        const std::string group = d.group ? d.group->name : std::string();
        if (d.culprit) {
            const auto& ind = c.form.indicators[*d.culprit];
            const auto& f = c.facts[*d.culprit];
            c.emit(ind.weight.cell,
                   Message(d.group ? MessageId::weight_culprit : MessageId::weight_total_culprit,
                           {arg("name", ind.name), arg("stated", format_number(*f.stated_weight)), arg("group", group),
                            arg("sum", sum), arg("label", label), arg("expected", format_number(*f.weight))}),
                   format_number(*f.weight), format_number(*f.stated_weight), *f.weight);
            continue;
        }
        if (!d.group) continue;          // total-weight says the total's part of it
        std::vector<CellAddress> cells;  // a candidate's weight was read from its cell
        for (const size_t k : d.candidates)
            if (const auto& cell = c.form.indicators[k].weight.cell) cells.push_back(*cell);
        c.emit(d.group->label_cell,
               Message(MessageId::weight_sum_unsure, {arg("group", group), arg("label", label), arg("sum", sum),
                                                      arg("cells", a1_list(cells, 6, "、"))}),
               label, sum);
    }
}

void total_weight(const Context& c) {
    const auto& tw = c.form.total_weight;
    if (c.form.totals_unsure) return;
    const double standard = c.profile.total_weight;
    if (!tw.present()) {
        // No total weight on the form: the budget's and the indicator
        // table's labelled weights (20 + 80) must make 100.
        const auto& block = c.form.indicator_block;
        const auto stated = c.form.budget && c.form.budget_in_total ? number(c.form.budget->weight) : std::nullopt;
        if (!block || !block->label_weight || !stated) return;
        const double budget = stated.value_or(0), sum = budget + block->label_weight.value_or(0);
        if (compare_values(sum, standard) != 0)
            c.emit(block->label_cell,
                   Message(MessageId::total_weight_block,
                           {arg("budget", format_number(budget)), arg("block", block->name),
                            arg("weight", format_number(*block->label_weight)), arg("sum", format_number(sum))}),
                   format_number(standard), format_number(sum));
        return;
    }
    // The parts as the rules take them: a weight found to be mistyped counts
    // with the value it must have.
    std::vector<Operand> parts;
    if (c.form.budget && c.form.budget_in_total)
        if (const auto w = number(c.form.budget->weight)) parts.push_back(*operand_of(CellValue{*w}));
    bool in_doubt = false;
    for (const auto& f : c.facts) {
        if (f.weight) parts.push_back(*operand_of(CellValue{*f.weight}));
        in_doubt = in_doubt || f.weight_in_doubt;
    }
    double sum = 0;
    for (const auto& p : parts) sum += p.value();
    sum = round_half_up(sum, c.profile.max_decimals);
    const auto stated = number(tw);
    if (!stated) {
        // Filled in with the parts' sum only when that is the standard total.
        const bool sure = !in_doubt && compare_values(sum, standard) == 0;
        c.emit(tw.cell, Message(MessageId::total_weight_missing), format_number(sure ? sum : standard),
               format_cell(tw.value), sure ? std::optional<double>(sum) : std::nullopt);
        return;
    }
    const auto diff = sum_check(*operand_of(CellValue{*stated}), parts, c.profile);
    const double parts_sum = diff ? round_half_up(*stated - *diff, c.profile.max_decimals) : sum;
    if (diff && *diff != 0) {
        if (compare_values(*stated, standard) == 0) {
            // The total says what every form must: a part is what is wrong
            // (weight-sum names it, where the form tells), never the total.
            c.emit(tw.cell,
                   Message(MessageId::total_weight_parts,
                           {arg("stated", format_number(*stated)), arg("sum", format_number(parts_sum))}),
                   format_number(standard), format_number(*stated));
        } else {
            // The total is off the standard: written back to it when the
            // parts make it, else only said.
            const bool total_is_the_typo = !in_doubt && compare_values(parts_sum, standard) == 0;
            c.emit(tw.cell,
                   Message(MessageId::total_weight_sum,
                           {arg("stated", format_number(*stated)), arg("sum", format_number(parts_sum))}),
                   format_number(total_is_the_typo ? parts_sum : standard), format_number(*stated),
                   total_is_the_typo ? std::optional<double>(parts_sum) : std::nullopt);
        }
    } else if (compare_values(*stated, standard) != 0) {
        c.emit(tw.cell, Message(MessageId::total_weight_not_100), format_number(standard), format_number(*stated));
    }
}

// ---- indicators ------------------------------------------------------------

void missing_value(const Context& c) {
    // One finding per indicator, at its score when that is empty (Fix fills
    // it), else at the first empty field.
    for (size_t i = 0; i < c.form.indicators.size(); ++i) {
        const auto& ind = c.form.indicators[i];
        if (ind.name.empty()) continue;
        const std::pair<const FormValue*, MessageId> fields[] = {{&ind.score, MessageId::field_score},
                                                                 {&ind.target, MessageId::field_target},
                                                                 {&ind.actual, MessageId::field_actual},
                                                                 {&ind.weight, MessageId::field_weight}};
        std::vector<MessageId> empty;
        const FormValue* at = nullptr;
        for (const auto& [v, field] : fields)
            if (v->present() && v->empty()) {
                empty.push_back(field);
                if (!at) at = v;
            }
        if (!at) continue;
        const auto expected = at == &ind.score ? expected_of(c.facts[i]) : std::nullopt;
        c.emit(at->cell, Message(MessageId::value_missing, {arg("name", ind.name), words("field", empty)}),
               expected ? format_number(*expected) : "", "", expected);
    }
    // A total left blank where the weight is filled is how many published
    // forms look: a warning, with the total to fill in.
    const auto total = c.totals.computed_score;
    const std::pair<const FormValue*, MessageId> totals[] = {{&c.form.total_score, MessageId::total_score_missing},
                                                             {&c.form.header_score, MessageId::header_score_missing}};
    for (const auto& [v, message] : totals)
        if (v->present() && v->empty())
            c.emit(v->cell, Message(message), total ? format_number(*total) : "", "", total, Severity::warning);
}

void score_range(const Context& c) {
    for (size_t i = 0; i < c.form.indicators.size(); ++i) {
        const auto& ind = c.form.indicators[i];
        const auto s = c.facts[i].score, w = c.facts[i].weight;
        if (!s || !w) continue;
        if (compare_values(*s, 0) >= 0 && compare_values(*s, *w) <= 0) continue;
        // No score is moved to meet a weight that is itself in doubt.
        const auto expected = writable_expected(c.facts[i]);
        c.emit(ind.score.cell,
               Message(MessageId::score_out_of_range,
                       {arg("name", ind.name), arg("score", format_number(*s)), arg("weight", format_number(*w))}),
               expected ? format_number(*expected) : "0–" + format_number(*w), format_number(*s), expected);
    }
}

namespace {

// Words in a qualitative actual value that say how far the target was met.
enum class Tier { partly, not_met, unknown };

Tier tier_of(const std::string& actual) {
    static const char* const kNotMet[] = {"未完成", "未达成", "未实现", "未达到", "没有完成"};
    static const char* const kPartly[] = {"基本完成", "部分完成", "基本达成", "部分达成",
                                          "基本实现", "部分实现", "基本落实", "部分落实"};
    for (const char* w : kNotMet)
        if (actual.find(w) != std::string::npos) return Tier::not_met;
    for (const char* w : kPartly)
        if (actual.find(w) != std::string::npos) return Tier::partly;
    return Tier::unknown;
}

}  // namespace

namespace {

// A target or actual as the cell shows it; with the unit of a 度量单位
// column as it was read ("100" under "%" and Calc's 1 for 100% both "100%").
std::string as_read(const Operand& op, const FormValue& cell) {
    if (op.from_number || !op.quantitative() || std::holds_alternative<std::string>(cell.value))
        return format_cell(cell.value);
    if (op.unit() == "%") return format_percent(op.value(), std::max(0, op.value_decimals() - 2));
    return format_number(op.value()) + op.unit();
}

// The direction to show before a target: none when its text writes one
// ("≤100", "9月前"), else the one it was read with ("≤ " from 指标性质).
std::string direction_prefix(const Operand& target) {
    if (target.reading.direction_written || target.reading.dated()) return "";
    return std::string(text::direction_symbol(target.reading.direction)) + " ";
}

}  // namespace

void indicator_score_rule(const Context& c) {
    for (size_t i = 0; i < c.form.indicators.size(); ++i) {
        const auto& ind = c.form.indicators[i];
        const auto& facts = c.facts[i];
        const auto s = facts.score, w = facts.weight;
        if (!w || ind.score.empty()) continue;
        // A deadline met or missed "in words" (按时完成, 未完成) is read like a
        // qualitative actual.
        const bool deadline_in_words =
            facts.quantitative && facts.target->reading.dated() && !(facts.actual && facts.actual->reading.dated());
        if (!facts.quantitative || deadline_in_words) {
            // Qualitative: only the tier can be checked, from the words used.
            const auto* actual = std::get_if<std::string>(&ind.actual.value);
            if (!s || !actual) continue;
            const Tier tier = tier_of(text::squeeze(*actual));
            const double share = *s / *w;
            const auto& tiers = c.profile.tiers;
            const std::string low = format_number(*w * tiers.partly_from), high = format_number(*w * tiers.partly_to);
            if (tier == Tier::partly && (share > tiers.partly_to || share < tiers.partly_from))
                c.emit(ind.score.cell,
                       Message(MessageId::qualitative_partly,
                               {arg("name", ind.name), arg("actual", text::normalize(*actual)),
                                arg("band",
                                    format_percent(tiers.partly_from, 0) + "–" + format_percent(tiers.partly_to, 0)),
                                arg("low", low), arg("high", high), arg("score", format_number(*s))}),
                       low + "–" + high, format_number(*s), std::nullopt, Severity::notice);
            if (tier == Tier::not_met && share >= tiers.partly_from)
                c.emit(ind.score.cell,
                       Message(MessageId::qualitative_not_met,
                               {arg("name", ind.name), arg("limit", format_percent(tiers.partly_from, 0)),
                                arg("score", format_number(*s))}),
                       "< " + low, format_number(*s), std::nullopt, Severity::notice);
            continue;
        }
        if (!facts.actual) continue;  // missing-value or target-format says why
        if (!facts.unit_assumed.empty())
            c.emit(ind.actual.cell,
                   Message(MessageId::indicator_unit_assumed,
                           {arg("name", ind.name), arg("actual", format_cell(ind.actual.value)),
                            arg("target", format_cell(ind.target.value)), arg("unit", facts.unit_assumed)}),
                   "", format_cell(ind.actual.value), std::nullopt, Severity::notice);
        const auto& expected = facts.expected;
        if (!expected) {
            if (expected.problem() == Problem::unit_mismatch)
                c.emit(ind.actual.cell,
                       Message(MessageId::indicator_unit_mismatch,
                               {arg("name", ind.name), arg("target", format_cell(ind.target.value)),
                                arg("actual", format_cell(ind.actual.value))}),
                       "", format_cell(ind.actual.value), std::nullopt, Severity::warning);
            continue;
        }
        if (s && score_agrees(*s, ind.score.value, *expected, *w)) continue;
        const std::string dir = direction_prefix(*facts.target);
        Message m(s ? MessageId::indicator_score_wrong : MessageId::indicator_score_not_number,
                  {arg("name", ind.name), arg("direction", dir), arg("target", as_read(*facts.target, ind.target)),
                   arg("actual", as_read(*facts.actual, ind.actual)), arg("weight", format_number(*w)),
                   arg("expected", format_number(*expected))});
        if (s) m.args.push_back(arg("stated", format_number(*s)));
        // A full score for a missed "=" target is wrong, but what partial
        // credit it earns is the bureau's: nothing to write.
        c.emit(ind.score.cell, std::move(m), format_number(*expected), format_cell(ind.score.value),
               writable_expected(facts));
    }
}

namespace {

// How far an "at least" actual exceeds its target (0.35 for 135 against
// 100); nullopt when it does not, or when the two cannot be compared.
std::optional<double> excess_of(const IndicatorFacts& f) {
    if (!f.quantitative || !f.actual || !f.actual->quantitative() || f.target->reading.upper) return std::nullopt;
    if (f.target->reading.direction != text::Direction::at_least || !units_agree(*f.target, *f.actual))
        return std::nullopt;
    const double t = f.target->value(), a = f.actual->value();
    if (t <= 0 || a <= t) return std::nullopt;
    return (a - t) / t;
}

}  // namespace

void deviation_reason(const Context& c) {
    // The bureau's rule: where points are lost, say why — whether the form
    // states the lost points or only its figures show them.
    const Severity required = c.profile.reason_required ? Severity::error : Severity::warning;
    for (size_t i = 0; i < c.form.indicators.size(); ++i) {
        const auto& ind = c.form.indicators[i];
        if (!ind.reason.present()) return;  // the form has no reason column
        if (ind.name.empty() || !text::squeeze(format_cell(ind.reason.value)).empty()) continue;
        const auto& f = c.facts[i];
        const auto s = f.score, w = f.weight;
        if (!w) {
            // A form without weights: its figures alone tell a missed target.
            if (f.share && compare_values(*f.share, 1) < 0 && !ind.weight.present())
                c.emit(ind.reason.cell,
                       Message(MessageId::deviation_reason_missed,
                               {arg("name", ind.name), arg("direction", direction_prefix(*f.target)),
                                arg("target", as_read(*f.target, ind.target)),
                                arg("actual", as_read(*f.actual, ind.actual))}),
                       "", "", std::nullopt, required);
            continue;
        }
        // Below a weight that is itself in doubt, the lost points may be the
        // weight's typo: weight-sum says that, not this.
        if (s && compare_values(*s, *w) < 0 && !(f.weight_in_doubt && f.weight_suspect)) {
            c.emit(ind.reason.cell,
                   Message(MessageId::deviation_reason_missing,
                           {arg("name", ind.name), arg("score", format_number(*s)), arg("weight", format_number(*w))}),
                   "", "", std::nullopt, required);
            continue;
        }
        // Scored full (or not at all) though the figures miss the target.
        if (f.expected && compare_values(*f.expected, *w) < 0 && f.target && f.actual) {
            const std::string dir = direction_prefix(*f.target);
            c.emit(ind.reason.cell,
                   Message(MessageId::deviation_reason_missed,
                           {arg("name", ind.name), arg("direction", dir), arg("target", as_read(*f.target, ind.target)),
                            arg("actual", as_read(*f.actual, ind.actual))}),
                   "", "", std::nullopt, required);
            continue;
        }
        if (!c.profile.reason_when_exceeded) continue;
        if (const auto excess = excess_of(f); excess && compare_values(*excess, c.profile.exceed_ratio) >= 0)
            c.emit(ind.reason.cell,
                   Message(MessageId::deviation_reason_exceeded,
                           {arg("name", ind.name), arg("target", as_read(*f.target, ind.target)),
                            arg("actual", as_read(*f.actual, ind.actual)), arg("excess", format_percent(*excess, 0))}),
                   "", "", std::nullopt, Severity::warning);
    }
}

namespace {

// The cells of the parts the rules would change (a wrong execution or
// indicator score): "H5", "H5, H27", "H5, H27, H30 …" (both languages).
std::string corrected_parts(const Context& c) {
    std::vector<CellAddress> cells;
    const auto differs = [&](const FormValue& v, std::optional<double> expected) {
        const auto stated = number(v);
        if (expected && v.cell && (!stated || compare_values(*stated, *expected) != 0)) cells.push_back(*v.cell);
    };
    if (c.form.budget && c.form.budget_in_total && c.form.budget->score.present())
        differs(c.form.budget->score, expected_exec_score(c.form, c.profile));
    for (size_t i = 0; i < c.form.indicators.size(); ++i)
        differs(c.form.indicators[i].score, rule_score(c.form, c.facts, i, c.profile));
    return a1_list(cells, 3, ", ");
}

}  // namespace

void total_score(const Context& c) {
    if (!total_checkable(c.form)) return;
    std::vector<Operand> parts;
    std::string exec_text = "0";
    if (c.form.budget && c.form.budget_in_total)
        if (const auto e = number(c.form.budget->score)) {
            parts.push_back(*operand_of(CellValue{*e}));
            exec_text = format_number(*e);
        }
    double indicators = 0;
    for (const auto& f : c.facts)
        if (f.score) {
            parts.push_back(*operand_of(CellValue{*f.score}));
            indicators += *f.score;
        }
    // The 总分 row and the header's 自评得分, each against the parts (and so
    // against each other).
    for (const FormValue* ts : {&c.form.total_score, &c.form.header_score}) {
        const auto stated = number(*ts);
        if (!stated) continue;
        const auto diff = sum_check(*operand_of(CellValue{*stated}), parts, c.profile);
        if (!diff || *diff == 0) continue;
        const double sum = round_half_up(*stated - *diff, c.profile.max_decimals);
        const bool corrected = c.totals.computed_score && compare_values(*c.totals.computed_score, sum) != 0;
        // The value the total must hold once its parts are right: 100 on the
        // seed (更正 H5 后), not the 99 its wrong parts add up to now, which
        // the parts' own fixes would overturn. Nothing to write when it
        // holds that already: then the parts are what is wrong.
        const double right = corrected ? *c.totals.computed_score : sum;
        const bool holds = compare_values(*stated, right) == 0;
        // A part in doubt (its weight, or a score beyond its weight that no
        // rule can put right): the total is not written on a guess.
        // So is a total above the full score (110 of 100): a weight or a score
        // is wrong, and adding them up again does not say which.
        bool parts_in_doubt = budget_weight_in_doubt(c.doubts) || compare_values(right, c.profile.total_weight) > 0;
        for (const auto& f : c.facts) {
            const bool verified = writable_expected(f).has_value();
            parts_in_doubt =
                parts_in_doubt || f.weight_in_doubt ||
                // beyond its weight, and no rule says what it should be
                (f.score && f.weight && (compare_values(*f.score, *f.weight) > 0 || *f.score < 0) && !verified) ||
                // no weight to hold it to, and no rule: any score adds up as well as another
                (f.score && !f.weight && !verified);
        }
        // Families whose budget block has no score of its own (the rate is an
        // indicator there) add up indicators only.
        const bool with_exec = c.form.budget_in_total;
        const MessageId id = with_exec ? (holds       ? MessageId::total_score_sum_holds
                                          : corrected ? MessageId::total_score_sum_corrected
                                                      : MessageId::total_score_sum)
                                       : (holds       ? MessageId::total_score_indicators_holds
                                          : corrected ? MessageId::total_score_indicators_corrected
                                                      : MessageId::total_score_indicators);
        Message m(id, {arg("stated", format_number(*stated)), arg("exec", exec_text),
                       arg("indicators", format_number(round_half_up(indicators, c.profile.max_decimals))),
                       arg("sum", format_number(sum))});
        if (corrected) {
            m.args.push_back(arg("corrected", format_number(*c.totals.computed_score)));
            m.args.push_back(arg("cells", corrected_parts(c)));
        }
        c.emit(ts->cell, std::move(m), format_number(right), format_number(*stated),
               holds || parts_in_doubt ? std::nullopt : std::optional<double>(right));
    }
}

void target_format(const Context& c) {
    for (size_t i = 0; i < c.form.indicators.size(); ++i) {
        const auto& ind = c.form.indicators[i];
        const std::pair<const FormValue*, MessageId> fields[] = {{&ind.target, MessageId::field_target},
                                                                 {&ind.actual, MessageId::field_actual}};
        for (const auto& [v, field] : fields) {
            const auto& reading = v == &ind.target ? c.facts[i].target_text : c.facts[i].actual_text;
            const auto* s = std::get_if<std::string>(&v->value);
            if (!s || !reading) continue;
            const auto& r = *reading;
            // Words where the target asks for a figure: "完成" for "≤ 30 万元".
            // (A deadline's actual "按时完成" says what it must.)
            const bool figure_asked = c.facts[i].quantitative && !c.facts[i].target->reading.dated();
            if (v == &ind.actual && figure_asked && r.ok() && !r.quantitative() && !r.dated()) {
                c.emit(v->cell,
                       Message(MessageId::text_actual_words, {arg("name", ind.name), arg("text", text::normalize(*s)),
                                                              arg("target", as_read(*c.facts[i].target, ind.target))}),
                       "", text::normalize(*s));
                continue;
            }
            if (r.ok()) continue;
            // Narrative actual values of qualitative targets naturally hold
            // several numbers; against a figure they make the score unsure.
            if (v == &ind.actual && r.error == text::ReadingError::several_numbers && !figure_asked) continue;
            Message m(MessageId::text_unknown_unit,
                      {arg("name", ind.name), word("field", field), arg("text", text::normalize(*s))});
            switch (r.error) {
                case text::ReadingError::unknown_unit: m.args.push_back(arg("word", r.unit_word)); break;
                case text::ReadingError::several_numbers: m.id = MessageId::text_several_numbers; break;
                case text::ReadingError::too_complex: m.id = MessageId::text_too_complex; break;
                case text::ReadingError::no_number_after_sign:
                    m.id = MessageId::text_no_number;
                    m.args.push_back(arg("sign", std::string(text::direction_symbol(r.direction))));
                    break;
                default: continue;
            }
            c.emit(v->cell, std::move(m), "", text::normalize(*s));
        }
    }
}

}  // namespace perfeval::rules
