// Conversions between UNO values and the core's plain C++ values. The only
// place where the two worlds meet for the add-in.
#pragma once

#include <string>
#include <string_view>

#include <com/sun/star/uno/Any.hxx>
#include <rtl/ustring.hxx>

#include "core/cell_value.hpp"

namespace perfeval::uno {

std::string to_utf8(const rtl::OUString& s);
rtl::OUString from_utf8(std::string_view s);

// A scalar argument as Calc passes it to an `any` parameter: void (omitted),
// double, string. Anything else reads as an error value.
CellValue to_cell_value(const com::sun::star::uno::Any& any);

// One element of a range as Calc hands it over (getDataArray, a range
// argument): "" is a blank cell, void an error cell.
CellValue range_element(const com::sun::star::uno::Any& any);

}  // namespace perfeval::uno
