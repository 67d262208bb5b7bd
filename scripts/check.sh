#!/usr/bin/env bash
# Every check CI runs: lint, types, layer contracts, then the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
echo "== ruff";          .venv/bin/ruff check src tests benchmarks
echo "== mypy";          .venv/bin/mypy
echo "== import-linter"; .venv/bin/lint-imports
# One worker per core, each taking whole files, so a module's server starts once. Most tests
# wait on disks, servers and subprocesses: two workers halved the suite's time on 2 cores.
echo "== pytest";        .venv/bin/pytest -q -p no:cacheprovider -n auto --dist loadfile \
                           --durations=15 "$@"
