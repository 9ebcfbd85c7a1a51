#!/usr/bin/env bash
# Makes imgproc's AOT cache, cli/target/imgproc.aot, from a training run (dev.imgproc.cli.AotTraining): the
# classes imgproc loads, parsed and linked, and method profiles, so that ./imgproc starts in a fraction of the time.
# ./build runs it after packaging; ./imgproc runs it when the cache is missing or stale. Takes a few seconds.
#   scripts/aot-cache.sh
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
# shellcheck source=scripts/lib/jdk.sh
. "$root/scripts/lib/jdk.sh"
# shellcheck source=scripts/lib/jvm.sh
. "$root/scripts/lib/jvm.sh"
imgproc_find_jdk
jar=$root/cli/target/imgproc.jar
cache=$root/$IMGPROC_AOT_FILE
[ -f "$jar" ] || { echo "aot-cache.sh: no $jar; run ./build" >&2; exit 1; }
# a private name, then one rename: a concurrent ./imgproc never maps a half-written cache
tmp=$cache.$$.tmp
log=$cache.$$.log
trap 'rm -f "$tmp" "$tmp.config" "$log"' EXIT
rm -f "$cache.stamp"
imgproc_jvm_options "$root" # the options ./imgproc will run with, now without the stale cache
# -Xlog:aot=error: otherwise the JVM lists every class it leaves out (picocli's, compiled for Java 5, cannot be
# stored). The JVM's own chatter (the options it passes to the process that writes the cache) is shown only when
# something failed.
if ! "$JAVA_HOME/bin/java" -XX:AOTCacheOutput="$tmp" -XX:AOTConfiguration="$tmp.config" -Xlog:aot=error \
    -Xlog:cds=error "${IMGPROC_JVM[@]}" \
    -cp "$jar" dev.imgproc.cli.AotTraining "$root/samples" >"$log" 2>&1 || [ ! -s "$tmp" ]; then
  cat "$log" >&2
  echo "aot-cache.sh: the training run failed; imgproc runs without the cache" >&2
  exit 1
fi
mv -f "$tmp" "$cache"
imgproc_java_identity > "$cache.stamp"
