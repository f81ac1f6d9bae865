#!/usr/bin/env bash
# The test command: set up, build once, run every suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --build-tests
swift test --skip-build
