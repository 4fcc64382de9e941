#!/usr/bin/env bash
# Prints what machine translation costs in characters: the demo's stream over one hour, and the
# seed page's final post of EX1215307. Argument: the seed file, if not in ../shared/seeds/.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q test-compile
classpath_file=$(mktemp)
trap 'rm -f "$classpath_file"' EXIT
mvn -q dependency:build-classpath -Dmdep.outputFile="$classpath_file"

java -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
    io.github.m365health.bench.TranslationCharacters "$@"
