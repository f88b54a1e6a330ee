#include "recognize.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include <boost/regex.hpp>

#include "../read_number.hpp"
#include "../text/normalize.hpp"
#include "../text/quantity.hpp"
#include "families.hpp"

namespace perfeval {
namespace {

// How far the recognizer looks. Forms put spacer rows between a block's
// header and its total row; the largest family splits the total into five
// fund rows (Sichuan: 财政资金 … 其他资金).
constexpr int kMaxRowsBelowBudgetHeader = 3;
constexpr int kMaxFundRows = 5;
// Header labels are short; a longer text is never taken for one. Nor is a
// text longer than kMaxLabelBytes a label of any kind (titles, groups, row
// labels): narratives are not read here, only where they stand.
constexpr size_t kMaxHeaderBytes = 64;
constexpr size_t kMaxLabelBytes = 512;

bool in(const std::string& s, const Words& words) { return std::find(words.begin(), words.end(), s) != words.end(); }

bool starts_with_any(const std::string& s, const Words& prefixes) {
    for (auto p : prefixes)
        if (s.compare(0, p.size(), p) == 0) return true;
    return false;
}

// "执行率(B/A)" → "执行率", "年度预算数(万元)" → "年度预算数", "产出指标(50分)" →
// "产出指标", "年度资金总额:" → "年度资金总额": a label without what
// templates append to it.
std::string label_key(const std::string& squeezed) {
    // Most cells end otherwise: no regex for them (a form has thousands).
    const char last = squeezed.empty() ? '\0' : squeezed.back();
    if (last != ')' && last != ':' && last != '.') return squeezed;
    static const boost::regex kSuffix(R"((?:\((?:[A-Za-z0-9/*×%.+\-]+|万元|元|亿元|\d+(?:\.\d+)?分)\)|[:.])+$)");
    return boost::regex_replace(squeezed, kSuffix, "");
}

struct LabelCell {
    CellAddress cell;
    std::string text;  // squeezed
    std::string key;   // squeezed, without suffixes (label_key)
};

// Every text cell of the grid, squeezed once: labels are looked up many times.
class Labels {
public:
    Labels(const Grid& grid, const FamilySet& families) {
        index_.reserve(std::min<size_t>(static_cast<size_t>(grid.rows()) * 4, 1 << 16));  // text cells per row, roughly
        grid.for_each([&](CellAddress a, const CellValue& v) {
            if (const auto* s = std::get_if<std::string>(&v); s && s->size() <= kMaxLabelBytes) {
                std::string squeezed = text::squeeze(*s);
                if (squeezed.empty()) return;
                std::string key = squeezed.size() <= kMaxHeaderBytes ? label_key(squeezed) : std::string();
                index_.emplace(pack(a), cells_.size());
                if (rows_.empty() || rows_.back().first != a.row) rows_.push_back({a.row, cells_.size()});
                if (!key.empty() && names_a_column(key, families)) headers_.push_back(cells_.size());
                cells_.push_back({a, std::move(squeezed), std::move(key)});
            }
        });
        // Long tables repeat their texts; signatures are looked for once in each.
        std::unordered_set<std::string_view> seen;
        for (const auto& c : cells_)
            if (seen.insert(c.text).second) distinct_.push_back(&c.text);
    }
    const std::vector<LabelCell>& cells() const { return cells_; }
    // The cells whose label some family uses for a column, row by row.
    template <class F>
    void for_each_header_word(F&& f) const {
        for (const size_t i : headers_) f(cells_[i]);
    }
    bool contains(std::string_view needle) const {
        for (const std::string* t : distinct_)
            if (t->find(needle) != std::string::npos) return true;
        return false;
    }
    // The text cells of one row, left to right: found in log time, since
    // rows are walked one by one over tables of thousands.
    std::pair<const LabelCell*, const LabelCell*> row(int r) const {
        const auto it = std::lower_bound(rows_.begin(), rows_.end(), r,
                                         [](const std::pair<int, size_t>& e, int x) { return e.first < x; });
        if (it == rows_.end() || it->first != r) return {nullptr, nullptr};
        const size_t end = std::next(it) == rows_.end() ? cells_.size() : std::next(it)->second;
        return {cells_.data() + it->second, cells_.data() + end};
    }
    // The squeezed text of a cell; empty for numbers and empty cells.
    const std::string& squeezed(CellAddress a) const {
        const auto* c = find(a);
        return c ? c->text : none();
    }
    const std::string& key(CellAddress a) const {
        const auto* c = find(a);
        return c ? c->key : none();
    }
    // The first cell (row by row) whose key is one of `words`, from a row on.
    std::optional<CellAddress> find_key(const Words& words, int from_row = -1) const {
        for (const auto& c : cells_)
            if (c.cell.row >= from_row && !c.key.empty() && in(c.key, words)) return c.cell;
        return std::nullopt;
    }
    // The first cell that starts with one of `prefixes`.
    std::optional<CellAddress> find_prefix(const Words& prefixes) const {
        for (const auto& c : cells_)
            if (starts_with_any(c.text, prefixes)) return c.cell;
        return std::nullopt;
    }
    std::optional<CellAddress> find_containing(std::string_view needle) const {
        for (const auto& c : cells_)
            if (c.text.find(needle) != std::string::npos) return c.cell;
        return std::nullopt;
    }

private:
    // Whether any family names a column with this label: only such cells are
    // looked at when headers are sought.
    static bool names_a_column(const std::string& key, const FamilySet& families) {
        if (families.column_exact.count(key)) return true;
        for (const auto& p : families.column_prefixes)
            if (key.compare(0, p.size(), p) == 0) return true;
        return false;
    }
    static const std::string& none() {
        static const std::string kNone;
        return kNone;
    }
    const LabelCell* find(CellAddress a) const {
        const auto it = index_.find(pack(a));
        return it == index_.end() ? nullptr : &cells_[it->second];
    }
    static std::int64_t pack(CellAddress a) {
        return (static_cast<std::int64_t>(a.row) << 32) | static_cast<std::uint32_t>(a.col);
    }
    std::vector<LabelCell> cells_;
    std::vector<std::pair<int, size_t>> rows_;  // row → its first cell in cells_
    std::vector<size_t> headers_;               // cells naming a column in some family
    std::vector<const std::string*> distinct_;  // each text once
    std::unordered_map<std::int64_t, size_t> index_;
};

std::string plain_text(const Grid& g, CellAddress a) {
    const auto* s = std::get_if<std::string>(&g.at(a));
    return s ? text::normalize(*s) : std::string();
}

FormValue value_at(const Grid& g, CellAddress a) { return FormValue{a, g.at(a)}; }

FormValue value_at(const Grid& g, int row, std::optional<int> col) {
    if (!col) return {};
    return value_at(g, CellAddress{row, *col});
}

// The first non-empty cell right of `a` in its row, up to column `end`.
FormValue right_of(const Grid& g, CellAddress a, int end = -1) {
    if (end < 0) end = g.origin().col + g.cols();
    for (int c = a.col + 1; c < end; ++c)
        if (!is_empty(g.at({a.row, c}))) return value_at(g, CellAddress{a.row, c});
    return {};
}

// "产出指标(50分)" → 50; the name without the weight: "产出指标".
std::pair<std::string, std::optional<double>> group_label(const std::string& squeezed) {
    static const boost::regex kWeight(R"(\((\d+(?:\.\d+)?)分\))");
    boost::smatch m;
    // from_chars, not std::stod: a weight of hundreds of digits is no weight,
    // not an exception out of recognize().
    double weight = 0;
    if (boost::regex_search(squeezed, m, kWeight) &&
        std::from_chars(squeezed.data() + m.position(1), squeezed.data() + m.position(1) + m.length(1), weight).ec ==
            std::errc())
        return {squeezed.substr(0, static_cast<size_t>(m.position())) +
                    squeezed.substr(static_cast<size_t>(m.position() + m.length())),
                weight};
    return {squeezed, std::nullopt};
}

// A template row left unused: "指标1:", "三级指标2", "指标一", "……".
bool placeholder(const std::string& squeezed) {
    static const boost::regex kPlaceholder(R"((?:三级)?指标(?:[0-9]+|[一二三四五六七八九十]+)[:.、]?|[.…·]+)");
    return boost::regex_match(squeezed, kPlaceholder);
}

// ---- roles: which column of a header row holds what ------------------------

std::optional<Column> column_of(const LabelCell& c, const ColumnTable& table) {
    if (c.key.empty()) return std::nullopt;
    for (const auto& w : table)
        if (in(c.key, w.exact) || starts_with_any(c.key, w.prefixes)) return w.column;
    return std::nullopt;
}

bool has_column(const ColumnTable& table, Column column) {
    return std::any_of(table.begin(), table.end(), [&](const ColumnWords& w) { return w.column == column; });
}

struct Header {
    int row = -1;
    int last_row = -1;  // a header may take two rows (年度指标值 over 指标性质 · 指标值 · 度量单位)
    std::map<Column, int> col;     // the leftmost cell naming each column
    std::map<Column, int> row_of;  // and the row it stands in
    std::vector<Column> repeated;  // named again further right
    std::optional<int> operator[](Column c) const {
        const auto it = col.find(c);
        return it == col.end() ? std::nullopt : std::optional<int>(it->second);
    }
    bool has(Column c) const { return col.count(c) != 0; }
    bool found() const { return row >= 0; }
};

// The row whose cells name most of the table's columns, if `enough` says it
// is that table's header.
template <class Enough>
Header find_header(const Labels& labels, const ColumnTable& table, Enough enough) {
    std::map<int, Header> rows;
    labels.for_each_header_word([&](const LabelCell& c) {
        const auto column = column_of(c, table);
        if (!column) return;
        auto& h = rows[c.cell.row];
        h.row = c.cell.row;
        // The leftmost wins: cells come row by row, left to right.
        if (h.col.emplace(*column, c.cell.col).second)
            h.row_of.emplace(*column, c.cell.row);
        else
            h.repeated.push_back(*column);
    });
    Header best;
    for (const auto& [row, h] : rows)
        if (enough(h) && h.col.size() > best.col.size()) best = h;
    best.last_row = best.row;
    if (!best.found()) return best;
    // A header of two rows: the other row names the columns this one does not.
    for (const int other : {best.row - 1, best.row + 1}) {
        const auto it = rows.find(other);
        if (it == rows.end() || it->second.col.size() < 2) continue;
        for (const auto& [column, col] : it->second.col)
            if (best.col.emplace(column, col).second) best.row_of.emplace(column, other);
        best.last_row = std::max(best.last_row, other);
        break;
    }
    return best;
}

bool budget_header(const Header& h) {
    return (h.has(Column::opening_budget) ? 1 : 0) + (h.has(Column::budget) ? 1 : 0) +
               (h.has(Column::executed) ? 1 : 0) + (h.has(Column::rate) ? 1 : 0) >=
           2;
}

bool indicator_header(const Header& h) {
    return h.has(Column::level3) || (h.col.size() >= 3 && h.has(Column::target) && h.has(Column::actual));
}

struct Bounds {
    CellAddress tl{1 << 30, 1 << 30}, br{-1, -1};
    void add(CellAddress a) {
        tl.row = std::min(tl.row, a.row);
        tl.col = std::min(tl.col, a.col);
        br.row = std::max(br.row, a.row);
        br.col = std::max(br.col, a.col);
    }
    void add(const FormValue& v) {
        if (v.cell) add(*v.cell);
    }
};

// How well a family's words explain the sheet: its signature texts found,
// and the columns its headers name.
// The headers of a family's two tables, found once: they score the family
// and, for the family chosen, are where its form is read.
struct Headers {
    Header budget, indicators;
};

Headers headers_of(const Family& family, const Labels& labels) {
    return {find_header(labels, family.budget_columns, budget_header),
            find_header(labels, family.indicator_columns, indicator_header)};
}

int fit(const Family& family, const Labels& labels, const Headers& headers) {
    int score = 0;
    for (const auto& word : family.signature)
        if (labels.contains(word)) score += family.fit.signature;
    score += family.fit.column * static_cast<int>(headers.budget.col.size() + headers.indicators.col.size());
    if (labels.find_key(family.budget_total)) score += family.fit.budget_total;
    return score;
}

// The share of a family's own words found: what it found over what it
// could find, had the sheet been its form in full.
double share(const Family& family, int found) {
    const auto columns = [](const ColumnTable& t) {
        std::vector<Column> distinct;
        for (const auto& w : t)
            if (std::find(distinct.begin(), distinct.end(), w.column) == distinct.end()) distinct.push_back(w.column);
        return static_cast<int>(distinct.size());
    };
    const int possible = family.fit.signature * static_cast<int>(family.signature.size()) +
                         family.fit.column * (columns(family.budget_columns) + columns(family.indicator_columns)) +
                         (family.budget_total.empty() ? 0 : family.fit.budget_total);
    return possible > 0 ? static_cast<double>(found) / possible : 0;
}

// ---- the form, read with one family's words ---------------------------------

class Reader {
public:
    Reader(const Grid& g, const Labels& labels, const Family& family, const Headers& headers, FormModel& form)
        : g_(g),
          labels_(labels),
          family_(family),
          form_(form),
          budget_header_(headers.budget),
          indicator_header_(headers.indicators) {}

