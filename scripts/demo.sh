#!/usr/bin/env bash
# The main job on a fresh machine: set up, build, and analyse the bundled fictional sample reports.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product fazhi
.build/release/fazhi analyze Samples/
