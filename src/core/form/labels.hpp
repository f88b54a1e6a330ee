// The labels that identify each part of a form, as published forms write
// them (squeezed: NFKC, no white space). Data, not code: add a synonym here.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace perfeval::labels {

struct Label {
    std::initializer_list<std::string_view> exact;     // the whole cell is one of these
    std::initializer_list<std::string_view> prefixes;  // or starts with one of these
};

bool matches(const std::string& squeezed, const Label& label);

// Indicator table header
extern const Label kLevel1, kLevel2, kLevel3, kTarget, kActual, kWeight, kScore, kReason;
// Budget block
extern const Label kBudgetTotal, kOpeningBudget, kFullYearBudget, kExecuted, kRate;
extern const Label kFiscalFunds, kCarryOver, kOtherFunds;  // project form rows
// Other parts
extern const Label kUnitName, kIncomeSplit, kExpenseSplit, kGoals, kNarrative, kTotalRow;

}  // namespace perfeval::labels
