#include "profile.hpp"

#include <boost/algorithm/string/predicate.hpp>

namespace perfeval {

const std::vector<Profile>& profiles() {
    static const std::vector<Profile> kProfiles{
        {.name = "national", .label = {"全国通行规则", "National"}},
        {.name = "linear", .label = {"反向线性扣分", "Linear deduction"}, .reverse = ReverseRule::linear},
        {.name = "uncapped", .label = {"执行率得分不封顶", "Uncapped execution score"}, .cap_exec_score = false},
    };
    return kProfiles;
}

const Profile& default_profile() { return profiles().front(); }

const Profile* find_profile(std::string_view name) {
    for (const auto& p : profiles())
        if (boost::algorithm::iequals(p.name, name)) return &p;
    return nullptr;
}

}  // namespace perfeval
