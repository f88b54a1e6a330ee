// The used area of one sheet, read in one bulk call: a rectangle of cell
// values that knows where on the sheet it lies, so every value keeps its
// sheet address ("G5").
#pragma once

#include <string>
#include <vector>

#include "../cell_value.hpp"

namespace perfeval {

struct CellAddress {
    int row = 0;  // 0-based sheet row
    int col = 0;  // 0-based sheet column
    bool operator==(const CellAddress& o) const { return row == o.row && col == o.col; }
};

// "A1" notation: {4, 6} → "G5".
std::string to_a1(CellAddress address);

class Grid {
public:
    Grid() = default;
    // `values` row-major, rows × cols; origin is the sheet address of values[0].
    Grid(CellAddress origin, int rows, int cols, std::vector<CellValue> values);

    CellAddress origin() const { return origin_; }
    int rows() const { return rows_; }
    int cols() const { return cols_; }

    // By sheet address; outside the area reads as empty.
    const CellValue& at(CellAddress address) const;

    // Calls f(address, value) for every non-empty cell, row by row.
    template <class F>
    void for_each(F&& f) const {
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
    std::vector<CellValue> values_;
};

}  // namespace perfeval
