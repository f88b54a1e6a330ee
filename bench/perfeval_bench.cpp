// perfeval-bench: how long Calc takes to recalculate N rows of
//   native         =B1/A1
//   floor_any      =BENCHFLOOR.DIVIDE(B1;A1)    an add-in (any, any) -> any that only divides
//   floor_double   =BENCHFLOOR.DIVIDED(B1;A1)   the same with double arguments
//   floor_values   =BENCHFLOOR.DIVIDEVALUES(B1;A1) the same with PERF.EXECRATE's
//                  parameter types (rows of values): the goal's baseline
//   scalar         =PERF.EXECRATE(B1;A1)        one cell per row
//   array          {=PERF.EXECRATE(B1:BN;A1:AN)} one array formula over the rows
// and, to explain the array figure, native_array {=B1:BN/A1:AN} and four
// array floors (any in/any out, any in/double out, double in/double out,
// PERF.EXECRATE's types in/double out), in
// one private headless office, each variant in a document of its own. Prints
// the median wall time of XCalculatable::calculateAll() (the timed runs go
// round-robin over the variants) and the ratios against the goals.
// A measurement, not a test: exit 0 also when a goal is missed; exit 2 when it
// cannot measure (no office, wrong or error results, bad arguments).
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/FillDirection.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XCellSeries.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include "bench_common.hpp"
#include "office/office.hpp"
#include "uno/convert.hpp"

namespace {

using perfeval::bench::first_line_of;
using perfeval::bench::office_version;

namespace css = com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;
using Clock = std::chrono::steady_clock;

OUString ou(const std::string& s) { return perfeval::uno::from_utf8(s); }
std::string utf8(const OUString& s) { return perfeval::uno::to_utf8(s); }

// A setup error: the benchmark cannot measure (exit 2).
struct SetupError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Options {
    int rows = 100000;
    int runs = 5;
    std::string profile = PERFEVAL_BENCH_PROFILE;
    std::string oxt = PERFEVAL_BENCH_OXT;
    std::string floor_oxt = PERFEVAL_BENCH_FLOOR_OXT;
    std::string only;  // comma-separated variant keys; empty: all
};

void usage(std::ostream& out) {
    out << "usage: perfeval-bench [--rows N] [--runs K] [--only VARIANT,...] [--profile DIR]\n"
           "                      [--oxt perfeval.oxt] [--floor-oxt perfeval-bench-floor.oxt]\n"
           "variants: native, floor_any, floor_double, floor_values, scalar, native_array,\n"
           "          floor_array_any, floor_array_any_double, floor_array_double,\n"
           "          floor_array_values, array, array_empty, native_array_empty,\n"
           "          check_used, check_whole\n"
           "          (default: all)\n"
           "Recalculates N rows (default 100000) of the native =B/A, the floor add-in,\n"
           "PERF.EXECRATE per row and as one array formula (also over 3·N empty rows),\n"
           "each in a fresh document,\n"
           "and prints the median of K (default 5) timed calculateAll() after one warm-up.\n";
}

Options parse(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) throw SetupError(a + " needs a value");
            return argv[++i];
        };
        auto number = [&](int min) {
            const std::string v = value();
            char* end = nullptr;
            const long n = std::strtol(v.c_str(), &end, 10);
            if (!end || *end || n < min || n > 1048576)
                throw SetupError(a + ": not a number in [" + std::to_string(min) + ", 1048576]: " + v);
            return static_cast<int>(n);
        };
        if (a == "--rows")
            o.rows = number(2);
        else if (a == "--runs")
            o.runs = number(1);
        else if (a == "--only")
            o.only = value();
        else if (a == "--profile")
            o.profile = value();
        else if (a == "--oxt")
            o.oxt = value();
        else if (a == "--floor-oxt")
            o.floor_oxt = value();
        else if (a == "-h" || a == "--help") {
            usage(std::cout);
            std::exit(0);
        } else {
            usage(std::cerr);
            throw SetupError("unknown argument " + a);
        }
    }
    return o;
}

