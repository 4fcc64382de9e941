#!/usr/bin/env bash
# Compiles the project and its tests, then prints the classpath the benchmarks run on: the test
# classes, the classes and every dependency (test scope included, for JMH). Maven's own output
# goes to standard error, so that `classpath="$(bench/test-classpath.sh)"` takes only the path.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q test-compile >&2
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT
mvn -q dependency:build-classpath -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test >&2
echo "target/test-classes:target/classes:$(cat "$classpath_file")"
