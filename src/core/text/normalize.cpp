#include "normalize.hpp"

#include <cstdlib>

#include <utf8proc.h>

namespace perfeval::text {
namespace {

// ASCII and the CJK ideographs U+4000–U+9FFF (UTF-8 lead bytes E4–E9) are
// their own NFKC; most form text is nothing else, and needs no utf8proc call.
bool trivially_nfkc(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
        } else if (c >= 0xE4 && c <= 0xE9 && i + 2 < s.size() &&
                   (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80 &&
                   (static_cast<unsigned char>(s[i + 2]) & 0xC0) == 0x80) {
            i += 3;
        } else {
            return false;
        }
    }
    return true;
}

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

std::string nfkc(std::string_view utf8) {
    if (trivially_nfkc(utf8)) return std::string(utf8);
    // utf8proc, linked statically with its symbols hidden: the .oxt needs no
    // system Unicode library of one exact soname (LibreOffice's own builds and
    // other distributions ship another, or bundle theirs privately), and no
    // Boost runtime. COMPOSE|COMPAT|STABLE is what utf8proc_NFKC uses; the length
    // is explicit, so an embedded NUL is a character, not the end.
    utf8proc_uint8_t* mapped = nullptr;
    const utf8proc_ssize_t n =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()), static_cast<utf8proc_ssize_t>(utf8.size()),
                     &mapped, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT));
    // Invalid UTF-8 (a lone surrogate, an overlong form, a stray byte), no
    // memory or an overflow: keep the text as it was.
    if (n < 0 || mapped == nullptr) {
        std::free(mapped);
        return std::string(utf8);
    }
    std::string out(reinterpret_cast<const char*>(mapped), static_cast<size_t>(n));
    std::free(mapped);  // utf8proc_map allocates with malloc (2.8 has no utf8proc_free)
    return out;
}

}  // namespace

std::string normalize(std::string_view utf8) {
    const std::string folded = nfkc(utf8);
    std::string out;
    out.reserve(folded.size());
    bool pending_space = false;
    for (char c : folded) {
        if (is_space(c)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out.push_back(' ');
        pending_space = false;
        out.push_back(c);
    }
    return out;
}

std::string squeeze(std::string_view utf8) {
    const std::string folded = nfkc(utf8);
    std::string out;
    out.reserve(folded.size());
    for (char c : folded)
        if (!is_space(c)) out.push_back(c);
    return out;
}

}  // namespace perfeval::text