    void read() {
        if (const auto unit = labels_.find_key(family_.unit_name)) {
            form_.unit_name = right_of(g_, *unit);
            bounds_.add(*unit);
        }
        read_budget();
        read_splits();
        if (const auto narrative = labels_.find_key(family_.narrative)) {
            if (inside(CellAddress{narrative->row + 1, narrative->col}))
                form_.narrative = value_at(g_, CellAddress{narrative->row + 1, narrative->col});
            bounds_.add(form_.narrative);
        }
        read_header_total();
        read_indicators();
        form_.budget_in_total = family_.budget_scored;
        form_.reverse_names = family_.reverse_names;
        if (family_.budget_scored && !(form_.budget && read_number(form_.budget->weight.value))) {
            // The family scores the budget block, but its weight is not on the
            // sheet (or left blank): a total computed without it would be a guess.
            form_.totals_unsure = true;
            if (form_.budget) form_.missing.push_back(MessageId::part_budget_weight);
        }
        form_.top_left = bounds_.tl;
        form_.bottom_right = bounds_.br;
        for (const auto& [prefix, h] :
             {std::pair{"budget.", &budget_header_}, std::pair{"indicators.", &indicator_header_}})
            for (const auto& [column, col] : h->col)
                form_.header_cells.emplace_back(prefix + std::string(column_id(column)),
                                                CellAddress{h->row_of.at(column), col});
    }

