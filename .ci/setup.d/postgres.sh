#!/usr/bin/env bash
# PostgreSQL for the store tests: Debian's server, a throwaway cluster on 127.0.0.1 (port 54329),
# a role and a database for the tests. Idempotent: a running cluster is left as it is.
# The tests connect with MINUTEBOOK_TEST_PG, or by default with
#   Host=127.0.0.1;Port=54329;Username=minutebook;Password=minutebook;Database=minutebook_test
set -euo pipefail
PORT=${MINUTEBOOK_PG_PORT:-54329}
ROOT=${MINUTEBOOK_PG_DIR:-/tmp/minutebook-pg-$PORT}

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

if [ "$(id -u)" = 0 ]; then
  OWNER=postgres
  as_owner() { runuser -u postgres -- "$@"; }
else
  OWNER=$(id -un)
  as_owner() { "$@"; }
fi

if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  echo "postgres: already running on 127.0.0.1:$PORT"
else
  mkdir -p "$ROOT"
  chown "$OWNER" "$ROOT"
  if [ ! -f "$ROOT/data/PG_VERSION" ]; then
    as_owner "$BIN/initdb" -D "$ROOT/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      --no-instructions -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  as_owner "$BIN/pg_ctl" -D "$ROOT/data" -l "$ROOT/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $ROOT -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
  echo "postgres: started on 127.0.0.1:$PORT (data in $ROOT/data)"
fi

psql_local() { as_owner "$BIN/psql" -h "$ROOT" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(psql_local -c "SELECT 1 FROM pg_roles WHERE rolname = 'minutebook'")" != 1 ]; then
  psql_local -c "CREATE ROLE minutebook LOGIN PASSWORD 'minutebook'"
fi
if [ "$(psql_local -c "SELECT 1 FROM pg_database WHERE datname = 'minutebook_test'")" != 1 ]; then
  psql_local -c "CREATE DATABASE minutebook_test OWNER minutebook"
fi
echo "postgres: role minutebook, database minutebook_test ready"
