// libFuzzer target: a sheet grid → recognize() → every rule → report texts.
//
// Input (tests/fuzz/make_corpus.py writes it):
//   byte 0  rows − 1 (mod 48)      byte 1  cols − 1 (mod 12)
//   byte 2  flags: bits 0–1 profile, bit 2 language, bits 3–4 / 5–7 the
//           grid's origin row / column on the sheet
//   then records, each  row byte, col byte (taken mod rows / cols), a tag:
//     's' text up to the next NUL or the end     'n' a number as text (strtod:
//     "2481.78", "1e308", "nan", "-inf", "0x1p-1074") up to NUL or the end
//     'l' one byte: a label from kLabels         'e' an error cell (#VALUE!)
//     anything else: the cell is empty again
// Later records overwrite earlier ones. Texts get form labels from
// tests/fuzz/form.dict too.
//
// Invariants checked (beyond the sanitizers): no exception escapes; the
// counts match the findings; findings are ordered errors first; a finding's
// cell lies on the grid and a fix is a finite number; the computed total is
// finite; both report texts are produced.
// PERFEVAL_FUZZ_PRINT=1 fuzz_form INPUT prints the findings of one input.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"

#include "core/cell_value.hpp"
#include "core/form/grid.hpp"
#include "core/lang.hpp"
#include "core/scoring/profile.hpp"

// ---- The calls into the core's API ------------------------------------------
// Grid → check (no language) → every text the panel, the report files and
// the command line make of it.
#include "core/report/export.hpp"
#include "core/report/sheet_text.hpp"
#include "core/rules/check.hpp"

namespace api {
using perfeval::Grid;
using perfeval::Lang;
using perfeval::Profile;
using Report = perfeval::SheetReport;

Report check(const Grid& grid, const Profile& profile, Lang) { return perfeval::check_sheet(grid, "表1", profile); }
std::string html(const std::vector<Report>& reports, const Profile& profile, Lang lang) {
    return perfeval::report_html(reports, {"fuzz.ods", "2026-01-01 00:00", std::string(profile.name)}, lang);
}
std::string csv(const std::vector<Report>& reports, const Profile& profile, Lang lang) {
    return perfeval::report_csv(reports, {"fuzz.ods", "2026-01-01 00:00", std::string(profile.name)}, lang);
}
// Every line of every front end, one string per finding.
std::vector<std::string> lines(const Report& report, Lang lang) {
    const perfeval::SheetText text = perfeval::render_sheet(report, lang);
    std::vector<std::string> out{perfeval::summary_line(text, lang)};
    for (const auto& f : text.findings)
        out.push_back(perfeval::finding_line(f, lang) + "\n" + perfeval::list_line(f, lang) + "\n" +
                      perfeval::detail_text(f, lang));
    return out;
}
}  // namespace api
// ------------------------------------------------------------------------------

using namespace perfeval;

