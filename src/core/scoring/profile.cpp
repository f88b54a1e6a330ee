#include "profile.hpp"

#include <boost/algorithm/string/predicate.hpp>

namespace perfeval {

namespace {

constexpr std::array<GradeBand, 4> kGrades{{{90, "优"}, {80, "良"}, {60, "中"}, {0, "差"}}};

}  // namespace

const std::vector<Profile>& profiles() {
    static const std::vector<Profile> kProfiles{
        {"national",
         {"全国通行规则", "National"},
         {"全国通行规则（执行率得分封顶，反向指标按 目标÷实际 计分）",
          "National practice (execution score capped; reverse indicators target ÷ actual)"},
         true, ReverseRule::ratio, 2, 0.9, 10, kGrades},
        {"linear",
         {"反向线性扣分", "Linear deduction"},
         {"反向指标线性扣分（超出部分按比例扣减，2 倍目标值得 0 分）",
          "Linear deduction for reverse indicators (0 at twice the target)"},
         true, ReverseRule::linear, 2, 0.9, 10, kGrades},
        {"uncapped",
         {"执行率得分不封顶", "Uncapped execution score"},
         {"执行率得分不封顶（执行率 × 分值）", "Uncapped execution score (rate × weight)"},
         false, ReverseRule::ratio, 2, 0.9, 10, kGrades},
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
