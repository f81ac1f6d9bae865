#!/usr/bin/env bash
# Installs what Fazhi needs beyond the Swift toolchain, from Debian's packages:
#   libsqlite3-dev  SQLite for the embedded report store (GRDB links the system library)
#   poppler-utils   pdftotext, for PDF input
#   poppler-data    the character maps pdftotext needs for Chinese fonts that are not embedded
# and any further packages named as arguments (the tests add chromium and a Chinese font).
# Idempotent; run as root on a Debian machine (as CI and the development machines are).
set -euo pipefail
missing=()
dpkg -s libsqlite3-dev >/dev/null 2>&1 || missing+=(libsqlite3-dev)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
dpkg -s poppler-data >/dev/null 2>&1 || missing+=(poppler-data)
for package in "$@"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
