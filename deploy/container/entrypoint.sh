#!/bin/sh
# Starts the exporter with the arguments given. When M365_SHARD_COUNT is set (a StatefulSet sets it
# to its replica count), this replica's shard index is the ordinal at the end of its pod name
# (POD_NAME, else HOSTNAME), as in m365-health-exporter-2, and --tenants.shard=INDEX/COUNT is added.
# JAVA_OPTS is passed to the JVM, e.g. -XX:MaxRAMPercentage=75.
set -eu

jar=${M365_JAR:-/opt/m365-health-exporter/m365-health-exporter.jar}

if [ -n "${M365_SHARD_COUNT:-}" ]; then
  pod=${POD_NAME:-${HOSTNAME:-}}
  ordinal=${pod##*-}
  case "$ordinal" in
    '' | *[!0-9]*)
      echo "--tenants.shard: cannot take a replica index from pod name \"$pod\"; expected NAME-ORDINAL as a StatefulSet names its pods (set POD_NAME)" >&2
      exit 1 ;;
  esac
  case "$M365_SHARD_COUNT" in
    '' | *[!0-9]*)
      echo "--tenants.shard: M365_SHARD_COUNT=\"$M365_SHARD_COUNT\" must be the number of replicas, a whole number" >&2
      exit 1 ;;
  esac
  set -- "$@" "--tenants.shard=$ordinal/$M365_SHARD_COUNT"
fi

# shellcheck disable=SC2086 # JAVA_OPTS holds several options, split on purpose.
exec java ${JAVA_OPTS:-} -jar "$jar" "$@"
