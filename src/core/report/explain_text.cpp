#include "explain_text.hpp"

#include <boost/json.hpp>

#include "../decimal/format.hpp"
#include "../form/families.hpp"
#include "render.hpp"

namespace perfeval {

namespace json = boost::json;

namespace {

std::string family_name(const std::string& id, Lang lang) {
    const Family* f = find_family(id);
    return f ? f->name(lang == Lang::en) : id;
}

std::string str(const json::value& v) { return v.is_string() ? std::string(v.as_string()) : std::string(); }

}  // namespace

json::object explanation_json(const Explanation& e, Lang lang) {
    json::array fits, missing;
    for (const auto& [id, share] : e.fits) fits.push_back(json::object{{"template", id}, {"share", share}});
    json::object headers, roles;
    for (const auto& [column, cell] : e.headers) headers[column] = cell;
    for (const auto& [role, cell] : e.roles) roles[role] = cell;
    for (const MessageId part : e.missing) missing.push_back(json::value(text(part, lang)));
    return {{"sheet", e.sheet},
            {"has_form", e.has_form},
            {"template", e.family},
            {"template_name", e.has_form ? family_name(e.family, lang) : std::string()},
            {"range", e.range},
            {"fits", std::move(fits)},
            {"headers", std::move(headers)},
            {"roles", std::move(roles)},
            {"missing", std::move(missing)}};
}

std::string explanations_json(const std::vector<Explanation>& sheets, Lang lang) {
    json::array out;
    for (const auto& e : sheets) out.push_back(explanation_json(e, lang));
    return json::serialize(json::object{{"sheets", std::move(out)}});
}

std::vector<std::string> explanation_lines(const json::object& s, Lang lang) {
    using M = MessageId;
    std::vector<std::string> out;
    const std::string sheet = str(s.at("sheet"));
    if (!s.at("has_form").as_bool()) {
        out.push_back(text(M::explain_sheet_none, lang, {arg("sheet", sheet)}));
        return out;
    }
    out.push_back(text(M::explain_sheet, lang,
                       {arg("sheet", sheet), arg("range", str(s.at("range"))), arg("template", str(s.at("template"))),
                        arg("name", str(s.at("template_name")))}));
    std::string fits;
    for (const auto& f : s.at("fits").as_array())
        fits += (fits.empty() ? "" : " · ") + str(f.at("template")) + " " +
                format_percent(f.at("share").to_number<double>(), 0);
    out.push_back("  " + text(M::explain_fits, lang, {arg("fits", fits.empty() ? "—" : fits)}));
    std::string headers;
    for (const auto& [column, cell] : s.at("headers").as_object())
        headers += (headers.empty() ? "" : " · ") + std::string(column) + " " + str(cell);
    out.push_back("  " + text(M::explain_headers, lang, {arg("headers", headers.empty() ? "—" : headers)}));
    out.push_back("  " + text(M::explain_roles, lang, {}));
    for (const auto& [role, cell] : s.at("roles").as_object())
        if (str(cell) != "(none)") out.push_back("    " + std::string(role) + " " + str(cell));
    for (const auto& part : s.at("missing").as_array())
        out.push_back("  " + text(M::explain_missing, lang, {arg("part", str(part))}));
    return out;
}

}  // namespace perfeval
