#include "render.hpp"

#include <array>
#include <utility>

#include "../scoring/profile.hpp"
#include "messages.hpp"

namespace perfeval {
namespace {

constexpr std::string_view list_separator(Lang lang) { return lang == Lang::zh ? "、" : "; "; }

const MessageArg* find_arg(const Message& m, std::string_view name) {
    for (const auto& a : m.args)
        if (a.name == name) return &a;
    return nullptr;
}

void append_arg(std::string& out, const MessageArg& a, Lang lang) {
    if (a.words.empty()) {
        out += a.value;
        return;
    }
    for (size_t i = 0; i < a.words.size(); ++i) {
        if (i) out += list_separator(lang);
        out += message_text(a.words[i]).text.in(lang);
    }
}

// Values are appended, never scanned again: a "{" typed in a cell stays text.
std::string fill(std::string_view pattern, const Message& m, Lang lang) {
    std::string out;
    out.reserve(pattern.size() + 32);
    size_t i = 0;
    while (i < pattern.size()) {
        const size_t open = pattern.find('{', i);
        if (open == std::string_view::npos) break;
        const size_t close = pattern.find('}', open + 1);
        if (close == std::string_view::npos) break;
        out.append(pattern.substr(i, open - i));
        if (const MessageArg* a = find_arg(m, pattern.substr(open + 1, close - open - 1)))
            append_arg(out, *a, lang);
        else
            out.append(pattern.substr(open, close - open + 1));
        i = close + 1;
    }
    out.append(pattern.substr(i));
    return out;
}

constexpr std::array<std::pair<Problem, MessageId>, 18> kProblems{{
    {Problem::empty, MessageId::problem_empty},
    {Problem::not_a_number, MessageId::problem_not_a_number},
    {Problem::error_value, MessageId::problem_error_value},
    {Problem::zero_budget, MessageId::problem_zero_budget},
    {Problem::negative_budget, MessageId::problem_negative_budget},
    {Problem::negative_amount, MessageId::problem_negative_amount},
    {Problem::qualitative, MessageId::problem_qualitative},
    {Problem::unreadable_text, MessageId::problem_unreadable_text},
    {Problem::unit_mismatch, MessageId::problem_unit_mismatch},
    {Problem::negative_weight, MessageId::problem_negative_weight},
    {Problem::total_out_of_range, MessageId::problem_total_out_of_range},
    {Problem::unknown_profile, MessageId::problem_unknown_profile},
    {Problem::bad_direction, MessageId::problem_bad_direction},
    {Problem::shape_mismatch, MessageId::problem_shape_mismatch},
    {Problem::no_form, MessageId::problem_no_form},
    {Problem::date_value, MessageId::problem_date_value},
    {Problem::range_value, MessageId::problem_range_value},
    {Problem::too_many_cells, MessageId::problem_too_many_cells},
}};

}  // namespace

std::string render(const Message& message, Lang lang) {
    return fill(message_text(message.id).text.in(lang), message, lang);
}

std::string render_brief(const Message& message, Lang lang) {
    const auto& t = message_text(message.id);
    const std::string_view brief = t.brief.in(lang);
    return fill(brief.empty() ? t.text.in(lang) : brief, message, lang);
}

std::string text(MessageId id, Lang lang, std::initializer_list<MessageArg> args) {
    return render(Message(id, args), lang);
}

MessageId message_of(Problem problem) {
    for (const auto& [p, id] : kProblems)
        if (p == problem) return id;
    return MessageId::problem_not_a_number;
}

std::string describe(Problem problem, Lang lang) {
    std::string known;
    for (const auto& p : profiles()) known += (known.empty() ? "" : ", ") + std::string(p.name);
    return text(message_of(problem), lang, {arg("known", known)});
}

}  // namespace perfeval
