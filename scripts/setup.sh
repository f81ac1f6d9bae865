#!/usr/bin/env bash
# Installs what Fazhi needs beyond the Swift toolchain: poppler-utils (pdftotext) for PDF input.
# Idempotent; run as root on a Debian machine (as CI and the development machines are).
set -euo pipefail
if ! command -v pdftotext >/dev/null 2>&1; then
  echo "setup: installing poppler-utils (pdftotext) for PDF input" >&2
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq poppler-utils >/dev/null
fi
