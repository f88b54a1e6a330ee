// Families as data: the shipped files read cleanly, a bureau's own family is
// added from a folder without a rebuild and checks a form of it, a
// malformed file is refused with its file, line and what is wrong, and a
// sheet no family explains is read by role under "generic".
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/form/explain.hpp"
#include "core/form/families.hpp"
#include "core/form/recognize.hpp"
#include "core/report/explain_text.hpp"
#include "core/rules/check.hpp"
#include "core/scoring/profile.hpp"
#include "grid_rows.hpp"

namespace perfeval {
namespace {

namespace fs = std::filesystem;
using namespace test;  // Row, t, n, e, grid_of
using testing::HasSubstr;

std::string scratch(const std::string& name) {
    const auto dir = fs::temp_directory_path() / ("perfeval-families-" + std::to_string(::getpid()) + "-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir.string();
}

void write(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

TEST(ShippedFamilies, ReadWithoutAnError) {
    for (const auto& e : shipped_family_errors()) ADD_FAILURE() << e.text();
    for (const char* id : {"hunan-department", "standard-project", "sichuan-project", "sichuan-department", "four-part",
                           "hubei-project", "national-linkage", "unscored-target", "generic"}) {
        const Family* f = find_family(id);
        ASSERT_NE(f, nullptr) << id;
        EXPECT_FALSE(f->name_zh.empty()) << id;
        EXPECT_FALSE(f->name_en.empty()) << id;
    }
    EXPECT_EQ(find_family("common"), nullptr) << "an abstract file is no family";
    EXPECT_EQ(find_family("nonsense"), nullptr);
}

// A template of the bureau's own (tests/data/families/test-bureau-form.json),
// words no shipped family uses: 资金使用进度 for the rate, 拟定值 / 实现值
// for target and actual, 满分 / 评得 for weight and score.

std::vector<Row> bureau_form(double rate) {
    return {
        {t("2024年度某局专项资金自评表")},
        {e, t("核定预算"), t("实际支出"), t("资金使用进度"), t("满分"), t("评得")},
        {t("资金合计"), n(200), n(180), n(rate), n(10), n(9)},
        {t("考核内容"), t("拟定值"), t("实现值"), t("满分"), t("评得"), t("差异说明")},
        {t("培训人次"), t("≥100人"), t("100人"), n(90), n(90)},
        {t("合计得分"), e, e, n(100), n(99)},
    };
}

TEST(FamilyFolder, AFamilyAddedFromAFolderChecksAFormOfItWithoutARebuild) {
    const auto before = check_sheet(grid_of(bureau_form(0.8)), "S", default_profile());
    EXPECT_NE(before.family, "test-bureau-form");
    EXPECT_TRUE(before.coverage.partial()) << "no shipped family reads this form whole";

    const std::string dir = std::string(PERFEVAL_SOURCE_DIR) + "/tests/data/families";
    const auto errors = add_family_folder(dir);
    for (const auto& e : errors) ADD_FAILURE() << e.text();
    ASSERT_NE(find_family("test-bureau-form"), nullptr);

    const auto r = check_sheet(grid_of(bureau_form(0.8)), "S", default_profile());
    EXPECT_EQ(r.family, "test-bureau-form");
    EXPECT_FALSE(r.coverage.partial());
    // 180 ÷ 200 = 90 %, stated 80 %: the rate is checked by the family's words.
    bool rate = false;
    for (const auto& f : r.findings) rate = rate || (f.rule == "exec-rate" && f.cell && to_a1(*f.cell) == "D3");
    EXPECT_TRUE(rate);
    const auto clean = check_sheet(grid_of(bureau_form(0.9)), "S", default_profile());
    EXPECT_EQ(clean.errors, 0);
}

struct Broken {
    const char* text;
    int line;
    const char* says;
};

TEST(FamilyFolder, AMalformedFileIsRefusedWithItsFileLineAndWhatIsWrong) {
    const Broken cases[] = {
        {"{\n  \"id\": \"x-broken\",\n  \"name\": {\"zh\": \"甲\" \"en\": \"a\"}\n}", 3, "JSON"},
        {"{\n  \"id\": \"x-typo\",\n  \"name\": {\"zh\": \"甲\", \"en\": \"a\"},\n  \"kind\": \"project\",\n"
         "  \"sinature\": [\"x\"],\n  \"indicators\": {\"columns\": [{\"column\": \"level3\", \"exact\": [\"x\"]}]}\n}",
         5, "sinature"},
        {"{\n  \"id\": \"x-column\",\n  \"name\": {\"zh\": \"甲\", \"en\": \"a\"},\n  \"kind\": \"project\",\n"
         "  \"indicators\": {\"columns\": [\n    {\"column\": \"nonsense\", \"exact\": [\"x\"]}]}\n}",
         6, "column"},
        {"{\n  \"id\": \"x-base\",\n  \"base\": \"no-such-family\"\n}", 3, "no-such-family"},
        {"{\n  \"id\": \"x-kind\",\n  \"name\": {\"zh\": \"甲\", \"en\": \"a\"},\n  \"kind\": \"county\",\n"
         "  \"indicators\": {\"columns\": [{\"column\": \"level3\", \"exact\": [\"x\"]}]}\n}",
         4, "kind"},
        {"[1, 2, 3]", 1, "JSON"},
        {"", 1, "JSON"},
        {"{\"id\": \"Bad Id\"}", 1, "id"},
        {"{\"id\": \"x-words\", \"name\": {\"zh\": \"甲\", \"en\": \"a\"}, \"kind\": \"project\",\n"
         " \"signature\": [1, 2],\n \"indicators\": {\"columns\": [{\"column\": \"level3\", \"exact\": [\"x\"]}]}}",
         2, "signature"},
    };
    const std::string dir = scratch("broken");
    int i = 0;
    for (const auto& c : cases) {
        const std::string file = dir + "/" + std::to_string(i++) + ".json";
        write(file, c.text);
        const auto parsed = parse_family_file(c.text, file);
        EXPECT_EQ(parsed.family, nullptr) << c.text;
        ASSERT_FALSE(parsed.errors.empty()) << c.text;
        EXPECT_EQ(parsed.errors[0].file, file);
        EXPECT_EQ(parsed.errors[0].line, c.line) << parsed.errors[0].text();
        EXPECT_THAT(parsed.errors[0].text(), HasSubstr(c.says));
    }
    const size_t known = current_families()->families.size();
    const auto errors = add_family_folder(dir);
    EXPECT_EQ(errors.size() >= std::size(cases), true);
    EXPECT_EQ(current_families()->families.size(), known) << "nothing of a wrong file is taken";
    EXPECT_EQ(find_family("x-typo"), nullptr);
    const auto missing = add_family_folder(dir + "/none");
    ASSERT_EQ(missing.size(), 1u);
    EXPECT_THAT(missing[0].text(), HasSubstr("none"));
    fs::remove_all(dir);
}

// Nothing of any template but the roles' words: read under "generic", its
// rate checked all the same, never forced into the nearest family.
TEST(GenericFamily, AFormOfNoKnownTemplateIsReadByItsRoles) {
    const std::vector<Row> rows{
        {t("2024年度专项资金绩效自评表")},
        {e, t("全年预算数"), t("全年执行数"), t("执行率")},
        {t("年度资金总额"), n(100), n(90), n(0.8)},
        {t("三级指标"), t("年度指标值"), t("实际完成值"), t("偏差原因分析")},
        {t("完成培训"), t("≥100人"), t("80人"), e},
    };
    const auto r = check_sheet(grid_of(rows), "S", default_profile());
    ASSERT_TRUE(r.has_form);
    EXPECT_EQ(r.family, "generic");
    EXPECT_FALSE(r.coverage.partial());
    bool rate = false, reason = false;
    for (const auto& f : r.findings) {
        rate = rate || f.rule == "exec-rate";
        reason = reason || f.rule == "deviation-reason";
    }
    EXPECT_TRUE(rate) << "90 ÷ 100 = 90 %, stated 80 %";
    EXPECT_TRUE(reason) << "80 of ≥100 missed, no reason";
    const auto generic =
        std::find_if(r.findings.begin(), r.findings.end(), [](const Finding& f) { return f.rule == "form-generic"; });
    ASSERT_NE(generic, r.findings.end()) << "unsure of the template: a notice says so";
    EXPECT_EQ(generic->severity, Severity::notice);
    EXPECT_EQ(find_family("generic")->name_zh, "未能确定表样（按通用列名识别）");
}

// A title alone is no family: nothing is forced on the sheet, and the form
// is partial, never clean.
TEST(GenericFamily, ATitleAloneIsPartial) {
    const auto r = check_sheet(grid_of({{t("2024年度部门整体支出绩效自评表")}}), "S", default_profile());
    ASSERT_TRUE(r.has_form);
    EXPECT_EQ(r.family, "generic");
    EXPECT_TRUE(r.coverage.partial());
    EXPECT_GE(r.warnings, 2);
}

}  // namespace
}  // namespace perfeval

namespace perfeval {
namespace {

// What --explain prints for the seed: the family chosen and how well each
// fitted, every header found with its cell, every part with its cell.
TEST(Explain, TheSeedPartByPart) {
    const std::vector<Row> rows{
        {t("2024年度部门整体支出绩效自评表")},
        {e, t("年初预算数"), t("全年预算数"), t("全年执行数"), t("分值"), t("执行率"), t("得分")},
        {t("年度资金总额"), n(100), n(100), n(90), n(10), n(0.9), n(9)},
    };
    const Explanation ex = explain_sheet(grid_of(rows), "表1");
    ASSERT_TRUE(ex.has_form);
    const auto json = explanation_json(ex, Lang::zh);
    const auto lines = explanation_lines(json, Lang::zh);
    std::string all;
    for (const auto& l : lines) all += l + "\n";
    EXPECT_THAT(all, HasSubstr("工作表「表1」"));
    EXPECT_THAT(all, HasSubstr("budget.rate F2"));
    EXPECT_THAT(all, HasSubstr("budget.rate F3"));
    EXPECT_THAT(all, HasSubstr("未找到：绩效指标表")) << all;
    ASSERT_FALSE(ex.fits.empty());
    EXPECT_TRUE(std::is_sorted(ex.fits.begin(), ex.fits.end(),
                               [](const auto& a, const auto& b) { return a.second > b.second; }));
    EXPECT_EQ(ex.roles.at("budget.total"), "A3");
    EXPECT_FALSE(explain_sheet(grid_of({{t("无关")}}), "空").has_form);
}

}  // namespace
}  // namespace perfeval

namespace perfeval {
namespace {

// Fujian's budget block: every row states ③ = ① + ②, ⑤ = ④ ÷ ③ and
// ⑦ = ⑥ ÷ ③ as percent numbers, and the total comes last.
std::vector<Row> fujian(Row first, Row second, Row total) {
    return {
        {t("部门整体支出绩效自评表")},
        {t("财政资金安排和使用情况(万元)"), t("资金结构"), t("年初部门预算安排金额①"), t("年中调整金额②"),
         t("小计③=①+②"), t("年度拨付金额"), t("支出实现率(%)⑤=④/③"), t("本年度结余金额⑥=③-④"), t("资金结余率(%)⑦=⑥/③")},
        std::move(first),
        std::move(second),
        std::move(total),
        {t("年度绩效指标完成情况"), t("一级指标"), t("二级指标"), t("三级指标"), t("绩效目标值"), t("实际完成值"),
         t("评分标准"), t("指标分值"), t("自评得分"), t("未完成原因")},
        {e, t("产出目标"), t("数量目标"), t("抽查个数"), t("9个"), t("9个"), e, n(6), n(6), t("已完成")},
    };
}

std::vector<std::string> rules_at(const SheetReport& r) {
    std::vector<std::string> out;
    for (const auto& f : r.findings)
        if (f.severity == Severity::error) out.push_back(f.rule + " " + (f.cell ? to_a1(*f.cell) : "-"));
    return out;
}

TEST(Fujian, EveryRowIsCheckedOnItsOwnFigures) {
    const Row items{e, t("①项目支出"), n(30), n(0), n(30), n(30), n(100), n(0), n(0)};
    const Row basic{e, t("②基本支出"), n(100.54), n(58.07), n(158.61), n(158.45), n(99.9), n(0.16), n(0.1)};
    const Row total{e, t("合 计"), n(130.54), n(58.07), n(188.61), n(188.45), n(99.92), n(0.16), n(0.08)};
    const auto clean = check_sheet(grid_of(fujian(items, basic, total)), "S", default_profile());
    EXPECT_EQ(clean.family, "fujian-department");
    EXPECT_TRUE(rules_at(clean).empty()) << "99.92 under (%) is 99.92 %";
    EXPECT_TRUE(clean.coverage.budget && clean.coverage.rate);
    // No total row: the table may go on below; no total or grade on a part.
    EXPECT_FALSE(clean.totals.computed_score.has_value());
    EXPECT_TRUE(clean.grade.empty());

    Row wrong_sum = basic, wrong_rate = items, wrong_left = total;
    wrong_sum[4] = n(158.16);  // ③ ≠ ① + ②
    wrong_rate[6] = n(95);     // ⑤ on an item row
    wrong_left[8] = n(0.8);    // ⑦ = 0.16 ÷ 188.61 = 0.08 %
    const auto r = check_sheet(grid_of(fujian(wrong_rate, wrong_sum, wrong_left)), "S", default_profile());
    const auto errors = rules_at(r);
    for (const char* expected : {"exec-rate G3", "budget-adjusted E4", "balance I5"})
        EXPECT_NE(std::find(errors.begin(), errors.end(), expected), errors.end()) << expected;
    for (const auto& f : r.findings) {
        const std::string at = f.cell ? to_a1(*f.cell) : "";
        if (f.rule == "exec-rate" && at == "G3") {
            EXPECT_EQ(f.fix, 100) << "a percent number";
        } else if (f.rule == "budget-adjusted") {
            EXPECT_EQ(f.fix, 158.61);
        } else if (f.rule == "balance" && at == "I5") {
            EXPECT_EQ(f.fix, 0.08);
        }
    }
}

}  // namespace
}  // namespace perfeval
