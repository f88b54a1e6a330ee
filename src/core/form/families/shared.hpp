// Column words several families share: the standard budget block and
// indicator table (Hunan's department form and the standard project form) and the Sichuan blocks (its
// project and department forms).
#pragma once

#include "../family.hpp"

namespace perfeval::families {

ColumnTable standard_budget_columns();
ColumnTable standard_indicator_columns();
ColumnTable sichuan_budget_columns();
ColumnTable sichuan_indicator_columns();

}  // namespace perfeval::families
