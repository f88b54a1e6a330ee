#include "families.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include <boost/json.hpp>

#include "../text/normalize.hpp"
#include "shipped_families.hpp"

namespace perfeval {

namespace json = boost::json;

// ---- column ids ---------------------------------------------------------------

namespace {

constexpr std::pair<Column, std::string_view> kColumnIds[] = {
    {Column::opening_budget, "opening_budget"},
    {Column::budget, "budget"},
    {Column::executed, "executed"},
    {Column::rate, "rate"},
    {Column::adjustment, "adjustment"},
    {Column::balance, "balance"},
    {Column::balance_rate, "balance_rate"},
    {Column::level1, "level1"},
    {Column::level2, "level2"},
    {Column::level3, "level3"},
    {Column::direction, "direction"},
    {Column::target, "target"},
    {Column::unit, "unit"},
    {Column::actual, "actual"},
    {Column::weight, "weight"},
    {Column::score, "score"},
    {Column::reason, "reason"},
};

// Bounds that keep a hostile file from costing more than a real one.
constexpr size_t kMaxFileBytes = 1 << 20;
constexpr size_t kMaxWords = 500;
constexpr size_t kMaxWordBytes = 256;
constexpr std::string_view kGenericId = "generic";

}  // namespace

std::string_view column_id(Column c) {
    for (const auto& [column, id] : kColumnIds)
        if (column == c) return id;
    return "";
}

bool column_of_id(std::string_view id, Column& out) {
    for (const auto& [column, name] : kColumnIds)
        if (name == id) {
            out = column;
            return true;
        }
    return false;
}

std::string FamilyFileError::text() const {
    return file + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + what;
}

// ---- reading one file -----------------------------------------------------------

namespace {

// The keys a family file may hold, by the object they stand in: a typo
// ("sinature") is an error, not a key silently ignored.
const std::map<std::string_view, std::vector<std::string_view>>& known_keys() {
    static const std::map<std::string_view, std::vector<std::string_view>> kKeys{
        {"",
         {"id", "base", "abstract", "comment", "priority", "name", "kind", "signature", "budget", "indicators",
          "unit_name", "narrative", "split_prefixes", "fit"}},
        {"name", {"zh", "en"}},
        {"budget", {"columns", "total", "fund_rows", "scored", "income_split", "expense_split", "total_last"}},
        {"indicators", {"columns", "total_row", "header_total", "rate_indicator", "table_end", "reverse_names"}},
        {"table_end", {"exact", "prefixes"}},
        {"fit", {"signature", "column", "budget_total", "min_share"}},
        {"column", {"column", "exact", "prefixes"}},
    };
    return kKeys;
}

// Objects a family merges key by key with its base's; any other key it
// names replaces the base's value whole.
constexpr std::string_view kMergedObjects[] = {"name", "budget", "indicators", "fit"};
// Keys a family does not take from its base.
constexpr std::string_view kNotInherited[] = {"abstract", "comment", "base", "id"};

class FileReader {
public:
    FileReader(std::string_view text, const std::string& file, std::vector<FamilyFileError>& errors)
        : text_(text), file_(file), errors_(errors) {}

