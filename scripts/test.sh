#!/usr/bin/env bash
# The test command: set up (including headless Chromium for the browser test), build once, run every suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh chromium fonts-wqy-microhei
swift build --build-tests
swift test --skip-build
