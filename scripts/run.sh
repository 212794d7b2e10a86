#!/usr/bin/env bash
# Sets up everything, starts PostgreSQL, the API (with its workers) and the steward UI, loads the sample, prints the URLs.
#   scripts/run.sh         start (or restart) the whole system
#   scripts/run.sh stop    stop it
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
state="$root/.mdm"
api_port=${MDM_API_PORT:-5080}
ui_port=${MDM_UI_PORT:-5081}
pg_port=${MDM_PG_PORT:-55439}
mkdir -p "$state/logs"

stop_app() {
  local name=$1
  if [ -f "$state/$name.pid" ]; then
    kill "$(cat "$state/$name.pid")" 2>/dev/null || true
    rm -f "$state/$name.pid"
  fi
}

if [ "${1:-}" = "stop" ]; then
  stop_app api; stop_app ui
  scripts/pg.sh stop "$state/pg"
  echo "CustomerMdm stopped."
  exit 0
fi

scripts/setup.sh
connection=$(scripts/pg.sh start "$state/pg" "$pg_port")
psql_in() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -tAc "$1"; }
[ "$(psql_in "SELECT 1 FROM pg_database WHERE datname = 'mdm'")" = 1 ] || psql_in "CREATE DATABASE mdm" >/dev/null

# A local admin key, made once and kept out of git (.mdm/ is ignored).
[ -f "$state/admin-api-key" ] || echo "mdm_local_$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')" > "$state/admin-api-key"
admin_key=$(cat "$state/admin-api-key")
# The first steward admin of the UI, likewise made once (override with MDM_STEWARD_ADMIN_EMAIL / _PASSWORD).
steward_email=${MDM_STEWARD_ADMIN_EMAIL:-admin@customermdm.local}
[ -f "$state/steward-admin-password" ] || echo "Mdm-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')" > "$state/steward-admin-password"
steward_password=${MDM_STEWARD_ADMIN_PASSWORD:-$(cat "$state/steward-admin-password")}

echo "Building..."
dotnet build CustomerMdm.sln -c Release -v quiet -nologo >"$state/logs/build.log" 2>&1 || { cat "$state/logs/build.log"; exit 1; }

start_app() {
  local name=$1 project=$2 port=$3
  stop_app "$name"
  # Each process keeps its own candidate index, persisted between starts.
  ConnectionStrings__Mdm="$connection" MDM_ADMIN_API_KEY="$admin_key" ASPNETCORE_URLS="http://127.0.0.1:$port" \
    MDM_STEWARD_ADMIN_EMAIL="$steward_email" MDM_STEWARD_ADMIN_PASSWORD="$steward_password" \
    Matching__IndexPath="$state/index/$name" \
    nohup dotnet run --no-build --no-launch-profile -c Release --project "$project" >"$state/logs/$name.log" 2>&1 &
  echo $! >"$state/$name.pid"
}
start_app api Mdm.Api "$api_port"
start_app ui Mdm.Stewardship.Web "$ui_port"

wait_ready() {
  local name=$1 port=$2
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$(cat "$state/$name.pid")" 2>/dev/null || break
    sleep 1
  done
  echo "$name did not become ready; see .mdm/logs/$name.log" >&2
  tail -20 "$state/logs/$name.log" >&2
  exit 1
}
wait_ready api "$api_port"
wait_ready ui "$ui_port"

echo "Loading the sample (data-samples/sample)..."
dotnet run --no-build -c Release --project data-samples/Mdm.DataSamples -- \
  load "http://127.0.0.1:$api_port" "$admin_key" data-samples/sample/source-records.jsonl

cat <<INFO

CustomerMdm is running.
  API              http://127.0.0.1:$api_port/api/v1   (docs: http://127.0.0.1:$api_port/docs)
  Steward UI       http://127.0.0.1:$ui_port/
  Steward sign-in  $steward_email / $steward_password   (admin; add stewards and viewers under Accounts)
  Admin API key    $admin_key      (export MDM_KEY=\$(cat .mdm/admin-api-key))
  PostgreSQL       $connection
  Logs             .mdm/logs/
Stop everything with: scripts/run.sh stop
INFO
