#!/usr/bin/env bash
# Load test of the web register on loopback: wrk against a meeting page and a search page, bounded in time.
# Usage: bench/load-test.sh [DB]   (DB defaults to a fresh register of samples/ and ../shared/corpus)
# Env: DURATION (10s), CONNECTIONS (50), THREADS (2), CONFIG (Release), MINUTEBOOK_DLL (a built Minutebook.Cli.dll)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }
DURATION=${DURATION:-10s}; CONNECTIONS=${CONNECTIONS:-50}; THREADS=${THREADS:-2}; CONFIG=${CONFIG:-Release}
if [ -z "${MINUTEBOOK_DLL:-}" ]; then
  dotnet build -c "$CONFIG" src/Minutebook.Cli -v quiet -nologo >/dev/null
  MINUTEBOOK_DLL=src/Minutebook.Cli/bin/$CONFIG/net10.0/Minutebook.Cli.dll
fi
work=$(mktemp -d); trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
DB=${1:-$work/register.db}
INGEST=()
if [ -z "${1:-}" ]; then INGEST=(--ingest samples); [ -d ../shared/corpus ] && INGEST+=(../shared/corpus); fi
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
dotnet "$MINUTEBOOK_DLL" serve --urls "http://127.0.0.1:$PORT" --db "$DB" "${INGEST[@]}" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 600); do grep -q "serving the register" "$work/server.log" && break; sleep 0.5; done
BASE="http://127.0.0.1:$PORT"
MEETING=$(curl -s "$BASE/meetings" | grep -o 'href="/meetings/[^"]*"' | head -1 | sed 's/href="//; s/"$//')
[ -n "$MEETING" ] || { echo "no meeting in the register" >&2; cat "$work/server.log" >&2; exit 1; }
cat >"$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("requests/s %.1f  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  requests %d  errors %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, errors))
end
LUA
curl -s -o /dev/null "$BASE$MEETING"; curl -s -o /dev/null "$BASE/search?q=discharge+to+assess"  # warm up
for path in "$MEETING" "/search?q=discharge+to+assess"; do
  echo "== $path ($CONNECTIONS connections, $DURATION)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 5s -s "$work/report.lua" "$BASE$path" | tail -1
done