// The data: A = budget, B = executed = budget × a rate that changes from row
// to row (so a result in the wrong row shows), expected C = B / A.
double budget_of(int row) { return 100.0 + row % 900; }
double executed_of(int row) { return budget_of(row) * (0.5 + (row % 51) / 100.0); }

struct Variant {
    const char* key;
    std::string label;
    bool array;
    std::string formula;  // for a scalar variant: the formula of row 1, filled down
    // 0: the formula reads A and B's N filled rows. k: an array formula in F
    // over k·N rows of the empty columns D and E (a whole-column reference's
    // worth of nothing), whose results must be blank.
    int empty_rows_factor = 0;
    // A PERF.CHECK formula, alone on a second sheet, over the first sheet's
    // columns (no form there: it reads and recognizes, then says Err:502).
    bool check = false;
};

std::vector<Variant> variants(int n) {
    const std::string N = std::to_string(n);
    const std::string ranges = "(B1:B" + N + ";A1:A" + N + ")";
    const std::string N3 = std::to_string(3 * n);
    return {
        {"native", "native =B1/A1", false, "=B1/A1"},
        {"floor_any", "floor =BENCHFLOOR.DIVIDE(B1;A1) (any)", false, "=BENCHFLOOR.DIVIDE(B1;A1)"},
        {"floor_double", "floor =BENCHFLOOR.DIVIDED(B1;A1) (double)", false, "=BENCHFLOOR.DIVIDED(B1;A1)"},
        {"floor_values", "floor =BENCHFLOOR.DIVIDEVALUES(B1;A1) (PERF.EXECRATE's types)", false,
         "=BENCHFLOOR.DIVIDEVALUES(B1;A1)"},
        {"scalar", "scalar =PERF.EXECRATE(B1;A1)", false, "=PERF.EXECRATE(B1;A1)"},
        {"native_array", "native array {=B1:B" + N + "/A1:A" + N + "}", true, "=B1:B" + N + "/A1:A" + N},
        {"floor_array_any", "floor array {=BENCHFLOOR.DIVIDEARRAY" + ranges + "} any", true,
         "=BENCHFLOOR.DIVIDEARRAY" + ranges},
        {"floor_array_any_double", "floor array {=BENCHFLOOR.DIVIDEARRAYTD" + ranges + "} any in, double out", true,
         "=BENCHFLOOR.DIVIDEARRAYTD" + ranges},
        {"floor_array_double", "floor array {=BENCHFLOOR.DIVIDEARRAYD" + ranges + "} double", true,
         "=BENCHFLOOR.DIVIDEARRAYD" + ranges},
        {"floor_array_values", "floor array {=BENCHFLOOR.DIVIDEVALUES" + ranges + "} PERF.EXECRATE's types", true,
         "=BENCHFLOOR.DIVIDEVALUES" + ranges},
        {"array", "array {=PERF.EXECRATE" + ranges + "}", true, "=PERF.EXECRATE" + ranges},
        {"array_empty", "array {=PERF.EXECRATE(E1:E" + N3 + ";D1:D" + N3 + ")} over 3·N empty rows", true,
         "=PERF.EXECRATE(E1:E" + N3 + ";D1:D" + N3 + ")", 3},
        {"native_array_empty", "native array {=E1:E" + N3 + "*D1:D" + N3 + "} over 3·N empty rows", true,
         "=E1:E" + N3 + "*D1:D" + N3, 3},
        {"check_used", "=PERF.CHECK(A1:B" + N + ") on another sheet", false, "=PERF.CHECK($Sheet1.A1:B" + N + ")", 0,
         true},
        {"check_whole", "=PERF.CHECK(A1:AMJ1048576), the whole sheet", false, "=PERF.CHECK($Sheet1.A1:AMJ1048576)", 0,
         true},
    };
}