    const Bounds& bounds() const { return bounds_; }

private:
    void read_budget() {
        const Header& h = budget_header_;
        if (!h.found()) {
            form_.missing.push_back(MessageId::part_budget_block);
            return;
        }
        // The total row: its label under the header (below the rows it adds
        // up, where the family puts it last), or else the first row with a
        // budget figure.
        std::optional<CellAddress> label;
        const int reach = family_.total_last ? kMaxRowsBelowBudgetHeader + 2 * kMaxFundRows : kMaxRowsBelowBudgetHeader;
        for (int row = h.last_row + 1; row <= h.last_row + reach && !label; ++row)
            for (auto [c, end] = labels_.row(row); c != end; ++c)
                if (in(c->key, family_.budget_total)) {
                    label = c->cell;
                    break;
                }
        if (!label)
            for (int row = h.last_row + 1; row <= h.last_row + kMaxRowsBelowBudgetHeader && !label; ++row)
                // (a block that states only its rate and score has a row all the same)
                for (Column c : {Column::budget, Column::executed, Column::rate, Column::score})
                    if (h[c] && read_number(g_.at({row, *h[c]}))) {  // a number, or a number typed as text
                        label = CellAddress{row, first_column(h)};
                        break;
                    }
        if (!label) {
            form_.missing.push_back(MessageId::part_budget_block);
            return;
        }
        BudgetSection b;
        b.total = row_of(*label);
        b.weight = value_at(g_, label->row, h[Column::weight]);
        if (!b.weight.present())
            if (const auto block = weighted_label(h)) {
                // 预算执行情况(万元)(20分): the weight is in the block's label only.
                b.weight = FormValue{block->label_cell, CellValue{*block->label_weight}};
            }
        b.rate = value_at(g_, label->row, h[Column::rate]);
        b.score = value_at(g_, label->row, h[Column::score]);
        bounds_.add(CellAddress{h.row, first_column(h)});
        bounds_.add(b.weight);
        bounds_.add(b.rate);
        bounds_.add(b.score);
        b.rate_in_percent = percent_header(h, Column::rate);
        b.balance_rate_in_percent = percent_header(h, Column::balance_rate);
        if (family_.total_last)
            for (int row = h.last_row + 1; row < label->row; ++row) {
                const CellAddress cell{row, label->col};
                if (!labels_.squeezed(cell).empty()) b.rows.push_back(row_of(cell));
            }
        // The rows right below name the funds the total is made of.
        for (int row = label->row + 1; row <= label->row + kMaxFundRows; ++row) {
            const CellAddress cell{row, label->col};
            if (!starts_with_any(labels_.squeezed(cell), family_.fund_rows)) break;
            b.parts.push_back(row_of(cell));
        }
        form_.budget = std::move(b);
    }

