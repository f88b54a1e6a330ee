#include "seed_fixture.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include <boost/json.hpp>

namespace perfeval::test {

CellAddress from_a1(const std::string& a1) {
    const auto a = parse_a1(a1);
    if (!a) throw std::invalid_argument("not a cell: " + a1);
    return *a;
}

CellMap seed_cells() {
    std::ifstream in(PERFEVAL_SOURCE_DIR "/tests/data/seed-form.cells");
    if (!in) throw std::runtime_error("tests/data/seed-form.cells is missing");
    CellMap cells;
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string ref, kind, value;
        std::getline(fields, ref, '\t');
        std::getline(fields, kind, '\t');
        std::getline(fields, value);
        if (kind == "n")
            cells[ref] = CellValue{std::stod(value)};
        else
            cells[ref] = CellValue{std::string(boost::json::parse(value).as_string().c_str())};
    }
    return cells;
}

Grid to_grid(const CellMap& cells, int shift_rows, int shift_cols) {
    int rows = 0, cols = 0;
    for (const auto& [ref, v] : cells) {
        const auto a = from_a1(ref);
        rows = std::max(rows, a.row + 1);
        cols = std::max(cols, a.col + 1);
    }
    std::vector<CellValue> values(static_cast<size_t>(rows) * cols);
    for (const auto& [ref, v] : cells) {
        const auto a = from_a1(ref);
        values[static_cast<size_t>(a.row) * cols + a.col] = v;
    }
    return Grid({shift_rows, shift_cols}, rows, cols, std::move(values));
}

}  // namespace perfeval::test
