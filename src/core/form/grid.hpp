// The cells of one sheet (or range) that a check reads: values that know
// where on the sheet they lie, so every value keeps its sheet address
// ("G5"). Two ways to hold them, one interface: a dense rectangle (a form,
// read in one bulk call) or only the cells that have content, for a sheet
// whose few cells lie far apart (A1 and AMJ1048576): its rectangle would
// hold a billion empty cells.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../cell_value.hpp"

namespace perfeval {

struct CellAddress {
    int row = 0;  // 0-based sheet row
    int col = 0;  // 0-based sheet column
    bool operator==(const CellAddress& o) const { return row == o.row && col == o.col; }
    bool operator<(const CellAddress& o) const { return row != o.row ? row < o.row : col < o.col; }
};

// "A1" notation: {4, 6} → "G5".
std::string to_a1(CellAddress address);
// "G5、H5、H14 …": the first `most` addresses joined by `separator`, and
// " …" when there are more.
std::string a1_list(const std::vector<CellAddress>& cells, size_t most, std::string_view separator);
// "G5" → {4, 6}; nullopt for anything else ("G", "5", "G0", "g5").
std::optional<CellAddress> parse_a1(std::string_view a1);

// Whether `content` cells within a bounding box of `box` cells are best
// held, and read, as that whole rectangle.
bool dense_enough(long long box, long long content);

struct GridCell {
    CellAddress address;
    CellValue value;
};

class Grid {
public:
    Grid() = default;
    // Dense: `values` row-major, rows × cols; origin is the sheet address of values[0].
    Grid(CellAddress origin, int rows, int cols, std::vector<CellValue> values);
    // The given cells, in any order (an address given twice: the last
    // wins); empty values are dropped. The area is their bounding box. Held
    // densely when that box is not much larger than the cells themselves.
    static Grid of_cells(std::vector<GridCell> cells);

    // The bounding area: the rectangle of the dense form, the box around the cells.
    CellAddress origin() const { return origin_; }
    int rows() const { return rows_; }
    int cols() const { return cols_; }
    bool is_sparse() const { return sparse_; }

    // By sheet address; outside the area reads as empty.
    const CellValue& at(CellAddress address) const;
    // Writes one cell, as a fix would (what-if checks). A dense grid takes
    // cells inside its area only: std::out_of_range otherwise.
    void set(CellAddress address, CellValue value);

    // Calls f(address, value) for every non-empty cell, row by row.
    template <class F>
    void for_each(F&& f) const {
        if (sparse_) {
            for (const GridCell& c : cells_) f(c.address, c.value);
            return;
        }
        for (int r = 0; r < rows_; ++r)
            for (int c = 0; c < cols_; ++c) {
                const CellValue& v = values_[index(r, c)];
                if (!is_empty(v)) f(CellAddress{origin_.row + r, origin_.col + c}, v);
            }
    }

private:
    // Row and column inside the area (both ≥ 0) → position in values_.
    size_t index(int r, int c) const {
        return static_cast<size_t>(r) * static_cast<size_t>(cols_) + static_cast<size_t>(c);
    }

    CellAddress origin_;
    int rows_ = 0;
    int cols_ = 0;
    bool sparse_ = false;
    std::vector<CellValue> values_;  // dense
    std::vector<GridCell> cells_;    // sparse: non-empty, sorted by address
};

}  // namespace perfeval
