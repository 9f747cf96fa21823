#!/usr/bin/env bash
# System packages the tests need beyond Python: bubblewrap (the grading sandbox),
# Chromium (browser tests) and poppler-utils (PDF checks). Installs them with apt when
# we can (root on Debian/Ubuntu); otherwise says what is missing and carries on.
set -u
need=()
command -v bwrap >/dev/null 2>&1 || need+=(bubblewrap)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing system packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "missing system packages (install them with your package manager): ${need[*]}" >&2
fi
