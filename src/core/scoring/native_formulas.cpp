#include "native_formulas.hpp"

#include <charconv>

namespace perfeval {

std::string number_text(double value) {
    char buf[32];
    const auto result = std::to_chars(buf, buf + sizeof buf, value);
    const std::string written(buf, result.ptr);
    return value < 0 ? "(" + written + ")" : written;
}

namespace {

std::string round_to(const std::string& expr, int decimals) {
    return "ROUND(" + expr + ";" + std::to_string(decimals) + ")";
}

// min(x, cap) and max(0, x), as functions or, in arrays, element by element.
std::string at_most_of(const std::string& x, const std::string& cap, Shape shape) {
    return shape == Shape::scalar ? "MIN(" + x + ";" + cap + ")" : "IF(" + x + ">" + cap + ";" + cap + ";" + x + ")";
}
std::string not_below_zero(const std::string& x, Shape shape) {
    return shape == Shape::scalar ? "MAX(0;" + x + ")" : "IF(" + x + "<0;0;" + x + ")";
}

std::string at_least(const std::string& a, const std::string& t, bool t_positive, Shape shape) {
    const std::string ratio = a + "/" + t;
    if (t_positive) return at_most_of(not_below_zero(ratio, shape), "1", shape);
    return "IF(" + a + ">=" + t + ";1;IF(" + t + "<=0;0;" + not_below_zero(ratio, shape) + "))";
}

std::string at_most(const std::string& a, const std::string& t, ReverseRule rule, bool t_positive, Shape shape) {
    const std::string missed =
        rule == ReverseRule::ratio ? t + "/" + a : not_below_zero("1-(" + a + "-" + t + ")/" + t, shape);
    if (t_positive) return "IF(" + a + "<=" + t + ";1;" + missed + ")";
    return "IF(" + a + "<=" + t + ";1;IF(" + t + "<=0;0;" + missed + "))";
}

}  // namespace

std::string native_exec_score(const std::string& rate, const std::string& weight, const Profile& p, Shape shape) {
    const std::string scored = rate + "*" + weight;
    return round_to(p.cap_exec_score ? at_most_of(scored, weight, shape) : scored, p.score_decimals);
}

std::string native_share(text::Direction direction, const std::string& actual, const std::string& target,
                         const std::string& high, bool t_positive, bool high_positive, int equal_decimals,
                         const Profile& p, Shape shape) {
    const std::string& a = actual;
    const std::string& t = target;
    switch (direction) {
        case text::Direction::at_least: return at_least(a, t, t_positive, shape);
        case text::Direction::at_most: return at_most(a, t, p.reverse, t_positive, shape);
        case text::Direction::equal: {
            const std::string d = std::to_string(equal_decimals);
            return "IF(ROUND(" + a + ";" + d + ")=ROUND(" + t + ";" + d + ");1;0)";
        }
        case text::Direction::range:
            return "IF(" + a + "<" + t + ";" + at_least(a, t, t_positive, shape) + ";" +
                   at_most(a, high, p.reverse, high_positive, shape) + ")";
        case text::Direction::qualitative: break;
    }
    return "";
}

std::string native_score(const std::string& share, const std::string& weight, const Profile& p) {
    return round_to(share + "*" + weight, p.score_decimals);
}

std::string native_grade(const std::string& total, const Profile& p) {
    // Best band first; the last band takes the rest.
    std::string formula = "\"" + std::string(p.grades.back().name) + "\"";
    for (size_t i = p.grades.size() - 1; i-- > 0;)
        formula = "IF(" + total + ">=" + number_text(p.grades[i].min_total) + ";\"" + std::string(p.grades[i].name) +
                  "\";" + formula + ")";
    return formula;
}

}  // namespace perfeval
