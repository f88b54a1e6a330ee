#include <gtest/gtest.h>

#include "core/form/grid.hpp"

using perfeval::CellAddress;
using perfeval::CellValue;
using perfeval::Grid;

TEST(A1, ColumnsAndRows) {
    EXPECT_EQ(perfeval::to_a1({0, 0}), "A1");
    EXPECT_EQ(perfeval::to_a1({4, 6}), "G5");
    EXPECT_EQ(perfeval::to_a1({9, 25}), "Z10");
    EXPECT_EQ(perfeval::to_a1({0, 26}), "AA1");
    EXPECT_EQ(perfeval::to_a1({0, 701}), "ZZ1");
    EXPECT_EQ(perfeval::to_a1({0, 702}), "AAA1");
}

TEST(Grid, AddressesAreSheetAddresses) {
    Grid g({2, 1}, 1, 2, {CellValue{1.0}, CellValue{std::string("x")}});
    EXPECT_EQ(std::get<double>(g.at({2, 1})), 1.0);
    EXPECT_EQ(std::get<std::string>(g.at({2, 2})), "x");
    EXPECT_TRUE(perfeval::is_empty(g.at({0, 0})));
    EXPECT_TRUE(perfeval::is_empty(g.at({3, 1})));
    int seen = 0;
    g.for_each([&](CellAddress, const CellValue&) { ++seen; });
    EXPECT_EQ(seen, 2);
}

TEST(Grid, RejectsMismatchedSize) { EXPECT_THROW(Grid({0, 0}, 2, 2, {CellValue{}}), std::invalid_argument); }

TEST(Grid, CellsFarApartAreHeldAsTheyAreNotAsTheirRectangle) {
    // An 845-byte file: A1 and the sheet's last cell. Its rectangle holds a
    // billion cells; the grid holds two.
    const Grid g = Grid::of_cells({{{0, 0}, CellValue{std::string("标题")}}, {{1048575, 1023}, CellValue{7.0}}});
    EXPECT_TRUE(g.is_sparse());
    EXPECT_EQ(g.rows(), 1048576);
    EXPECT_EQ(g.cols(), 1024);
    EXPECT_EQ(std::get<std::string>(g.at({0, 0})), "标题");
    EXPECT_EQ(std::get<double>(g.at({1048575, 1023})), 7.0);
    EXPECT_TRUE(perfeval::is_empty(g.at({1, 1})));
    EXPECT_TRUE(perfeval::is_empty(g.at({2000000, 0})));
    std::vector<std::string> seen;
    g.for_each([&](CellAddress a, const CellValue&) { seen.push_back(perfeval::to_a1(a)); });
    EXPECT_EQ(seen, (std::vector<std::string>{"A1", "AMJ1048576"}));
}

TEST(Grid, CellsCloseTogetherAreADenseRectangleInRowOrder) {
    const Grid g = Grid::of_cells({{{5, 3}, CellValue{2.0}},
                                   {{4, 2}, CellValue{std::string("a")}},
                                   {{4, 2}, CellValue{std::string("b")}},  // the last of an address wins
                                   {{6, 9}, CellValue{}}});                // empty: dropped
    EXPECT_FALSE(g.is_sparse());
    EXPECT_EQ(g.origin(), (CellAddress{4, 2}));
    EXPECT_EQ(g.rows(), 2);
    EXPECT_EQ(g.cols(), 2);
    EXPECT_EQ(std::get<std::string>(g.at({4, 2})), "b");
    EXPECT_EQ(std::get<double>(g.at({5, 3})), 2.0);
    int n = 0;
    g.for_each([&](CellAddress, const CellValue&) { ++n; });
    EXPECT_EQ(n, 2);
    EXPECT_EQ(Grid::of_cells({}).rows(), 0);
}

TEST(A1, ReadBackAndRejected) {
    for (const CellAddress a : {CellAddress{0, 0}, CellAddress{4, 6}, CellAddress{1048575, 1023}, CellAddress{0, 702}})
        EXPECT_EQ(perfeval::parse_a1(perfeval::to_a1(a)), a);
    for (const char* bad : {"", "G", "5", "G0", "g5", "G05", "5G", "G5 ", "G-5"})
        EXPECT_FALSE(perfeval::parse_a1(bad).has_value()) << bad;
}

TEST(A1, ListsAtMostSoManyCells) {
    const std::vector<CellAddress> cells{{4, 7}, {26, 7}, {29, 7}, {13, 6}};
    EXPECT_EQ(perfeval::a1_list({}, 3, ", "), "");
    EXPECT_EQ(perfeval::a1_list({cells[0]}, 3, ", "), "H5");
    EXPECT_EQ(perfeval::a1_list({cells.begin(), cells.begin() + 3}, 3, ", "), "H5, H27, H30");
    EXPECT_EQ(perfeval::a1_list(cells, 3, "、"), "H5、H27、H30 …");
}
