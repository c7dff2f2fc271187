#!/usr/bin/env bash
# Debian's chromium for the Playwright browser tests (Playwright never downloads a browser here).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
