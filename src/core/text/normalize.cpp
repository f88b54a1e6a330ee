#include "normalize.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

namespace perfeval::text {
namespace {

// ASCII and the CJK ideographs U+4000–U+9FFF (UTF-8 lead bytes E4–E9) are
// their own NFKC; most form text is nothing else, and needs no ICU call.
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

bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

std::string nfkc(std::string_view utf8) {
    if (trivially_nfkc(utf8)) return std::string(utf8);
    // ICU directly (the library LibreOffice itself uses), not Boost.Locale: its
    // static build cannot go into a shared component, and the .oxt must not
    // need a Boost runtime on the user's machine.
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) return std::string(utf8);
    const icu::StringPiece piece(utf8.data(), static_cast<int32_t>(utf8.size()));
    // Most Chinese text is NFKC already; checking is cheaper than rewriting.
    if (nfkc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return std::string(utf8);
    status = U_ZERO_ERROR;
    std::string out;
    icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(utf8.size()));
    nfkc->normalizeUTF8(0, piece, sink, nullptr, status);
    return U_FAILURE(status) ? std::string(utf8) : out;
}

}  // namespace

std::string normalize(std::string_view utf8) {
    const std::string folded = nfkc(utf8);
    std::string out;
    out.reserve(folded.size());
    bool pending_space = false;
    for (unsigned char c : folded) {
        if (is_space(c)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out.push_back(' ');
        pending_space = false;
        out.push_back(static_cast<char>(c));
    }
    return out;
}

std::string squeeze(std::string_view utf8) {
    const std::string folded = nfkc(utf8);
    std::string out;
    out.reserve(folded.size());
    for (unsigned char c : folded)
        if (!is_space(c)) out.push_back(static_cast<char>(c));
    return out;
}

}  // namespace perfeval::text
