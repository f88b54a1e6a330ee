// Grid → form model: finds the form by its labels, wherever it starts on the
// sheet, and reads every part it can. A partial form is returned with the
// missing parts named; a sheet without any of the form's labels gives none.
#pragma once

#include <optional>

#include "form_model.hpp"

namespace perfeval {

std::optional<FormModel> recognize(const Grid& grid);

}  // namespace perfeval
