// CHECK(cond) for the fuzzers: an invariant that does not hold aborts, so
// libFuzzer keeps the input that broke it (sanitizers catch the rest).
#pragma once

#include <cstdio>
#include <cstdlib>

namespace perfeval::fuzz {

[[noreturn]] inline void fail(const char* what, const char* file, int line) {
    std::fprintf(stderr, "%s:%d: invariant violated: %s\n", file, line, what);
    std::abort();
}

}  // namespace perfeval::fuzz

#define CHECK(cond)                                                   \
    do {                                                              \
        if (!(cond)) perfeval::fuzz::fail(#cond, __FILE__, __LINE__); \
    } while (0)
