#!/usr/bin/env bash
# The test command: set up (including headless Chromium for the browser test), build once, run every suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh chromium fonts-wqy-microhei
# The OpenAPI document is checked with openapi-spec-validator and the API fuzzed with
# schemathesis, both from PyPI.
python3 -c "import openapi_spec_validator" 2>/dev/null || python3 -m pip install -q openapi-spec-validator
python3 -c "import schemathesis" 2>/dev/null || python3 -m pip install -q schemathesis
swift build --build-tests
swift test --skip-build
