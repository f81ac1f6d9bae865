#!/usr/bin/env bash
# Coverage-guided fuzzing of one parser with libFuzzer and the address sanitizer:
#   scripts/fuzz.sh TARGET SECONDS [release|debug]
# TARGET is document (the whole analysis of any format), docx, html, numerals, query or multipart (an upload's body). The corpus starts from the
# samples and grows in .build-fuzz/corpus/TARGET; an input that crashes is saved in .build-fuzz/findings/TARGET and
# replays with `.build/debug/fazhi-fuzz FILE` (FAZHI_FUZZ_TARGET=TARGET). Exit 0 when nothing crashed.
# The build is optimized (release), as libFuzzer advises: two to three times the inputs a second; `debug` builds
# faster, for short runs (the test command's).
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:-}"
seconds="${2:-60}"
configuration="${3:-release}"
case "$target" in
  document|docx|html|numerals|query|multipart) ;;
  *) echo "usage: scripts/fuzz.sh TARGET SECONDS [release|debug], TARGET one of document, docx, html, numerals, query, multipart" >&2; exit 2 ;;
esac
case "$configuration" in
  release|debug) ;;
  *) echo "scripts/fuzz.sh: the build is release or debug, not $configuration" >&2; exit 2 ;;
esac
# The targets reach internals through @testable imports, which an optimized build allows with -enable-testing.
swift build -c "$configuration" --product fazhi-fuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -enable-testing >&2
corpus=".build-fuzz/corpus/$target"
findings=".build-fuzz/findings/$target"
mkdir -p "$corpus" "$findings"
if [ -z "$(ls -A "$corpus")" ]; then
  case "$target" in
    document) find Samples -type f \( -name '*.txt' -o -name '*.html' -o -name '*.docx' \) -exec cp {} "$corpus/" \; ;;
    docx) cp Samples/*.docx "$corpus/" ;;
    html) cp Samples/*.html "$corpus/" ;;
    # One line each: figures, dates, numerals written every way the reports write them.
    numerals|query) find Samples -maxdepth 1 -name '*.txt' -exec sh -c 'split -l 1 -a 4 "$1" "$2/$(basename "$1")-"' _ {} "$corpus" \; ;;
    # The boundary on the first line, then a body as browsers send it: a file, a field, a file without a name.
    multipart) printf 'b7\n--b7\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\n%s\r\n--b7\r\nContent-Disposition: form-data; name="token"\r\n\r\nsecret\r\n--b7\r\nContent-Disposition: form-data; name="files"; filename=""\r\n\r\n\r\n--b7--\r\n' "$(head -c 2000 Samples/01-county-utf8.txt)" > "$corpus/form" ;;
  esac
fi
FAZHI_FUZZ_TARGET="$target" ".build-fuzz/$configuration/fazhi-fuzz" "$corpus" -max_total_time="$seconds" -max_len=65536 \
  -timeout=20 -rss_limit_mb=4096 -artifact_prefix="$findings/" -print_final_stats=1
