#include "printable.hpp"

#include <utf8proc.h>

namespace perfeval {

std::string printable(std::string_view bytes) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(bytes.size());
    const auto escape = [&](unsigned char c) {
        out += "\\x";
        out += kHex[c >> 4];
        out += kHex[c & 15];
    };
    size_t i = 0;
    while (i < bytes.size()) {
        utf8proc_int32_t cp = 0;
        const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(bytes.data() + i),
                                        static_cast<utf8proc_ssize_t>(bytes.size() - i), &cp);
        if (n <= 0) {  // not UTF-8: the byte as it is
            escape(static_cast<unsigned char>(bytes[i]));
            ++i;
            continue;
        }
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
            for (utf8proc_ssize_t k = 0; k < n; ++k)
                escape(static_cast<unsigned char>(bytes[i + static_cast<size_t>(k)]));
        else
            out.append(bytes.data() + i, static_cast<size_t>(n));
        i += static_cast<size_t>(n);
    }
    return out;
}

}  // namespace perfeval
