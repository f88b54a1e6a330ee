#!/usr/bin/env bash
# Configures and builds everything into build/ (the .oxt is build/perfeval.oxt).
# PERFEVAL_WERROR=ON (as .ci/run sets it) makes every compiler warning an error.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" \
  -DPERFEVAL_WERROR="${PERFEVAL_WERROR:-OFF}" >/dev/null
cmake --build build -j"$(nproc)"