css::uno::Sequence<css::beans::PropertyValue> hidden() {
    css::uno::Sequence<css::beans::PropertyValue> p(1);
    p[0].Name = "Hidden";
    p[0].Value <<= true;
    return p;
}

Reference<css::sheet::XSpreadsheetDocument> new_document(perfeval::office::Office& office) {
    const Reference<css::frame::XComponentLoader> loader(office.desktop(), UNO_QUERY_THROW);
    return Reference<css::sheet::XSpreadsheetDocument>(
        loader->loadComponentFromURL("private:factory/scalc", "_blank", 0, hidden()), UNO_QUERY_THROW);
}

void close_document(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
    try {
        Reference<css::util::XCloseable>(doc, UNO_QUERY_THROW)->close(true);
    } catch (const css::uno::Exception&) {
    }
}

Reference<css::sheet::XSpreadsheet> first_sheet(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
    const Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
    return Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(0), UNO_QUERY_THROW);
}

Reference<css::table::XCellRange> range(const Reference<css::sheet::XSpreadsheet>& sheet, const std::string& a1) {
    return sheet->getCellRangeByName(ou(a1));
}

void fill_column(const Reference<css::sheet::XSpreadsheet>& sheet, char column, int n, double (*value)(int)) {
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data(n);
    auto* rows = data.getArray();
    for (int r = 0; r < n; ++r) {
        rows[r].realloc(1);
        rows[r].getArray()[0] <<= value(r);
    }
    const std::string a1 = std::string(1, column) + "1:" + column + std::to_string(n);
    Reference<css::sheet::XCellRangeData>(range(sheet, a1), UNO_QUERY_THROW)->setDataArray(data);
}

std::string calc_error_hint(sal_Int32 code) {
    switch (code) {
        case 502: return " (Err:502 invalid argument)";
        case 504: return " (Err:504: a type library is missing from an .oxt's manifest)";
        case 525: return " (#NAME?: the add-in is not installed or its name is unknown)";
        default: return "";
    }
}

// Every cell of C1:C{n} is a formula with a number result equal to B/A.
void verify(const Reference<css::sheet::XSpreadsheet>& sheet, int n, const Variant& v) {
    const std::string col = "C1:C" + std::to_string(n);
    const Reference<css::sheet::XCellRangesQuery> query(range(sheet, col), UNO_QUERY_THROW);
    const auto errors = query->queryFormulaCells(css::sheet::FormulaResult::ERROR);
    const auto error_ranges = errors->getRangeAddresses();
    if (error_ranges.getLength() > 0) {
        const auto& first = error_ranges[0];
        const auto cell = sheet->getCellByPosition(first.StartColumn, first.StartRow);
        throw SetupError(std::string(v.key) + ": error results in " + utf8(errors->getRangeAddressesAsString()) +
                         "; C" + std::to_string(first.StartRow + 1) + " " + utf8(cell->getFormula()) + " gives error " +
                         std::to_string(cell->getError()) + calc_error_hint(cell->getError()));
    }
    long formula_cells = 0;
    for (const auto& a : query->queryFormulaCells(css::sheet::FormulaResult::VALUE)->getRangeAddresses())
        formula_cells += static_cast<long>(a.EndRow - a.StartRow + 1) * (a.EndColumn - a.StartColumn + 1);
    if (formula_cells != n)
        throw SetupError(std::string(v.key) + ": " + std::to_string(formula_cells) +
                         " formula cells with a number in " + col + ", expected " + std::to_string(n));
    const auto data = Reference<css::sheet::XCellRangeData>(range(sheet, col), UNO_QUERY_THROW)->getDataArray();
    if (data.getLength() != n) throw SetupError(std::string(v.key) + ": short result column");
    for (int r = 0; r < n; ++r) {
        const double expected = executed_of(r) / budget_of(r);
        double got = 0;
        if (data[r].getLength() != 1 || !(data[r][0] >>= got) ||
            !(std::fabs(got - expected) <= 1e-12 * std::fabs(expected))) {
            std::ostringstream msg;
            msg.precision(17);
            msg << v.key << ": C" << r + 1 << " = " << got << ", expected B/A = " << expected;
            throw SetupError(msg.str());
        }
    }
}

