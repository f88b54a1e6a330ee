// Spreading a function over ranges: Calc passes a range argument as a
// sequence of rows. Ranges must agree in shape, single values are repeated,
// and the result is an array of the same shape in which a bad row is an
// error value of its own. With no range at all the result is one value and a
// problem becomes IllegalArgumentException (Err:502).
#pragma once

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/Sequence.hxx>

#include "convert.hpp"
#include "core/expected.hpp"
#include "core/lang.hpp"

namespace perfeval::uno {

namespace css = com::sun::star;

// Calc's encoding of an error inside a number (a NaN carrying the code), so
// one element of an array result shows Err:502 while the others compute.
double error_value(int calc_error_code);

[[noreturn]] void reject(Problem problem, Lang lang, sal_Int16 argument = -1);

using Rows = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

// One argument: a single value or a range.
class ArgView {
public:
    ArgView() = default;
    // An optional argument: void when left out, a value, or a range.
    explicit ArgView(const css::uno::Any& any);
    // A required argument, which Calc always passes as rows: one value (a
    // literal or a single cell) comes as 1×1 and is a single value here.
    explicit ArgView(const Rows& rows);
    bool is_range() const { return range_ != nullptr; }
    sal_Int32 rows() const;
    sal_Int32 cols() const;
    // The value at (row, col) of a range (blank cells are empty), or the single value.
    CellValue at(sal_Int32 row, sal_Int32 col) const;

private:
    const Rows* range_ = nullptr;        // into the caller's Any, or into owned_
    std::shared_ptr<const Rows> owned_;  // shared so that copies stay valid
    CellValue single_;
};

// The single value of a required argument of a function that takes no
// ranges; a range of several cells is not one (an error value).
CellValue single_value(const Rows& rows);

template <size_t N, class F>
css::uno::Any elementwise(const std::array<ArgView, N>& args, Lang lang, F&& f) {
    const ArgView* shape = nullptr;
    for (const auto& a : args)
        if (a.is_range()) {
            if (shape && (a.rows() != shape->rows() || a.cols() != shape->cols()))
                reject(Problem::shape_mismatch, lang);
            shape = &a;
        }

    std::array<CellValue, N> values;
    if (!shape) {
        for (size_t i = 0; i < N; ++i) values[i] = args[i].at(0, 0);
        const Expected<double> r = f(values);
        if (!r) reject(r.problem(), lang);
        return css::uno::Any(*r);
    }

    // Results as plain doubles (an error row carries its error inside the NaN):
    // Calc takes a sequence of doubles back much faster than one of anys.
    const double bad = error_value(502);
    const sal_Int32 rows = shape->rows(), cols = shape->cols();
    std::vector<double> results(static_cast<size_t>(rows) * cols);
    std::vector<bool> blank(results.size(), false);
    sal_Int32 last = -1;  // the last row with a value in some range
    for (sal_Int32 r = 0; r < rows; ++r)
        for (sal_Int32 c = 0; c < cols; ++c) {
            const size_t k = static_cast<size_t>(r) * cols + c;
            bool all_ranges_blank = true;
            for (size_t i = 0; i < N; ++i) {
                values[i] = args[i].at(r, c);
                if (args[i].is_range() && !is_empty(values[i])) all_ranges_blank = false;
            }
            if (all_ranges_blank) {
                blank[k] = true;
                continue;
            }
            last = r;
            const Expected<double> v = f(values);
            results[k] = v ? *v : bad;
        }
    // The result ends at the last row with data: Calc shows #N/A past an
    // array's result, as for any array range larger than its result. Blank
    // results there would cost quadratic time: Calc puts each non-number into
    // a matrix of numbers by moving all the elements after it, so a whole
    // column of blanks took minutes. (Two rows at least, or Calc would repeat
    // a single row down the range.)
    const sal_Int32 out_rows = std::max(last + 1, std::min<sal_Int32>(rows, 2));
    const double not_available = error_value(32767);
    bool any_blank = false;
    for (size_t k = 0; k < static_cast<size_t>(out_rows) * cols; ++k)
        if (blank[k]) {
            if (static_cast<sal_Int32>(k / cols) > last)
                results[k] = not_available;
            else
                any_blank = true;
        }
    if (!any_blank) {
        css::uno::Sequence<css::uno::Sequence<double>> out(out_rows);
        for (sal_Int32 r = 0; r < out_rows; ++r)
            out[r] = css::uno::Sequence<double>(results.data() + static_cast<size_t>(r) * cols, cols);
        return css::uno::Any(out);
    }
    // A blank row among the data stays blank: only a sequence of anys can say so.
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> out(out_rows);
    for (sal_Int32 r = 0; r < out_rows; ++r) {
        out[r].realloc(cols);
        auto* cells = out[r].getArray();
        for (sal_Int32 c = 0; c < cols; ++c) {
            const size_t k = static_cast<size_t>(r) * cols + c;
            if (blank[k] && r <= last)
                cells[c] <<= rtl::OUString();
            else
                cells[c] <<= results[k];
        }
    }
    return css::uno::Any(out);
}

}  // namespace perfeval::uno
