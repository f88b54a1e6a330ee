#include "recognize.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <map>
#include <unordered_map>

#include <boost/regex.hpp>

#include "../text/normalize.hpp"
#include "../text/quantity.hpp"
#include "labels.hpp"

namespace perfeval {
namespace {

// How far the recognizer looks. Forms put spacer rows between a block's
// header and its first row, and the project form lists at most three fund
// rows (本年财政拨款, 上年结转资金, 其他资金) under 年度资金总额.
constexpr int kMaxRowsAboveBudgetTotalForHeader = 3;
constexpr int kMaxFundRows = 4;

using labels::Label;
using labels::matches;

struct LabelCell {
    CellAddress cell;
    std::string text;  // squeezed
};

// Every text cell of the grid, squeezed once: labels are looked up many times.
class Labels {
public:
    explicit Labels(const Grid& grid) {
        grid.for_each([&](CellAddress a, const CellValue& v) {
            if (const auto* s = std::get_if<std::string>(&v)) {
                index_.emplace(key(a), cells_.size());
                cells_.push_back({a, text::squeeze(*s)});
            }
        });
    }
    // The squeezed text of a cell; empty for numbers and empty cells.
    const std::string& squeezed(CellAddress a) const {
        static const std::string kNone;
        const auto it = index_.find(key(a));
        return it == index_.end() ? kNone : cells_[it->second].text;
    }
    // The first cell (row by row) matching the label, optionally from a row on.
    std::optional<CellAddress> find(const Label& label, int from_row = -1) const {
        for (const auto& c : cells_)
            if (c.cell.row >= from_row && matches(c.text, label)) return c.cell;
        return std::nullopt;
    }
    std::optional<CellAddress> find_in_row(const Label& label, int row) const {
        for (const auto& c : cells_)
            if (c.cell.row == row && matches(c.text, label)) return c.cell;
        return std::nullopt;
    }
    std::optional<CellAddress> find_containing(std::string_view needle) const {
        for (const auto& c : cells_)
            if (c.text.find(needle) != std::string::npos) return c.cell;
        return std::nullopt;
    }

private:
    static std::int64_t key(CellAddress a) {
        return (static_cast<std::int64_t>(a.row) << 32) | static_cast<std::uint32_t>(a.col);
    }
    std::vector<LabelCell> cells_;
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

// The first non-empty cell right of `a` in its row.
FormValue right_of(const Grid& g, CellAddress a) {
    const int end = g.origin().col + g.cols();
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

// Column of each header of the row that holds `anchor`.
struct HeaderColumns {
    std::map<const Label*, int> col;
    std::optional<int> operator[](const Label& l) const {
        auto it = col.find(&l);
        return it == col.end() ? std::nullopt : std::optional<int>(it->second);
    }
};

HeaderColumns header_columns(const Labels& labels, int row, std::initializer_list<const Label*> wanted) {
    HeaderColumns h;
    for (const Label* l : wanted)
        if (auto a = labels.find_in_row(*l, row)) h.col[l] = a->col;
    return h;
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

// ---- budget block -------------------------------------------------------

std::optional<BudgetSection> read_budget(const Grid& g, const Labels& labels, Bounds& bounds) {
    const auto total = labels.find(labels::kBudgetTotal);
    if (!total) return std::nullopt;
    // The header row stands right above the total row; allow spacer rows.
    HeaderColumns h;
    for (int up = 1; up <= kMaxRowsAboveBudgetTotalForHeader && h.col.empty(); ++up)
        h = header_columns(labels, total->row - up,
                           {&labels::kOpeningBudget, &labels::kFullYearBudget, &labels::kExecuted, &labels::kWeight,
                            &labels::kRate, &labels::kScore});
    auto row_of = [&](CellAddress label_cell) {
        BudgetRow r;
        r.label = labels.squeezed(label_cell);
        r.label_cell = label_cell;
        r.opening_budget = value_at(g, label_cell.row, h[labels::kOpeningBudget]);
        r.budget = value_at(g, label_cell.row, h[labels::kFullYearBudget]);
        r.executed = value_at(g, label_cell.row, h[labels::kExecuted]);
        bounds.add(label_cell);
        bounds.add(r.opening_budget);
        bounds.add(r.budget);
        bounds.add(r.executed);
        return r;
    };
    BudgetSection b;
    b.total = row_of(*total);
    b.weight = value_at(g, total->row, h[labels::kWeight]);
    b.rate = value_at(g, total->row, h[labels::kRate]);
    b.score = value_at(g, total->row, h[labels::kScore]);
    bounds.add(b.weight);
    bounds.add(b.rate);
    bounds.add(b.score);
    // Project form: the rows right below name the funds the total is made of.
    for (int row = total->row + 1; row <= total->row + kMaxFundRows; ++row) {
        const CellAddress label_cell{row, total->col};
        const std::string label = labels.squeezed(label_cell);
        if (!(matches(label, labels::kFiscalFunds) || matches(label, labels::kCarryOver) ||
              matches(label, labels::kOtherFunds)))
            break;
        b.parts.push_back(row_of(label_cell));
    }
    return b;
}

// ---- funding splits -----------------------------------------------------

std::optional<FundingSplit> read_split(const Grid& g, const Labels& labels, const Label& title, int stop_row,
                                       Bounds& bounds) {
    const auto at = labels.find(title);
    if (!at) return std::nullopt;
    FundingSplit split;
    split.title = labels.squeezed(*at);
    split.title_cell = *at;
    bounds.add(*at);
    for (int row = at->row + 1; row < stop_row; ++row) {
        const CellAddress cell{row, at->col};
        const auto& v = g.at(cell);
        if (is_empty(v)) continue;  // an empty optional row
        const std::string text = plain_text(g, cell);
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
        for (std::string_view prefix : {"其中:", "其中 :"})
            if (label.rfind(prefix, 0) == 0) label = label.substr(prefix.size());
        label = text::squeeze(label);
        if (auto p = label.rfind(':'); p != std::string::npos) label = label.substr(p + 1);

        SplitItem item;
        item.label = label;
        const auto reading = text::read_quantity(value_text);
        if (reading.quantitative()) {
            item.value = FormValue{cell, CellValue{reading.quantity->value}};
        } else {
            item.value = right_of(g, cell);
            if (!item.value.present()) item.value = FormValue{cell, CellValue{}};
        }
        bounds.add(cell);
        split.items.push_back(std::move(item));
    }
    return split;
}

// ---- indicator table ----------------------------------------------------

void read_indicators(const Grid& g, const Labels& labels, FormModel& form, Bounds& bounds) {
    const auto l3 = labels.find(labels::kLevel3);
    if (!l3) {
        form.missing.push_back(MessageId::part_indicator_table);
        return;
    }
    const auto h = header_columns(labels, l3->row,
                                  {&labels::kLevel1, &labels::kLevel2, &labels::kLevel3, &labels::kTarget,
                                   &labels::kActual, &labels::kWeight, &labels::kScore, &labels::kReason});
    bounds.add(*l3);
    const int last_row = g.origin().row + g.rows() - 1;
    const auto total = labels.find(labels::kTotalRow, l3->row + 1);
    const int end_row = total ? total->row : last_row + 1;
    if (total) {
        form.total_weight = value_at(g, total->row, h[labels::kWeight]);
        form.total_score = value_at(g, total->row, h[labels::kScore]);
        bounds.add(*total);
        bounds.add(form.total_weight);
        bounds.add(form.total_score);
    } else {
        form.missing.push_back(MessageId::part_total_row);
    }
    const std::pair<const Label*, MessageId> required[] = {{&labels::kTarget, MessageId::part_column_target},
                                                           {&labels::kActual, MessageId::part_column_actual},
                                                           {&labels::kWeight, MessageId::part_column_weight},
                                                           {&labels::kScore, MessageId::part_column_score}};
    for (const auto& [label, part] : required)
        if (!h[*label]) form.missing.push_back(part);

    std::string level1, level2;
    form.indicators.reserve(static_cast<size_t>(std::max(0, end_row - l3->row - 1)));
    for (int row = l3->row + 1; row < end_row; ++row) {
        if (h[labels::kLevel1]) {
            const CellAddress a{row, *h[labels::kLevel1]};
            const std::string& s = labels.squeezed(a);
            if (!s.empty()) {
                auto [name, weight] = group_label(s);
                level1 = name;
                level2.clear();  // a new first-level group starts its own second level
                form.groups.push_back({name, a, weight});
            }
        }
        if (h[labels::kLevel2]) {
            const std::string& s = labels.squeezed({row, *h[labels::kLevel2]});
            if (!s.empty()) level2 = s;
        }
        Indicator ind;
        ind.level1 = level1;
        ind.level2 = level2;
        ind.group = static_cast<int>(form.groups.size()) - 1;
        ind.row = row;
        ind.name_cell = {row, h[labels::kLevel3].value_or(l3->col)};
        ind.name = plain_text(g, ind.name_cell);
        ind.target = value_at(g, row, h[labels::kTarget]);
        ind.actual = value_at(g, row, h[labels::kActual]);
        ind.weight = value_at(g, row, h[labels::kWeight]);
        ind.score = value_at(g, row, h[labels::kScore]);
        ind.reason = value_at(g, row, h[labels::kReason]);
        if (ind.name.empty() && ind.target.empty() && ind.actual.empty() && ind.weight.empty() && ind.score.empty())
            continue;  // an empty optional row
        bounds.add(ind.name_cell);
        bounds.add(ind.reason.present() ? ind.reason : ind.score);
        form.indicators.push_back(std::move(ind));
    }
}

}  // namespace

std::optional<FormModel> recognize(const Grid& grid) {
    const Labels labels(grid);
    FormModel form;
    Bounds bounds;

    const auto title = labels.find_containing("绩效自评表");
    if (title) {
        form.title = plain_text(grid, *title);
        bounds.add(*title);
    }
    form.budget = read_budget(grid, labels, bounds);
    const auto l3 = labels.find(labels::kLevel3);
    if (!title && !form.budget && !l3) return std::nullopt;  // no form on this sheet

    const bool project =
        (title && form.title.find("项目支出") != std::string::npos) || (form.budget && !form.budget->parts.empty());
    form.kind = project ? FormKind::project : FormKind::department;

    if (const auto unit = labels.find(labels::kUnitName)) {
        form.unit_name = right_of(grid, *unit);
        bounds.add(*unit);
    }
    if (!form.budget) form.missing.push_back(MessageId::part_budget_block);

    // Splits run down to the next section of the form.
    int stop = grid.origin().row + grid.rows();
    if (const auto goals = labels.find(labels::kGoals)) stop = std::min(stop, goals->row);
    if (l3) stop = std::min(stop, l3->row);
    form.income = read_split(grid, labels, labels::kIncomeSplit, stop, bounds);
    form.expense = read_split(grid, labels, labels::kExpenseSplit, stop, bounds);

    if (const auto narrative = labels.find(labels::kNarrative)) {
        form.narrative = value_at(grid, CellAddress{narrative->row + 1, narrative->col});
        bounds.add(form.narrative);
    }
    read_indicators(grid, labels, form, bounds);

    form.top_left = bounds.tl;
    form.bottom_right = bounds.br;
    return form;
}

}  // namespace perfeval
