// Spreading a function over ranges: Calc passes a range argument as a
// sequence of rows. Ranges must agree in shape, single values are repeated,
// and the result is an array of the same shape in which a bad row is an
// error value of its own. With no range at all the result is one value and a
// problem becomes IllegalArgumentException (Err:502).
#pragma once

#include <array>
#include <memory>

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

// One argument: a single value or a range.
class ArgView {
public:
    ArgView() = default;
    explicit ArgView(const css::uno::Any& any);
    bool is_range() const { return range_ != nullptr; }
    sal_Int32 rows() const;
    sal_Int32 cols() const;
    // The value at (row, col) of a range (blank cells are empty), or the single value.
    CellValue at(sal_Int32 row, sal_Int32 col) const;

private:
    using Rows = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;
    const Rows* range_ = nullptr;       // into the caller's Any, or into owned_
    std::shared_ptr<const Rows> owned_;  // shared so that copies stay valid
    CellValue single_;
};

template <size_t N, class F>
css::uno::Any elementwise(const std::array<const css::uno::Any*, N>& anys, Lang lang, F&& f) {
    std::array<ArgView, N> args;
    for (size_t i = 0; i < N; ++i) args[i] = ArgView(*anys[i]);
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

    const double bad = error_value(502);
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> out(shape->rows());
    auto* rows = out.getArray();
    for (sal_Int32 r = 0; r < shape->rows(); ++r) {
        rows[r].realloc(shape->cols());
        auto* cells = rows[r].getArray();
        for (sal_Int32 c = 0; c < shape->cols(); ++c) {
            bool all_ranges_blank = true;
            for (size_t i = 0; i < N; ++i) {
                values[i] = args[i].at(r, c);
                if (args[i].is_range() && !is_empty(values[i])) all_ranges_blank = false;
            }
            if (all_ranges_blank) {
                cells[c] <<= rtl::OUString();  // a blank row stays blank
                continue;
            }
            const Expected<double> v = f(values);
            cells[c] <<= v ? *v : bad;
        }
    }
    return css::uno::Any(out);
}

}  // namespace perfeval::uno
