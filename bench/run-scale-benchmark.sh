#!/usr/bin/env bash
# Issue 17's scrape table at the MSP-100 workload (100 tenants x 40 services, 300 issues of which
# 30 open, 500 active posts): series per family, then the exporter's /metrics beside a static JDK
# server answering the identical bytes, p50 of sequential scrapes and of 50 concurrent scrapers,
# text and OpenMetrics+gzip; three runs in fresh JVMs, printed as min/median/max.
# Usage: bench/run-scale-benchmark.sh [RUNS] [JVM options, default -Xmx1g: the scrapers share the JVM]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
shift || true
jvm=("$@")
[ ${#jvm[@]} -eq 0 ] && jvm=(-Xmx1g)

classpath="$(bench/test-classpath.sh)"
results="$(mktemp)"
trap 'rm -f "$results"' EXIT

for run in $(seq 1 "$runs"); do
  echo "== run $run of $runs (${jvm[*]})"
  java "${jvm[@]}" -cp "$classpath" io.github.m365health.bench.ScrapeVersusStatic | tee -a "$results" \
    | if [ "$run" -eq 1 ]; then cat; else grep '^RESULT'; fi
done

echo
echo "p50 over $runs runs, min / median / max (ms; ratio = exporter / static):"
grep '^RESULT' "$results" | awk '
  { key = $2 " " $3
    for (i = 4; i <= NF; i++) { split($i, kv, "="); v[key, kv[1], ++n[key, kv[1]]] = kv[2]; names[kv[1]] = 1 }
    keys[key] = 1 }
  END {
    for (k in keys) {
      line = sprintf("%-30s", k)
      split("exporter_ms static_ms ratio", cols, " ")
      for (c = 1; c <= 3; c++) {
        m = n[k, cols[c]]; delete a
        # Insertion sort: asort is gawk only, and the default awk of Debian is mawk.
        for (i = 1; i <= m; i++) {
          x = v[k, cols[c], i] + 0
          for (j = i - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]
          a[j + 1] = x
        }
        line = line sprintf("  %s %.2f / %.2f / %.2f", cols[c], a[1], a[int((m + 1) / 2)], a[m])
      }
      print line
    }
  }' | sort
