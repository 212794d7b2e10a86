#!/usr/bin/env bash
# Provisions a private PostgreSQL 15 cluster in a folder (no Docker, no system service).
#   scripts/pg.sh start DATA_DIR PORT [--fast]   create the cluster if needed, start it, print its connection string
#   scripts/pg.sh stop  DATA_DIR [--remove]      stop it (and delete the cluster: throwaway test clusters)
# Used by scripts/run.sh, by the test fixture and so by CI. --fast trades durability for speed (tests only).
set -euo pipefail

PG_VERSION=15
BIN=/usr/lib/postgresql/$PG_VERSION/bin

as_owner() {
  # initdb and postgres refuse to run as root; run them as the postgres user then.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

ensure_installed() {
  [ -x "$BIN/pg_ctl" ] && return
  echo "Installing PostgreSQL $PG_VERSION from Debian..." >&2
  local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "postgresql-$PG_VERSION" >&2
}

start() {
  local dir=$1 port=$2 fast=${3:-}
  ensure_installed
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; chmod 700 "$dir"; fi
  if [ ! -f "$dir/PG_VERSION" ]; then
    as_owner "$BIN/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  local opts="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=400"
  if [ "$fast" = "--fast" ]; then
    opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  fi
  if ! as_owner "$BIN/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    as_owner "$BIN/pg_ctl" -D "$dir" -o "$opts" -l "$dir/server.log" -w -t 60 start >/dev/null
  fi
  echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=mdm"
}

stop() {
  local dir=$1 remove=${2:-}
  [ -f "$dir/PG_VERSION" ] || return 0
  if [ "$remove" = "--remove" ]; then
    as_owner "$BIN/pg_ctl" -D "$dir" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
  else
    as_owner "$BIN/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
  fi
}

case "${1:-}" in
  start) start "$2" "$3" "${4:-}" ;;
  stop) stop "$2" "${3:-}" ;;
  *) echo "usage: $0 start DATA_DIR PORT [--fast] | stop DATA_DIR [--remove]" >&2; exit 2 ;;
esac
