#!/usr/bin/env bash
# The whole test suite: builds the site at the root and under a sub-path, then runs the unit and
# browser tests (Vitest), and ends with one line "N passed, N failed" for all of them.
set -uo pipefail
cd "$(dirname "$0")/.."

set -e
node scripts/build.mjs
OUT_DIR=dist-subpath BASE_PATH=/handbook/ node scripts/build.mjs
set +e

mkdir -p test-results
vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
status=$?
node scripts/summarize-tests.mjs test-results/vitest.json || status=1
exit $status
