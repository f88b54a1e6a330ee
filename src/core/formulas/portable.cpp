#include "portable.hpp"

#include <algorithm>
#include <cctype>
#include <regex>

#include <boost/algorithm/string/case_conv.hpp>
#include <boost/algorithm/string/predicate.hpp>

#include "../read_number.hpp"
#include "../scoring/native_formulas.hpp"
#include "../scoring/operand.hpp"
#include "../scoring/profile.hpp"
#include "../scoring/scores.hpp"
#include "formulas.hpp"

namespace perfeval::formulas {

namespace {

// How Calc's API writes an add-in call: the service, then the method.
constexpr std::string_view kPrefix = "ORG.PERFEVAL.FUNCTIONS.";

// Whether `prefix` starts `text` at `at`, in any case.
bool starts_with_ci(std::string_view text, size_t at, std::string_view prefix) {
    return boost::algorithm::istarts_with(text.substr(at), prefix);
}

std::string trimmed(std::string_view s) {
    const auto b = s.find_first_not_of(" \t\n");
    if (b == std::string_view::npos) return "";
    return std::string(s.substr(b, s.find_last_not_of(" \t\n") - b + 1));
}

// One argument as written (already with its own PERF.* calls rewritten).
struct Arg {
    std::string text;
    bool omitted() const { return text.empty(); }
};

// What a call's rewriting works with.
struct Call {
    std::vector<Arg> args;
    const CellLookup& lookup;
    Shape shape;
    std::vector<ConstantSource>& constants;

