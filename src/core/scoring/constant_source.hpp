// A number a formula holds as a constant because its cell holds a text
// ("≥90%" → 0.9): the formula's cell gets a comment quoting the text.
#pragma once

#include <string>

namespace perfeval {

struct ConstantSource {
    std::string where;  // the text's cell, A1 ("E23", or "Sheet2.E23")
    std::string text;   // as written
    std::string value;  // as the formula holds it
};

}  // namespace perfeval
