#include "exec_rate.hpp"

#include <cmath>

namespace perfeval {

Expected<double> exec_rate(double executed, double budget) {
    if (budget == 0) return Problem::zero_budget;
    if (budget < 0) return Problem::negative_budget;
    if (executed < 0) return Problem::negative_amount;
    const double rate = executed / budget;
    if (!std::isfinite(rate)) return Problem::not_a_number;  // 1E308 over 1E-308: no rate to show
    return rate;
}

}  // namespace perfeval
