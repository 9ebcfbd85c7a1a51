# The JVM options ./imgproc runs with, shared with the scripts that must run imgproc exactly as it runs
# (scripts/aot-cache.sh, and through IMGPROC_LAUNCHER_OPTS `imgproc bench`'s child JVMs). Sourced; needs JAVA_HOME.
#   imgproc_jvm_options ROOT   sets the array IMGPROC_JVM
#
# The AOT cache (JDK 25, JEP 483/514/515) holds the classes imgproc loads, already parsed and linked, and the
# profiles of a training run (scripts/aot-cache.sh): it cut `imgproc --version` from 0.7 to 0.2 s on the
# development machine. It is used only when it is fresh: made by this JDK, after the jars it was trained on. A
# stale or broken cache would make the JVM print errors on every start; a fresh one prints nothing, and the log
# is switched off anyway so that a cache the JVM rejects for a reason not checked here (it runs on without it)
# never shows up in a user's terminal.

# The cache, relative to the checkout; its .stamp beside it names the JDK that made it
IMGPROC_AOT_FILE=cli/target/imgproc.aot

# Every start of ./imgproc runs the checks below, so they avoid forks where a shell builtin does (each fork and exec
# costs a millisecond or two; the launcher took 37 ms before imgproc's JVM started, 13 ms with these), and remember
# what they computed for the rest of the shell, never taken from the environment:
unset IMGPROC_IDENTITY IMGPROC_IDENTITY_OF IMGPROC_AOT_FRESH

imgproc_java_identity() { # -> one line that changes when the JDK does
  imgproc_identity_of "$JAVA_HOME"
  printf '%s\n' "$IMGPROC_IDENTITY"
}

imgproc_identity_of() { # JDK_HOME -> sets IMGPROC_IDENTITY to imgproc_java_identity's line for that JDK
  if [ "${IMGPROC_IDENTITY_OF:-}" != "$1" ]; then
    IMGPROC_IDENTITY="$(readlink -f "$1/bin/java") $(stat -c %Y "$1/lib/modules" 2>/dev/null \
      || stat -f %m "$1/lib/modules" 2>/dev/null || true)"
    IMGPROC_IDENTITY_OF=$1
  fi
}

imgproc_cached_jdk() { # ROOT -> exports JAVA_HOME as the JDK that made the cache, when it is still there, unchanged,
  # and JAVA_HOME does not name another: saves the launcher the two JVM starts of imgproc_find_jdk (0.1 s)
  local stamp=$1/$IMGPROC_AOT_FILE.stamp recorded home
  [ -f "$stamp" ] || return 1
  IFS= read -r recorded < "$stamp" || [ -n "$recorded" ] || return 1
  home=${recorded%% *} # the stamp's java, which lies at HOME/bin/java
  home=${home%/bin/java}
  [ -z "${JAVA_HOME:-}" ] || [ "$(readlink -f "$JAVA_HOME")" = "$home" ] || return 1
  imgproc_identity_of "$home"
  [ "$IMGPROC_IDENTITY" = "$recorded" ] || return 1
  export JAVA_HOME=$home
}

imgproc_aot_fresh() { # ROOT -> true when the cache matches this JDK and is newer than every jar it was made from
  # (a true answer is remembered: the launcher asks twice, and nothing it does in between can make the cache stale)
  [ "${IMGPROC_AOT_FRESH:-}" != "$1" ] || return 0
  local cache=$1/$IMGPROC_AOT_FILE recorded
  [ -f "$cache" ] && [ -f "$cache.stamp" ] || return 1
  IFS= read -r recorded < "$cache.stamp" || [ -n "$recorded" ] || return 1
  imgproc_identity_of "$JAVA_HOME"
  [ "$recorded" = "$IMGPROC_IDENTITY" ] || return 1
  [ -z "$(find "$1/cli/target/imgproc.jar" "$1/cli/target/lib" -newer "$cache" -print -quit 2>/dev/null)" ] \
    || return 1
  IMGPROC_AOT_FRESH=$1
}

imgproc_jvm_options() { # ROOT
  # The jar's manifest enables native access (libjpeg-turbo) too; given here as well because the cache is only
  # used when the module options match those of the training run, which starts without the manifest (-cp).
  IMGPROC_JVM=(--enable-native-access=ALL-UNNAMED)
  # G1's heap sizing, for a batch whose live data is a few pooled pixel arrays that hardly churn: start at the size
  # a batch of 4K photos settles at, keep 10% free instead of 40% when G1 resizes at a marking cycle (the default
  # grows the heap for garbage that a mixed collection is about to reclaim), give memory back above 30% free, and
  # let GC take up to 20% of the time (GCTimeRatio=4, default 12) before growing the heap for throughput: it takes
  # about 1% here. The maximum stays the JVM's (a quarter of RAM), so one very large image still fits.
  # Measured (scripts/peak-rss.sh, P2 filters, 4K photos, 2 cores): peak RSS of a 500-file run 510-550 MB with
  # the JVM's defaults, 380-405 MB with these; 50 files 316-367 MB either way; same wall time.
  # A user who sizes the heap (IMGPROC_JAVA_OPTS=-Xmx200m, say) decides its start too: -Xms256m above a smaller
  # -Xmx would stop the JVM from starting.
  case " ${IMGPROC_JAVA_OPTS:-} " in
    *" -Xms"* | *" -Xmx"* | *" -XX:MaxHeapSize="* | *" -XX:InitialHeapSize="* | *" -XX:MaxRAM"*) ;;
    *) IMGPROC_JVM+=(-Xms256m) ;;
  esac
  IMGPROC_JVM+=(-XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:GCTimeRatio=4)
  # Keep C2 off one method of the JDK's class-file library, which runs only while the JVM generates classes at
  # start-up (FFM downcall stubs for libjpeg-turbo, lambda forms): C2 spent about 250 ms on it (2767 bytes of
  # bytecode) just as the first photos were decoded, and the filter kernels waited behind it in C2's queue. Over the
  # node limit C2 gives up at once and the method stays C1-compiled. Measured (23 4K photos, whole commands,
  # alternating pairs): P1 1.13x faster (15 pairs), P2 1.045x (15), P4 1.02x, P3 0.98x (9 each, noise); again once
  # the CLI stopped generating annotation proxies: P1 1.12x (15), P2 1.09x (9).
  # 'quiet' stops the JVM echoing compile commands at every start, a user's own too (IMGPROC_JAVA_OPTS).
  IMGPROC_JVM+=(-XX:CompileCommand=quiet
    -XX:CompileCommand=MaxNodeLimit,jdk/internal/classfile/impl/StackMapGenerator.processBlock,1000)
  if imgproc_aot_fresh "$1"; then
    IMGPROC_JVM+=("-XX:AOTCache=$1/$IMGPROC_AOT_FILE" -Xlog:aot=off -Xlog:cds=off)
  fi
}