    // The line of a key's first occurrence at or after `from` (a byte offset).
    int line_of(std::string_view key, size_t from = 0) const { return line_at(offset_of(key, from)); }
    int line_at(size_t offset) const {
        offset = std::min(offset, text_.size());
        return 1 +
               static_cast<int>(std::count(text_.begin(), text_.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
    }
    size_t offset_of(std::string_view key, size_t from = 0) const {
        const size_t at = text_.find("\"" + std::string(key) + "\"", from);
        return at == std::string_view::npos ? from : at;
    }
    void fail(int line, std::string what) { errors_.push_back({file_, line, std::move(what)}); }

    std::optional<json::object> parse() {
        if (text_.size() > kMaxFileBytes) {
            fail(0, "文件超过 1 MB，不是表样文件 (larger than 1 MB: not a family file)");
            return std::nullopt;
        }
        json::parse_options options;
        options.allow_comments = true;
        options.allow_trailing_commas = true;
        options.max_depth = 16;
        json::stream_parser p({}, options);
        boost::system::error_code ec;
        const size_t used = p.write_some(text_.data(), text_.size(), ec);
        if (!ec) p.finish(ec);
        if (ec) {
            fail(line_at(used), "JSON 格式错误 (malformed JSON): " + ec.message());
            return std::nullopt;
        }
        json::value v = p.release();
        if (!v.is_object()) {
            fail(1, "表样文件应为一个 JSON 对象 {…} (a family file is one JSON object)");
            return std::nullopt;
        }
        return std::move(v.as_object());
    }

    // Unknown keys, recursively by the shape above.
    void check_keys(const json::object& o, std::string_view shape, size_t from) {
        const auto& allowed = known_keys().at(shape);
        for (const auto& [key, value] : o) {
            if (std::find(allowed.begin(), allowed.end(), std::string_view(key)) == allowed.end()) {
                fail(line_of(key, from), "未知的键 \"" + std::string(key) + "\" (unknown key)");
                continue;
            }
            const size_t at = offset_of(key, from);
            if (value.is_object() && known_keys().count(std::string_view(key))) check_keys(value.as_object(), key, at);
            if (value.is_array() && key == "columns")
                for (const auto& c : value.as_array())
                    if (c.is_object()) check_keys(c.as_object(), "column", at);
        }
    }

    Words words(const json::object& o, std::string_view key, size_t from, Words fallback = {}) {
        const auto* v = o.if_contains(key);
        if (!v) return fallback;
        const int line = line_of(key, from);
        if (!v->is_array()) {
            fail(line, "\"" + std::string(key) + "\" 应为文本的数组 [\"…\"] (must be an array of texts)");
            return {};
        }
        if (v->as_array().size() > kMaxWords) {
            fail(line, "\"" + std::string(key) + "\" 超过 500 项 (more than 500 entries)");
            return {};
        }
        Words out;
        for (const auto& w : v->as_array()) {
            if (!w.is_string()) {
                fail(line, "\"" + std::string(key) + "\" 中有一项不是文本 (an entry is not a text)");
                continue;
            }
            const std::string s = text::squeeze(std::string_view(w.as_string()));
            if (s.empty() || s.size() > kMaxWordBytes) {
                fail(line, "\"" + std::string(key) + "\" 中有空文本或过长的文本 (an empty or over-long text)");
                continue;
            }
            out.push_back(s);
        }
        return out;
    }

    ColumnTable columns(const json::object& o, size_t from) {
        const auto* v = o.if_contains("columns");
        if (!v) return {};
        const int line = line_of("columns", from);
        if (!v->is_array() || v->as_array().size() > kMaxWords) {
            fail(line, "\"columns\" 应为对象的数组 [{\"column\": …}] (must be an array of objects)");
            return {};
        }
        ColumnTable out;
        size_t at = offset_of("columns", from);
        for (const auto& c : v->as_array()) {
            at = offset_of("column", at + 1);
            const int here = line_at(at);
            if (!c.is_object()) {
                fail(here, "\"columns\" 中有一项不是对象 (an entry is not an object)");
                continue;
            }
            const auto& co = c.as_object();
            const auto* id = co.if_contains("column");
            Column column{};
            if (!id || !id->is_string() || !column_of_id(std::string_view(id->as_string()), column)) {
                std::string known;
                for (const auto& [k, name] : kColumnIds) known += (known.empty() ? "" : ", ") + std::string(name);
                fail(here, "\"column\" 应为以下之一 (must be one of): " + known);
                continue;
            }
            ColumnWords w{column, words(co, "exact", at), words(co, "prefixes", at)};
            if (w.exact.empty() && w.prefixes.empty()) {
                fail(here, "列 \"" + std::string(column_id(column)) +
                               "\" 没有任何表头文字 (a column needs \"exact\" or \"prefixes\" words)");
                continue;
            }
            out.push_back(std::move(w));
        }
        return out;
    }

    std::optional<double> number(const json::object& o, std::string_view key, double lo, double hi, size_t from) {
        const auto* v = o.if_contains(key);
        if (!v) return std::nullopt;
        if (!v->is_number() || v->to_number<double>() < lo || v->to_number<double>() > hi) {
            std::ostringstream range;
            range << lo << "–" << hi;
            fail(line_of(key, from), "\"" + std::string(key) + "\" 应为 " + range.str() +
                                         " 之间的数 (must be a number in " + range.str() + ")");
            return std::nullopt;
        }
        return v->to_number<double>();
    }

    std::string text_of(const json::object& o, std::string_view key, size_t from) {
        const auto* v = o.if_contains(key);
        if (!v) return {};
        if (!v->is_string() || v->as_string().size() > kMaxWordBytes) {
            fail(line_of(key, from), "\"" + std::string(key) + "\" 应为文本 (must be a text)");
            return {};
        }
        return std::string(v->as_string());
    }

    bool flag(const json::object& o, std::string_view key, bool fallback, size_t from) {
        const auto* v = o.if_contains(key);
        if (!v) return fallback;
        if (!v->is_bool()) {
            fail(line_of(key, from), "\"" + std::string(key) + "\" 应为 true 或 false (must be true or false)");
            return fallback;
        }
        return v->as_bool();
    }

    const json::object& object(const json::object& o, std::string_view key) {
        static const json::object kEmpty;
        const auto* v = o.if_contains(key);
        if (!v) return kEmpty;
        if (!v->is_object()) {
            fail(line_of(key), "\"" + std::string(key) + "\" 应为对象 {…} (must be an object)");
            return kEmpty;
        }
        return v->as_object();
    }

    // The merged object (this file over its base) as a Family.
    Family family(const json::object& o) {
        Family f;
        f.id = text_of(o, "id", 0);
        f.source = file_;
        const auto& name = object(o, "name");
        const size_t name_at = offset_of("name");
        f.name_zh = text_of(name, "zh", name_at);
        f.name_en = text_of(name, "en", name_at);
        if (f.name_zh.empty() || f.name_en.empty())
            fail(line_of("name"), "需要 \"name\": {\"zh\": \"…\", \"en\": \"…\"} (a name in Chinese and English)");
        const std::string kind = text_of(o, "kind", 0);
        if (kind == "project")
            f.kind = FormKind::project;
        else if (kind == "department")
            f.kind = FormKind::department;
        else
            fail(line_of("kind"), "\"kind\" 应为 \"department\" 或 \"project\" (must be department or project)");
        f.priority = static_cast<int>(number(o, "priority", -1000, 1000, 0).value_or(0));
        f.signature = words(o, "signature", 0);
        const auto& budget = object(o, "budget");
        const size_t budget_at = offset_of("budget");
        f.budget_columns = columns(budget, budget_at);
        f.budget_total = words(budget, "total", budget_at);
        f.fund_rows = words(budget, "fund_rows", budget_at);
        f.budget_scored = flag(budget, "scored", true, budget_at);
        f.total_last = flag(budget, "total_last", false, budget_at);
        f.income_split = words(budget, "income_split", budget_at);
        f.expense_split = words(budget, "expense_split", budget_at);
        const auto& ind = object(o, "indicators");
        const size_t ind_at = offset_of("indicators");
        f.indicator_columns = columns(ind, ind_at);
        f.total_row = words(ind, "total_row", ind_at);
        f.header_total = words(ind, "header_total", ind_at);
        f.rate_indicator = words(ind, "rate_indicator", ind_at);
        f.reverse_names = words(ind, "reverse_names", ind_at);
        f.unit_name = words(o, "unit_name", 0);
        f.narrative = words(o, "narrative", 0);
        conventions(o, f);
        if (f.budget_columns.empty() && f.indicator_columns.empty())
            fail(0, "表样没有任何列：\"budget\" 或 \"indicators\" 中需要 \"columns\" (a family needs columns)");
        return f;
    }

    // What every family may take from common.json: how a split row and the
    // table end are written, how recognition weighs what it finds.
    void conventions(const json::object& o, Family& f) {
        const auto& ind = object(o, "indicators");
        const size_t ind_at = offset_of("indicators");
        const auto& end = object(ind, "table_end");
        f.table_end_exact = words(end, "exact", ind_at);
        f.table_end_prefixes = words(end, "prefixes", ind_at);
        f.split_prefixes = words(o, "split_prefixes", 0);
        const auto& fit = object(o, "fit");
        const size_t fit_at = offset_of("fit");
        f.fit.signature = static_cast<int>(number(fit, "signature", 0, 100, fit_at).value_or(f.fit.signature));
        f.fit.column = static_cast<int>(number(fit, "column", 0, 100, fit_at).value_or(f.fit.column));
        f.fit.budget_total = static_cast<int>(number(fit, "budget_total", 0, 100, fit_at).value_or(f.fit.budget_total));
        f.fit.min_share = number(fit, "min_share", 0, 1, fit_at).value_or(f.fit.min_share);
    }

private:
    std::string_view text_;
    const std::string& file_;
    std::vector<FamilyFileError>& errors_;
};

bool valid_id(const std::string& id) {
    if (id.empty() || id.size() > 64) return false;
    return std::all_of(id.begin(), id.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

// A child's keys over its base's: named objects merged key by key.
json::object merged(const json::object& base, const json::object& child) {
    json::object out;
    for (const auto& [k, v] : base)
        if (std::find(std::begin(kNotInherited), std::end(kNotInherited), std::string_view(k)) ==
            std::end(kNotInherited))
            out[k] = v;
    for (const auto& [k, v] : child) {
        const bool merge = std::find(std::begin(kMergedObjects), std::end(kMergedObjects), std::string_view(k)) !=
                           std::end(kMergedObjects);
        if (merge && v.is_object() && out.contains(k) && out[k].is_object()) {
            auto& into = out[k].as_object();
            for (const auto& [kk, vv] : v.as_object()) into[kk] = vv;
        } else {
            out[k] = v;
        }
    }
    return out;
}

// ---- the registry ---------------------------------------------------------------

class Registry {
public:
    Registry() {
        std::vector<FamilyFileError> errors;
        std::vector<std::pair<std::string, std::string>> files;
        for (const auto& f : shipped_family_files()) files.emplace_back(std::string(f.name), std::string(f.text));
        add(files, errors);
        // A shipped file that does not read is a build's mistake: the unit
        // test ShippedFamilies.ReadWithoutAnError names it.
        shipped_errors_ = std::move(errors);
    }

    std::shared_ptr<const FamilySet> current() {
        std::lock_guard<std::mutex> lock(mutex_);
        return current_;
    }

    const std::vector<FamilyFileError>& shipped_errors() const { return shipped_errors_; }

    // Files (name, text) in order; a base may come later in the list.
    void add(std::vector<std::pair<std::string, std::string>> files, std::vector<FamilyFileError>& errors) {
        std::lock_guard<std::mutex> lock(mutex_);
        // Passes until no file more can be read: a base may be among them.
        std::vector<std::vector<FamilyFileError>> pending_errors(files.size());
        std::vector<bool> done(files.size(), false);
        for (bool progress = true; progress;) {
            progress = false;
            for (size_t i = 0; i < files.size(); ++i) {
                if (done[i]) continue;
                pending_errors[i].clear();
                const auto result = read(files[i].second, files[i].first, pending_errors[i]);
                if (result == Read::waiting_for_base) continue;
                done[i] = true;
                progress = true;
            }
        }
        for (auto& e : pending_errors) errors.insert(errors.end(), e.begin(), e.end());
        rebuild();
    }

    ParsedFamily parse_only(std::string_view text, const std::string& file) {
        std::lock_guard<std::mutex> lock(mutex_);
        ParsedFamily out;
        bool waiting = false;
        auto read = read_file(text, file, out.errors, waiting);
        if (read && read->family && out.errors.empty())
            out.family = std::make_shared<const Family>(std::move(*read->family));
        return out;
    }

private:
    enum class Read { ok, failed, waiting_for_base };

    // The file's object over its base chain; nullopt with an error when its
    // base is unknown (waiting: when the base may still come).
    std::optional<json::object> resolve(const json::object& o, FileReader& reader, const std::string&,
                                        bool* waiting = nullptr) {
        std::string base = "common";
        if (const auto* b = o.if_contains("base")) {
            if (!b->is_string()) {
                reader.fail(reader.line_of("base"), "\"base\" 应为另一表样的 id (must be another family's id)");
                return std::nullopt;
            }
            base = std::string(b->as_string());
        }
        const auto* id = o.if_contains("id");
        if (id && id->is_string() && std::string_view(id->as_string()) == "common" && !o.contains("base"))
            return o;  // the root of every chain
        const auto it = objects_.find(base);
        if (it == objects_.end()) {
            if (waiting) *waiting = true;
            reader.fail(reader.line_of("base"), "未知的基础表样 \"" + base + "\" (unknown base family)");
            return std::nullopt;
        }
        return merged(it->second, o);
    }

    struct FileRead {
        std::string id;
        json::object object;           // over its base chain
        std::optional<Family> family;  // none for an abstract one
    };

    std::optional<FileRead> read_file(std::string_view text, const std::string& file,
                                      std::vector<FamilyFileError>& errors, bool& waiting) {
        FileReader reader(text, file, errors);
        auto o = reader.parse();
        if (!o) return std::nullopt;
        reader.check_keys(*o, "", 0);
        const auto* id = o->if_contains("id");
        if (!id || !id->is_string() || !valid_id(std::string(id->as_string())) ||
            std::string_view(id->as_string()) == kGenericId) {
            reader.fail(reader.line_of("id"),
                        "\"id\" 应为小写字母、数字和 - 组成的文本，且不能是 generic (id: a-z, 0-9 and -, not generic)");
            return std::nullopt;
        }
        auto m = resolve(*o, reader, file, &waiting);
        if (!m) return std::nullopt;
        FileRead out{std::string(id->as_string()), std::move(*m), std::nullopt};
        const auto* abstract = o->if_contains("abstract");
        if (abstract && !abstract->is_bool())
            reader.fail(reader.line_of("abstract"), "\"abstract\" 应为 true 或 false (must be true or false)");
        if (!(abstract && abstract->is_bool() && abstract->as_bool())) out.family = reader.family(out.object);
        if (!errors.empty()) return std::nullopt;
        return out;
    }

    Read read(const std::string& text, const std::string& file, std::vector<FamilyFileError>& errors) {
        bool waiting = false;
        auto r = read_file(text, file, errors, waiting);
        if (!r) return waiting ? Read::waiting_for_base : Read::failed;
        objects_[r->id] = std::move(r->object);
        if (r->family) {
            auto kept = std::make_shared<const Family>(std::move(*r->family));
            all_.push_back(kept);  // kept for good: a form model names its family's id
            by_id_[r->id] = kept.get();
        } else {
            by_id_.erase(r->id);
        }
        return Read::ok;
    }

    void rebuild() {
        auto set = std::make_shared<FamilySet>();
        for (const auto& [id, f] : by_id_) set->families.push_back(f);
        std::stable_sort(set->families.begin(), set->families.end(), [](const Family* a, const Family* b) {
            return a->priority != b->priority ? a->priority > b->priority : a->id < b->id;
        });
        auto generic = std::make_shared<Family>(generic_of(set->families));
        all_.push_back(generic);
        set->generic = generic.get();
        set->min_share = generic->fit.min_share;
        for (const Family* f : set->families)
            for (const ColumnTable* table : {&f->budget_columns, &f->indicator_columns})
                for (const auto& w : *table) {
                    set->column_exact.insert(w.exact.begin(), w.exact.end());
                    set->column_prefixes.insert(set->column_prefixes.end(), w.prefixes.begin(), w.prefixes.end());
                }
        current_ = std::move(set);
    }

    // Every family's words by role, each word for the column of the first
    // family (by priority) that uses it.
    Family generic_of(const std::vector<const Family*>& families) const {
        Family g;
        g.id = std::string(kGenericId);
        g.name_zh = "未能确定表样（按通用列名识别）";
        g.name_en = "unknown template (read by common column names)";
        g.source = "(generic)";
        // Unsure whether its budget block counts toward the total: a total
        // is then checked only where the block states a weight.
        g.budget_scored = true;
        if (const auto it = objects_.find("common"); it != objects_.end()) {
            std::vector<FamilyFileError> ignored;
            FileReader("", "common", ignored).conventions(it->second, g);
        }
        const auto add = [](Words& into, const Words& from) {
            for (const auto& w : from)
                if (std::find(into.begin(), into.end(), w) == into.end()) into.push_back(w);
        };
        const auto add_columns = [](ColumnTable& into, const ColumnTable& from) {
            for (const auto& w : from) {
                auto slot =
                    std::find_if(into.begin(), into.end(), [&](const ColumnWords& c) { return c.column == w.column; });
                if (slot == into.end()) slot = into.insert(into.end(), ColumnWords{w.column, {}, {}});
                const auto taken = [&](const std::string& word) {
                    for (const auto& c : into)
                        if (std::find(c.exact.begin(), c.exact.end(), word) != c.exact.end() ||
                            std::find(c.prefixes.begin(), c.prefixes.end(), word) != c.prefixes.end())
                            return true;
                    return false;
                };
                for (const auto& word : w.exact)
                    if (!taken(word)) slot->exact.push_back(word);
                for (const auto& word : w.prefixes)
                    if (!taken(word)) slot->prefixes.push_back(word);
            }
        };
        // The role words: every list of a family but its signature.
        static constexpr Words Family::*kRoleWords[] = {
            &Family::budget_total,   &Family::fund_rows,    &Family::income_split, &Family::expense_split,
            &Family::total_row,      &Family::header_total, &Family::unit_name,    &Family::narrative,
            &Family::rate_indicator, &Family::reverse_names};
        for (const Family* f : families) {
            add_columns(g.budget_columns, f->budget_columns);
            add_columns(g.indicator_columns, f->indicator_columns);
            for (const auto field : kRoleWords) add(g.*field, f->*field);
        }
        return g;
    }

    std::mutex mutex_;
    std::map<std::string, json::object> objects_;     // each id's file over its base chain
    std::map<std::string, const Family*> by_id_;      // the families in use
    std::vector<std::shared_ptr<const Family>> all_;  // every family ever made, kept
    std::shared_ptr<const FamilySet> current_;
    std::vector<FamilyFileError> shipped_errors_;
};

Registry& registry() {
    static Registry r;
    return r;
}

}  // namespace

std::shared_ptr<const FamilySet> current_families() { return registry().current(); }

const Family* find_family(std::string_view id) {
    const auto set = current_families();
    for (const Family* f : set->families)
        if (f->id == id) return f;
    return id == kGenericId ? set->generic : nullptr;
}

std::vector<FamilyFileError> add_family_folder(const std::string& dir) {
    namespace fs = std::filesystem;
    std::vector<FamilyFileError> errors;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        errors.push_back({dir, 0, "不是可读的文件夹 (not a readable folder)"});
        return errors;
    }
    std::vector<fs::path> paths;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".json" && it->is_regular_file(ec)) paths.push_back(it->path());
    if (ec) errors.push_back({dir, 0, "无法列出文件夹内容 (cannot list the folder): " + ec.message()});
    std::sort(paths.begin(), paths.end());
    std::vector<std::pair<std::string, std::string>> files;
    for (const auto& p : paths) {
        std::ifstream in(p, std::ios::binary);
        std::string text;
        if (in) {
            in.seekg(0, std::ios::end);
            const auto size = in.tellg();
            in.seekg(0);
            if (size > static_cast<std::streamoff>(kMaxFileBytes)) {
                errors.push_back({p.string(), 0, "文件超过 1 MB，不是表样文件 (larger than 1 MB: not a family file)"});
                continue;
            }
            text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        }
        if (!in && !in.eof()) {
            errors.push_back({p.string(), 0, "无法读取 (cannot read)"});
            continue;
        }
        files.emplace_back(p.string(), std::move(text));
    }
    registry().add(std::move(files), errors);
    return errors;
}

std::vector<FamilyFileError> add_family_folders(std::string_view list) {
    std::vector<FamilyFileError> errors;
    size_t start = 0;
    while (start <= list.size()) {
        const size_t end = std::min(list.find(':', start), list.size());
        const std::string dir(list.substr(start, end - start));
        if (!dir.empty()) {
            auto e = add_family_folder(dir);
            errors.insert(errors.end(), e.begin(), e.end());
        }
        start = end + 1;
    }
    return errors;
}

ParsedFamily parse_family_file(std::string_view text, const std::string& file) {
    return registry().parse_only(text, file);
}

const std::vector<FamilyFileError>& shipped_family_errors() { return registry().shipped_errors(); }

}  // namespace perfeval
