// The seed form as a grid, read from tests/data/seed-form.cells (written by
// extension/samples/make_seed_form.py from the same data as the .ods), and
// small helpers to change, move or trim it for other cases.
#pragma once

#include <map>
#include <string>

#include "core/form/grid.hpp"

namespace perfeval::test {

// Cells by A1 name; the grid is built from this so tests can edit it.
using CellMap = std::map<std::string, CellValue>;

CellMap seed_cells();
// The grid covering A1 to the last used cell, moved by (rows, cols).
Grid to_grid(const CellMap& cells, int shift_rows = 0, int shift_cols = 0);

CellAddress from_a1(const std::string& a1);

}  // namespace perfeval::test
