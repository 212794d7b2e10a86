#!/usr/bin/env bash
# The one developer and CI loop: set-up, format check, build, every test (each suite starts its own PostgreSQL).
# Ends with the line "N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")/.."
results=.mdm/test-results
rm -rf "$results"; mkdir -p "$results"

scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }

if ! dotnet csharpier check . >"$results/format.log" 2>&1; then
  cat "$results/format.log"
  echo "Formatting differs from CSharpier's: run 'dotnet csharpier format .'"
  echo "0 passed, 1 failed"
  exit 1
fi

if ! dotnet build CustomerMdm.sln -v quiet -nologo; then
  echo "0 passed, 1 failed"
  exit 1
fi

status=0
for project in tests/*/*.Tests.csproj eval/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" --no-build --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
done

sum() { grep -ho "$1=\"[0-9]*\"" "$results"/*.trx 2>/dev/null | grep -o "[0-9]*" | awk '{ s += $1 } END { print s + 0 }'; }
passed=$(sum passed); failed=$(sum failed); skipped=$(sum notExecuted)
passed=${passed:-0}; failed=${failed:-0}; skipped=${skipped:-0}
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
exit "$status"