    const Arg& arg(size_t i) const {
        static const Arg none;
        return i < args.size() ? args[i] : none;
    }
    // The argument's value when the formula says it without computing: a
    // literal, or one cell.
    std::optional<CellValue> value(size_t i) const {
        const std::string& t = arg(i).text;
        if (t.empty()) return CellValue{};
        static const std::regex number(R"(^-?\d+(\.\d+)?([eE][+-]?\d+)?$)");
        static const std::regex string(R"re(^"((?:[^"]|"")*)"$)re");
        std::smatch m;
        if (std::regex_match(t, number)) return CellValue{std::stod(t)};
        if (std::regex_match(t, m, string)) return CellValue{std::regex_replace(m[1].str(), std::regex("\"\""), "\"")};
        return lookup(t);
    }
    bool is_cell(size_t i) const {
        const std::string& t = arg(i).text;
        return !t.empty() && t.front() != '"' && !std::isdigit(static_cast<unsigned char>(t.front())) &&
               t.front() != '-' && lookup(t).has_value();
    }
    // A number operand: the literal or the cell itself where it holds a
    // number; the number read from a text (quoted in the comment); any other
    // expression as it is. nullopt when it cannot be a number.
    std::optional<std::string> number(size_t i, double if_omitted = 0) {
        if (arg(i).omitted()) return number_text(if_omitted);
        const auto v = value(i);
        if (!v) return "(" + arg(i).text + ")";
        if (std::holds_alternative<double>(*v) || std::holds_alternative<std::monostate>(*v)) return arg(i).text;
        const auto n = read_number(*v);
        if (!n) return std::nullopt;
        return constant(i, *n);
    }
    // A number written as a constant in place of argument i; when it was
    // read from the text of a cell, the comment quotes that text.
    std::string constant(size_t i, double number) {
        const std::string written = number_text(number);
        const auto v = value(i);
        if (const auto* text = v ? std::get_if<std::string>(&*v) : nullptr; text && is_cell(i))
            constants.push_back({reference_name(arg(i).text), *text, written});
        return written;
    }
    static std::string reference_name(const std::string& ref) {
        std::string out;
        for (char c : ref)
            if (c != '$') out += c;
        return out;
    }
};

// The profile argument: omitted → the default, as PERF.* takes it; a literal
// name; anything else cannot be known before computing.
const Profile* profile_arg(const Call& c, size_t i) {
    if (c.arg(i).omitted()) return &default_profile();
    const auto v = c.value(i);
    const auto* name = v ? std::get_if<std::string>(&*v) : nullptr;
    return name && !c.is_cell(i) ? find_profile(*name) : nullptr;
}

using Rewrite = std::optional<std::string> (*)(Call&);

std::optional<std::string> exec_rate_call(Call& c) {
    const auto e = c.number(0), b = c.number(1);
    if (!e || !b) return std::nullopt;
    return *e + "/" + *b;
}

std::optional<std::string> exec_score_call(Call& c) {
    const Profile* p = profile_arg(c, 3);
    if (!p) return std::nullopt;
    const auto e = c.number(0), b = c.number(1), w = c.number(2, p->default_exec_weight);
    if (!e || !b || !w) return std::nullopt;
    return native_exec_score(*e + "/" + *b, *w, *p, c.shape);
}

std::optional<std::string> indicator_score_call(Call& c) {
    const Profile* p = profile_arg(c, 4);
    if (!p || c.shape == Shape::array) return std::nullopt;  // each row would need its own reading
    const auto target_value = c.value(0);
    const auto actual_value = c.value(1);
    const auto weight_value = c.value(2);
    if (!target_value || !weight_value) return std::nullopt;
    // What it computes now must be computable: then the formula is its twin.
    if (actual_value && !formulas::indicator_score(*target_value, *actual_value, *weight_value,
                                                   c.value(3).value_or(CellValue{}), c.value(4).value_or(CellValue{})))
        return std::nullopt;
    const auto t = operand_of(*target_value);
    if (!t || !t->quantitative() || t->reading.dated()) return std::nullopt;
    text::Direction dir = t->reading.direction;
    if (!c.arg(3).omitted()) {
        const auto d = c.value(3);
        const auto* s = d ? std::get_if<std::string>(&*d) : nullptr;
        const auto parsed = s ? text::parse_direction(*s) : std::nullopt;
        if (!parsed) return std::nullopt;
        dir = *parsed;
    }
    // A target or actual cell holding that very number is kept by reference.
    auto term = [&](size_t i, const Operand& op) -> std::string {
        const auto v = c.value(i);
        if (v && std::holds_alternative<double>(*v) && std::get<double>(*v) == op.value()) return c.arg(i).text;
        return c.constant(i, op.value());
    };
    std::string a;
    int decimals = t->value_decimals();
    if (actual_value) {
        const auto op = operand_of(*actual_value);
        if (!op || !op->quantitative() || !units_agree(*t, *op)) return std::nullopt;
        a = term(1, *op);
        decimals = std::max(decimals, op->value_decimals());
    } else {
        const auto op = operand_of(CellValue{0.0});  // a computed actual arrives as a number
        if (!op || !units_agree(*t, *op)) return std::nullopt;
        a = "(" + c.arg(1).text + ")";
    }
    const std::string target = term(0, *t);
    const bool constant_target = !c.is_cell(0) || !std::holds_alternative<double>(*target_value);
    const double high = t->reading.upper ? t->reading.upper->value : t->value();
    const std::string h = dir == text::Direction::range ? number_text(high) : std::string();
    const auto w = c.number(2);
    if (!w) return std::nullopt;
    const std::string share =
        native_share(dir, a, target, h, constant_target && t->value() > 0, high > 0, decimals, *p);
    if (share.empty()) return std::nullopt;
    return native_score(share, *w, *p);
}

std::optional<std::string> target_value_call(Call& c) {
    const auto v = c.value(0);
    if (!v) return std::nullopt;
    if (std::holds_alternative<double>(*v)) return c.arg(0).text;
    const auto n = formulas::target_value(*v);
    if (!n) return std::nullopt;
    return c.constant(0, *n);
}

std::optional<std::string> target_direction_call(Call& c) {
    const auto v = c.value(0);
    if (!v) return std::nullopt;
    const auto d = formulas::target_direction(*v);
    if (!d) return std::nullopt;
    return "\"" + *d + "\"";
}

std::optional<std::string> grade_call(Call& c) {
    const Profile* p = profile_arg(c, 1);
    const auto total = c.number(0);
    if (!p || !total) return std::nullopt;
    return native_grade(*total, *p);
}

std::optional<std::string> sum_check_call(Call& c) {
    const auto total = c.number(0);
    if (!total || c.args.size() < 2) return std::nullopt;
    std::string parts;
    for (size_t i = 1; i < c.args.size(); ++i) {
        const auto v = c.value(i);
        // A range or a number adds as SUM adds it; a text would be skipped by SUM.
        std::string part = c.arg(i).text;
        if (v && std::holds_alternative<std::string>(*v)) {
            const auto n = c.number(i);
            if (!n) return std::nullopt;
            part = *n;
        }
        parts += (parts.empty() ? "" : ";") + part;
    }
    return "ROUND(" + *total + "-SUM(" + parts + ");" + std::to_string(default_profile().max_decimals) + ")";
}

struct Rewriter {
    std::string_view method;  // as Calc's API writes it after the service
    Rewrite rewrite;          // nullptr: no native equivalent
};

constexpr Rewriter kRewriters[] = {
    {"EXECRATE", exec_rate_call},
    {"EXECSCORE", exec_score_call},
    {"INDICATORSCORE", indicator_score_call},
    {"TARGETVALUE", target_value_call},
    {"TARGETDIRECTION", target_direction_call},
    {"GRADE", grade_call},
    {"SUMCHECK", sum_check_call},
    {"CHECK", nullptr},
    {"FINDINGS", nullptr},
};

// Where a quoted text ("…" or '…', with doubled quotes inside) that starts at
// `at` ends (the index after its closing quote).
size_t skip_quoted(std::string_view s, size_t at) {
    const char q = s[at];
    for (size_t i = at + 1; i < s.size(); ++i)
        if (s[i] == q) {
            if (i + 1 < s.size() && s[i + 1] == q) {
                ++i;
                continue;
            }
            return i + 1;
        }
    return s.size();
}

// A range reference as Calc's API writes it: "A1:A7", "$B$1:$B$3",
// "$'表 2'.H14:H36".
bool is_range(const std::string& text) {
    static const std::regex range(
        R"re(^(?:\$?(?:'(?:[^']|'')+'|[^.'$():;"]+)\.)?\$?[A-Za-z]{1,3}\$?\d+:\$?[A-Za-z]{1,3}\$?\d+$)re");
    return std::regex_match(text, range);
}

class Translator {
public:
    Translator(const CellLookup& lookup, const RangeLookup& ranges, Shape shape)
        : lookup_(lookup), ranges_(ranges), shape_(shape) {}

