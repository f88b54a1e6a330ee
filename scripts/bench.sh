#!/usr/bin/env bash
# scripts/bench.sh [--rows N] [--runs K]: installs what is missing (as root),
# builds, builds the benchmark (build/bin/perfeval-bench and the floor add-in
# build/bench/perfeval-bench-floor.oxt, which ./test.sh never builds) and runs
# it. See bench/README.md. Exit 0 when it measured (also on a missed goal).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

./scripts/setup-deps.sh
./scripts/build.sh
cmake --build build -j"$(nproc)" --target perfeval-bench perfeval_bench_floor_oxt
exec build/bin/perfeval-bench "$@"
