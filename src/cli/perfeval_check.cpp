// perfeval-check: opens spreadsheet files in a private headless LibreOffice
// with the extension installed and reports, per sheet with a form, the
// execution rate the form states next to the one PERF.EXECRATE computes
// from the form's own numbers.
//
// Exit code: 0 every form consistent, 1 a stated rate disagrees,
// 2 a file could not be checked (unreadable, not a spreadsheet, no form).
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/XFunctionAccess.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include "core/form/budget_block.hpp"
#include "core/read_number.hpp"
#include "office/office.hpp"
#include "uno/convert.hpp"
#include "uno/sheet_grid.hpp"

namespace fs = std::filesystem;
namespace css = com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using perfeval::uno::from_utf8;
using perfeval::uno::to_utf8;

namespace {

enum Exit { kOk = 0, kErrors = 1, kUnchecked = 2 };

struct Args {
    std::vector<std::string> files;
    std::string profile_dir;
    std::string oxt = PERFEVAL_DEFAULT_OXT;
};

void usage() {
    std::cerr << "usage: perfeval-check [--profile DIR] [--oxt FILE] FILE...\n"
                 "  --profile DIR  LibreOffice profile to use (default: build/profile)\n"
                 "  --oxt FILE     the extension to install there (default: the built one)\n";
}

std::string percent(double fraction) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f%%", fraction * 100.0);
    return buf;
}

std::string shown(const perfeval::CellValue& v) {
    if (const auto* d = std::get_if<double>(&v)) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.2f", *d);
        return buf;
    }
    if (const auto* s = std::get_if<std::string>(&v)) return "\"" + *s + "\"";
    if (std::holds_alternative<perfeval::CellError>(v)) return "错误值";
    return "（空）";
}

css::uno::Any as_any(const perfeval::CellValue& v) {
    if (const auto* d = std::get_if<double>(&v)) return css::uno::Any(*d);
    if (const auto* s = std::get_if<std::string>(&v)) return css::uno::Any(from_utf8(*s));
    return css::uno::Any(rtl::OUString());  // empty: the add-in reports it
}

// Returns whether the stated rate agrees with the computed one; prints both.
int check_sheet(const Reference<css::sheet::XFunctionAccess>& functions, const std::string& name,
                const perfeval::Grid& grid, bool& found_form) {
    const auto block = perfeval::find_budget_block(grid);
    if (!block) return kOk;
    found_form = true;
    std::cout << "  工作表「" << name << "」 预算执行情况（" << perfeval::to_a1(block->total_label)
              << " 年度资金总额）\n";
    if (!block->budget || !block->executed || !block->rate) {
        std::cout << "    表头不全：缺少 全年预算数 / 全年执行数 / 执行率 之一\n";
        return kUnchecked;
    }
    const auto& budget = grid.at(*block->budget);
    const auto& executed = grid.at(*block->executed);
    const auto& stated = grid.at(*block->rate);
    std::cout << "    全年预算数 " << perfeval::to_a1(*block->budget) << " = " << shown(budget) << "\n"
              << "    全年执行数 " << perfeval::to_a1(*block->executed) << " = " << shown(executed)
              << "\n";

    double computed = 0;
    try {
        css::uno::Sequence<css::uno::Any> call(2);
        call[0] = as_any(executed);
        call[1] = as_any(budget);
        functions->callFunction("PERF.EXECRATE", call) >>= computed;
    } catch (const css::uno::Exception& e) {
        std::cout << "    执行率无法计算：" << to_utf8(e.Message) << "\n";
        return kErrors;
    }
    const auto stated_rate = perfeval::read_number(stated);
    std::cout << "    执行率（表内填写）  " << perfeval::to_a1(*block->rate) << " = "
              << (stated_rate ? percent(*stated_rate) : shown(stated)) << "\n"
              << "    执行率（PERF.EXECRATE 计算）= " << percent(computed) << "\n";
    // Rates are shown with two decimals of a percent: compare at that precision.
    if (!stated_rate || std::fabs(*stated_rate - computed) >= 0.00005) {
        std::cout << "    ✗ 表内执行率与 全年执行数 ÷ 全年预算数 不一致\n";
        return kErrors;
    }
    std::cout << "    ✓ 一致\n";
    return kOk;
}

