#!/usr/bin/env bash
# POST /golden-records/match latency over HTTP against the real API and a real PostgreSQL holding N golden records.
# A private cluster; the schema from the API's own start-up migration; the hub seeded in bulk (match-latency
# --connection); the API started again in Release, so it rebuilds its candidate index from the seeded rows; then the
# measurement (match-latency --api). Everything it starts is stopped at the end and the cluster removed.
#   benchmarks/match-latency.sh [GOLDENS] [REQUESTS]     defaults 100000 and 5000; logs in .mdm/match-latency/
set -euo pipefail
cd "$(dirname "$0")/.."
goldens=${1:-100000}
requests=${2:-5000}
# Away from scripts/run.sh (55439, 5080, 5081); the tests pick free ports.
pg_port=${MDM_BENCH_PG_PORT:-55491}
api_port=${MDM_BENCH_API_PORT:-5091}
api_url="http://127.0.0.1:$api_port"
logs=.mdm/match-latency
work=$(mktemp -d "${TMPDIR:-/tmp}/mdm-match-latency.XXXXXX")
chmod 755 "$work" # pg.sh runs PostgreSQL as the postgres user when we are root
mkdir -p "$logs"
admin_key="mdm_bench_$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
api_pid=""

stop_api() {
  if [ -n "$api_pid" ]; then
    kill "$api_pid" 2>/dev/null || true
    wait "$api_pid" 2>/dev/null || true
    api_pid=""
  fi
}
cleanup() {
  stop_api
  scripts/pg.sh stop "$work/pg" --remove
  rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s.%N; }
seconds_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# Started from its build output (its appsettings.json), so $! is the API process itself.
start_api() {
  local log=$1 index=$2
  (
    cd Mdm.Api/bin/Release/net10.0
    ConnectionStrings__Mdm="$connection" MDM_ADMIN_API_KEY="$admin_key" ASPNETCORE_URLS="$api_url" \
      Matching__IndexPath="$index" Sync__RunWorkers=false RateLimiting__DefaultRequestsPerMinute=1000000 \
      Logging__Console__FormatterName=simple Logging__Console__FormatterOptions__TimestampFormat="HH:mm:ss.fff " \
      exec dotnet Mdm.Api.dll
  ) >"$log" 2>&1 &
  api_pid=$!
  for _ in $(seq 1 1800); do
    curl -fs "$api_url/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$api_pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "The API did not become ready; see $log" >&2
  tail -20 "$log" >&2
  exit 1
}

echo "Building (Release)..."
dotnet build Mdm.Api -c Release -v quiet -nologo >"$logs/build.log" 2>&1 || { cat "$logs/build.log"; exit 1; }
dotnet build benchmarks/Mdm.Benchmarks -c Release -v quiet -nologo >>"$logs/build.log" 2>&1 ||
  { cat "$logs/build.log"; exit 1; }
bench() { dotnet benchmarks/Mdm.Benchmarks/bin/Release/net10.0/Mdm.Benchmarks.dll match-latency "$@"; }

connection=$(scripts/pg.sh start "$work/pg" "$pg_port")
psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -qc "CREATE DATABASE mdm"

echo "Creating the schema (the API migrates at start)..."
start_api "$logs/api-migrate.log" "$work/index-migrate"
stop_api

echo "Seeding $goldens golden records..."
started=$(now)
bench --goldens "$goldens" --connection "$connection"
echo "Seeding took $(seconds_since "$started") s in all"

echo "Starting the API on the seeded hub (its candidate index is rebuilt from the database)..."
started=$(now)
start_api "$logs/api.log" "$work/index"
echo "API ready in $(seconds_since "$started") s"
# The index is loaded right after the migration check: the time between their log lines is the rebuild.
awk '/^[0-9:.]+ (info|warn|fail)/ { split($1, t, ":"); at = t[1] * 3600 + t[2] * 60 + t[3] }
  /Database migrated and ready/ { ready = at }
  /Candidate index rebuilt/ { printf "%s (%.1f s after the migration check)\n", $0, at - ready }' "$logs/api.log"

# The client, the API and PostgreSQL share the machine: anything else running skews the figures.
echo "Load average before the measurement: $(cut -d' ' -f1-3 /proc/loadavg)"
bench --goldens "$goldens" --requests "$requests" --api "$api_url" --admin-key "$admin_key"
echo "Load average after the measurement: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "API resident memory after the run: $(($(ps -o rss= -p "$api_pid") / 1024)) MiB"