// Every cell of F1:F{n} is a formula; with blank rows in, PERF.EXECRATE
// gives #N/A past its data (here: everywhere), natively E·D gives 0.
void verify_blank(const Reference<css::sheet::XSpreadsheet>& sheet, int n, const Variant& v) {
    const std::string col = "F1:F" + std::to_string(n);
    const Reference<css::sheet::XCellRangesQuery> query(range(sheet, col), UNO_QUERY_THROW);
    long formula_cells = 0, error_cells = 0;
    for (const auto& a : query->queryContentCells(css::sheet::CellFlags::FORMULA)->getRangeAddresses())
        formula_cells += static_cast<long>(a.EndRow - a.StartRow + 1) * (a.EndColumn - a.StartColumn + 1);
    for (const auto& a : query->queryFormulaCells(css::sheet::FormulaResult::ERROR)->getRangeAddresses())
        error_cells += static_cast<long>(a.EndRow - a.StartRow + 1) * (a.EndColumn - a.StartColumn + 1);
    if (formula_cells != n)
        throw SetupError(std::string(v.key) + ": " + std::to_string(formula_cells) + " formula cells in " + col);
    const bool native = std::string(v.key).rfind("native", 0) == 0;
    if (error_cells != (native ? 0 : n))
        throw SetupError(std::string(v.key) + ": " + std::to_string(error_cells) + " error cells in " + col);
    if (!native && sheet->getCellByPosition(5, n - 1)->getError() != 32767)
        throw SetupError(std::string(v.key) + ": the last row is not #N/A");
}

struct Result {
    const Variant* variant;
    double median = 0, min = 0, max = 0;
};

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// One variant in its own document: columns A and B, the formulas in C.
class Setup {
public:
    Setup(perfeval::office::Office& office, const Variant& v, const Options& o)
        : variant_(v), doc_(new_document(office)) {
        const auto t0 = Clock::now();
        calc_.set(doc_, UNO_QUERY_THROW);
        // Nothing computes while the columns are set up; calculateAll() computes all.
        calc_->enableAutomaticCalculation(false);
        sheet_ = first_sheet(doc_);
        fill_column(sheet_, 'A', o.rows, budget_of);
        fill_column(sheet_, 'B', o.rows, executed_of);
        const std::string col = v.empty_rows_factor ? "F1:F" + std::to_string(v.empty_rows_factor * o.rows)
                                                    : "C1:C" + std::to_string(o.rows);
        if (v.check) {
            doc_->getSheets()->insertNewByName("Checks", 1);
            check_cell_ = Reference<css::sheet::XSpreadsheet>(doc_->getSheets()->getByName("Checks"), UNO_QUERY_THROW)
                              ->getCellByPosition(0, 0);
            check_cell_->setFormula(ou(v.formula));
        } else if (v.array) {
            Reference<css::sheet::XArrayFormulaRange>(range(sheet_, col), UNO_QUERY_THROW)
                ->setArrayFormula(ou(v.formula));
        } else {
            // setFormulaArray over a long column is quadratic: one formula, filled down.
            sheet_->getCellByPosition(2, 0)->setFormula(ou(v.formula));
            Reference<css::sheet::XCellSeries>(range(sheet_, col), UNO_QUERY_THROW)
                ->fillAuto(css::sheet::FillDirection_TO_BOTTOM, 1);
        }
        setup_seconds_ = seconds_since(t0);
    }
    ~Setup() { close_document(doc_); }
    Setup(const Setup&) = delete;
    Setup& operator=(const Setup&) = delete;

