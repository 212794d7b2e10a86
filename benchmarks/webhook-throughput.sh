#!/usr/bin/env bash
# Webhook delivery throughput and end-to-end lag: a private PostgreSQL, the API (Release) with its webhook worker on,
# the Node receiver (tests/webhook-receiver, verifying every delivery with the official standardwebhooks package) and
# one subscription. N new customers are ingested through POST /api/v1/source-records/batch, 1,000 per call, each one
# a golden.created change event; the script waits until the receiver has them all, then reports events delivered
# per second and lag = receiver receipt time - change_events.created_at (same clock: one machine).
# Mode sql: ingest through the API is far slower than 1,000 events/s (matching every record), so the events are
# inserted into the outbox by SQL instead, RATE per second in tenths of a second (a new golden record each), which is
# the worker's input whatever wrote it.
#   benchmarks/webhook-throughput.sh [EVENTS] [api|sql] [RATE]   defaults 20000 api 1000; logs in .mdm/webhook-throughput/
set -euo pipefail
cd "$(dirname "$0")/.."
events=${1:-20000}
mode=${2:-api}
rate=${3:-1000}
pg_port=${MDM_BENCH_PG_PORT:-55492}
api_port=${MDM_BENCH_API_PORT:-5092}
api_url="http://127.0.0.1:$api_port"
logs=.mdm/webhook-throughput
work=$(mktemp -d "${TMPDIR:-/tmp}/mdm-webhook-throughput.XXXXXX")
chmod 755 "$work" # pg.sh runs PostgreSQL as the postgres user when we are root
mkdir -p "$logs"
admin_key="mdm_bench_$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
api_pid="" receiver_pid=""

cleanup() {
  for pid in $api_pid $receiver_pid; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  scripts/pg.sh stop "$work/pg" --remove
  rm -rf "$work"
}
trap cleanup EXIT

[ -d tests/webhook-receiver/node_modules ] || npm ci --prefix tests/webhook-receiver --silent --no-audit --no-fund
echo "Building (Release)..."
dotnet build Mdm.Api -c Release -v quiet -nologo >"$logs/build.log" 2>&1 || { cat "$logs/build.log"; exit 1; }

connection=$(scripts/pg.sh start "$work/pg" "$pg_port")
psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -qc "CREATE DATABASE mdm"
sql() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d mdm -At -c "$1"; }

(
  cd Mdm.Api/bin/Release/net10.0
  ConnectionStrings__Mdm="$connection" MDM_ADMIN_API_KEY="$admin_key" ASPNETCORE_URLS="$api_url" \
    Matching__IndexPath="$work/index" RateLimiting__DefaultRequestsPerMinute=1000000 \
    Webhooks__RunDispatcher=true Webhooks__AllowPrivateNetworks=true Logging__LogLevel__Default=Warning \
    exec dotnet Mdm.Api.dll
) >"$logs/api.log" 2>&1 &
api_pid=$!
for _ in $(seq 1 600); do
  curl -fs "$api_url/health/ready" >/dev/null 2>&1 && break
  kill -0 "$api_pid" 2>/dev/null || { tail -20 "$logs/api.log" >&2; exit 1; }
  sleep 0.5
done

node tests/webhook-receiver/receiver.mjs 0 >"$work/receiver.out" 2>"$logs/receiver.log" &
receiver_pid=$!
for _ in $(seq 1 50); do [ -s "$work/receiver.out" ] && break; sleep 0.1; done
receiver="http://127.0.0.1:$(head -1 "$work/receiver.out")"
received() { curl -fs "$receiver/count" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).received))'; }

secret=$(curl -fs -X POST "$api_url/api/v1/subscriptions" -H "X-Api-Key: $admin_key" -H 'Content-Type: application/json' \
  -d "{\"url\":\"$receiver/hook\",\"eventTypes\":[]}" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).secret))')
curl -fs -X POST "$receiver/secret" --data "$secret" >/dev/null

