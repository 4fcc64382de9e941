#!/usr/bin/env bash
# Measures splitting a post into its template sections (text and HTML) and reading its promised
# next update. Extra arguments go to JMH, e.g. -f 2 -i 10.
set -euo pipefail
cd "$(dirname "$0")/.."

classpath="$(bench/test-classpath.sh)"

java -cp "$classpath" org.openjdk.jmh.Main 'io\.github\.m365health\.bench\.PostSectionsBenchmark' "$@"
