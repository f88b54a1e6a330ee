#include "lang.hpp"

namespace perfeval {

Lang lang_from_tag(std::string_view tag) {
    return tag.size() >= 2 && (tag[0] == 'z' || tag[0] == 'Z') && (tag[1] == 'h' || tag[1] == 'H') ? Lang::zh
                                                                                                   : Lang::en;
}

}  // namespace perfeval
