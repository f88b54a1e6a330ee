#include "units.hpp"

#include <algorithm>
#include <vector>

namespace perfeval::text {
namespace {

// Unit words seen in forms. The longest match wins (平方公里 over 公里,
// 人次 over 人, 个工作日 over 个), whatever the order here.
constexpr std::string_view kUnits[] = {
    "平方公里", "平方米", "立方米", "公里", "千米",   "公顷",     "公斤", "千克", "千瓦", "小时",     "分钟",   "人次",
    "户次",     "课时",   "学时",   "元",   "个",     "项",       "件",   "宗",   "亩",   "人",       "次",     "户",
    "天",       "日",     "年",     "月",   "周",     "家",       "所",   "篇",   "场",   "台",       "套",     "辆",
    "份",       "批",     "期",     "处",   "座",     "条",       "张",   "本",   "册",   "株",       "棵",     "头",
    "只",       "名",     "吨",     "米",   "位",     "间",       "栋",   "层",   "斤",   "倍",       "分",     "起",
    "例",       "单",     "笔",     "字",   "页",     "类",       "种",   "村",   "镇",   "个工作日", "工作日", "个月",
    "季度",     "星期",   "厘米",   "毫米", "千瓦时", "平方千米", "立方", "分贝", "盏",   "根",       "块",     "眼",
    "口",       "所次",   "班",     "艘",   "架"};
constexpr std::string_view kScales[] = {"万", "亿"};         // kept in the unit, never multiplied out
constexpr std::string_view kApproximately[] = {"余", "多"};  // 1.4万余件: dropped

const std::vector<std::string_view>& units_longest_first() {
    static const std::vector<std::string_view> kSorted = [] {
        std::vector<std::string_view> v(std::begin(kUnits), std::end(kUnits));
        std::stable_sort(v.begin(), v.end(), [](auto a, auto b) { return a.size() > b.size(); });
        return v;
    }();
    return kSorted;
}

}  // namespace

size_t read_unit(std::string_view rest, std::string& unit) {
    auto at = [&](size_t pos, std::string_view word) { return rest.substr(pos, word.size()) == word; };
    // Signs, and the words staff write for them (≥100百分比 is ≥100%).
    constexpr std::pair<std::string_view, std::string_view> kSigns[] = {
        {"%", "%"}, {"‰", "‰"}, {"百分比", "%"}, {"百分点", "%"}, {"千分比", "‰"}};
    for (const auto& [sign, as] : kSigns)
        if (at(0, sign)) {
            unit = std::string(as);
            return sign.size();
        }
    std::string_view scale;
    for (auto sc : kScales)
        if (at(0, sc)) scale = sc;
    size_t pos = scale.size();
    for (auto approx : kApproximately)
        if (at(pos, approx)) {
            pos += approx.size();
            break;
        }
    for (auto u : units_longest_first())
        if (at(pos, u)) {
            unit = std::string(scale) + std::string(u);
            return pos + u.size();
        }
    if (!scale.empty()) {  // "1.4万": the scale alone
        unit = std::string(scale);
        return scale.size();
    }
    return 0;
}

bool is_only_unit(std::string_view s) {
    std::string unit;
    const size_t n = read_unit(s, unit);
    return n > 0 && n == s.size();
}

}  // namespace perfeval::text
