// The two languages PerfEval speaks to its users.
#pragma once

#include <string_view>

namespace perfeval {

enum class Lang { zh, en };

// "zh", "zh-CN", "zh_TW" … → zh; anything else → en.
Lang lang_from_tag(std::string_view tag);

}  // namespace perfeval