int check_file(const perfeval::office::Office& office,
               const Reference<css::sheet::XFunctionAccess>& functions, const std::string& path) {
    std::cout << "文件：" << path << "\n";
    if (!fs::is_regular_file(path)) {
        std::cout << "  无法读取：文件不存在\n";
        return kUnchecked;
    }
    css::uno::Sequence<css::beans::PropertyValue> load(2);
    load[0].Name = "Hidden";
    load[0].Value <<= true;
    load[1].Name = "ReadOnly";
    load[1].Value <<= true;
    Reference<css::lang::XComponent> doc;
    try {
        doc = Reference<css::frame::XComponentLoader>(office.desktop(), UNO_QUERY_THROW)
                  ->loadComponentFromURL(from_utf8(perfeval::office::file_url(path)), "_blank", 0,
                                         load);
    } catch (const css::uno::Exception& e) {
        std::cout << "  无法打开：" << to_utf8(e.Message) << "\n";
        return kUnchecked;
    }
    if (!doc.is()) {
        std::cout << "  无法打开：LibreOffice 不认识此文件格式\n";
        return kUnchecked;
    }
    int result = kOk;
    const Reference<css::sheet::XSpreadsheetDocument> spreadsheet(doc, UNO_QUERY);
    if (!spreadsheet.is()) {
        std::cout << "  不是电子表格文件\n";
        result = kUnchecked;
    } else {
        bool found_form = false;
        const Reference<css::container::XIndexAccess> sheets(spreadsheet->getSheets(),
                                                             UNO_QUERY_THROW);
        for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
            const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
            const std::string name =
                to_utf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
            result = std::max(result,
                              check_sheet(functions, name, perfeval::uno::read_used_area(sheet),
                                          found_form));
        }
        if (!found_form) {
            std::cout << "  未找到绩效自评表（没有“年度资金总额”一行）\n";
            result = kUnchecked;
        }
    }
    try {
        Reference<css::util::XCloseable>(doc, UNO_QUERY_THROW)->close(true);
    } catch (const css::uno::Exception&) {
        doc->dispose();
    }
    return result;
}

}  // namespace

int main(int argc, char** argv) {
    Args args;
    args.profile_dir = (fs::path(PERFEVAL_BUILD_DIR) / "profile").string();
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if ((a == "--profile" || a == "--oxt") && i + 1 < argc) {
            (a == "--profile" ? args.profile_dir : args.oxt) = argv[++i];
        } else if (a == "-h" || a == "--help") {
            usage();
            return 0;
        } else if (!a.empty() && a[0] == '-') {
            usage();
            return kUnchecked;
        } else {
            args.files.push_back(a);
        }
    }
    if (args.files.empty()) {
        usage();
        return kUnchecked;
    }

    try {
        perfeval::office::OfficeOptions options;
        options.soffice = PERFEVAL_SOFFICE;
        options.profile_dir = fs::absolute(args.profile_dir).string();
        auto office = perfeval::office::start_with_extension(options, args.oxt);
        const Reference<css::sheet::XFunctionAccess> functions(
            office->context()->getServiceManager()->createInstanceWithContext(
                "com.sun.star.sheet.FunctionAccess", office->context()),
            UNO_QUERY_THROW);
        int result = kOk;
        for (const auto& f : args.files) result = std::max(result, check_file(*office, functions, f));
        return result;
    } catch (const css::uno::Exception& e) {
        std::cerr << "perfeval-check: " << to_utf8(e.Message) << "\n";
    } catch (const std::exception& e) {
        std::cerr << "perfeval-check: " << e.what() << "\n";
    }
    return kUnchecked;
}
