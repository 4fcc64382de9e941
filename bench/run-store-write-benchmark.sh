#!/usr/bin/env bash
# Issue 17's store write limit: 100 tenants' first imports (300 issues + 500 posts each) into one
# SQLite file at once, then no-change health polls from 100 threads as fast as the store commits
# them; several runs in fresh JVMs, printed as min/median/max.
# Usage: bench/run-store-write-benchmark.sh [RUNS] [TENANTS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
tenants="${2:-100}"
seconds="${3:-10}"

classpath="$(bench/test-classpath.sh)"
results="$(mktemp)"
trap 'rm -f "$results"' EXIT

for run in $(seq 1 "$runs"); do
  echo "== run $run of $runs"
  java -Xmx1g -cp "$classpath" io.github.m365health.bench.StoreWriteThroughput "$tenants" "$seconds" | tee -a "$results"
done

echo
echo "over $runs runs, min / median / max:"
for key in import_s import_cpu_s commits_per_s per_tenant_per_min commits_per_cpu_s; do
  grep '^RESULT' "$results" | tr ' ' '\n' | sed -n "s/^$key=//p" | sort -g \
    | awk -v key="$key" '{ a[NR] = $1 } END { printf "%-20s %s / %s / %s\n", key, a[1], a[int((NR + 1) / 2)], a[NR] }'
done