    // A label in the header's rows, left of its first column, that carries a
    // weight: 预算执行情况(10分), 绩效指标(90分).
    std::optional<IndicatorGroup> weighted_label(const Header& h) const {
        const int first = first_column(h);
        for (const auto& c : labels_.cells()) {
            if (c.cell.row < h.row || c.cell.col >= first) continue;
            if (c.cell.row > h.last_row) break;
            auto [name, weight] = group_label(c.text);
            if (weight) return IndicatorGroup{name, c.cell, weight};
        }
        return std::nullopt;
    }

    // Whether a cell lies in the grid (the sheet's used area): a finding never
    // points outside it.
    bool inside(CellAddress a) const {
        return a.row >= g_.origin().row && a.row < g_.origin().row + g_.rows() && a.col >= g_.origin().col &&
               a.col < g_.origin().col + g_.cols();
    }

    int first_column(const Header& h) const {
        int col = 1 << 30;
        for (const auto& [column, c] : h.col) col = std::min(col, c);
        return col;
    }

    // Whether a column's header says its values are percent numbers: "支出实现率(%)".
    bool percent_header(const Header& h, Column c) const {
        if (!h[c]) return false;
        const auto it = h.row_of.find(c);
        const std::string& text = labels_.squeezed(CellAddress{it->second, *h[c]});
        return text.find("(%)") != std::string::npos;
    }

