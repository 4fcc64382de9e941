#!/usr/bin/env bash
# Runs the SLA report benchmark: a month's report over 400 days and 5,000 issues of one tenant,
# read from a real store file and rendered, and the report math alone.
# Extra arguments go to JMH, e.g. `-f 1 -wi 1 -i 3` for a quicker run.
set -euo pipefail
cd "$(dirname "$0")/.."

classpath="$(bench/test-classpath.sh)"

java -cp "$classpath" \
    org.openjdk.jmh.Main 'io.github.m365health.bench.SlaReportBenchmark' "$@"
