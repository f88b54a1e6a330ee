// perfeval-check, the command-line checker, as a finance bureau runs it:
// many files at once, text or JSON, exit codes. It talks to this binary's
// office through --connect, so the test also proves that path.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>

#include <boost/json.hpp>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XUnnamedDatabaseRanges.hpp>
#include <com/sun/star/sheet/XViewFreezable.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <osl/file.hxx>

#include "office_env.hpp"

namespace perfeval::test {
namespace {

namespace fs = std::filesystem;
namespace json = boost::json;
using testing::HasSubstr;

const std::string kFixtures = std::string(PERFEVAL_SOURCE_DIR) + "/tests/fixtures/";
const std::string kSeed = std::string(PERFEVAL_SOURCE_DIR) + "/extension/samples/seed-form.ods";

ShellRun run_cli(const std::string& args) {
    return shell(std::string("'") + PERFEVAL_CHECK_BIN + "' --connect " + office().pipe_name() + " " + args);
}

const json::object* file_entry(const json::value& doc, const std::string& suffix) {
    for (const auto& f : doc.at("files").as_array()) {
        const std::string path(f.at("path").as_string());
        if (path.size() >= suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0)
            return &f.as_object();
    }
    return nullptr;
}

TEST(Cli, JsonForManyFilesWithOneBrokenAmongThem) {
    const auto r = run_cli("--json '" + kSeed + "' '" + kFixtures + "not-a-spreadsheet.xlsx' '" + kFixtures +
                           "several-forms.ods' '" + kFixtures + "no-form.ods' '" + kFixtures + "seed-corrected.ods'");
    EXPECT_EQ(r.exit_code, 2);  // some files could not be checked
    const json::value doc = json::parse(r.out);
    ASSERT_EQ(doc.at("files").as_array().size(), 5u);

    const auto* seed = file_entry(doc, "seed-form.ods");
    ASSERT_NE(seed, nullptr);
    EXPECT_EQ(seed->at("status").as_string(), "ok");
    const auto& form = seed->at("forms").as_array().at(0).as_object();
    EXPECT_EQ(form.at("kind").as_string(), "department");
    EXPECT_EQ(form.at("range").as_string(), "A2:I37");
    const auto& summary = form.at("summary").as_object();
    EXPECT_EQ(summary.at("errors").as_int64(), 3);
    EXPECT_EQ(summary.at("warnings").as_int64(), 2);
    EXPECT_DOUBLE_EQ(summary.at("total_score").as_double(), 100);
    EXPECT_DOUBLE_EQ(summary.at("computed_score").as_double(), 100);
    EXPECT_EQ(summary.at("grade").as_string(), "优");
    const auto& coverage = form.at("coverage").as_object();
    EXPECT_EQ(coverage.at("status").as_string(), "complete");
    EXPECT_EQ(coverage.at("budget").at("rate").as_bool(), true);
    EXPECT_EQ(coverage.at("budget").at("score").as_bool(), true);
    EXPECT_EQ(coverage.at("indicators").at("rows").as_int64(), 23);
    EXPECT_EQ(coverage.at("indicators").at("checked").as_int64(), 14);
    EXPECT_EQ(coverage.at("indicators").at("qualitative").as_int64(), 9);
    EXPECT_EQ(coverage.at("total").at("where").as_string(), "row");
    EXPECT_EQ(coverage.at("total").at("checked").as_bool(), true);
    bool rate = false;
    for (const auto& f : form.at("findings").as_array())
        if (f.at("rule").as_string() == "exec-rate") {
            rate = true;
            EXPECT_EQ(f.at("cell").as_string(), "G5");
            EXPECT_EQ(f.at("severity").as_string(), "error");
            EXPECT_EQ(f.at("expected").as_string(), "100.00%");
            EXPECT_EQ(f.at("actual").as_string(), "95.60%");
            EXPECT_EQ(f.at("sheet").as_string(), "部门整体支出绩效自评表");
        }
    EXPECT_TRUE(rate);

    EXPECT_EQ(file_entry(doc, "not-a-spreadsheet.xlsx")->at("status").as_string(), "unreadable");
    EXPECT_EQ(file_entry(doc, "no-form.ods")->at("status").as_string(), "no-form");
    EXPECT_EQ(file_entry(doc, "several-forms.ods")->at("forms").as_array().size(), 2u);
    EXPECT_EQ(file_entry(doc, "seed-corrected.ods")->at("status").as_string(), "ok");
}

// Files as the bureau receives them: password-protected (.ods and .xls),
// and CSV exports of a form in UTF-8 and in GB18030 (what Excel writes in
// China).
TEST(Cli, PasswordProtectedFilesAndCsvInBothEncodings) {
    const std::string dir = scratch_dir() + "/received";
    fs::create_directories(dir);
    {
        DocumentGuard doc(load_document(kSeed));
        // (LibreOffice 7.4 writes no encrypted .xlsx; .ods and .xls it does.)
        for (const auto& [file, filter] :
             {std::pair<std::string, std::string>{"locked.ods", "calc8"}, {"locked.xls", "MS Excel 97"}}) {
            css::uno::Sequence<css::beans::PropertyValue> props(2);
            props[0].Name = "FilterName";
            props[0].Value <<= ou(filter);
            props[1].Name = "Password";
            props[1].Value <<= ou("secret");
            Reference<css::frame::XStorable>(doc.get(), css::uno::UNO_QUERY_THROW)
                ->storeToURL(ou(perfeval::office::file_url(dir + "/" + file)), props);
        }
        css::uno::Sequence<css::beans::PropertyValue> props(2);
        props[0].Name = "FilterName";
        props[0].Value <<= ou("Text - txt - csv (StarCalc)");
        props[1].Name = "FilterOptions";
        props[1].Value <<= ou("44,34,76,1");  // UTF-8
        Reference<css::frame::XStorable>(doc.get(), css::uno::UNO_QUERY_THROW)
            ->storeToURL(ou(perfeval::office::file_url(dir + "/utf8.csv")), props);
    }
    ASSERT_EQ(std::system(("iconv -f UTF-8 -t GB18030 '" + dir + "/utf8.csv' > '" + dir + "/gb18030.csv'").c_str()), 0);

    const auto r = run_cli("--json '" + dir + "/locked.ods' '" + dir + "/locked.xls' '" + dir + "/utf8.csv' '" + dir +
                           "/gb18030.csv'");
    const json::value doc = json::parse(r.out);
    for (const char* locked : {"locked.ods", "locked.xls"}) {
        const auto* f = file_entry(doc, locked);
        ASSERT_NE(f, nullptr) << locked;
        EXPECT_EQ(f->at("status").as_string(), "encrypted") << locked;
        EXPECT_THAT(std::string(f->at("message").as_string()), HasSubstr("密码保护")) << locked;
    }
    for (const char* csv : {"utf8.csv", "gb18030.csv"}) {
        const auto* f = file_entry(doc, csv);
        ASSERT_NE(f, nullptr) << csv;
        EXPECT_EQ(f->at("status").as_string(), "ok") << csv;
        ASSERT_FALSE(f->at("forms").as_array().empty()) << csv;
        EXPECT_EQ(f->at("forms").as_array()[0].at("unit").as_string(), "岳阳市君山区自然资源局") << csv;
    }
    EXPECT_EQ(r.exit_code, 2) << "two files could not be checked";
}

// ---- the summary workbook ----------------------------------------------------

using Table = std::vector<std::vector<std::string>>;

// A sheet's used area as text (numbers in their shortest form, an error
// value "#ERROR"), as read through the office.
Table sheet_table(const Reference<css::sheet::XSpreadsheet>& sheet) {
    const auto data = used_area_data(sheet);
    Table out;
    for (const auto& row : data) {
        out.emplace_back();
        for (const auto& v : row) {
            double d;
            rtl::OUString s;
            if (v >>= d) {
                std::ostringstream n;
                n << d;
                out.back().push_back(n.str());
            } else if (v >>= s) {
                out.back().push_back(utf8(s));
            } else {
                out.back().push_back("#ERROR");
            }
        }
    }
    return out;
}

std::string number_text(const json::value& v) {
    if (v.is_null()) return "";
    std::ostringstream n;
    n << v.to_number<double>();
    return n.str();
}

// The 汇总 and 问题明细 tables against the --json document of the same run:
// a row per form (and per file without one), a row per finding, errors
// first.
void expect_summary_matches(const Table& forms, const Table& findings, const json::value& doc) {
    ASSERT_FALSE(forms.empty());
    EXPECT_EQ(forms[0], (std::vector<std::string>{"文件", "工作表", "单位", "表样", "类型", "状态", "错误", "警告",
                                                  "提示", "表内总分", "更正后总分", "等级", "核对范围", "说明"}));
    size_t form_rows = 0, finding_rows = 0;
    for (const auto& f : doc.at("files").as_array()) {
        const std::string path(f.at("path").as_string());
        const auto& forms_of = f.at("forms").as_array();
        if (forms_of.empty()) {
            ++form_rows;
            const auto row = std::find_if(forms.begin(), forms.end(), [&](const auto& r) { return r[0] == path; });
            ASSERT_NE(row, forms.end()) << path;
            EXPECT_EQ((*row)[13], std::string(f.at("message").as_string())) << path;
            EXPECT_EQ((*row)[6], "") << path;
            continue;
        }
        for (const auto& form : forms_of) {
            ++form_rows;
            const std::string sheet(form.at("sheet").as_string());
            const auto row =
                std::find_if(forms.begin(), forms.end(), [&](const auto& r) { return r[0] == path && r[1] == sheet; });
            ASSERT_NE(row, forms.end()) << path << " " << sheet;
            const auto& sum = form.at("summary");
            EXPECT_EQ((*row)[2], std::string(form.at("unit").as_string()));
            EXPECT_EQ((*row)[5], "已检查");
            EXPECT_EQ((*row)[6], number_text(sum.at("errors")));
            EXPECT_EQ((*row)[7], number_text(sum.at("warnings")));
            EXPECT_EQ((*row)[8], number_text(sum.at("notices")));
            EXPECT_EQ((*row)[9], number_text(sum.at("total_score")));
            EXPECT_EQ((*row)[10], number_text(sum.at("computed_score")));
            // What was checked, in words, as the text report says it.
            const bool partial = form.at("coverage").at("status").as_string() == "partial";
            EXPECT_EQ((*row)[12].rfind(partial ? "核对范围（不完整）：" : "核对范围：", 0), 0u) << (*row)[12];
            finding_rows += form.at("findings").as_array().size();
            for (const auto& finding : form.at("findings").as_array()) {
                const auto hit = std::find_if(findings.begin(), findings.end(), [&](const auto& r) {
                    return r[0] == path && r[1] == sheet && r[2] == finding.at("cell").as_string() &&
                           r[5] == finding.at("rule").as_string() && r[6] == finding.at("message").as_string();
                });
                EXPECT_NE(hit, findings.end()) << path << " " << finding;
            }
        }
    }
    EXPECT_EQ(forms.size(), form_rows + 1);
    EXPECT_EQ(findings.size(), finding_rows + 1);
    // Errors first: files not checked, then forms with errors.
    EXPECT_EQ(forms.at(1)[5], "无法读取");
    EXPECT_NE(forms.at(2)[6], "0");
    for (size_t i = 2; i < findings.size(); ++i) {
        static const std::map<std::string, int> rank{{"错误", 0}, {"警告", 1}, {"提示", 2}};
        EXPECT_LE(rank.at(findings[i - 1][3]), rank.at(findings[i][3])) << "row " << i;
    }
}

const std::string kSummaryInputs = "'" + kFixtures + "seed-corrected.ods' '" + kFixtures + "several-forms.ods' '" +
                                   kFixtures + "no-form.ods' '" + kSeed + "' '" + kFixtures + "not-a-spreadsheet.xlsx'";

TEST(Cli, SummaryWorkbookAgreesWithJson) {
    for (const char* name : {"summary.xlsx", "summary.ods"}) {
        SCOPED_TRACE(name);
        const std::string book = scratch_dir() + "/" + name;
        const auto r = run_cli("--json --summary '" + book + "' " + kSummaryInputs);
        EXPECT_EQ(r.exit_code, 2);
        const json::value doc = json::parse(r.out);
        DocumentGuard loaded(load_document(book, /*read_only=*/true, /*hidden=*/true));
        const auto sheets = loaded.get()->getSheets();
        ASSERT_EQ(utf8(sheets->getElementNames()[0]), "汇总");
        ASSERT_EQ(utf8(sheets->getElementNames()[1]), "问题明细");
        const Reference<css::sheet::XSpreadsheet> forms(sheets->getByName(ou("汇总")), css::uno::UNO_QUERY_THROW);
        const Reference<css::sheet::XSpreadsheet> findings(sheets->getByName(ou("问题明细")),
                                                           css::uno::UNO_QUERY_THROW);
        expect_summary_matches(sheet_table(forms), sheet_table(findings), doc);

        // As the bureau opens it: the header row frozen, an autofilter over
        // each table, no column a screen wide.
        const Reference<css::frame::XModel> model(loaded.get(), css::uno::UNO_QUERY_THROW);
        const Reference<css::sheet::XSpreadsheetView> view(model->getCurrentController(), css::uno::UNO_QUERY_THROW);
        const Reference<css::beans::XPropertySet> props(loaded.get(), css::uno::UNO_QUERY_THROW);
        const Reference<css::sheet::XUnnamedDatabaseRanges> filters(props->getPropertyValue("UnnamedDatabaseRanges"),
                                                                    css::uno::UNO_QUERY_THROW);
        for (sal_Int32 i = 0; i < 2; ++i) {
            const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(sheets->getElementNames()[i]),
                                                            css::uno::UNO_QUERY_THROW);
            view->setActiveSheet(sheet);
            EXPECT_TRUE(Reference<css::sheet::XViewFreezable>(view, css::uno::UNO_QUERY_THROW)->hasFrozenPanes())
                << "sheet " << i;
            ASSERT_TRUE(filters->hasByTable(i)) << "sheet " << i;
            bool autofilter = false;
            Reference<css::beans::XPropertySet>(filters->getByTable(i), css::uno::UNO_QUERY_THROW)
                ->getPropertyValue("AutoFilter") >>= autofilter;
            EXPECT_TRUE(autofilter) << "sheet " << i;
            const auto columns = Reference<css::table::XColumnRowRange>(sheet, css::uno::UNO_QUERY_THROW)->getColumns();
            for (sal_Int32 c = 0; c < 9; ++c) {
                sal_Int32 width = 0;
                Reference<css::beans::XPropertySet>(columns->getByIndex(c), css::uno::UNO_QUERY_THROW)
                    ->getPropertyValue("Width") >>= width;
                EXPECT_GE(width, 1400) << "sheet " << i << " column " << c;
                EXPECT_LE(width, 8100) << "sheet " << i << " column " << c;
            }
        }
    }
}

// A summary the bureau still has open (LibreOffice's lock file beside it):
// the results stand, the message says what to do, the exit code says it.
TEST(Cli, ASummaryOpenElsewhereIsNamedAsSuch) {
    const std::string book = scratch_dir() + "/open.xlsx";
    ASSERT_EQ(run_cli("--summary '" + book + "' '" + kSeed + "'").exit_code, 1);
    std::ofstream(scratch_dir() + "/.~lock.open.xlsx#") << ",someone,host,28.11.2026 10:00,someone;\n";
    const auto r = run_cli("--jsonl --summary '" + book + "' '" + kSeed + "' 2>&1");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_THAT(r.out, HasSubstr("\"status\":\"ok\"")) << "the results come first";
    EXPECT_THAT(r.out, HasSubstr("正在 Excel 或 LibreOffice 中打开"));
}

TEST(Cli, SummaryAsTwoCsvFiles) {
    const std::string csv = scratch_dir() + "/汇总 表.csv";
    const auto r = run_cli("--json --summary '" + csv + "' " + kSummaryInputs);
    EXPECT_EQ(r.exit_code, 2);
    const json::value doc = json::parse(r.out);
    const std::string findings_csv = scratch_dir() + "/汇总 表-findings.csv";
    Table tables[2];
    int n = 0;
    for (const std::string& path : {csv, findings_csv}) {
        std::ifstream in(path, std::ios::binary);
        std::string bom(3, '\0');
        in.read(bom.data(), 3);
        EXPECT_EQ(bom, "\xEF\xBB\xBF") << path;
        perfeval::office::LoadOptions load{/*hidden=*/true, /*read_only=*/true};
        load.filter = "Text - txt - csv (StarCalc)";
        load.filter_options = "44,34,76,1";
        DocumentGuard loaded(Reference<css::sheet::XSpreadsheetDocument>(
            perfeval::office::load(office(), perfeval::office::file_url(path), load), css::uno::UNO_QUERY_THROW));
        tables[n++] = sheet_table(first_sheet(loaded.get()));
    }
    expect_summary_matches(tables[0], tables[1], doc);
}

// A copy of a form with rows [from, to) (0-based) taken out, as .ods.
std::string cut_copy(const std::string& path, int from, int to, const std::string& name) {
    const std::string out = scratch_dir() + "/" + name;
    DocumentGuard doc(load_document(path, /*read_only=*/false, /*hidden=*/true));
    Reference<css::table::XColumnRowRange>(first_sheet(doc.get()), css::uno::UNO_QUERY_THROW)
        ->getRows()
        ->removeByIndex(from, to - from);
    css::uno::Sequence<css::beans::PropertyValue> props(1);
    props[0].Name = "FilterName";
    props[0].Value <<= ou("calc8");
    Reference<css::frame::XStorable>(doc.get(), css::uno::UNO_QUERY_THROW)
        ->storeToURL(ou(perfeval::office::file_url(out)), props);
    return out;
}

TEST(Cli, ExitCodes) {
    EXPECT_EQ(run_cli("'" + kFixtures + "seed-corrected.ods'").exit_code, 0);
    EXPECT_EQ(run_cli("'" + kSeed + "'").exit_code, 1);
    // Nothing, or not everything, was checked: never 0.
    EXPECT_EQ(run_cli("'" + kFixtures + "no-form.ods'").exit_code, 2);
    // The corrected seed without its indicator table (rows 10 on), and
    // without its budget block (rows 3–9): each is partial, 2 — and 1 once
    // the part that was read holds an error (the seed's own G5).
    const std::string no_table = cut_copy(kFixtures + "seed-corrected.ods", 9, 40, "no-table.ods");
    const std::string no_budget = cut_copy(kFixtures + "seed-corrected.ods", 2, 9, "no-budget.ods");
    const std::string seed_no_table = cut_copy(kSeed, 9, 40, "seed-no-table.ods");
    for (const auto& [file, code] : {std::pair{no_table, 2}, std::pair{no_budget, 2}, std::pair{seed_no_table, 1}}) {
        const auto r = run_cli("--json '" + file + "'");
        EXPECT_EQ(r.exit_code, code) << file << "\n" << r.out;
        const json::value doc = json::parse(r.out);
        const auto& f = doc.at("files").as_array().at(0);
        EXPECT_EQ(f.at("status").as_string(), "partial") << file;
        const auto& form = f.at("forms").as_array().at(0);
        EXPECT_EQ(form.at("coverage").at("status").as_string(), "partial") << file;
        bool warned = false;
        for (const auto& finding : form.at("findings").as_array())
            warned = warned || (finding.at("rule").as_string() == "form-unchecked" &&
                                finding.at("severity").as_string() == "warning");
        EXPECT_TRUE(warned) << file << ": the warning names what went unchecked";
    }
    const auto text = run_cli("'" + no_budget + "'");
    EXPECT_THAT(text.out, HasSubstr("核对范围（不完整）：预算执行 未识别"));
    EXPECT_THAT(text.out, HasSubstr("未识别预算执行情况：执行率与得分未核对"));
    EXPECT_EQ(run_cli("/no/such/file.ods").exit_code, 2);
    EXPECT_EQ(run_cli("--profile nope '" + kSeed + "'").exit_code, 2);
    EXPECT_EQ(run_cli("").exit_code, 2);  // usage
    EXPECT_EQ(run_cli("--jobs 0 '" + kSeed + "'").exit_code, 2);
    EXPECT_EQ(run_cli("--explain --summary s.xlsx '" + kSeed + "'").exit_code, 2) << "nothing checked to sum up";
    // The summary never overwrites an input nor lands where inputs are walked.
    const auto onto = run_cli("--summary '" + kSeed + "' '" + kSeed + "' 2>&1");
    EXPECT_EQ(onto.exit_code, 2);
    EXPECT_THAT(onto.out, HasSubstr("is an input: it would be overwritten"));
    const std::string samples = fs::path(kSeed).parent_path().string();
    const auto into = run_cli("--summary '" + samples + "/汇总.xlsx' '" + samples + "' 2>&1");
    EXPECT_EQ(into.exit_code, 2);
    EXPECT_THAT(into.out, HasSubstr("lies in the input directory"));
    EXPECT_FALSE(fs::exists(samples + "/汇总.xlsx"));
    EXPECT_EQ(run_cli("--explain '" + kSeed + "'").exit_code, 0) << "every file read";
    const auto pdf = run_cli("--summary out.pdf '" + kSeed + "' 2>&1");
    EXPECT_EQ(pdf.exit_code, 2);
    EXPECT_THAT(pdf.out, HasSubstr("--summary must name a .xlsx, .ods or .csv file"));
    const auto nowhere = run_cli("--summary /no/such/dir/s.xlsx '" + kSeed + "' 2>&1");
    EXPECT_EQ(nowhere.exit_code, 2);
    EXPECT_THAT(nowhere.out, HasSubstr("no such directory"));
}

// A file name with a newline or a terminal escape prints on one line, as
// \xHH, in the text report and in the JSON: it cannot forge a line.
TEST(Cli, AFileNameCannotForgeALine) {
    const std::string dir = scratch_dir() + "/names";
    fs::create_directories(dir);
    const std::string odd = dir + "/a\n✗ 错误 G5 [exec-rate] forged\x1B[0m.ods";
    fs::copy_file(kSeed, odd, fs::copy_options::overwrite_existing);
    const auto text = run_cli("'" + odd + "'");
    EXPECT_EQ(text.exit_code, 1);
    EXPECT_THAT(text.out, HasSubstr("/a\\x0A✗ 错误 G5 [exec-rate] forged\\x1B[0m.ods"));
    EXPECT_EQ(text.out.find("\n✗ 错误 G5 [exec-rate] forged"), std::string::npos) << text.out;
    EXPECT_EQ(text.out.find('\x1B'), std::string::npos);
    const auto js = run_cli("--json '" + odd + "'");
    const json::value doc = json::parse(js.out);
    EXPECT_THAT(std::string(doc.at("files").at(0).at("path").as_string()), HasSubstr("a\\x0A✗"));
    EXPECT_EQ(doc.at("files").at(0).at("status").as_string(), "ok") << "the file itself is still read";
}

TEST(Cli, ReadableReportInChineseAndEnglish) {
    const auto zh = run_cli("'" + kSeed + "'");
    EXPECT_THAT(zh.out, HasSubstr("G5 [exec-rate]"));
    // The summary as the panel and the report files write it (one text layer).
    EXPECT_THAT(zh.out, HasSubstr("错误 3 · 警告 2 · 提示 1 · 总分：表内 100，更正后 100 · 等级 优"));
    EXPECT_THAT(
        zh.out,
        HasSubstr("✗ 错误 H5 [exec-score] 执行率得分填写为 9，但 执行率 × 分值 = 100.00% × 10 = 10（封顶于分值）"));
    const auto en = run_cli("--lang en --profile linear '" + kSeed + "'");
    EXPECT_THAT(
        en.out,
        HasSubstr("Errors 3 · Warnings 2 · Notices 1 · Total: stated 100, after corrections 100 · Grade Excellent"));
    EXPECT_THAT(en.out, HasSubstr("✗ error G5 [exec-rate] The execution rate states 95.60%"));
}

// ---- file URLs and paths that need escaping --------------------------------

TEST(FileUrl, EscapesSpacesHashPercentAndChinese) {
    using perfeval::office::file_url;
    const std::string path = "/tmp/a b/#1 %41/自评表.ods";
    EXPECT_EQ(file_url(path), "file:///tmp/a%20b/%231%20%2541/%E8%87%AA%E8%AF%84%E8%A1%A8.ods");
    rtl::OUString back;
    ASSERT_EQ(osl::FileBase::getSystemPathFromFileURL(ou(file_url(path)), back), osl::FileBase::E_None);
    EXPECT_EQ(utf8(back), path);
    // Relative to the working directory, normalized.
    EXPECT_EQ(file_url("x y/../自评 #.ods"), file_url((fs::current_path() / "自评 #.ods").string()));
}

TEST(Cli, ChecksAFileWhosePathNeedsEscaping) {
    const fs::path dir = fs::path(scratch_dir()) / "目录 #1 %41";
    fs::create_directories(dir);
    const fs::path seed = dir / "自评 表#%.ods";
    fs::copy_file(kSeed, seed, fs::copy_options::overwrite_existing);
    const auto r = run_cli("'" + seed.string() + "'");
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_THAT(r.out, HasSubstr("G5 [exec-rate]"));
    EXPECT_THAT(r.out, HasSubstr("错误 3"));
}

// ---- the CLI moved away from the build tree --------------------------------

std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

std::string read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A mount namespace where the build tree is covered by an empty tmpfs, when
// this machine allows one (root, or unprivileged user namespaces).
std::string hide_build_tree_prefix() {
    for (const std::string unshare : {"unshare -m --propagation private", "unshare -r -m --propagation private"}) {
        const std::string probe = unshare + " sh -c " +
                                  quote("mount -t tmpfs perfeval-hidden \"$0\" && ! test -e \"$0/perfeval.rdb\"") +
                                  " " + quote(PERFEVAL_BUILD_DIR) + " >/dev/null 2>&1";
        if (std::system(probe.c_str()) == 0) return unshare;
    }
    return "";
}

// bin/perfeval-check, perfeval.oxt and perfeval.rdb copied together elsewhere:
// the CLI finds its files next to itself, none in the build tree.
TEST(Cli, WorksWhenMovedWithItsOxtAndRdb) {
    const fs::path build = PERFEVAL_BUILD_DIR;
    // Outside the build tree, so it stays visible while the build tree is hidden.
    const fs::path root = fs::temp_directory_path() / ("perfeval-moved-" + std::to_string(getpid()));
    struct Cleanup {
        fs::path p;
        ~Cleanup() { fs::remove_all(p); }
    } cleanup{root};
    fs::remove_all(root);
    fs::create_directories(root / "bin");
    fs::create_directories(root / "work");
    fs::copy_file(build / "bin" / "perfeval-check", root / "bin" / "perfeval-check");
    fs::copy_file(build / "perfeval.oxt", root / "perfeval.oxt");
    fs::copy_file(build / "perfeval.rdb", root / "perfeval.rdb");
    fs::copy_file(kSeed, root / "seed-form.ods");

    // Nothing of the build tree is compiled in (debug info, which names the
    // sources, stripped first).
    const fs::path stripped = root / "stripped";
    if (std::system(("strip -o " + quote(stripped.string()) + " " + quote((root / "bin" / "perfeval-check").string()) +
                     " 2>/dev/null")
                        .c_str()) == 0) {
        EXPECT_EQ(read_all(stripped).find(build.string()), std::string::npos)
            << "perfeval-check has " << build << " compiled in";
    }

    const std::string exe = quote((root / "bin" / "perfeval-check").string());
    const std::string seed = quote((root / "seed-form.ods").string());
    const std::string cd = "cd " + quote((root / "work").string()) + " && ";
    const std::string hide = hide_build_tree_prefix();
    std::string cmd;
    if (hide.empty()) {
        std::cerr << "note: cannot hide the build tree here (no mount namespace); "
                     "running from another directory only\n";
        cmd = cd + exe + " --connect " + office().pipe_name() + " " + seed + " 2>&1";
    } else {
        // The shell covers the build tree, makes sure it is gone, then runs the copy.
        cmd = hide + " sh -c " +
              quote("mount -t tmpfs perfeval-hidden \"$0\" && ! test -e \"$0/perfeval.rdb\" && " + cd + "exec " + exe +
                    " --connect \"$1\" " + seed + " 2>&1") +
              " " + quote(build.string()) + " " + quote(office().pipe_name());
    }
    const auto r = shell(cmd);
    EXPECT_EQ(r.exit_code, 1) << cmd << "\n" << r.out;
    EXPECT_THAT(r.out, HasSubstr("G5 [exec-rate]"));
    EXPECT_THAT(r.out, HasSubstr("错误 3"));
    // Nothing was put into the working directory either.
    EXPECT_TRUE(fs::is_empty(root / "work"));

    // It looks for the type library next to itself, not in the build tree.
    fs::remove(root / "perfeval.rdb");
    const auto missing = shell(cd + exe + " --connect " + office().pipe_name() + " " + seed + " 2>&1");
    EXPECT_EQ(missing.exit_code, 2) << missing.out;
    EXPECT_THAT(missing.out, HasSubstr((root / "perfeval.rdb").string()));
}

}  // namespace
}  // namespace perfeval::test