namespace {

// Labels and values of the forms (labels.cpp and the seed form), for 'l'.
const char* const kLabels[] = {
    "2024年度部门整体支出绩效自评表",
    "2024年度项目支出绩效自评表",
    "区级预算部门名称",
    "项目名称",
    "年度资金总额",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
    "其中：本年财政拨款",
    "上年结转资金",
    "其他资金",
    "按收入性质分：",
    "按支出性质分：",
    "其中：一般公共预算：2376.49",
    "政府性基金拨款：105.29",
    "其中：基本支出：1641.76",
    "项目支出：840.02",
    "年度总体目标",
    "实际完成情况",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "偏差原因分析及改进措施",
    "总分",
    "合计",
    "产出指标(50分)",
    "效益指标\n\n（30分）",
    "满意度\n指标\n（10分）",
    "数量指标",
    "质量指标",
    "时效指标",
    "成本指标",
    "项目经费不超出预算金额",
    "全年支出控制在预算经费内",
    "守住耕地红线（亩）",
    "≥90%",
    "100%",
    "不超出740.00万元",
    "实际支出734.73万元",
    "1.4万件",
    "完成",
    "全面落实",
    "2024年度年初绩效目标任务已基本完成",
    "守住44.02万亩耕地",
    "≤",
    "≥",
    "=",
    "万元",
    "%",
    "　2",
    "95.60%",
    "2,481.78",
    "年度预\n算申请\n（万元）",
    "执 行 率",
    "权重",
    "自评得分",
    "未完成原因",
    // The other template families (src/core/form/families/): appended, so the
    // corpus's earlier indices keep their labels.
    "报表编号:510000_0013zp",
    "预算执行情况(10分)",
    "调整后预算数",
    "预算执行数",
    "预算执行率",
    "总额",
    "其中:财政资金",
    "财政专户管理资金",
    "/",
    "绩效指标(90分)",
    "指标性质",
    "指标值",
    "度量单位",
    "完成值",
    "未完成原因分析",
    "调整预算数(A)",
    "全年执行数(B)",
    "执行率(B/A)",
    "项目决策(10分)",
    "项目管理(25分)",
    "全年实际值(B)",
    "参考分值",
    "指标1:",
    "……",
    "年度财政资金总额",
    "年度绩效目标(80分)",
    "预算数(A)",
    "得分(20分*执行率)",
    "年初目标值(A)",
    "评价结论",
    "部门名称",
};
constexpr size_t kLabelCount = sizeof kLabels / sizeof kLabels[0];

struct Input {
    const std::uint8_t* p;
    const std::uint8_t* end;
    bool more() const { return p < end; }
    std::uint8_t byte() { return p < end ? *p++ : 0; }
    std::string until_nul() {
        const std::uint8_t* start = p;
        while (p < end && *p != 0) ++p;
        std::string s(reinterpret_cast<const char*>(start), static_cast<size_t>(p - start));
        if (p < end) ++p;  // the NUL
        return s;
    }
};

Grid grid_of(Input& in, int rows, int cols, CellAddress origin) {
    std::vector<CellValue> cells(static_cast<size_t>(rows) * cols);
    while (in.more()) {
        const int r = in.byte() % rows, c = in.byte() % cols;
        CellValue& cell = cells[static_cast<size_t>(r) * cols + c];
        switch (in.byte()) {
            case 's': cell = in.until_nul(); break;
            case 'n': cell = std::strtod(in.until_nul().c_str(), nullptr); break;
            case 'l': cell = std::string(kLabels[in.byte() % kLabelCount]); break;
            case 'e': cell = CellError{502}; break;
            default: cell = CellValue{}; break;
        }
    }
    return Grid(origin, rows, cols, std::move(cells));
}

void check_report(const api::Report& report, const Grid& grid) {
    CHECK(static_cast<size_t>(report.errors + report.warnings + report.notices) == report.findings.size());
    for (size_t i = 0; i < report.findings.size(); ++i) {
        const Finding& f = report.findings[i];
        CHECK(!f.rule.empty());
        if (i > 0) CHECK(report.findings[i - 1].severity <= f.severity);
        if (f.fix) CHECK(std::isfinite(*f.fix));
        if (f.cell) {
            CHECK(f.cell->row >= grid.origin().row && f.cell->row < grid.origin().row + grid.rows());
            CHECK(f.cell->col >= grid.origin().col && f.cell->col < grid.origin().col + grid.cols());
        }
    }
    if (report.totals.computed_score) CHECK(std::isfinite(*report.totals.computed_score));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
    if (size < 3 || size > 32768) return 0;
    Input in{data, data + size};
    const int rows = 1 + in.byte() % 48;
    const int cols = 1 + in.byte() % 12;
    const std::uint8_t flags = in.byte();
    const Profile& profile = profiles()[(flags & 3) % profiles().size()];
    const Lang lang = (flags & 4) ? Lang::en : Lang::zh;
    const CellAddress origin{(flags >> 3) & 3, (flags >> 5) & 7};
    const Grid grid = grid_of(in, rows, cols, origin);

    const api::Report report = api::check(grid, profile, lang);
    check_report(report, grid);
    static const bool print = std::getenv("PERFEVAL_FUZZ_PRINT") != nullptr;  // to look at one input
    for (const auto& line : api::lines(report, lang)) {
        CHECK(!line.empty());
        if (print) std::fprintf(stderr, "%s\n", line.c_str());
    }
    const std::vector<api::Report> reports{report};
    const std::string html = api::html(reports, profile, lang);
    CHECK(html.find("</html>") != std::string::npos);
    const std::string csv = api::csv(reports, profile, lang);
    CHECK(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    return 0;
}
