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
