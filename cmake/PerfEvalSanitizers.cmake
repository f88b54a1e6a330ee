# Sanitizer and fuzzing builds (scripts/deep-test.sh drives both). Each goes
# into its own build directory; build only the targets needed there:
#
#   cmake -S . -B build-sanitize -DPERFEVAL_SANITIZE=ON
#   cmake --build build-sanitize --target perfeval_unit_tests
#   ctest --test-dir build-sanitize -L unit
#
#   CC=clang CXX=clang++ cmake -S . -B build-fuzz -DPERFEVAL_FUZZ=ON
#   cmake --build build-fuzz --target perfeval_fuzzers
#
# The flags apply to every target, UNO parts included, so that everything
# still configures and links; but an ASan-instrumented component cannot be
# loaded into an uninstrumented soffice, so the integration tests are only
# meaningful in a normal build.
option(PERFEVAL_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(PERFEVAL_FUZZ "Build the libFuzzer targets in tests/fuzz (clang only; implies the sanitizers)" OFF)

set(PERFEVAL_SANITIZER_FLAGS
    -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)

if(PERFEVAL_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR
      "PERFEVAL_FUZZ=ON needs clang (libFuzzer ships with it), but the C++ compiler is "
      "${CMAKE_CXX_COMPILER_ID} (${CMAKE_CXX_COMPILER}). Configure a fresh build directory with "
      "CC=clang CXX=clang++ cmake -S . -B build-fuzz -DPERFEVAL_FUZZ=ON "
      "(Debian: apt-get install clang libclang-rt-14-dev).")
  endif()
  # Everything is instrumented for coverage; only the fuzzers link libFuzzer
  # (-fsanitize=fuzzer, in tests/fuzz/CMakeLists.txt).
  add_compile_options(-fsanitize=fuzzer-no-link ${PERFEVAL_SANITIZER_FLAGS})
  add_link_options(${PERFEVAL_SANITIZER_FLAGS})
elseif(PERFEVAL_SANITIZE)
  add_compile_options(${PERFEVAL_SANITIZER_FLAGS})
  add_link_options(${PERFEVAL_SANITIZER_FLAGS})
endif()