    // The warm-up (loads the add-in, fills caches), then the results are checked.
    void warm_up_and_verify(int rows) {
        warm_up_seconds_ = time_once();
        if (variant_.check) {
            if (check_cell_->getError() != 502)  // no form in two columns of numbers
                throw SetupError(std::string(variant_.key) + ": PERF.CHECK gives error " +
                                 std::to_string(check_cell_->getError()) + ", expected 502 (no form)");
        } else if (variant_.empty_rows_factor)
            verify_blank(sheet_, variant_.empty_rows_factor * rows, variant_);
        else
            verify(sheet_, rows, variant_);
    }
    void run() { times_.push_back(time_once()); }

    Result result() const {
        std::vector<double> t = times_;
        std::sort(t.begin(), t.end());
        const size_t k = t.size();
        const double median = k % 2 ? t[k / 2] : (t[k / 2 - 1] + t[k / 2]) / 2;
        return {&variant_, median, t.front(), t.back()};
    }
    void print_runs() const {
        std::fprintf(stderr, "  %-22s setup %.2f s, warm-up %.3f s, runs:", variant_.key, setup_seconds_,
                     warm_up_seconds_);
        for (double t : times_) std::fprintf(stderr, " %.3f", t);
        std::fprintf(stderr, "\n");
    }

private:
    double time_once() {
        const auto t0 = Clock::now();
        calc_->calculateAll();
        return seconds_since(t0);
    }

    const Variant& variant_;
    Reference<css::sheet::XSpreadsheetDocument> doc_;
    Reference<css::sheet::XCalculatable> calc_;
    Reference<css::sheet::XSpreadsheet> sheet_;
    Reference<css::table::XCell> check_cell_;  // a check variant's one formula
    double setup_seconds_ = 0, warm_up_seconds_ = 0;
    std::vector<double> times_;
};

