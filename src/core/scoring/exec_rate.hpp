// 执行率: full-year executed amount ÷ full-year (adjusted) budget.
// The budget is 全年预算数 (the adjusted budget), never 年初预算数.
#pragma once

#include "../expected.hpp"

namespace perfeval {

Expected<double> exec_rate(double executed, double budget);

}  // namespace perfeval
