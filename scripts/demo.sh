#!/usr/bin/env bash
# The main job on a fresh machine: set up, build, ingest the bundled fictional sample reports into
# the embedded database (fazhi.sqlite, or $FAZHI_DB), then print the stats and a sample search.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product fazhi
fazhi=.build/release/fazhi
"$fazhi" ingest Samples/
echo
"$fazhi" stats
echo
"$fazhi" search 行政复议 --limit 3
