#!/usr/bin/env bash
# Runs the history benchmark: one poll of a 300-issue tenant (tracker + SQLite store + snapshot).
# Extra arguments go to JMH, e.g. `-f 1 -wi 1 -i 3` for a quicker run.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q test-compile
classpath_file=$(mktemp)
trap 'rm -f "$classpath_file"' EXIT
mvn -q dependency:build-classpath -Dmdep.outputFile="$classpath_file"

java -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
    org.openjdk.jmh.Main 'io.github.m365health.bench.HistoryBenchmark' "$@"
