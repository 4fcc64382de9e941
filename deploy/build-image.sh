#!/bin/sh
# Builds the exporter's image from the jar that `mvn package` made, with the OCI labels filled in.
#   deploy/build-image.sh [--base IMAGE] [--tag NAME] [-- extra podman build options]
# Run from anywhere; builds with podman, or with docker when podman is missing.
set -eu

cd "$(dirname "$0")/.."
base=
tag=m365-health-exporter:latest
while [ $# -gt 0 ]; do
  case "$1" in
    --base) base=$2; shift 2 ;;
    --tag) tag=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "build-image.sh: unknown argument $1 (use --base IMAGE, --tag NAME, -- podman options)" >&2; exit 1 ;;
  esac
done

jar=target/m365-health-exporter.jar
if [ ! -f "$jar" ]; then
  echo "build-image.sh: $jar is missing; build it first with: mvn -q -DskipTests package" >&2
  exit 1
fi
engine=podman
command -v podman >/dev/null 2>&1 || engine=docker

# The jar's own build.properties, so the labels say what m365_exporter_build_info says.
properties=$(unzip -p "$jar" io/github/m365health/build.properties 2>/dev/null \
  || cat target/classes/io/github/m365health/build.properties 2>/dev/null || true)
version=$(printf '%s\n' "$properties" | sed -n 's/^version=//p')
revision=$(printf '%s\n' "$properties" | sed -n 's/^revision=//p')
created=$(date -u +%Y-%m-%dT%H:%M:%SZ)

set -- --file deploy/Containerfile --tag "$tag" \
  --build-arg "VERSION=${version:-unknown}" --build-arg "REVISION=${revision:-unknown}" --build-arg "CREATED=$created" "$@"
if [ -n "$base" ]; then
  set -- --build-arg "BASE=$base" "$@"
fi
exec "$engine" build "$@" .
