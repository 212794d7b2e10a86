#!/usr/bin/env bash
# Installs what CustomerMdm needs on a fresh Debian machine with the .NET SDK: PostgreSQL 15, Chromium (browser tests)
# and the pinned dotnet tools.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
[ -x /usr/lib/postgresql/15/bin/pg_ctl ] || need_apt+=(postgresql-15)
# The steward UI's browser tests drive Debian's Chromium (never a downloaded browser).
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
if [ ${#need_apt[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  echo "Installing ${need_apt[*]} with apt..."
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

dotnet tool restore >/dev/null

# The Node webhook receiver verifies deliveries with the official Standard Webhooks library (tests, benchmark).
if [ ! -d tests/webhook-receiver/node_modules ]; then
  npm ci --prefix tests/webhook-receiver --silent --no-audit --no-fund >/dev/null
fi