    BudgetRow row_of(CellAddress label_cell) {
        const Header& h = budget_header_;
        BudgetRow r;
        r.label = labels_.squeezed(label_cell);
        r.label_cell = label_cell;
        r.opening_budget = value_at(g_, label_cell.row, h[Column::opening_budget]);
        r.budget = value_at(g_, label_cell.row, h[Column::budget]);
        r.executed = value_at(g_, label_cell.row, h[Column::executed]);
        r.adjustment = value_at(g_, label_cell.row, h[Column::adjustment]);
        r.rate = value_at(g_, label_cell.row, h[Column::rate]);
        r.balance = value_at(g_, label_cell.row, h[Column::balance]);
        r.balance_rate = value_at(g_, label_cell.row, h[Column::balance_rate]);
        bounds_.add(label_cell);
        bounds_.add(r.balance_rate.present() ? r.balance_rate : r.balance);
        bounds_.add(r.opening_budget);
        bounds_.add(r.budget);
        bounds_.add(r.executed);
        return r;
    }

    void read_splits() {
        // Splits run down to the next section of the form.
        int stop = g_.origin().row + g_.rows();
        if (const auto n = labels_.find_key(family_.narrative)) stop = std::min(stop, n->row);
        if (indicator_header_.found()) stop = std::min(stop, indicator_header_.row);
        form_.income = read_split(family_.income_split, stop);
        form_.expense = read_split(family_.expense_split, stop);
    }

    std::optional<FundingSplit> read_split(const Words& title, int stop_row) {
        if (title.size() == 0) return std::nullopt;
        const auto at = labels_.find_prefix(title);
        if (!at) return std::nullopt;
        FundingSplit split;
        split.title = labels_.squeezed(*at);
        split.title_cell = *at;
        bounds_.add(*at);
        for (int row = at->row + 1; row < stop_row; ++row) {
            const CellAddress cell{row, at->col};
            const auto& v = g_.at(cell);
            if (is_empty(v)) continue;  // an empty optional row
            const std::string text = plain_text(g_, cell);
            if (text.empty()) continue;
            // "其中：基本支出：1641.76": the value is after the last colon; or the
            // label stands alone and its value is in the next cell.
            std::string label = text;
            const auto colon = label.rfind(':');
            std::string value_text;
            if (colon != std::string::npos) {
                value_text = label.substr(colon + 1);
                label = label.substr(0, colon);
            }
            label = text::squeeze(label);
            for (const auto& prefix : family_.split_prefixes)
                if (label.rfind(prefix, 0) == 0) label = label.substr(prefix.size());
            if (auto p = label.rfind(':'); p != std::string::npos) label = label.substr(p + 1);

            SplitItem item;
            item.label = label;
            const auto reading = text::read_quantity(value_text);
            if (reading.quantitative()) {
                item.value = FormValue{cell, CellValue{reading.quantity->value}};
            } else {
                item.value = right_of(g_, cell);
                if (!item.value.present()) item.value = FormValue{cell, CellValue{}};
            }
            bounds_.add(cell);
            split.items.push_back(std::move(item));
        }
        return split;
    }

