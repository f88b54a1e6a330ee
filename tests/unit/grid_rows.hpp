// Small forms written row by row in a test: t("年度资金总额"), n(100), e.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "core/form/grid.hpp"

namespace perfeval::test {

using Row = std::vector<CellValue>;

inline CellValue t(const char* s) { return CellValue{std::string(s)}; }
inline CellValue n(double v) { return CellValue{v}; }
inline const CellValue e{};

// The rows from A1, each as wide as the widest.
inline Grid grid_of(const std::vector<Row>& rows) {
    int cols = 0;
    for (const auto& r : rows) cols = std::max(cols, static_cast<int>(r.size()));
    std::vector<CellValue> values;
    for (const auto& r : rows) {
        values.insert(values.end(), r.begin(), r.end());
        values.resize(values.size() + static_cast<size_t>(cols) - r.size());
    }
    return Grid({0, 0}, static_cast<int>(rows.size()), cols, std::move(values));
}

}  // namespace perfeval::test
