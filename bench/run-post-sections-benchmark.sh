#!/usr/bin/env bash
# Measures splitting a post into its template sections (text and HTML) and reading its promised
# next update. Extra arguments go to JMH, e.g. -f 2 -i 10.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q test-compile
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT
mvn -q dependency:build-classpath -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test
classpath="target/classes:target/test-classes:$(cat "$classpath_file")"

java -cp "$classpath" org.openjdk.jmh.Main 'io\.github\.m365health\.bench\.PostSectionsBenchmark' "$@"
