#!/bin/sh
# Makes a local JRE 17 base image for testing deploy/Containerfile where no image registry is
# reachable: a minimal Debian bookworm with openjdk-17-jre-headless, made by debootstrap from a
# Debian mirror and imported into podman. Prints the image's name on stdout.
#
# The root file system is kept as a tarball in M365_BASE_CACHE (default
# /var/tmp/m365-health-exporter-base), so later runs on the same machine skip debootstrap.
# Needs root, debootstrap and podman.
set -eu

image=${M365_BASE_IMAGE:-localhost/m365-health-exporter-test-base:bookworm-jre17}
cache=${M365_BASE_CACHE:-/var/tmp/m365-health-exporter-base}
mirror=${DEBIAN_MIRROR:-$(sed -n 's/^URIs: *\(http[^ ]*\/debian\)$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n 1)}
mirror=${mirror:-http://deb.debian.org/debian}

if podman image exists "$image"; then
  echo "$image"
  exit 0
fi

mkdir -p "$cache"
tarball=$cache/rootfs.tar
if [ ! -s "$tarball" ]; then
  work=$(mktemp -d "$cache/debootstrap.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  echo "jre-base: debootstrap bookworm with openjdk-17-jre-headless from $mirror (a few minutes, once)" >&2
  debootstrap --variant=minbase --include=openjdk-17-jre-headless bookworm "$work/rootfs" "$mirror" >"$work/log" 2>&1 \
    || { tail -n 20 "$work/log" >&2; echo "jre-base: debootstrap failed (log above)" >&2; exit 1; }
  # Package caches are of no use in an image.
  rm -rf "$work/rootfs/var/cache/apt/archives/"*.deb "$work/rootfs/var/lib/apt/lists/"*
  tar -C "$work/rootfs" -cf "$tarball.partial" .
  mv "$tarball.partial" "$tarball"
fi
podman import --quiet --change 'CMD ["/bin/sh"]' "$tarball" "$image" >/dev/null
echo "$image"
