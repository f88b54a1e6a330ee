#include "exec_rate.hpp"

namespace perfeval {

Expected<double> exec_rate(double executed, double budget) {
    if (budget == 0) return Problem::zero_budget;
    if (budget < 0) return Problem::negative_budget;
    if (executed < 0) return Problem::negative_amount;
    return executed / budget;
}

}  // namespace perfeval
