#!/usr/bin/env bash
# The main job on a fresh machine: set up, build, ingest the bundled fictional sample reports into
# the embedded database (fazhi.sqlite, or $FAZHI_DB), print the stats and a sample search, then
# serve the review desk and the REST API and print the URL (Ctrl-C stops).
# FAZHI_PORT sets the port (default 8080); FAZHI_TOKEN, if set, allows uploads with that token.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# The Swift runtime and Foundation are linked into the binary: direct runtime calls, a faster start (README, Benchmark).
swift build -c release --static-swift-stdlib --product fazhi
fazhi=.build/release/fazhi
"$fazhi" ingest Samples/
# A supervising office: 衢州市's roster of departments, then who has reported for 2023 (the desk's 报送情况 too).
"$fazhi" roster import Samples/supervision/衢州市部门名单.csv
echo
"$fazhi" status --scope 衢州市 --year 2023
echo
"$fazhi" stats
echo
"$fazhi" search 行政复议 --limit 3
echo
# Demo users (Samples/supervision/demo-users.json): sign in on the desk with the token demo-reviewer to review,
# demo-admin to upload as well.
exec "$fazhi" serve --port "${FAZHI_PORT:-8080}" --users Samples/supervision/demo-users.json --office 衢州市司法局
