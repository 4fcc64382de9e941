#!/usr/bin/env bash
# Measures the time to answer a page of 50 issues with 10,000 issues in the store (target: under
# 50 ms): /issues unfiltered, filtered deep into the list and searched, /api/v1/issues, and one
# issue in full. Extra arguments go to JMH, e.g. -f 2 -i 10.
set -euo pipefail
cd "$(dirname "$0")/.."

classpath="$(bench/test-classpath.sh)"

java -cp "$classpath" org.openjdk.jmh.Main 'io\.github\.m365health\.bench\.IssuePagesBenchmark' "$@"
