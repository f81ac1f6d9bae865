#!/usr/bin/env bash
# The test command: set up (including headless Chromium for the browser test and a throw-away PostgreSQL), build once,
# run every suite.
set -euo pipefail
cd "$(dirname "$0")/.."
# The tests read the team's shared development corpus beside the checkout; say so once if it is not there.
for corpus in "${FAZHI_DEV_CORPUS:-../shared/corpus/dev}" "${FAZHI_OPENINGS_CORPUS:-../shared/corpus/openings}"; do
  if [ ! -d "$corpus" ]; then
    echo "test: $corpus is missing: the tests read the team's shared development corpus (../shared/corpus/dev and" \
      "../shared/corpus/openings beside this checkout); put it there or name the folders with FAZHI_DEV_CORPUS and" \
      "FAZHI_OPENINGS_CORPUS" >&2
    exit 1
  fi
done
scripts/setup.sh chromium chromium-driver fonts-wqy-microhei
# The OpenAPI document is checked with openapi-spec-validator, the API fuzzed with schemathesis, and a reviewer's
# session driven through Chromium with Selenium, all from PyPI, installed into a virtual environment under .build
# (never into the system's Python).
venv=.build/python
if ! "$venv/bin/python3" -m pip --version >/dev/null 2>&1; then
  rm -rf "$venv"
  mkdir -p .build
  if ! python3 -m venv "$venv" >/dev/null 2>&1; then
    rm -rf "$venv"
    scripts/setup.sh python3-venv
    python3 -m venv "$venv"
  fi
fi
"$venv/bin/python3" -c "import openapi_spec_validator, schemathesis, selenium" 2>/dev/null \
  || "$venv/bin/python3" -m pip install -q openapi-spec-validator schemathesis selenium
export FAZHI_PYTHON="$PWD/$venv/bin/python3"
# The store contract runs on PostgreSQL too: a throw-away cluster on loopback for this run, stopped at the end.
trap 'scripts/postgres.sh stop .build/postgres' EXIT
FAZHI_TEST_POSTGRES=$(scripts/postgres.sh start .build/postgres | tail -1)
export FAZHI_TEST_POSTGRES
swift build --build-tests
swift test --skip-build
# A short coverage-guided fuzzing run of each parser (libFuzzer with the address sanitizer; scripts/fuzz.sh).
for target in document docx html numerals query multipart; do
  log=".build/fuzz-$target.log"
  if ! scripts/fuzz.sh "$target" 20 debug > "$log" 2>&1; then
    grep -v 'ld.gold: warning' "$log" | tail -40 >&2
    echo "fuzz: $target failed; a crashing input is kept in .build-fuzz/findings/$target" >&2
    exit 1
  fi
  echo "fuzz $target: $(grep -E '^Done' "$log")"
done
