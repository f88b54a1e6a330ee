// Rules on weights, indicators and the total score.
#include <algorithm>
#include <cmath>
#include <tuple>

#include "context.hpp"
#include "../text/normalize.hpp"
#include "../text/number.hpp"
#include "../read_number.hpp"
#include "../scoring/decimal.hpp"
#include "../scoring/operand.hpp"
#include "../scoring/scores.hpp"
#include "format.hpp"

namespace perfeval::rules {

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

namespace {

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

}  // namespace

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


}  // namespace perfeval::rules
