#include "normalize.hpp"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <optional>

#include <utf8proc.h>

namespace perfeval::text {
namespace {

// Code points outside ASCII and the CJK ideographs that are their own NFKC
// and common in forms: 、。“”‘’·—≥≤×÷《》【】〔〕「」『』±°※→←↑↓√≠≈─│.
constexpr char32_t kStable[] = {0x00B0, 0x00B1, 0x00B7, 0x00D7, 0x00F7, 0x2014, 0x2018, 0x2019, 0x201C,
                                0x201D, 0x203B, 0x2190, 0x2191, 0x2192, 0x2193, 0x221A, 0x2248, 0x2260,
                                0x2264, 0x2265, 0x2500, 0x2502, 0x3001, 0x3002, 0x300A, 0x300B, 0x300C,
                                0x300D, 0x300E, 0x300F, 0x3010, 0x3011, 0x3014, 0x3015};

// NFKC of the text staff type, without utf8proc: ASCII and the CJK ideographs
// U+4E00–U+9FFF are their own NFKC, so are kStable; the full-width forms
// U+FF01–U+FF5E are ASCII (their <wide> decomposition) and U+3000 a space.
// None of these composes with a neighbour. Anything else (a combining mark,
// other compatibility characters, invalid UTF-8): no answer, utf8proc decides.
std::optional<std::string> simple_nfkc(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            out.push_back(static_cast<char>(c));
            ++i;
            continue;
        }
        // Two- and three-byte sequences only (every code point above is below U+10000).
        char32_t cp = 0;
        size_t len = 0;
        if ((c & 0xE0) == 0xC0 && i + 1 < s.size()) {
            cp = c & 0x1Fu;
            len = 2;
        } else if ((c & 0xF0) == 0xE0 && i + 2 < s.size()) {
            cp = c & 0x0Fu;
            len = 3;
        } else {
            return std::nullopt;
        }
        for (size_t k = 1; k < len; ++k) {
            const unsigned char cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80) return std::nullopt;
            cp = (cp << 6) | (cc & 0x3Fu);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800)) return std::nullopt;  // overlong
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            out.append(s.substr(i, len));
        } else if (cp >= 0xFF01 && cp <= 0xFF5E) {
            out.push_back(static_cast<char>(cp - 0xFEE0));
        } else if (cp == 0x3000) {
            out.push_back(' ');
        } else if (std::find(std::begin(kStable), std::end(kStable), cp) != std::end(kStable)) {
            out.append(s.substr(i, len));
        } else {
            return std::nullopt;
        }
        i += len;
    }
    return out;
}

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

}  // namespace

std::string nfkc_by_utf8proc(std::string_view utf8) {
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

namespace {

std::string nfkc(std::string_view utf8) {
    if (auto simple = simple_nfkc(utf8)) return std::move(*simple);
    return nfkc_by_utf8proc(utf8);
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
