#!/usr/bin/env bash
# Prints what machine translation costs in characters: the demo's stream over one hour, and the
# seed page's final post of EX1215307. Argument: the seed file, if not in ../shared/seeds/.
set -euo pipefail
cd "$(dirname "$0")/.."

classpath="$(bench/test-classpath.sh)"

java -cp "$classpath" \
    io.github.m365health.bench.TranslationCharacters "$@"
