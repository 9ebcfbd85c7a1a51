# Finds a JDK 25 or newer and exports JAVA_HOME to it. Sourced by ./build and ./imgproc.
# Looks, in order, at: $JAVA_HOME, the `java` on the PATH, then the usual install places
# (/usr/lib/jvm, /opt, SDKMAN, macOS). Prints what to install when none is found.

imgproc_java_major() { # JAVA_BIN -> major version (e.g. 25), empty if unknown
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

imgproc_is_jdk25() { # DIR -> true if DIR/bin/java and DIR/bin/javac exist and are 25+
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local major
  major=$(imgproc_java_major "$1/bin/java")
  [ -n "$major" ] && [ "$major" -ge 25 ]
}

imgproc_find_jdk() {
  local candidate
  if [ -n "${JAVA_HOME:-}" ] && imgproc_is_jdk25 "$JAVA_HOME"; then
    return 0
  fi
  if command -v java >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    if imgproc_is_jdk25 "$candidate"; then
      export JAVA_HOME=$candidate
      return 0
    fi
  fi
  for candidate in /usr/lib/jvm/*25* /usr/lib/jvm/*2[6-9]* /opt/*jdk*25* /opt/java/openjdk \
      "$HOME"/.sdkman/candidates/java/25* "$HOME"/.jdks/*25* \
      /Library/Java/JavaVirtualMachines/*25*/Contents/Home; do
    if imgproc_is_jdk25 "$candidate"; then
      export JAVA_HOME=$candidate
      return 0
    fi
  done
  cat >&2 <<'MSG'
imgproc needs a JDK 25 (or newer) and found none.
  Looked at $JAVA_HOME, the java on the PATH, /usr/lib/jvm, /opt, ~/.sdkman and ~/.jdks.
  Install one, for example:
    Debian/Ubuntu: apt install temurin-25-jdk   (Adoptium repository: https://adoptium.net/installation/linux)
    SDKMAN:        sdk install java 25-tem
    macOS:         brew install --cask temurin@25
  or point JAVA_HOME at an existing JDK 25.
MSG
  return 1
}
