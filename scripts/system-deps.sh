#!/usr/bin/env bash
# System packages the tests need beyond Python: bubblewrap (the grading sandbox),
# Chromium (browser tests), poppler-utils (PDF checks), LaTeX (PDF editions) and npm (fetches
# the Pyodide runtime for the exercise pages' Run button; course/pyodide_runtime.py). Installs them with apt when
# we can (root on Debian/Ubuntu); otherwise says what is missing and carries on.
set -u
need=()
command -v bwrap >/dev/null 2>&1 || need+=(bubblewrap)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v npm >/dev/null 2>&1 || need+=(npm)
# The PDF editions (LaTeX route, `course pdf`): latexmk and the TeX Live packages that
# Sphinx's LaTeX output uses (about 400 MB). Only the packages not yet installed.
tex=(latexmk texlive-latex-recommended texlive-latex-extra texlive-fonts-recommended tex-gyre
     texlive-lang-cyrillic latex-cjk-chinese latex-cjk-chinese-arphic-gbsn00lp   # Kyrgyz and Chinese source titles
     cm-super-minimal)   # vector (Type 1) fonts for Cyrillic: without it TeX draws bitmap Type 3 fonts
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${tex[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || need+=("$p")
  done
else
  command -v latexmk >/dev/null 2>&1 || need+=("${tex[@]}")
fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing system packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "missing system packages (install them with your package manager): ${need[*]}" >&2
fi
