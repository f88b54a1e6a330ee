#include "elementwise.hpp"

#include <cstdint>
#include <cstring>

#include "core/report/render.hpp"

namespace perfeval::uno {

double error_value(int calc_error_code) {
    // A quiet NaN whose low 32 bits hold the error, as Calc's CreateDoubleError.
    const std::uint64_t bits = 0x7FF8000000000000ULL | static_cast<std::uint32_t>(calc_error_code);
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
}

void reject(Problem problem, Lang lang, sal_Int16 argument) {
    throw css::lang::IllegalArgumentException(from_utf8(describe(problem, lang)), nullptr, argument);
}

ArgView::ArgView(const css::uno::Any& any) {
    if (any.getValueType() == cppu::UnoType<css::uno::Sequence<css::uno::Sequence<css::uno::Any>>>::get()) {
        range_ = static_cast<const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>*>(any.getValue());
    } else if (any.getValueTypeClass() == css::uno::TypeClass_SEQUENCE) {
        // Other sequence types (from macros): copy into the general form.
        auto copy = std::make_shared<Rows>();
        any >>= *copy;
        owned_ = std::move(copy);
        range_ = owned_.get();
    } else {
        single_ = to_cell_value(any);
    }
}

ArgView::ArgView(const Rows& rows) {
    if (rows.getLength() == 1 && rows[0].getLength() == 1)
        single_ = to_cell_value(rows[0][0]);  // as an `any` argument would bring it
    else
        range_ = &rows;
}

CellValue single_value(const Rows& rows) {
    if (rows.getLength() == 1 && rows[0].getLength() == 1) return to_cell_value(rows[0][0]);
    return CellError{};
}

sal_Int32 ArgView::rows() const { return range_ ? range_->getLength() : 1; }

sal_Int32 ArgView::cols() const { return range_ ? (range_->getLength() ? (*range_)[0].getLength() : 0) : 1; }

CellValue ArgView::at(sal_Int32 row, sal_Int32 col) const {
    if (!range_) return single_;
    const auto& r = (*range_)[row];
    if (col >= r.getLength()) return std::monostate{};
    return range_element(r[col]);
}

}  // namespace perfeval::uno
