#!/usr/bin/env bash
# poppler-utils (pdftotext) for the PDF benchmark's comparison run (bench: pdf-vs-pdftotext).
# Idempotent, quiet, non-interactive: nothing happens when pdftotext is already there.
set -euo pipefail
if command -v pdftotext >/dev/null 2>&1; then
  echo "poppler: pdftotext already installed"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq poppler-utils >/dev/null
echo "poppler: installed $(pdftotext -v 2>&1 | head -1)"
