#include "rules.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <tuple>

#include <boost/regex.hpp>

#include "../read_number.hpp"
#include "../scoring/decimal.hpp"
#include "../scoring/operand.hpp"
#include "../scoring/scores.hpp"
#include "../text/normalize.hpp"
#include "../text/number.hpp"
#include "format.hpp"

namespace perfeval {
namespace {

// ---- the context a rule works in --------------------------------------

struct IndicatorFacts;
struct Context {
    const FormModel& form;
    const std::vector<IndicatorFacts>& facts;  // parallel to form.indicators
    const Totals& totals;
    const std::string& sheet;
    const Profile& profile;
    Lang lang;
    const RuleInfo* rule = nullptr;
    std::vector<Finding>* out = nullptr;

    std::string say(const std::string& zh, const std::string& en) const {
        return lang == Lang::zh ? zh : en;
    }
    void emit(std::optional<CellAddress> cell, std::string message, std::string expected,
              std::string actual, std::optional<double> fix = std::nullopt,
              std::optional<Severity> severity = std::nullopt) const {
        out->push_back(Finding{std::string(rule->id), severity.value_or(rule->severity), sheet,
                               cell, std::move(message), std::move(expected), std::move(actual),
                               fix});
    }
};

std::optional<double> number(const FormValue& v) {
    if (!v.present() || v.empty()) return std::nullopt;
    const auto n = read_number(v.value);
    return n ? std::optional<double>(*n) : std::nullopt;
}

// The decimals a stated value shows: as written for a text, as stored for a
// number (the display format is not in the grid), at least `min`.
int shown_decimals(const CellValue& v, int min) {
    if (const auto* s = std::get_if<std::string>(&v)) {
        if (const auto n = text::parse_number(*s)) return std::max(min, n->decimals + (n->percent ? 2 : 0));
    }
    if (const auto* d = std::get_if<double>(&v)) return std::max(min, decimals_of(*d));
    return min;
}


std::optional<double> rate_of(const FormModel& f) {
    if (!f.budget) return std::nullopt;
    const auto b = number(f.budget->total.budget), e = number(f.budget->total.executed);
    if (!b || !e || *b <= 0 || *e < 0) return std::nullopt;
    return *e / *b;
}

double exec_weight(const FormModel& f, const Profile& p) {
    if (f.budget) {
        if (const auto w = number(f.budget->weight)) return *w;
    }
    return p.default_exec_weight;
}

std::optional<double> expected_exec_score(const FormModel& f, const Profile& p) {
    const auto rate = rate_of(f);
    if (!rate) return std::nullopt;
    const auto s = exec_score(*rate, exec_weight(f, p), p);
    return s ? std::optional<double>(*s) : std::nullopt;
}

// Each indicator read once: rules look at the same values many times, and a
// form may have ten thousand rows.
struct IndicatorFacts {
    std::optional<Operand> target, actual;  // readable (possibly qualitative) operands
    std::optional<text::Reading> target_text, actual_text;  // how a text target/actual was read
    std::optional<double> weight, score;
    bool quantitative = false;               // the target is a quantity
    Expected<double> expected = Problem::empty;  // the profile's score, when arithmetic can tell
};

IndicatorFacts facts_of(const Indicator& ind, const Profile& p) {
    IndicatorFacts f;
    // Texts are read once here; target-format reports the unreadable ones.
    auto read = [](const CellValue& v, std::optional<Operand>& op, std::optional<text::Reading>& reading) {
        if (const auto* s = std::get_if<std::string>(&v); s && !s->empty()) {
            reading = text::read_quantity(*s);
            if (reading->ok()) op = Operand{*reading, false};
        } else if (auto o = operand_of(v)) {
            op = *o;
        }
    };
    read(ind.target.value, f.target, f.target_text);
    read(ind.actual.value, f.actual, f.actual_text);
    f.weight = number(ind.weight);
    f.score = number(ind.score);
    f.quantitative = f.target && f.target->quantitative();
    if (f.target && f.actual && f.weight)
        f.expected = indicator_score(*f.target, *f.actual, *f.weight, std::nullopt, p);
    return f;
}

std::vector<IndicatorFacts> facts_of(const FormModel& form, const Profile& p) {
    std::vector<IndicatorFacts> out;
    out.reserve(form.indicators.size());
    for (const auto& ind : form.indicators) out.push_back(facts_of(ind, p));
    return out;
}

std::optional<double> expected_of(const IndicatorFacts& f) {
    return f.expected ? std::optional<double>(*f.expected) : std::nullopt;
}

Totals totals_of(const FormModel& form, const std::vector<IndicatorFacts>& facts, const Profile& profile) {
    Totals t;
    t.stated_weight = number(form.total_weight);
    t.stated_score = number(form.total_score);
    double sum = 0;
    bool any = false;
    if (const auto e = expected_exec_score(form, profile)) {
        sum += *e;
        any = true;
    } else if (form.budget) {
        if (const auto s = number(form.budget->score)) {
            sum += *s;
            any = true;
        }
    }
    for (const auto& f : facts) {
        auto s = f.quantitative ? expected_of(f) : std::nullopt;
        if (!s) s = f.score;
        if (s) {
            sum += *s;
            any = true;
        }
    }
    if (any) t.computed_score = round_half_up(sum, 6);
    return t;
}

// ---- budget block --------------------------------------------------------

void budget_zero(const Context& c) {
    if (!c.form.budget) return;
    const auto& b = c.form.budget->total.budget;
    if (!b.present()) return;
    const auto v = number(b);
    if (!v || *v == 0)
        c.emit(b.cell,
               c.say("全年预算数为空或为 0，无法计算执行率", "The full-year budget is empty or 0: no execution rate"),
               "", format_cell(b.value));
}

void exec_rate_rule(const Context& c) {
    if (!c.form.budget) return;
    const auto rate = rate_of(c.form);
    const auto& stated = c.form.budget->rate;
    if (!rate || !stated.present()) return;
    if (stated.empty()) {
        c.emit(stated.cell, c.say("执行率未填写", "The execution rate is empty"), format_percent(*rate), "",
               *rate, Severity::error);
        return;
    }
    const auto s = number(stated);
    const auto& t = c.form.budget->total;
    const std::string formula = format_cell(t.executed.value) + " ÷ " + format_cell(t.budget.value);
    if (!s) {
        c.emit(stated.cell, c.say("执行率不是数字，应为 全年执行数 ÷ 全年预算数 = " + formula,
                                  "The execution rate is not a number; executed ÷ budget = " + formula),
               format_percent(*rate), format_cell(stated.value), *rate);
        return;
    }
    if (equal_at(*s, *rate, shown_decimals(stated.value, 4))) return;
    c.emit(stated.cell,
           c.say("执行率填写为 " + format_percent(*s) + "，但 全年执行数 ÷ 全年预算数 = " + formula + " = " +
                     format_percent(*rate) + "（执行率按全年预算数计算，不是年初预算数）",
                 "The execution rate states " + format_percent(*s) + " but executed ÷ full-year budget = " +
                     formula + " = " + format_percent(*rate)),
           format_percent(*rate), format_percent(*s), *rate);
}

void exec_score_rule(const Context& c) {
    if (!c.form.budget) return;
    const auto expected = expected_exec_score(c.form, c.profile);
    const auto& stated = c.form.budget->score;
    if (!expected || !stated.present()) return;
    const auto rate = *rate_of(c.form);
    const std::string how = format_percent(rate) + " × " + format_number(exec_weight(c.form, c.profile));
    const std::string cap = c.profile.cap_exec_score ? c.say("（封顶于分值）", " (capped at the weight)") : "";
    const auto s = number(stated);
    // Scores are computed to the profile's decimals; an integer 9 is not 9.4.
    if (s && equal_at(*s, *expected, shown_decimals(stated.value, c.profile.score_decimals))) return;
    c.emit(stated.cell,
           c.say((s ? "执行率得分填写为 " + format_number(*s) : std::string("执行率得分未填写或不是数字")) +
                     "，但 执行率 × 分值 = " + how + " = " + format_number(*expected) + cap,
                 (s ? "The execution score states " + format_number(*s) : std::string("The execution score is empty")) +
                     " but rate × weight = " + how + " = " + format_number(*expected) + cap),
           format_number(*expected), format_cell(stated.value), *expected);
}

void exec_over(const Context& c) {
    if (!c.form.budget) return;
    const auto& t = c.form.budget->total;
    const auto b = number(t.budget), e = number(t.executed);
    if (!b || !e || *b <= 0 || compare_values(*e, *b) <= 0) return;
    c.emit(t.executed.cell,
           c.say("全年执行数 " + format_number(*e) + " 超过全年预算数 " + format_number(*b) + "，请核实是否超预算支出",
                 "Executed " + format_number(*e) + " exceeds the full-year budget " + format_number(*b)),
           "≤ " + format_number(*b), format_number(*e));
}

void exec_low(const Context& c) {
    const auto rate = rate_of(c.form);
    if (!rate || compare_values(*rate, c.profile.explain_rate_below) >= 0) return;
    const auto& cell = c.form.budget->rate.present() ? c.form.budget->rate : c.form.budget->total.executed;
    c.emit(cell.cell,
           c.say("执行率 " + format_percent(*rate) + " 低于 " + format_percent(c.profile.explain_rate_below, 0) +
                     "，须说明原因（在自评说明或偏差原因中写明）",
                 "The execution rate " + format_percent(*rate) + " is below " +
                     format_percent(c.profile.explain_rate_below, 0) + ": explain why"),
           "≥ " + format_percent(c.profile.explain_rate_below, 0), format_percent(*rate));
}

// ---- funding ---------------------------------------------------------------

void split_rule(const Context& c, const std::optional<FundingSplit>& split) {
    if (!split || split->items.empty() || !c.form.budget) return;
    const auto executed = number(c.form.budget->total.executed);
    const auto budget = number(c.form.budget->total.budget);
    if (!executed) return;
    std::vector<Operand> parts;
    std::string missing;
    for (const auto& item : split->items) {
        const auto op = operand_of(item.value.value);
        if (op && op->quantitative()) parts.push_back(*op);
        else if (!item.value.empty()) missing += item.label + " ";
    }
    if (!missing.empty()) {
        c.emit(split->title_cell,
               c.say(split->title + "中以下项目的金额无法识别：" + missing,
                     "Amounts of these items cannot be read: " + missing),
               "", "", std::nullopt, Severity::warning);
        return;
    }
    const auto total_op = *operand_of(CellValue{*executed});
    const auto diff = sum_check(total_op, parts);
    if (!diff || *diff == 0) return;
    if (budget && *sum_check(*operand_of(CellValue{*budget}), parts) == 0) return;  // splits the budget
    const double sum = *executed - *diff;
    std::string terms;
    for (const auto& item : split->items)
        terms += (terms.empty() ? "" : " + ") + format_cell(item.value.value);
    c.emit(split->title_cell,
           c.say(split->title + "各项之和 " + terms + " = " + format_number(sum) + "，与全年执行数 " +
                     format_number(*executed) + " 不一致（相差 " + format_number(*diff) + "）",
                 "The items of " + split->title + " add to " + format_number(sum) + ", not the executed total " +
                     format_number(*executed)),
           format_number(*executed), format_number(sum));
}

void funding_income(const Context& c) { split_rule(c, c.form.income); }
void funding_expense(const Context& c) { split_rule(c, c.form.expense); }

void funding_rows(const Context& c) {
    if (!c.form.budget || c.form.budget->parts.empty()) return;
    const auto& b = *c.form.budget;
    const std::tuple<FormValue BudgetRow::*, const char*, const char*> columns[] = {
        {&BudgetRow::opening_budget, "年初预算数", "Opening budget"},
        {&BudgetRow::budget, "全年预算数", "Full-year budget"},
        {&BudgetRow::executed, "全年执行数", "Executed"}};
    for (const auto& [field, zh_name, en_name] : columns) {
        const FormValue& total = b.total.*field;
        const auto t = number(total);
        if (!t) continue;
        std::vector<Operand> parts;
        for (const auto& row : b.parts)
            if (const auto v = number(row.*field)) parts.push_back(*operand_of(CellValue{*v}));
        if (parts.empty()) continue;
        const auto diff = sum_check(*operand_of(CellValue{*t}), parts);
        if (!diff || *diff == 0) continue;
        c.emit(total.cell,
               c.say(std::string(zh_name) + "：本年财政拨款、上年结转资金、其他资金之和为 " + format_number(*t - *diff) +
                         "，与年度资金总额 " + format_number(*t) + " 不一致",
                     std::string(en_name) + ": the fund rows add to " + format_number(*t - *diff) + ", not the total " +
                         format_number(*t)),
               format_number(*t - *diff), format_number(*t), *t - *diff);
    }
}

// ---- weights -------------------------------------------------------------

void weight_sum(const Context& c) {
    std::vector<std::vector<Operand>> weights_of(c.form.groups.size());
    for (size_t i = 0; i < c.form.indicators.size(); ++i) {
        const int g = c.form.indicators[i].group;
        if (g >= 0 && c.facts[i].weight) weights_of[static_cast<size_t>(g)].push_back(*operand_of(CellValue{*c.facts[i].weight}));
    }
    for (size_t k = 0; k < c.form.groups.size(); ++k) {
        const auto& g = c.form.groups[k];
        const auto& weights = weights_of[k];
        if (!g.label_weight) continue;
        const auto diff = sum_check(*operand_of(CellValue{*g.label_weight}), weights);
        if (!diff || *diff == 0) continue;
        const double sum = *g.label_weight - *diff;
        c.emit(g.label_cell,
               c.say(g.name + "标注 " + format_number(*g.label_weight) + " 分，但其下各指标分值之和为 " + format_number(sum),
                     g.name + " is labelled " + format_number(*g.label_weight) + " points but its indicators' weights add to " +
                         format_number(sum)),
               format_number(*g.label_weight), format_number(sum));
    }
}

void total_weight(const Context& c) {
    const auto& tw = c.form.total_weight;
    if (!tw.present()) return;
    std::vector<Operand> parts;
    if (c.form.budget)
        if (const auto w = number(c.form.budget->weight)) parts.push_back(*operand_of(CellValue{*w}));
    for (const auto& f : c.facts)
        if (f.weight) parts.push_back(*operand_of(CellValue{*f.weight}));
    double sum = 0;
    for (const auto& p : parts) sum += p.value();
    const auto stated = number(tw);
    if (!stated) {
        c.emit(tw.cell, c.say("总分的分值未填写或不是数字", "The total weight is empty or not a number"),
               format_number(sum), format_cell(tw.value), sum);
        return;
    }
    const auto diff = sum_check(*operand_of(CellValue{*stated}), parts);
    if (diff && *diff != 0)
        c.emit(tw.cell,
               c.say("总分的分值为 " + format_number(*stated) + "，但执行率与各指标分值之和为 " + format_number(*stated - *diff),
                     "The total weight states " + format_number(*stated) + " but the weights add to " +
                         format_number(*stated - *diff)),
               format_number(*stated - *diff), format_number(*stated), *stated - *diff);
    else if (compare_values(*stated, 100) != 0)
        c.emit(tw.cell, c.say("总分的分值应为 100", "The total weight should be 100"), "100",
               format_number(*stated));
}

// ---- indicators ------------------------------------------------------------

void missing_value(const Context& c) {
    for (size_t i = 0; i < c.form.indicators.size(); ++i) {
        const auto& ind = c.form.indicators[i];
        if (ind.name.empty()) continue;
        const std::tuple<const FormValue*, const char*, const char*> fields[] = {
            {&ind.target, "年度指标值", "the target"}, {&ind.actual, "实际完成值", "the actual value"},
            {&ind.weight, "分值", "the weight"}, {&ind.score, "得分", "the score"}};
        for (const auto& [v, zh_what, en_what] : fields)
            if (v->present() && v->empty()) {
                const auto expected = v == &ind.score ? expected_of(c.facts[i]) : std::nullopt;
                c.emit(v->cell,
                       c.say("“" + ind.name + "”的" + zh_what + "未填写",
                             "\"" + ind.name + "\": " + en_what + " is empty"),
                       expected ? format_number(*expected) : "", "", expected);
            }
    }
    const auto& ts = c.form.total_score;
    if (ts.present() && ts.empty())
        c.emit(ts.cell, c.say("总分得分未填写", "The total score is empty"),
               c.totals.computed_score ? format_number(*c.totals.computed_score) : "", "", c.totals.computed_score);
}

void score_range(const Context& c) {
    for (size_t i = 0; i < c.form.indicators.size(); ++i) {
        const auto& ind = c.form.indicators[i];
        const auto s = c.facts[i].score, w = c.facts[i].weight;
        if (!s || !w) continue;
        if (compare_values(*s, 0) >= 0 && compare_values(*s, *w) <= 0) continue;
        const auto expected = c.facts[i].quantitative ? expected_of(c.facts[i]) : std::nullopt;
        c.emit(ind.score.cell,
               c.say("“" + ind.name + "”得分 " + format_number(*s) + " 超出 0 到分值 " + format_number(*w) + " 的范围",
                     "\"" + ind.name + "\": score " + format_number(*s) + " is outside 0 to " + format_number(*w)),
               expected ? format_number(*expected) : "0–" + format_number(*w), format_number(*s), expected);
    }
}

// Words in a qualitative actual value that say how far the target was met.
enum class Tier { met, partly, not_met, unknown };

Tier tier_of(const std::string& actual) {
    static const char* const kNotMet[] = {"未完成", "未达成", "未实现", "未达到", "没有完成"};
    static const char* const kPartly[] = {"基本完成", "部分完成", "基本达成", "部分达成", "基本实现", "部分实现", "基本落实", "部分落实"};
    for (const char* w : kNotMet)
        if (actual.find(w) != std::string::npos) return Tier::not_met;
    for (const char* w : kPartly)
        if (actual.find(w) != std::string::npos) return Tier::partly;
    return Tier::unknown;
}

void indicator_score_rule(const Context& c) {
    for (size_t i = 0; i < c.form.indicators.size(); ++i) {
        const auto& ind = c.form.indicators[i];
        const auto& facts = c.facts[i];
        const auto s = facts.score, w = facts.weight;
        if (!w || ind.score.empty()) continue;
        if (!facts.quantitative) {
            // Qualitative: only the tier can be checked, from the words used.
            const auto* actual = std::get_if<std::string>(&ind.actual.value);
            if (!s || !actual) continue;
            const Tier tier = tier_of(text::squeeze(*actual));
            const double share = *s / *w;
            if (tier == Tier::partly && (share > 0.8 || share < 0.6))
                c.emit(ind.score.cell,
                       c.say("“" + ind.name + "”实际完成值写“" + text::normalize(*actual) +
                                 "”，按定性指标分档属“部分达成”（分值的 60%–80%，即 " + format_number(*w * 0.6) + "–" +
                                 format_number(*w * 0.8) + " 分），表内得分 " + format_number(*s),
                             "\"" + ind.name + "\" is partly met by its own words; partly met earns 60–80% of the weight (" +
                                 format_number(*w * 0.6) + "–" + format_number(*w * 0.8) + "), the form gives " +
                                 format_number(*s)),
                       format_number(*w * 0.6) + "–" + format_number(*w * 0.8), format_number(*s), std::nullopt,
                       Severity::notice);
            if (tier == Tier::not_met && share >= 0.6)
                c.emit(ind.score.cell,
                       c.say("“" + ind.name + "”写明未完成，按定性指标分档应低于分值的 60%，表内得分 " + format_number(*s),
                             "\"" + ind.name + "\" is not met by its own words; it earns below 60% of the weight"),
                       "< " + format_number(*w * 0.6), format_number(*s), std::nullopt, Severity::notice);
            continue;
        }
        if (!facts.actual) continue;  // missing-value or target-format says why
        const auto& expected = facts.expected;
        if (!expected) {
            if (expected.problem() == Problem::unit_mismatch)
                c.emit(ind.actual.cell,
                       c.say("“" + ind.name + "”年度指标值“" + format_cell(ind.target.value) + "”与实际完成值“" +
                                 format_cell(ind.actual.value) + "”单位不一致，无法核对得分",
                             "\"" + ind.name + "\": target and actual are in different units; the score cannot be checked"),
                       "", format_cell(ind.actual.value), std::nullopt, Severity::warning);
            continue;
        }
        if (s && equal_at(*s, *expected, shown_decimals(ind.score.value, c.profile.score_decimals))) continue;
        const std::string dir(text::direction_symbol(facts.target->reading.direction));
        c.emit(ind.score.cell,
               c.say("“" + ind.name + "”（" + dir + " " + format_cell(ind.target.value) + "，实际 " +
                         format_cell(ind.actual.value) + "，分值 " + format_number(*w) + "）按计分规则得分应为 " +
                         format_number(*expected) + (s ? "，表内填写 " + format_number(*s) : "，表内得分不是数字"),
                     "\"" + ind.name + "\" should score " + format_number(*expected) + " by the profile's rule" +
                         (s ? "; the form states " + format_number(*s) : "")),
               format_number(*expected), format_cell(ind.score.value), *expected);
    }
}

void deviation_reason(const Context& c) {
    for (size_t i = 0; i < c.form.indicators.size(); ++i) {
        const auto& ind = c.form.indicators[i];
        if (!ind.reason.present()) return;  // the form has no reason column
        const auto s = c.facts[i].score, w = c.facts[i].weight;
        if (!s || !w || compare_values(*s, *w) >= 0) continue;
        if (!text::squeeze(format_cell(ind.reason.value)).empty()) continue;
        c.emit(ind.reason.cell,
               c.say("“" + ind.name + "”得分 " + format_number(*s) + " 低于分值 " + format_number(*w) + "，须填写偏差原因分析及改进措施",
                     "\"" + ind.name + "\" scores below its weight: a deviation reason is required"),
               "", "");
    }
}

void total_score(const Context& c) {
    const auto& ts = c.form.total_score;
    const auto stated = number(ts);
    if (!stated) return;
    std::vector<Operand> parts;
    std::string exec_text = "0";
    if (c.form.budget)
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
    const auto diff = sum_check(*operand_of(CellValue{*stated}), parts);
    if (!diff || *diff == 0) return;
    const double sum = *stated - *diff;
    std::string note;
    if (c.totals.computed_score && compare_values(*c.totals.computed_score, sum) != 0)
        note = c.say("；各项得分按规则更正后总分为 " + format_number(*c.totals.computed_score),
                     "; with every score corrected the total is " + format_number(*c.totals.computed_score));
    c.emit(ts.cell,
           c.say("总分得分填写为 " + format_number(*stated) + "，但执行率得分 " + exec_text + " 加各指标得分 " +
                     format_number(round_half_up(indicators, 6)) + " 合计为 " + format_number(sum) + note,
                 "The total score states " + format_number(*stated) + " but the execution score " + exec_text +
                     " plus the indicator scores add to " + format_number(sum) + note),
           format_number(sum), format_number(*stated), sum);
}

void target_format(const Context& c) {
    for (size_t i = 0; i < c.form.indicators.size(); ++i) {
        const auto& ind = c.form.indicators[i];
        for (const FormValue* v : {&ind.target, &ind.actual}) {
            const auto& reading = v == &ind.target ? c.facts[i].target_text : c.facts[i].actual_text;
            const auto* s = std::get_if<std::string>(&v->value);
            if (!s || !reading || reading->ok()) continue;
            const auto& r = *reading;
            std::string why;
            switch (r.error) {
                case text::ReadingError::unknown_unit:
                    why = c.say("数字后的“" + r.unit_word + "”不是可识别的单位（如 %、个、万元）",
                                "\"" + r.unit_word + "\" after the number is not a known unit");
                    break;
                case text::ReadingError::several_numbers:
                    why = c.say("含有两个以上数字，无法判断哪个是指标值", "it holds several numbers");
                    break;
                case text::ReadingError::too_complex:
                    why = c.say("文本过长或过于复杂", "the text is too long or too complex");
                    break;
                case text::ReadingError::no_number_after_sign:
                    why = c.say("有“" + std::string(text::direction_symbol(r.direction)) + "”但没有数值",
                                "a comparison without a number");
                    break;
                default: continue;
            }
            // Long narrative actual values naturally hold several numbers.
            if (v == &ind.actual && r.error == text::ReadingError::several_numbers) continue;
            c.emit(v->cell,
                   c.say("“" + ind.name + "”的" + (v == &ind.target ? "年度指标值" : "实际完成值") + "“" +
                             text::normalize(*s) + "”无法识别：" + why,
                         "\"" + ind.name + "\": \"" + text::normalize(*s) + "\" cannot be read: " + why),
                   "", text::normalize(*s));
        }
    }
}

// ---- cross-checks --------------------------------------------------------

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

void cross_check(const Context& c) {
    // (1) 成本指标 against the budget block.
    for (size_t i = 0; i < c.form.indicators.size(); ++i) {
        const auto& ind = c.form.indicators[i];
        if (ind.level2.find("成本") == std::string::npos) continue;
        const auto& a = c.facts[i].actual;
        if (!a || !a->quantitative() || !(a->unit().empty() || a->unit() == "万元")) continue;
        const std::string name = text::squeeze(ind.name);
        std::optional<double> other;
        std::string other_label;
        auto from_expense = [&](const char* label) {
            if (!c.form.expense) return;
            for (const auto& item : c.form.expense->items)
                if (item.label.find(label) != std::string::npos)
                    if (const auto v = number(item.value)) {
                        other = v;
                        other_label = c.say("按支出性质分中的“" + item.label + "”", "the expense split's " + item.label);
                    }
        };
        if (name.find("项目经费") != std::string::npos || name.find("项目支出") != std::string::npos)
            from_expense("项目支出");
        else if (name.find("基本支出") != std::string::npos)
            from_expense("基本支出");
        else if ((name.find("全年支出") != std::string::npos || name.find("总支出") != std::string::npos) &&
                 c.form.budget) {
            other = number(c.form.budget->total.executed);
            other_label = c.say("全年执行数", "the executed total");
        }
        if (!other || equal_at(a->value(), *other, 2)) continue;
        c.emit(ind.actual.cell,
               c.say("成本指标“" + ind.name + "”实际完成值为 " + format_number(a->value()) + " 万元，而预算部分" +
                         other_label + "为 " + format_number(*other) + " 万元，两处数字不一致，请核对",
                     "Cost indicator \"" + ind.name + "\" states " + format_number(a->value()) + " but " + other_label +
                         " is " + format_number(*other)),
               format_number(*other), format_number(a->value()));
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
                   c.say("“" + ind.name + "”按“" + *unit + "”计为 " + format_number(a->value()) +
                             "，而年度总体目标实际完成情况写“" + written + "”：单位相差万倍，请核对单位是否应为“" + m.unit + "”",
                         "\"" + ind.name + "\" counts " + format_number(a->value()) + " " + *unit + " but the narrative writes " +
                             written + ": check the unit"),
                   written, format_number(a->value()) + *unit);
            break;
        }
    }
}