# One batch of `size` new customers (a loyalty id each, so none matches another) starting at `from`.
post_batch() {
  local from=$1 size=$2
  awk -v f="$from" -v n="$size" 'BEGIN { printf "{\"records\":["; for (i = f; i < f + n; i++) {
    printf "%s{\"sourceSystem\":\"loyalty\",\"sourceId\":\"L-%d\",\"loyaltyId\":\"LY%08d\"}", (i > f ? "," : ""), i, i }
    printf "]}" }' >"$work/batch.json"
  curl -fs -o /dev/null -X POST "$api_url/api/v1/source-records/batch" -H "X-Api-Key: $admin_key" \
    -H 'Content-Type: application/json' --data-binary "@$work/batch.json"
}
wait_for() { # until the receiver holds $1 deliveries, at most $2 s
  for _ in $(seq 1 $(($2 * 4))); do [ "$(received)" -ge "$1" ] && return 0; sleep 0.25; done
  echo "Only $(received) of $1 deliveries arrived within $2 s" >&2
}

echo "Warming up (500 events)..."
post_batch 0 500
wait_for 500 120
warm=$(sql "SELECT max(position) FROM change_events")

echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
started=$(date +%s.%N)
if [ "$mode" = sql ]; then
  echo "Inserting $events change events by SQL, $rate per second..."
  sql "CREATE PROCEDURE bench_events(total int, per_tick int) LANGUAGE plpgsql AS \$\$
    DECLARE t0 timestamptz := clock_timestamp(); tick int := 0; BEGIN
      WHILE tick * per_tick < total LOOP
        INSERT INTO change_events (id, golden_id, sequence, type, data, created_at)
          SELECT gen_random_uuid(), g, 1, 'golden.created', jsonb_build_object('goldenId', g), clock_timestamp()
          FROM (SELECT gen_random_uuid() AS g FROM generate_series(1, least(per_tick, total - tick * per_tick))) x;
        COMMIT; tick := tick + 1;
        PERFORM pg_sleep(greatest(0, extract(epoch FROM t0 + tick * interval '100 ms' - clock_timestamp())));
      END LOOP; END \$\$"
  sql "CALL bench_events($events, $((rate / 10)))"
else
  echo "Ingesting $events new customers, 1,000 per batch call..."
  for ((from = 1000; from < 1000 + events; from += 1000)); do post_batch "$from" $((events + 1000 - from < 1000 ? events + 1000 - from : 1000)); done
fi
ingested=$(date +%s.%N)
total=$(sql "SELECT count(*) FROM change_events")
wait_for "$total" 600
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

sql "SELECT position, (extract(epoch FROM created_at) * 1000)::bigint FROM change_events WHERE position > $warm" >"$work/created.txt"
curl -fs "$receiver/state" >"$work/state.json"
node - "$work/created.txt" "$work/state.json" "$started" "$ingested" <<'EOF'
const fs = require("node:fs");
const [created, state, started, ingested] = process.argv.slice(2);
const committedAt = new Map(fs.readFileSync(created, "utf8").trim().split("\n").map((l) => l.split("|").map(Number)));
const { received, invalid } = JSON.parse(fs.readFileSync(state, "utf8"));
const measured = received.filter((r) => committedAt.has(r.position));
const firstByPosition = new Map();
for (const r of measured) if (!firstByPosition.has(r.position)) firstByPosition.set(r.position, r.receivedAt);
const lags = [...firstByPosition].map(([p, at]) => at - committedAt.get(p)).sort((a, b) => a - b);
const pct = (q) => lags[Math.min(lags.length - 1, Math.floor(q * lags.length))];
const firstCommit = Math.min(...committedAt.values());
const lastReceipt = Math.max(...firstByPosition.values());
const ingestSeconds = Number(ingested) - Number(started);
console.log(`events committed: ${committedAt.size} in ${ingestSeconds.toFixed(1)} s of writing (${(committedAt.size / ingestSeconds).toFixed(0)}/s)`);
console.log(`delivered (verified): ${firstByPosition.size}, duplicates: ${measured.length - firstByPosition.size}, invalid signatures: ${invalid}`);
console.log(`delivery rate: ${(firstByPosition.size / ((lastReceipt - firstCommit) / 1000)).toFixed(0)} events/s (first commit to last receipt)`);
console.log(`lag ms: p50 ${pct(0.5)}, p90 ${pct(0.9)}, p99 ${pct(0.99)}, max ${lags[lags.length - 1]}`);
EOF
