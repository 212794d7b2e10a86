#!/usr/bin/env bash
# Import throughput with durable PostgreSQL settings (fsync and synchronous_commit on, as scripts/run.sh): a private
# cluster, the API in Release with its workers, the sample (data-samples/sample, 3,233 source records of five systems
# with the duplicates a retailer has) split by system and imported through POST /api/v1/imports one system after the
# other, ecommerce first. Reports each import's lines per second (from its startedAt to its finishedAt) and the total.
#   benchmarks/import-throughput.sh            logs in .mdm/import-throughput/
set -euo pipefail
cd "$(dirname "$0")/.."
pg_port=${MDM_BENCH_PG_PORT:-55493}
api_port=${MDM_BENCH_API_PORT:-5093}
api_url="http://127.0.0.1:$api_port"
logs=.mdm/import-throughput
work=$(mktemp -d "${TMPDIR:-/tmp}/mdm-import-throughput.XXXXXX")
chmod 755 "$work" # pg.sh runs PostgreSQL as the postgres user when we are root
mkdir -p "$logs"
admin_key="mdm_bench_$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
api_pid=""

cleanup() {
  [ -n "$api_pid" ] && { kill "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true; }
  scripts/pg.sh stop "$work/pg" --remove
  rm -rf "$work"
}
trap cleanup EXIT

echo "Building (Release)..."
dotnet build Mdm.Api -c Release -v quiet -nologo >"$logs/build.log" 2>&1 || { cat "$logs/build.log"; exit 1; }
connection=$(scripts/pg.sh start "$work/pg" "$pg_port")
psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -qc "CREATE DATABASE mdm"
(
  cd Mdm.Api/bin/Release/net10.0
  ConnectionStrings__Mdm="$connection" MDM_ADMIN_API_KEY="$admin_key" ASPNETCORE_URLS="$api_url" \
    Matching__IndexPath="$work/index" Logging__LogLevel__Default=Warning exec dotnet Mdm.Api.dll
) >"$logs/api.log" 2>&1 &
api_pid=$!
for _ in $(seq 1 600); do
  curl -fs "$api_url/health/ready" >/dev/null 2>&1 && break
  kill -0 "$api_pid" 2>/dev/null || { tail -20 "$logs/api.log" >&2; exit 1; }
  sleep 0.5
done

field() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const j=JSON.parse(s);console.log(process.argv[1].split(".").reduce((o,k)=>o?.[k],j))})' "$1"; }
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
total_lines=0 total_seconds=0
for system in ecommerce pos loyalty crm erp; do
  grep "\"sourceSystem\":\"$system\"" data-samples/sample/source-records.jsonl >"$work/$system.jsonl"
  lines=$(wc -l <"$work/$system.jsonl")
  id=$(curl -fs -H "X-Api-Key: $admin_key" -F sourceSystem="$system" -F format=jsonl -F "file=@$work/$system.jsonl" \
    "$api_url/api/v1/imports" | field importId)
  for _ in $(seq 1 3600); do
    view=$(curl -fs -H "X-Api-Key: $admin_key" "$api_url/api/v1/imports/$id")
    status=$(echo "$view" | field status)
    [ "$status" = completed ] || [ "$status" = failed ] && break
    sleep 0.5
  done
  seconds=$(echo "$view" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const j=JSON.parse(s);console.log(((Date.parse(j.finishedAt)-Date.parse(j.startedAt))/1000).toFixed(1))})')
  echo "$system: $lines lines, $status in $seconds s ($(awk -v l="$lines" -v s="$seconds" 'BEGIN { printf "%.0f", l / s }') lines/s); counts $(echo "$view" | field counts | tr -d '\n ')"
  total_lines=$((total_lines + lines))
  total_seconds=$(awk -v a="$total_seconds" -v b="$seconds" 'BEGIN { print a + b }')
done
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "total: $total_lines lines in $total_seconds s ($(awk -v l="$total_lines" -v s="$total_seconds" 'BEGIN { printf "%.0f", l / s }') lines/s)"
