#!/usr/bin/env bash
# Runs the history benchmark: one poll of a 300-issue tenant (tracker + SQLite store + snapshot).
# Extra arguments go to JMH, e.g. `-f 1 -wi 1 -i 3` for a quicker run.
set -euo pipefail
cd "$(dirname "$0")/.."

classpath="$(bench/test-classpath.sh)"

java -cp "$classpath" \
    org.openjdk.jmh.Main 'io.github.m365health.bench.HistoryBenchmark' "$@"
