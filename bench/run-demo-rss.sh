#!/usr/bin/env bash
# Measures the resident memory of the packaged exporter serving the demo tenant, as the Kubernetes
# resource requests (deploy/kubernetes/base/statefulset.yaml) are sized from it: RSS and its
# high-water mark every 5 s from /proc, with a scrape of /metrics each time, as Prometheus would.
#   bench/run-demo-rss.sh [SECONDS] [JVM options...]      e.g. bench/run-demo-rss.sh 300 -Xmx128m
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-300}
shift || true
jar=target/m365-health-exporter.jar
[ -f "$jar" ] || mvn -q -DskipTests package
log=$(mktemp)
java "$@" -jar "$jar" --demo --web.listen-address=127.0.0.1:0 2>"$log" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$log"' EXIT

echo "seconds rss_mib peak_mib (JVM options: ${*:-none})"
for ((t = 5; t <= seconds; t += 5)); do
  sleep 5
  port=$(sed -n 's/.*msg=listening address=127\.0\.0\.1:\([0-9]*\).*/\1/p' "$log" | head -n 1)
  if [ -n "$port" ]; then
    exec 3<>"/dev/tcp/127.0.0.1/$port"
    printf 'GET /metrics HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
    cat <&3 >/dev/null
    exec 3>&-
  fi
  awk -v t="$t" '/^VmRSS/ {rss = $2} /^VmHWM/ {hwm = $2} END {printf "%d %.0f %.0f\n", t, rss / 1024, hwm / 1024}' \
    "/proc/$pid/status"
done