    // The text with every PERF.* call rewritten; nullopt when one cannot be.
    std::optional<std::string> rewrite(std::string_view s) {
        std::string out;
        for (size_t i = 0; i < s.size();) {
            if (s[i] == '"' || s[i] == '\'') {
                const size_t end = skip_quoted(s, i);
                out.append(s.substr(i, end - i));
                i = end;
            } else if (starts_with_ci(s, i, kPrefix)) {
                size_t name_end = i + kPrefix.size();
                while (name_end < s.size() && std::isalpha(static_cast<unsigned char>(s[name_end]))) ++name_end;
                if (name_end >= s.size() || s[name_end] != '(') return std::nullopt;
                const std::string name = boost::algorithm::to_upper_copy(
                    std::string(s.substr(i + kPrefix.size(), name_end - i - kPrefix.size())));
                std::vector<Arg> args;
                const size_t close = split_args(s, name_end, args);
                if (close == std::string_view::npos) return std::nullopt;
                const auto native = call(name, std::move(args));
                if (!native) return std::nullopt;
                out += "(" + *native + ")";
                i = close + 1;
            } else {
                out += s[i++];
            }
        }
        return out;
    }

    std::vector<ConstantSource> constants;

private:
    // The arguments of the call whose '(' is at `open`, each rewritten; the
    // index of its ')', or npos.
    size_t split_args(std::string_view s, size_t open, std::vector<Arg>& args) {
        int depth = 0;
        size_t start = open + 1;
        for (size_t i = open + 1; i < s.size(); ++i) {
            const char ch = s[i];
            if (ch == '"' || ch == '\'') {
                i = skip_quoted(s, i) - 1;
            } else if (ch == '(' || ch == '{') {
                ++depth;
            } else if ((ch == ')' || ch == '}') && depth > 0) {
                --depth;
            } else if ((ch == ';' && depth == 0) || (ch == ')' && depth == 0)) {
                const auto arg = rewrite(s.substr(start, i - start));
                if (!arg) return std::string_view::npos;
                if (!(ch == ')' && args.empty() && trimmed(*arg).empty())) args.push_back({trimmed(*arg)});
                if (ch == ')') return i;
                start = i + 1;
            }
        }
        return std::string_view::npos;
    }

    std::optional<std::string> call(const std::string& name, std::vector<Arg> args) {
        // A range holding a text reads otherwise natively: the value stays.
        for (const auto& a : args)
            if (is_range(a.text)) {
                const auto values = ranges_ ? ranges_(a.text) : std::nullopt;
                if (!values) return std::nullopt;
                for (const auto& v : *values)
                    if (const auto* s = std::get_if<std::string>(&v); s && !s->empty()) return std::nullopt;
            }
        for (const auto& r : kRewriters)
            if (r.method == name) {
                if (!r.rewrite) return std::nullopt;
                Call c{std::move(args), lookup_, shape_, constants};
                return r.rewrite(c);
            }
        return std::nullopt;
    }

    const CellLookup& lookup_;
    const RangeLookup& ranges_;
    Shape shape_;
};

}  // namespace

bool calls_perfeval(std::string_view formula) {
    for (size_t i = 0; i < formula.size(); ++i) {
        if (formula[i] == '"') {
            i = skip_quoted(formula, i) - 1;
            continue;
        }
        if (starts_with_ci(formula, i, kPrefix)) return true;
    }
    return false;
}

bool refers_to_cells(std::string_view formula) {
    for (size_t i = 0; i < formula.size(); ++i) {
        if (formula[i] == '"') {
            i = skip_quoted(formula, i) - 1;
            continue;
        }
        // Letters then digits, not a function's name (LOG10( ) nor inside one.
        if (!std::isalpha(static_cast<unsigned char>(formula[i])) ||
            (i > 0 && (std::isalnum(static_cast<unsigned char>(formula[i - 1])) || formula[i - 1] == '_')))
            continue;
        size_t j = i;
        while (j < formula.size() && std::isalpha(static_cast<unsigned char>(formula[j]))) ++j;
        if (j < formula.size() && formula[j] == '$') ++j;
        const size_t digits = j;
        while (j < formula.size() && std::isdigit(static_cast<unsigned char>(formula[j]))) ++j;
        if (j > digits && (j == formula.size() || formula[j] != '(')) return true;
        i = j;
    }
    return false;
}

PortableFormula portable_formula(std::string_view formula, const CellLookup& lookup, bool array,
                                 const RangeLookup& ranges) {
    Translator t(lookup, ranges, array ? Shape::array : Shape::scalar);
    PortableFormula out;
    out.formula = t.rewrite(formula);
    if (out.formula) out.constants = std::move(t.constants);
    return out;
}

}  // namespace perfeval::formulas
