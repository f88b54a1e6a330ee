// Text as staff type it, made comparable: full-width forms folded to ASCII
// (Unicode NFKC by utf8proc, linked statically into the component:
// "（５０分）" → "(50分)", "％" → "%", U+3000 → space).
#pragma once

#include <string>
#include <string_view>

namespace perfeval::text {

// NFKC, then white space trimmed at both ends and every inner run of white
// space (line breaks included) made one ASCII space. Invalid UTF-8 is
// returned trimmed but otherwise unchanged.
std::string normalize(std::string_view utf8);

// NFKC with every white space removed: for matching labels that staff break
// over lines or space out ("年度预\n算申请", "执 行 率").
std::string squeeze(std::string_view utf8);

// NFKC alone, always by utf8proc: what the fast path for common form text
// in normalize() and squeeze() must agree with (tests compare them).
std::string nfkc_by_utf8proc(std::string_view utf8);

}  // namespace perfeval::text
