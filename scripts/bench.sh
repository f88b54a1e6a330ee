#!/usr/bin/env bash
# scripts/bench.sh [--rows N] [--runs K] ...   the recalculation benchmark
# scripts/bench.sh --checker [--rows N] [--runs K] [--files F] ...
#                                              the checker benchmark
# scripts/bench.sh --all                       both, with their defaults
#
# Installs what is missing (as root), builds, builds the benchmark targets
# (which ./test.sh never builds) and runs them. See bench/README.md:
#   recalculation: build/bin/perfeval-bench and the floor add-in
#                  build/bench/perfeval-bench-floor.oxt;
#   checker:       build/bin/perfeval-check-bench (org.perfeval.Validator on
#                  the seed and a 10,000-row form, perfeval-check on 100 files).
# Arguments after the mode go to that benchmark (--help lists them).
# Exit 0 when it measured (also on a missed goal).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

mode=recalc
case "${1:-}" in
  --checker) mode=checker; shift ;;
  --all) mode=all; shift ;;
esac
if [[ $mode == all && $# -gt 0 ]]; then
  echo "scripts/bench.sh --all takes no further arguments" >&2
  exit 2
fi

./scripts/setup-deps.sh
./scripts/build.sh
case $mode in
  recalc)
    cmake --build build -j"$(nproc)" --target perfeval-bench perfeval_bench_floor_oxt
    exec build/bin/perfeval-bench "$@" ;;
  checker)
    cmake --build build -j"$(nproc)" --target perfeval-check-bench
    exec build/bin/perfeval-check-bench "$@" ;;
  all)
    cmake --build build -j"$(nproc)" --target perfeval-bench perfeval_bench_floor_oxt perfeval-check-bench
    build/bin/perfeval-bench
    exec build/bin/perfeval-check-bench ;;
esac
