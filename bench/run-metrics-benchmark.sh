#!/usr/bin/env bash
# Measures rendering /metrics for 100 tenants (300 issues, 40 services, 50 active posts each):
# exposition size and retained heap (MetricsFootprint), then time per render and allocation per
# render under JMH. Extra arguments go to JMH, e.g. -f 2 -i 10.
set -euo pipefail
cd "$(dirname "$0")/.."

classpath="$(bench/test-classpath.sh)"

java -XX:+UseSerialGC -Xmx2g -cp "$classpath" io.github.m365health.bench.MetricsFootprint
java -cp "$classpath" org.openjdk.jmh.Main 'io\.github\.m365health\.bench\.MetricsRenderBenchmark' -prof gc "$@"