int run(const Options& o) {
    std::vector<Variant> vs;
    for (auto& v : variants(o.rows))
        if (o.only.empty() || ("," + o.only + ",").find("," + std::string(v.key) + ",") != std::string::npos)
            vs.push_back(std::move(v));
    if (vs.empty()) throw SetupError("--only " + o.only + ": no such variant");
    std::cerr << "perfeval-bench: starting a headless office on " << o.profile << "\n";
    perfeval::office::OfficeOptions options;
    options.soffice = PERFEVAL_SOFFICE;
    options.profile_dir = o.profile;
    const auto office = perfeval::office::start_with_extensions(options, {o.oxt, o.floor_oxt});
    const std::string version = office_version(office->context());
    std::cerr << "perfeval-bench: " << version << ", " << o.rows << " rows, median of " << o.runs
              << " calculateAll() after one warm-up\n";

    // Every variant in its own document, all open at once; the timed runs go
    // round-robin over them so that a burst of load elsewhere on the machine
    // falls on all variants alike instead of on one.
    std::vector<std::unique_ptr<Setup>> setups;
    for (const auto& v : vs) {
        setups.push_back(std::make_unique<Setup>(*office, v, o));
        setups.back()->warm_up_and_verify(o.rows);
    }
    for (int i = 0; i < o.runs; ++i)
        for (auto& s : setups) s->run();
    std::vector<Result> results;
    for (const auto& s : setups) {
        s->print_runs();
        results.push_back(s->result());
    }
    setups.clear();
    office->shutdown();

    auto time_of = [&](const char* key) {
        for (const auto& r : results)
            if (std::string(r.variant->key) == key) return r.median;
        return 0.0;
    };

    std::printf("\nperfeval-bench: %d rows, %s, %u cores (%s), load %s\n", o.rows, version.c_str(),
                std::thread::hardware_concurrency(), first_line_of("/proc/cpuinfo", "model name").c_str(),
                first_line_of("/proc/loadavg").c_str());
    std::printf(
        "calculateAll() wall time, median of %d rounds over all variants, after one "
        "warm-up each:\n\n",
        o.runs);
    std::printf("| %-72s | %9s | %9s | %9s | %8s |\n", "variant", "median ms", "min ms", "max ms", "µs/row");
    std::printf("|%s|%s|%s|%s|%s|\n", std::string(74, '-').c_str(), std::string(11, '-').c_str(),
                std::string(11, '-').c_str(), std::string(11, '-').c_str(), std::string(10, '-').c_str());
    for (const auto& r : results)
        std::printf("| %-72s | %9.1f | %9.1f | %9.1f | %8.2f |\n", r.variant->label.c_str(), r.median * 1e3,
                    r.min * 1e3, r.max * 1e3, r.median / o.rows * 1e6);

    struct Ratio {
        const char* name;
        double value, goal;  // goal 0: informative only
    };
    const Ratio ratios[] = {
        {"scalar PERF.EXECRATE / floor (same types)", time_of("scalar") / time_of("floor_values"), 1.2},
        {"scalar PERF.EXECRATE / floor (any)", time_of("scalar") / time_of("floor_any"), 0},
        {"scalar PERF.EXECRATE / floor (double)", time_of("scalar") / time_of("floor_double"), 0},
        {"array PERF.EXECRATE / native", time_of("array") / time_of("native"), 2.0},
        {"array over 3·N empty rows / over N filled", time_of("array_empty") / time_of("array"), 2.0},
        {"native array: 3·N empty rows / N filled", time_of("native_array_empty") / time_of("native_array"), 0},
        {"PERF.CHECK whole sheet / its used area", time_of("check_whole") / time_of("check_used"), 2.0},
        {"array PERF.EXECRATE / floor array (same types)", time_of("array") / time_of("floor_array_values"), 0},
        {"array PERF.EXECRATE / floor array (any)", time_of("array") / time_of("floor_array_any"), 0},
        {"floor array (any) / native", time_of("floor_array_any") / time_of("native"), 0},
        {"floor array (any in, double out) / native", time_of("floor_array_any_double") / time_of("native"), 0},
        {"floor array (double) / native", time_of("floor_array_double") / time_of("native"), 0},
        {"native array / native", time_of("native_array") / time_of("native"), 0},
    };
    std::printf("\n| %-42s | %6s | %6s | %-6s |\n", "ratio of medians", "value", "goal", "result");
    std::printf("|%s|%s|%s|%s|\n", std::string(44, '-').c_str(), std::string(8, '-').c_str(),
                std::string(8, '-').c_str(), std::string(8, '-').c_str());
    for (const auto& r : ratios) {
        if (!std::isfinite(r.value) || r.value <= 0) continue;  // a variant left out (--only)
        if (r.goal > 0)
            std::printf("| %-42s | %5.2f× | ≤ %.1f× | %-6s |\n", r.name, r.value, r.goal,
                        r.value <= r.goal ? "PASS" : "MISS");
        else
            std::printf("| %-42s | %5.2f× | %6s | %-6s |\n", r.name, r.value, "—", "info");
    }
    bool noisy = false;
    for (const auto& r : results)
        if (r.max > 1.25 * r.min) {
            if (!noisy) std::printf("\n");
            noisy = true;
            std::printf(
                "note: %s: the slowest run took %.0f%% longer than the fastest, so its "
                "median is less certain%s\n",
                r.variant->key, (r.max / r.min - 1) * 100,
                std::string(r.variant->key) == "native"
                    ? " (Calc computes it on its thread pool, which other load disturbs)"
                    : " (other load on the machine?)");
        }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(parse(argc, argv));
    } catch (const SetupError& e) {
        std::cerr << "perfeval-bench: " << e.what() << "\n";
    } catch (const css::uno::Exception& e) {
        std::cerr << "perfeval-bench: UNO error: " << utf8(e.Message) << "\n";
    } catch (const std::exception& e) {
        std::cerr << "perfeval-bench: " << e.what() << "\n";
    }
    return 2;
}
