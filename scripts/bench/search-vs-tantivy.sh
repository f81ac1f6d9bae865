#!/usr/bin/env bash
# Fazhi's search beside tantivy with character bigrams, on the same generated reports and the same queries, in one run:
#   scripts/bench/search-vs-tantivy.sh [COUNT]      (COUNT generated reports, 20,000 by default)
# Builds the release binaries, writes the reports and ingests them with `fazhi ingest` (both kept in
# .build/search-bench-COUNT and reused), installs tantivy from PyPI into .build/python-bench, cuts 300 queries each of
# 2, 4 and 8 characters from the reports, then times both engines and prints p50 and p99 (ms) and Fazhi's ratio to
# tantivy returning paths only and to tantivy returning a snippet of each hit too, as Fazhi does.
set -euo pipefail
cd "$(dirname "$0")/../.."
count="${1:-20000}"
swift build -c release --static-swift-stdlib --product fazhi >&2
swift build -c release --static-swift-stdlib --product fazhi-bench >&2
work=".build/search-bench-$count"
mkdir -p "$work"
if [ ! -f "$work/fazhi.sqlite" ]; then
  rm -rf "$work/corpus"
  mv "$(.build/release/fazhi-bench corpus "$count" | tail -1)" "$work/corpus"
  .build/release/fazhi ingest --db "$work/fazhi.sqlite.partial" "$work/corpus" >&2
  mv "$work/fazhi.sqlite.partial" "$work/fazhi.sqlite"
fi
venv=.build/python-bench
if ! "$venv/bin/python3" -c "import tantivy" 2>/dev/null; then
  rm -rf "$venv"
  python3 -m venv "$venv" || { scripts/setup.sh python3-venv; python3 -m venv "$venv"; }
  "$venv/bin/python3" -m pip install -q tantivy
fi
"$venv/bin/python3" scripts/bench/tantivy-search.py queries "$work/corpus" "$work/queries.txt"
"$venv/bin/python3" scripts/bench/tantivy-search.py search "$work/corpus" "$work/queries.txt" | tee "$work/tantivy.txt"
.build/release/fazhi-bench search "$work/fazhi.sqlite" "$work/queries.txt" | tee "$work/fazhi.txt"
echo
echo "$count reports; p50 / p99 in ms; Fazhi's p99 over tantivy's (no filter), paths only and with snippets"
awk '$1 == "tantivy" { t50[$2] = $4; t99[$2] = $5 }
     $1 == "tantivy-snippets" { s50[$2] = $4; s99[$2] = $5 }
     $1 == "fazhi" && $3 == "all" { f50[$2] = $4; f99[$2] = $5 }
     $1 == "fazhi" && $3 == "province" { p50[$2] = $4; p99[$2] = $5 }
     END { printf "%-11s %-15s %-19s %-15s %-20s %-14s %s\n", "characters", "tantivy", "tantivy+snippets", "fazhi",
                  "fazhi, one province", "ratio, paths", "ratio, snippets"
           for (n = 1; n <= 64; n++) if (n in t50) printf "%-11s %-15s %-19s %-15s %-20s %-14.1f %.1f\n", n, t50[n] " / " t99[n],
                                 s50[n] " / " s99[n], f50[n] " / " f99[n], p50[n] " / " p99[n], f99[n] / t99[n], f99[n] / s99[n] }' "$work/tantivy.txt" "$work/fazhi.txt"
