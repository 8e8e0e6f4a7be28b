#!/usr/bin/env bash
# Quick start, command 2: install the Debian packages if missing, build everything (Release,
# assertions on) and run the whole test suite with CTest. Benchmarks are built, not run.
set -euo pipefail
cd "$(dirname "$0")/.."
./tools/setup-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
