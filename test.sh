#!/usr/bin/env bash
# ./test.sh: installs what is missing (as root), builds, and runs every test,
# unit and integration (real headless LibreOffice). Non-zero on any failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

./scripts/setup-deps.sh
./scripts/build.sh
cd build
ctest --output-on-failure -j"$(nproc)"
