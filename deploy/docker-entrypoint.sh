#!/bin/sh
# Starts the site with the JDK's AOT cache (JDK 25, JEP 483/514), the fastest start measured by
# bench/startup.sh (docs/PERFORMANCE.md). The cache is trained against the real database, which the image
# build does not have: the first start of a new image runs the context once with -XX:AOTCacheOutput and exits,
# then every start reads the cache. A missing or stale cache only costs speed: the JVM starts without it.
set -eu
CACHE="${COURT_AOT_CACHE:-/app/aot/application.aot}"
if [ "${COURT_AOT:-on}" = "on" ] && [ ! -f "$CACHE" ]; then
  echo "Training the AOT cache in $CACHE (first start of this image)" >&2
  java -XX:AOTCacheOutput="$CACHE" -Dspring.context.exit=onRefresh -jar application.jar \
    || { echo "AOT training failed; starting without the cache" >&2; rm -f "$CACHE"; }
fi
if [ "${COURT_AOT:-on}" = "on" ] && [ -f "$CACHE" ]; then
  exec java -XX:AOTCache="$CACHE" -jar application.jar "$@"
fi
exec java -jar application.jar "$@"
