#include "formulas.hpp"

#include "../read_number.hpp"
#include "../scoring/exec_rate.hpp"
#include "../scoring/operand.hpp"
#include "../scoring/profile.hpp"
#include "../scoring/scores.hpp"

namespace perfeval::formulas {
namespace {

Expected<const Profile*> profile_of(const CellValue& v) {
    if (is_empty(v)) return &default_profile();
    const auto* name = std::get_if<std::string>(&v);
    const Profile* p = name ? find_profile(*name) : nullptr;
    if (!p) return Problem::unknown_profile;
    return p;
}

Expected<double> weight_of(const CellValue& v, double default_weight) {
    if (std::holds_alternative<std::monostate>(v)) return default_weight;
    const auto w = read_number(v);
    if (!w) return w;
    if (*w < 0) return Problem::negative_weight;
    return *w;
}

}  // namespace

Expected<double> exec_rate(const CellValue& executed, const CellValue& budget) {
    const auto e = read_number(executed);
    if (!e) return e;
    const auto b = read_number(budget);
    if (!b) return b;
    return perfeval::exec_rate(*e, *b);
}

Expected<double> exec_score(const CellValue& executed, const CellValue& budget, const CellValue& weight,
                            const CellValue& profile) {
    const auto p = profile_of(profile);
    if (!p) return p.problem();
    const auto rate = exec_rate(executed, budget);
    if (!rate) return rate;
    const auto w = weight_of(weight, (*p)->default_exec_weight);
    if (!w) return w;
    return perfeval::exec_score(*rate, *w, **p);
}

Expected<double> indicator_score(const CellValue& target, const CellValue& actual, const CellValue& weight,
                                 const CellValue& direction, const CellValue& profile) {
    const auto p = profile_of(profile);
    if (!p) return p.problem();
    std::optional<text::Direction> dir;
    if (!is_empty(direction)) {
        const auto* s = std::get_if<std::string>(&direction);
        dir = s ? text::parse_direction(*s) : std::nullopt;
        if (!dir) return Problem::bad_direction;
    }
    const auto t = operand_of(target);
    if (!t) return t.problem();
    const auto a = operand_of(actual);
    if (!a) return a.problem();
    if (std::holds_alternative<std::monostate>(weight)) return Problem::empty;
    const auto w = weight_of(weight, 0);
    if (!w) return w;
    return perfeval::indicator_score(*t, *a, *w, dir, **p);
}

Expected<double> target_value(const CellValue& text) {
    const auto op = operand_of(text);
    if (!op) return op.problem();
    if (op->reading.dated()) return Problem::date_value;
    if (op->reading.upper) return Problem::range_value;
    if (!op->quantitative()) return Problem::qualitative;
    return op->value();
}

Expected<std::string> target_direction(const CellValue& text) {
    const auto op = operand_of(text);
    if (!op) return op.problem();
    return std::string(text::direction_symbol(op->reading.direction));
}

Expected<std::string> grade(const CellValue& total, const CellValue& profile) {
    const auto p = profile_of(profile);
    if (!p) return p.problem();
    const auto t = read_number(total);
    if (!t) return t.problem();
    const auto g = perfeval::grade(*t, **p);
    if (!g) return g.problem();
    return std::string(*g);
}

Expected<double> sum_check(const CellValue& total, const std::vector<CellValue>& parts) {
    const auto t = operand_of(total);
    if (!t) return t.problem();
    std::vector<Operand> operands;
    operands.reserve(parts.size());
    for (const auto& part : parts) {
        if (is_empty(part)) continue;
        const auto op = operand_of(part);
        if (!op) return op.problem();
        operands.push_back(*op);
    }
    return perfeval::sum_check(*t, operands, default_profile());
}

}  // namespace perfeval::formulas