    // 自评得分 beside 项目名称: a label outside the tables' headers with its
    // value to the right.
    void read_header_total() {
        if (family_.header_total.size() == 0) return;
        for (const auto& c : labels_.cells()) {
            if ((c.cell.row >= budget_header_.row && c.cell.row <= budget_header_.last_row) ||
                (c.cell.row >= indicator_header_.row && c.cell.row <= indicator_header_.last_row))
                continue;
            if (indicator_header_.found() && c.cell.row > indicator_header_.row) break;
            if (!in(c.key, family_.header_total)) continue;
            // Its value: the next filled cell; or, when that is another label
            // (财政审核评分) or there is none, the empty cell beside it, if the
            // sheet's used area has one.
            form_.header_score = right_of(g_, c.cell);
            const bool another_label = form_.header_score.present() &&
                                       !std::holds_alternative<double>(form_.header_score.value) &&
                                       !text::read_quantity(labels_.squeezed(*form_.header_score.cell)).quantitative();
            if (!form_.header_score.present() || another_label)
                form_.header_score = inside(CellAddress{c.cell.row, c.cell.col + 1})
                                         ? value_at(g_, {c.cell.row, c.cell.col + 1})
                                         : FormValue{};
            bounds_.add(c.cell);
            bounds_.add(form_.header_score);
            return;
        }
    }

    bool table_end(int row, int max_col) const {
        const auto [begin, end] = labels_.row(row);
        for (const LabelCell* it = begin; it != end; ++it) {
            const LabelCell& c = *it;
            if (c.cell.col > max_col) break;
            const std::string& k = c.key.empty() ? c.text : c.key;
            if (in(k, family_.table_end_exact) || starts_with_any(k, family_.table_end_prefixes)) return true;
        }
        return false;
    }

    void read_indicators() {
        const Header& h = indicator_header_;
        if (!h.found()) {
            form_.missing.push_back(MessageId::part_indicator_table);
            return;
        }
        bounds_.add(CellAddress{h.row, first_column(h)});
        form_.indicator_block = weighted_label(h);
        if (form_.indicator_block) bounds_.add(form_.indicator_block->label_cell);
        const int last_row = g_.origin().row + g_.rows() - 1;
        const auto total = labels_.find_key(family_.total_row, h.last_row + 1);
        int end_row = total ? total->row : last_row + 1;
        if (total) {
            form_.total_weight = value_at(g_, total->row, h[Column::weight]);
            form_.total_score = value_at(g_, total->row, h[Column::score]);
            bounds_.add(*total);
            bounds_.add(form_.total_weight);
            bounds_.add(form_.total_score);
        } else if (!form_.header_score.present() && !(family_.total_row.empty() && family_.header_total.empty())) {
            // (A family without any total, a form without scores, misses none.)
            form_.missing.push_back(MessageId::part_total_row);
            // Without its total the table's end is a guess (a copy cut off, a
            // page lost): no total and no grade on the rows that were read.
            form_.totals_unsure = true;
        }
        const std::pair<Column, MessageId> required[] = {{Column::target, MessageId::part_column_target},
                                                         {Column::actual, MessageId::part_column_actual},
                                                         {Column::weight, MessageId::part_column_weight},
                                                         {Column::score, MessageId::part_column_score}};
        for (const auto& [column, part] : required) {
            if (!h.has(column) && has_column(family_.indicator_columns, column)) form_.missing.push_back(part);
            if (std::find(h.repeated.begin(), h.repeated.end(), column) != h.repeated.end())
                form_.ambiguous.push_back(part);
        }

        const int name_col = h[Column::level3].value_or(first_column(h));
        const int label_cols = h[Column::level1].value_or(name_col);
        std::string level1, level2;
        form_.indicators.reserve(static_cast<size_t>(std::max(0, end_row - h.last_row - 1)));
        for (int row = h.last_row + 1; row < end_row; ++row) {
            if (table_end(row, label_cols)) break;
            if (h[Column::level1]) {
                const CellAddress a{row, *h[Column::level1]};
                const std::string& s = labels_.squeezed(a);
                if (!s.empty()) {
                    auto [name, weight] = group_label(s);
                    level1 = name;
                    level2.clear();  // a new first-level group starts its own second level
                    form_.groups.push_back({name, a, weight});
                }
            }
            if (h[Column::level2]) {
                const std::string& s = labels_.squeezed({row, *h[Column::level2]});
                if (!s.empty()) level2 = s;
            }
            Indicator ind;
            ind.level1 = level1;
            ind.level2 = level2;
            ind.group = static_cast<int>(form_.groups.size()) - 1;
            ind.row = row;
            ind.name_cell = {row, name_col};
            ind.name = plain_text(g_, ind.name_cell);
            ind.target = value_at(g_, row, h[Column::target]);
            ind.actual = value_at(g_, row, h[Column::actual]);
            ind.weight = value_at(g_, row, h[Column::weight]);
            ind.score = value_at(g_, row, h[Column::score]);
            ind.reason = value_at(g_, row, h[Column::reason]);
            ind.direction = value_at(g_, row, h[Column::direction]);
            ind.unit = value_at(g_, row, h[Column::unit]);
            const bool no_values = ind.target.empty() && ind.actual.empty() && ind.weight.empty() && ind.score.empty();
            // An empty optional row, or a template row left unused ("指标1:").
            if (no_values && (ind.name.empty() || placeholder(labels_.squeezed(ind.name_cell)))) continue;
            bounds_.add(ind.name_cell);
            bounds_.add(ind.reason.present() ? ind.reason : ind.score);
            if (!form_.rate_indicator && in(labels_.key(ind.name_cell), family_.rate_indicator))
                form_.rate_indicator = static_cast<int>(form_.indicators.size());
            form_.indicators.push_back(std::move(ind));
        }
    }

