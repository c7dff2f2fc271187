#!/usr/bin/env bash
# GOV.UK Frontend for the web register, from npm (package-lock.json pins it); the build embeds its dist files.
set -euo pipefail
cd "$(dirname "$0")/../../src/Minutebook.Web"
if ! command -v npm >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq nodejs npm >/dev/null
fi
if [ ! -f node_modules/govuk-frontend/package.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
