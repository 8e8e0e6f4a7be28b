#!/usr/bin/env bash
# Quick start, command 1: install the Debian packages, build (Release, assertions on) and run
# the bundled default scenario, printing its summary. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
./tools/setup-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target stacktwin
./build/sim/cli/stacktwin run scenarios/quickstart.yaml --summary-json quickstart.summary.json
