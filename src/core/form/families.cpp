#include "family.hpp"

namespace perfeval {

namespace families {
// One table per family, in families/*.cpp.
extern const Family kHunanDepartment, kStandardProject, kSichuanProject, kSichuanDepartment, kFourPart, kHubeiProject;
}  // namespace families

std::initializer_list<const Family*> all_families() {
    using namespace families;
    // Order breaks ties: the more specific layouts first.
    static const std::initializer_list<const Family*> kAll{&kSichuanProject, &kSichuanDepartment, &kFourPart,
                                                           &kHubeiProject,   &kStandardProject,   &kHunanDepartment};
    return kAll;
}

const Family* find_family(std::string_view id) {
    for (const Family* f : all_families())
        if (f->id == id) return f;
    return nullptr;
}

}  // namespace perfeval
