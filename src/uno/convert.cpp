#include "convert.hpp"

#include <rtl/string.hxx>

namespace perfeval::uno {

namespace css = com::sun::star;

std::string to_utf8(const rtl::OUString& s) {
    const rtl::OString utf8 = rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8);
    return std::string(utf8.getStr(), utf8.getLength());
}

rtl::OUString from_utf8(std::string_view s) {
    return rtl::OUString(s.data(), static_cast<sal_Int32>(s.size()), RTL_TEXTENCODING_UTF8);
}

CellValue to_cell_value(const css::uno::Any& any) {
    switch (any.getValueTypeClass()) {
        case css::uno::TypeClass_VOID: return std::monostate{};
        case css::uno::TypeClass_STRING: {
            // Invalid UTF-16 (a lone surrogate, e.g. UNICHAR(55296)) is no
            // text to read: an error, not a text with a '?' in it.
            rtl::OString utf8;
            if (!static_cast<const rtl::OUString*>(any.getValue())
                     ->convertToString(&utf8, RTL_TEXTENCODING_UTF8,
                                       RTL_UNICODETOTEXT_FLAGS_UNDEFINED_ERROR | RTL_UNICODETOTEXT_FLAGS_INVALID_ERROR))
                return CellError{};
            return std::string(utf8.getStr(), utf8.getLength());
        }
        default: {
            double d = 0;
            if (any >>= d) return d;  // also widens integer types
            return CellError{};
        }
    }
}

CellValue range_element(const css::uno::Any& any) {
    if (!any.hasValue()) return CellError{};
    CellValue v = to_cell_value(any);
    if (const auto* s = std::get_if<std::string>(&v); s && s->empty()) return std::monostate{};
    return v;
}

}  // namespace perfeval::uno
