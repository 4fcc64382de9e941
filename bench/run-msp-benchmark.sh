#!/usr/bin/env bash
# Issue 17's table in one command: the packaged exporter, run as the examples ship it (JVM options
# below), polling a loopback Graph stand-in of MSP tenants (each 40 services, 300 issues of which
# 30 open, 500 Message Center posts). Per run, in a fresh exporter process:
#   - scrape run (poll.interval 60s): start to /-/ready on an empty store (every tenant's first
#     import) beside the floor of merely fetching and reading those listings in a fresh JVM;
#     series per family; /metrics beside a static server of the identical bytes (in its own process,
#     with the same JVM options), the two scraped in turns once every tenant's second poll is done
#     (p50, sequential and 50 concurrent from 50 loopback addresses on new and on kept connections,
#     text and OpenMetrics+gzip);
#     resident memory and live heap after the scrapes; then start to ready again on a restart;
#   - poll run (poll.interval 1s, cloud: custom; messages at their default 5m): start to ready,
#     health polls kept per tenant per minute over a minute, skipped-poll warning lines, memory.
# Then min / median / max of every figure over the runs.
# Usage: bench/run-msp-benchmark.sh [RUNS] [TENANTS] [JVM options; default: the shipped ones]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
tenants="${2:-100}"
shift 2 || shift $# || true
jvm=("$@")
# The options examples/systemd, examples/compose, deploy/ and the README ship (ShippedHeapTest keeps them equal).
[ ${#jvm[@]} -eq 0 ] && jvm=(-Xmx320m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError)

mvn -q -DskipTests package
classpath="$(bench/test-classpath.sh)"
results="$(mktemp)"
trap 'rm -f "$results"' EXIT
bench() {
  java -Xmx2g -cp "$classpath" io.github.m365health.bench.MspBenchmark target/m365-health-exporter.jar \
    "$tenants" "$@" "${jvm[@]}"
}

for run in $(seq 1 "$runs"); do
  echo "== run $run of $runs: $tenants tenants, exporter JVM ${jvm[*]}"
  bench 60s 5m 0 | sed -u 's/^RESULT /RESULT scrape-run /' | tee -a "$results" \
    | if [ "$run" -eq 1 ]; then cat; else grep '^RESULT'; fi
  bench 1s 5m 60 | sed -u 's/^RESULT /RESULT poll-run /' | tee -a "$results"
done

echo
echo "over $runs runs, min / median / max:"
grep '^RESULT' "$results" | awk '
  { for (i = 1; i <= NF; i++) if ($i ~ /=/) break
    key = $2; for (j = 3; j < i; j++) key = key " " $j
    for (; i <= NF; i++) { split($i, kv, "="); name = key " " kv[1]; v[name, ++n[name]] = kv[2]; names[name] = 1 } }
  END {
    for (name in names) {
      m = n[name]; split("", a)
      for (i = 1; i <= m; i++) {
        x = v[name, i] + 0
        for (j = i - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]
        a[j + 1] = x
      }
      printf "%-62s %10.2f / %10.2f / %10.2f\n", name, a[1], a[int((m + 1) / 2)], a[m]
    }
  }' | sort
