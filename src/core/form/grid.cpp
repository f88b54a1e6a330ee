#include "grid.hpp"

#include <algorithm>
#include <stdexcept>

namespace perfeval {

namespace {

// Where `a` is, or would go, among cells sorted by address.
template <class Cells>
auto find_cell(Cells& cells, CellAddress a) {
    return std::lower_bound(cells.begin(), cells.end(), a,
                            [](const GridCell& c, CellAddress x) { return c.address < x; });
}

}  // namespace

bool dense_enough(long long box, long long content) {
    // A box this much larger than its cells is held densely all the same: a
    // form with blank rows and columns reads fastest as a rectangle.
    constexpr long long kDenseFactor = 4;
    constexpr long long kDenseSlack = 65536;
    return box <= kDenseFactor * content + kDenseSlack;
}

std::string to_a1(CellAddress address) {
    std::string letters;
    for (int c = address.col + 1; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters + std::to_string(address.row + 1);
}

std::string a1_list(const std::vector<CellAddress>& cells, size_t most, std::string_view separator) {
    std::string out;
    for (size_t i = 0; i < cells.size() && i < most; ++i) {
        if (i) out += separator;
        out += to_a1(cells[i]);
    }
    return cells.size() > most ? out + " …" : out;
}

std::optional<CellAddress> parse_a1(std::string_view a1) {
    size_t i = 0;
    long long col = 0, row = 0;
    for (; i < a1.size() && a1[i] >= 'A' && a1[i] <= 'Z' && col < (1 << 20); ++i) col = col * 26 + (a1[i] - 'A' + 1);
    const size_t digits = i;
    for (; i < a1.size() && a1[i] >= '0' && a1[i] <= '9' && row < (1 << 24); ++i) row = row * 10 + (a1[i] - '0');
    if (digits == 0 || i == digits || i != a1.size() || row == 0 || a1[digits] == '0' || col >= (1 << 20) ||
        row >= (1 << 24))
        return std::nullopt;
    return CellAddress{static_cast<int>(row - 1), static_cast<int>(col - 1)};
}

Grid::Grid(CellAddress origin, int rows, int cols, std::vector<CellValue> values)
    : origin_(origin), rows_(rows), cols_(cols), values_(std::move(values)) {
    if (rows < 0 || cols < 0 || values_.size() != static_cast<size_t>(rows) * static_cast<size_t>(cols))
        throw std::invalid_argument("Grid: values do not fill rows × cols");
}

Grid Grid::of_cells(std::vector<GridCell> cells) {
    std::erase_if(cells, [](const GridCell& c) { return is_empty(c.value); });
    // The last of an address given twice wins: a stable sort keeps their order.
    std::stable_sort(cells.begin(), cells.end(),
                     [](const GridCell& a, const GridCell& b) { return a.address < b.address; });
    std::vector<GridCell> unique;
    unique.reserve(cells.size());
    for (auto& c : cells) {
        if (!unique.empty() && unique.back().address == c.address)
            unique.back() = std::move(c);
        else
            unique.push_back(std::move(c));
    }
    if (unique.empty()) return Grid();
    int top = unique.front().address.row, bottom = unique.back().address.row;
    int left = unique.front().address.col, right = left;
    for (const auto& c : unique) {
        left = std::min(left, c.address.col);
        right = std::max(right, c.address.col);
    }
    const long long box = static_cast<long long>(bottom - top + 1) * (right - left + 1);
    if (dense_enough(box, static_cast<long long>(unique.size()))) {
        std::vector<CellValue> values(static_cast<size_t>(box));
        const int cols = right - left + 1;
        for (auto& c : unique)
            values[static_cast<size_t>(c.address.row - top) * static_cast<size_t>(cols) +
                   static_cast<size_t>(c.address.col - left)] = std::move(c.value);
        return Grid({top, left}, bottom - top + 1, cols, std::move(values));
    }
    Grid g;
    g.origin_ = {top, left};
    g.rows_ = bottom - top + 1;
    g.cols_ = right - left + 1;
    g.sparse_ = true;
    g.cells_ = std::move(unique);
    return g;
}

void Grid::set(CellAddress a, CellValue value) {
    if (sparse_) {
        const auto it = find_cell(cells_, a);
        if (it != cells_.end() && it->address == a) {
            if (is_empty(value))
                cells_.erase(it);
            else
                it->value = std::move(value);
        } else if (!is_empty(value)) {
            if (a.row < origin_.row || a.col < origin_.col || a.row >= origin_.row + rows_ ||
                a.col >= origin_.col + cols_)
                throw std::out_of_range("Grid::set: outside the area");
            cells_.insert(it, GridCell{a, std::move(value)});
        }
        return;
    }
    const int r = a.row - origin_.row, c = a.col - origin_.col;
    if (r < 0 || c < 0 || r >= rows_ || c >= cols_) throw std::out_of_range("Grid::set: outside the area");
    values_[index(r, c)] = std::move(value);
}

const CellValue& Grid::at(CellAddress a) const {
    static const CellValue kEmpty;
    if (sparse_) {
        const auto it = find_cell(cells_, a);
        return it != cells_.end() && it->address == a ? it->value : kEmpty;
    }
    const int r = a.row - origin_.row;
    const int c = a.col - origin_.col;
    if (r < 0 || c < 0 || r >= rows_ || c >= cols_) return kEmpty;
    return values_[index(r, c)];
}

}  // namespace perfeval