    const Grid& g_;
    const Labels& labels_;
    const Family& family_;
    FormModel& form_;
    const Header budget_header_, indicator_header_;
    Bounds bounds_;
};

}  // namespace

namespace {

// "2024年度…自评表" → 2024.
std::optional<int> year_of(const std::string& title) {
    static const boost::regex kYear("((?:19|20)\\d{2})\\s*年");
    boost::smatch m;
    if (!boost::regex_search(title, m, kYear)) return std::nullopt;
    return std::stoi(m[1].str());
}

}  // namespace

std::optional<FormModel> recognize(const Grid& grid) {
    const auto families = current_families();
    const Labels labels(grid, *families);
    // The family whose words explain the sheet best; below its minimum share
    // of them, no family is forced on the sheet: it is read by role.
    const Family* family = nullptr;
    Headers headers;
    int best = 0;
    std::vector<std::pair<std::string, double>> fits;
    for (const Family* f : families->families) {
        Headers h = headers_of(*f, labels);
        const int score = fit(*f, labels, h);
        if (score > 0) fits.emplace_back(f->id, share(*f, score));
        if (score > best) {
            best = score;
            family = f;
            headers = std::move(h);
        }
    }
    std::stable_sort(fits.begin(), fits.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    const auto title = labels.find_containing("绩效自评表");
    if (!family && !title) return std::nullopt;  // no form on this sheet
    if (!family || share(*family, best) < std::max(families->min_share, family->fit.min_share)) {
        family = families->generic;
        headers = headers_of(*family, labels);
    }
    FormModel form;
    form.family = family->id;
    form.kind = family->kind;
    if (family == families->generic && title)
        form.kind =
            labels.squeezed(*title).find("项目") != std::string::npos ? FormKind::project : FormKind::department;
    form.fits = std::move(fits);
    Reader reader(grid, labels, *family, headers, form);
    reader.read();
    if (!title && !form.budget && form.indicators.empty() &&
        std::find(form.missing.begin(), form.missing.end(), MessageId::part_indicator_table) != form.missing.end())
        return std::nullopt;  // a few familiar words, but no form
    if (title) {
        form.title = plain_text(grid, *title);
        form.year = year_of(form.title);
        Bounds b = reader.bounds();
        b.add(*title);
        form.top_left = b.tl;
        form.bottom_right = b.br;
    }
    return form;
}

}  // namespace perfeval
