#!/usr/bin/env bash
# Deep tests of the domain core (src/core):
#   1. the unit tests built with AddressSanitizer + UndefinedBehaviorSanitizer
#      (PERFEVAL_SANITIZE=ON, build-sanitize/), run with ctest -L unit;
#   2. the libFuzzer targets (PERFEVAL_FUZZ=ON, clang, build-fuzz/), each run
#      for a bounded time from its seed corpus (tests/fuzz/corpus/<fuzzer>)
#      with the form dictionary (tests/fuzz/form.dict);
#   3. the benchmarks compile (build/, as ./test.sh configured it).
# Installs what is missing (as root, like setup-deps.sh). Non-zero exit on any
# failure or finding; a crashing input is kept in build-fuzz/artifacts/.
#
# Environment:
#   PERFEVAL_FUZZ_SECONDS  seconds per fuzzer (default 60)
#   PERFEVAL_FUZZ_RSS_MB   -rss_limit_mb per fuzzer (default 2048)
#   PERFEVAL_JOBS          parallel compile jobs (default: nproc)
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)

seconds=${PERFEVAL_FUZZ_SECONDS:-60}
rss_mb=${PERFEVAL_FUZZ_RSS_MB:-2048}
jobs=${PERFEVAL_JOBS:-$(nproc)}
start=$(date +%s)
failures=()

say() { printf 'deep-test: %s\n' "$*" >&2; }
elapsed() { echo "$(( $(date +%s) - start )) s"; }

# ---- what the build needs ---------------------------------------------------
./scripts/setup-deps.sh || { say "setup-deps.sh failed"; exit 1; }
missing=()
if command -v clang++ >/dev/null 2>&1; then
  # libFuzzer and the sanitizer runtimes of the installed clang: can it link a fuzzer?
  probe=$(mktemp -d)
  echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }' >"$probe/p.cpp"
  clang++ -fsanitize=fuzzer,address,undefined "$probe/p.cpp" -o "$probe/p" >/dev/null 2>&1 ||
    missing+=("libclang-rt-$(clang++ -dumpversion | cut -d. -f1)-dev")
  rm -rf "$probe"
else
  missing+=(clang libclang-rt-dev)
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    say "missing: ${missing[*]}; run as root (or: sudo apt-get install ${missing[*]})"
    exit 1
  fi
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
    { say "apt-get install ${missing[*]} failed"; exit 1; }
fi
export CC=clang CXX=clang++

# ---- 1. unit tests under ASan + UBSan ---------------------------------------
say "sanitizer build (build-sanitize/, perfeval_unit_tests) …"
if cmake -S . -B build-sanitize -DPERFEVAL_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >build-sanitize.log 2>&1 &&
   cmake --build build-sanitize --target perfeval_unit_tests -j"$jobs" >>build-sanitize.log 2>&1; then
  rm -f build-sanitize.log
  say "unit tests under ASan + UBSan … ($(elapsed))"
  if ! ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
       ctest --test-dir build-sanitize -L unit --output-on-failure -j"$jobs" >build-sanitize/unit.log 2>&1; then
    tail -n 60 build-sanitize/unit.log >&2
    failures+=("sanitizer unit tests (log: build-sanitize/unit.log)")
  else
    say "$(grep -E 'tests passed|tests failed' build-sanitize/unit.log)"
  fi
else
  tail -n 40 build-sanitize.log >&2
  failures+=("sanitizer build (log: build-sanitize.log)")
fi

# ---- 2. fuzzers ---------------------------------------------------------------
say "fuzz build (build-fuzz/, perfeval_fuzzers) … ($(elapsed))"
if cmake -S . -B build-fuzz -DPERFEVAL_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >build-fuzz.log 2>&1 &&
   cmake --build build-fuzz --target perfeval_fuzzers -j"$jobs" >>build-fuzz.log 2>&1; then
  rm -f build-fuzz.log
  artifacts="$root/build-fuzz/artifacts"
  mkdir -p "$artifacts"
  work=$(mktemp -d "${TMPDIR:-/tmp}/perfeval-fuzz.XXXXXX")  # new corpus entries: never into git
  trap 'rm -rf "$work"' EXIT
  # fuzzer  -max_len  dictionary
  while read -r fuzzer max_len dict; do
    say "$fuzzer for $seconds s … ($(elapsed))"
    mkdir -p "$work/$fuzzer"
    args=("$work/$fuzzer" "tests/fuzz/corpus/$fuzzer"
          -max_total_time="$seconds" -max_len="$max_len" -rss_limit_mb="$rss_mb" -timeout=30
          -artifact_prefix="$artifacts/$fuzzer-" -print_final_stats=1)
    [ "$dict" = "-" ] || args+=(-dict="$dict")
    log="$root/build-fuzz/$fuzzer.log"
    # One process, no -fork/-jobs: it ends by itself at -max_total_time;
    # timeout only guards against a hang of the process itself.
    ASAN_OPTIONS=abort_on_error=0:detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      timeout --kill-after=10 $((seconds + 300)) "build-fuzz/fuzz/$fuzzer" "${args[@]}" </dev/null >"$log" 2>&1
    rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    say "$fuzzer: exit $rc, ${runs:-?} runs, ${rate:-?} exec/s, $(ls "$work/$fuzzer" | wc -l) new corpus entries"
    if [ $rc -ne 0 ]; then
      grep -E 'ERROR|runtime error|invariant violated|Test unit written' "$log" | head -n 20 >&2
      failures+=("$fuzzer (log: build-fuzz/$fuzzer.log; input: $(ls -t "$artifacts/$fuzzer-"* 2>/dev/null | head -1))")
    fi
  done <<EOF
fuzz_text 1024 tests/fuzz/form.dict
fuzz_form 8192 tests/fuzz/form.dict
fuzz_numbers 130 -
fuzz_family 4096 -
EOF
else
  tail -n 40 build-fuzz.log >&2
  failures+=("fuzz build (log: build-fuzz.log)")
fi

# ---- 3. the benchmarks still build --------------------------------------------
# Not part of the default build (nothing runs them in CI): compiling them here
# keeps them from falling behind the code they measure. In build/, which
# ./test.sh has configured (with the system compiler).
say "benchmarks build (build/, perfeval-bench perfeval-check-bench) … ($(elapsed))"
if ! env -u CC -u CXX cmake -S . -B build -DPERFEVAL_WERROR="${PERFEVAL_WERROR:-OFF}" >build-bench.log 2>&1 ||
   ! cmake --build build --target perfeval-bench perfeval-check-bench -j"$jobs" >>build-bench.log 2>&1; then
  tail -n 40 build-bench.log >&2
  failures+=("benchmark build (log: build-bench.log)")
else
  rm -f build-bench.log
fi

# ---- result -------------------------------------------------------------------
if [ ${#failures[@]} -gt 0 ]; then
  say "FAILED after $(elapsed):"
  printf '  %s\n' "${failures[@]}" >&2
  say "reproduce a finding: build-fuzz/fuzz/<fuzzer> <input>"
  exit 1
fi
say "all passed in $(elapsed)"