// ---- the registry ----------------------------------------------------------

struct Rule {
    RuleInfo info;
    std::function<void(const Context&)> check;
};

const std::vector<Rule>& rules() {
    static const std::vector<Rule> kRules{
        {{"budget-zero", Severity::error, {"全年预算数为空或为 0", "Full-year budget empty or 0"}}, budget_zero},
        {{"exec-rate", Severity::error, {"执行率 = 全年执行数 ÷ 全年预算数", "Execution rate = executed ÷ budget"}}, exec_rate_rule},
        {{"exec-score", Severity::error, {"执行率得分按计分规则", "Execution score by the profile"}}, exec_score_rule},
        {{"exec-over", Severity::warning, {"全年执行数超过预算", "Executed above budget"}}, exec_over},
        {{"exec-low", Severity::warning, {"执行率过低须说明原因", "A low execution rate needs a reason"}}, exec_low},
        {{"funding-income", Severity::error, {"按收入性质分之和等于总额", "Income split adds up"}}, funding_income},
        {{"funding-expense", Severity::error, {"按支出性质分之和等于总额", "Expense split adds up"}}, funding_expense},
        {{"funding-rows", Severity::error, {"资金来源各行之和等于年度资金总额", "Fund rows add up"}}, funding_rows},
        {{"weight-sum", Severity::error, {"下级指标分值之和等于上级分值", "Children's weights add up"}}, weight_sum},
        {{"total-weight", Severity::error, {"总分分值等于各项之和且为 100", "Total weight adds up to 100"}}, total_weight},
        {{"missing-value", Severity::error, {"必填的数值未填写", "Required value empty"}}, missing_value},
        {{"score-range", Severity::error, {"得分在 0 与分值之间", "Score within 0 and the weight"}}, score_range},
        {{"indicator-score", Severity::error, {"定量指标得分按计分规则", "Indicator score by the profile"}}, indicator_score_rule},
        {{"deviation-reason", Severity::warning, {"扣分须填写偏差原因", "Deviation reason when points are lost"}}, deviation_reason},
        {{"total-score", Severity::error, {"总分得分等于各项得分之和", "Total score adds up"}}, total_score},
        {{"target-format", Severity::warning, {"指标值文本可识别", "Target text readable"}}, target_format},
        {{"cross-check", Severity::warning, {"表内相关数字互相一致", "Related figures agree"}}, cross_check},
    };
    return kRules;
}

}  // namespace


std::vector<RuleInfo> rule_catalog() {
    std::vector<RuleInfo> out;
    for (const auto& r : rules()) out.push_back(r.info);
    return out;
}

FormCheck check_form(const FormModel& form, const std::string& sheet, const Profile& profile, Lang lang) {
    FormCheck out;
    auto& findings = out.findings;
    const auto facts = facts_of(form, profile);
    out.totals = totals_of(form, facts, profile);
    for (const auto& r : rules()) {
        Context c{form, facts, out.totals, sheet, profile, lang, &r.info, &findings};
        r.check(c);
    }
    // Errors first, then warnings, then notices; within a severity, by place.
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity) return a.severity < b.severity;
        if (!a.cell || !b.cell) return a.cell.has_value() && !b.cell.has_value();
        return a.cell->row != b.cell->row ? a.cell->row < b.cell->row : a.cell->col < b.cell->col;
    });
    return out;
}


}  // namespace perfeval
