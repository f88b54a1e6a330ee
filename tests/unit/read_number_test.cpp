#include <gtest/gtest.h>

#include <limits>

#include "core/read_number.hpp"

using perfeval::CellError;
using perfeval::CellValue;
using perfeval::Problem;
using perfeval::read_number;

TEST(ReadNumber, NumbersAndNumericTexts) {
    EXPECT_DOUBLE_EQ(*read_number(CellValue{2481.78}), 2481.78);
    EXPECT_DOUBLE_EQ(*read_number(CellValue{std::string("2,481.78")}), 2481.78);
    EXPECT_DOUBLE_EQ(*read_number(CellValue{std::string("95.60%")}), 0.956);
}

TEST(ReadNumber, EmptyTextAndErrorsAreProblems) {
    EXPECT_EQ(read_number(CellValue{}).problem(), Problem::empty);
    EXPECT_EQ(read_number(CellValue{std::string()}).problem(), Problem::empty);
    EXPECT_EQ(read_number(CellValue{std::string("完成")}).problem(), Problem::not_a_number);
    EXPECT_EQ(read_number(CellValue{CellError{532}}).problem(), Problem::error_value);
    EXPECT_EQ(read_number(CellValue{std::numeric_limits<double>::quiet_NaN()}).problem(), Problem::not_a_number);
}
