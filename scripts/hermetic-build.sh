#!/usr/bin/env bash
# The production build with networking disabled: anything that reaches for the network (a font,
# a remote image, telemetry) fails the build here instead of silently depending on it.
# Needs a new network namespace (root or user namespaces); where that is not possible, says why
# and runs the ordinary build.
set -euo pipefail
if unshare -n true 2>/dev/null; then
  echo "hermetic build: networking disabled (unshare -n)"
  exec unshare -n -- npm run build
elif unshare -rn true 2>/dev/null; then
  echo "hermetic build: networking disabled (unshare -rn, user namespace)"
  exec unshare -rn -- npm run build
else
  echo "hermetic build: skipped isolation, this machine cannot create a network namespace (unshare -n failed); running the ordinary build"
  exec npm run build
fi
