#include "profile.hpp"

#include <boost/algorithm/string/predicate.hpp>

namespace perfeval {

const std::vector<Profile>& profiles() {
    static const std::vector<Profile> kProfiles{
        {.name = "national", .label = {"全国通行规则", "National"}},
        {.name = "linear", .label = {"反向线性扣分", "Linear deduction"}, .reverse = ReverseRule::linear},
        {.name = "uncapped", .label = {"执行率得分不封顶", "Uncapped execution score"}, .cap_exec_score = false},
        // Bureaus that also want over-achievement (≥ 30 % above target) explained.
        {.name = "strict",
         .label = {"超额完成也须说明原因", "Explain over-achievement too"},
         .reason_when_exceeded = true},
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
