#include "grid.hpp"

#include <stdexcept>

namespace perfeval {

std::string to_a1(CellAddress address) {
    std::string letters;
    for (int c = address.col + 1; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters + std::to_string(address.row + 1);
}

Grid::Grid(CellAddress origin, int rows, int cols, std::vector<CellValue> values)
    : origin_(origin), rows_(rows), cols_(cols), values_(std::move(values)) {
    if (rows < 0 || cols < 0 || values_.size() != static_cast<size_t>(rows) * static_cast<size_t>(cols))
        throw std::invalid_argument("Grid: values do not fill rows × cols");
}

const CellValue& Grid::at(CellAddress a) const {
    static const CellValue kEmpty;
    const int r = a.row - origin_.row;
    const int c = a.col - origin_.col;
    if (r < 0 || c < 0 || r >= rows_ || c >= cols_) return kEmpty;
    return values_[index(r, c)];
}

}  // namespace perfeval
