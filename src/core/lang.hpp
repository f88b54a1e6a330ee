// The two languages PerfEval speaks to its users, and a text in both.
#pragma once

#include <string_view>

namespace perfeval {

enum class Lang { zh, en };

// "zh", "zh-CN", "zh_TW" … → zh; anything else → en.
Lang lang_from_tag(std::string_view tag);

struct LocalText {
    std::string_view zh;
    std::string_view en;
    std::string_view in(Lang lang) const { return lang == Lang::zh ? zh : en; }
};

}  // namespace perfeval
