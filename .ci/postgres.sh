#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the server tests and the bench.
#
#   eval "$(bash .ci/postgres.sh start)"   # exports DATABASE_URL and WORKBENCH_PG_DIR
#   DATABASE_URL=… npx vitest run src/server
#   bash .ci/postgres.sh stop "$WORKBENCH_PG_DIR"
#
# `start` prints two eval-able lines on stdout and nothing else there:
#   export DATABASE_URL='postgres://postgres@127.0.0.1:<port>/postgres'
#   export WORKBENCH_PG_DIR='<temp dir>'
# The cluster lives in a temp dir (data, log, unix socket), listens on a free
# loopback port and trusts loopback connections: it is for tests only.
# initdb refuses to run as root, so as root the cluster runs as the `postgres`
# user (or $PG_USER).
set -euo pipefail

find_bin() {
  if command -v "$1" >/dev/null 2>&1; then command -v "$1"; return; fi
  for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin /usr/local/pgsql/bin; do
    if [ -x "$dir/$1" ]; then echo "$dir/$1"; return; fi
  done
  echo "postgres.sh: $1 not found (install PostgreSQL 15 or put its bin dir on PATH)" >&2
  exit 1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u "${PG_USER:-postgres}" -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

start() {
  local initdb pg_ctl dir port
  initdb=$(find_bin initdb)
  pg_ctl=$(find_bin pg_ctl)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/workbench-pg-XXXXXX")
  chmod 755 "$dir"
  if [ "$(id -u)" = 0 ]; then chown "${PG_USER:-postgres}" "$dir"; fi
  as_owner "$initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  port=$(free_port)
  # fsync off: a test cluster that is thrown away needs no durability.
  as_owner "$pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  echo "export DATABASE_URL='postgres://postgres@127.0.0.1:$port/postgres'"
  echo "export WORKBENCH_PG_DIR='$dir'"
}

stop() {
  local dir=${1:?usage: postgres.sh stop <dir>}
  case "$dir" in */workbench-pg-*) ;; *) echo "postgres.sh: $dir is not a cluster made by this script" >&2; exit 1 ;; esac
  if [ -d "$dir/data" ]; then as_owner "$(find_bin pg_ctl)" -D "$dir/data" -m fast -w stop >/dev/null || true; fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop <dir>" >&2; exit 2 ;;
esac
