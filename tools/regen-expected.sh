#!/usr/bin/env bash
# Regenerates scenarios/expected/*.summary.json from the current code (the golden tests compare
# against them). Review the diff before committing: a changed number is a changed behaviour.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
cmake --build "$build" --target tests_cli
STACKTWIN_REGEN_EXPECTED=1 "$build/tests/tests_cli" --gtest_filter='Scenarios/GoldenScenario.*:ScheduleCli.ExplainBreakdownIsPinned' >/dev/null || true
"$build/tests/tests_cli" --gtest_filter='Scenarios/GoldenScenario.*' | tail -1
git status --short scenarios/expected tests/cli/data
