# Sourced by ./vitruvian and releng/test.sh: finds a JDK that can build and run Vitruvian.

# Major version of a java executable, or nothing if it does not run.
vitruvian_java_major() {
  local out line
  # grep reads a here-string, not a pipe: scripts that source this set pipefail, under which
  # 'java | grep -m1' fails when grep leaves early and java dies of SIGPIPE.
  out=$("$1" -XshowSettings:properties -version 2>&1 || true)
  line=$(grep -m1 'java.specification.version' <<<"$out" || true)
  line=${line##*= }
  [ -n "$line" ] && echo "${line#1.}"
}

# Prints the path of a java >= 21: JAVA_HOME first, then 'java' on PATH, then the newest
# under /usr/lib/jvm. Returns 1 when there is none.
vitruvian_find_java() {
  local c major best="" best_major=0
  for c in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java 2>/dev/null || true)"; do
    [ -x "$c" ] || continue
    major=$(vitruvian_java_major "$c")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$c"
      return 0
    fi
  done
  for c in /usr/lib/jvm/*/bin/java; do
    [ -x "$c" ] || continue
    major=$(vitruvian_java_major "$c")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best=$c
      best_major=$major
    fi
  done
  [ -n "$best" ] && echo "$best"
}

# The JDK folder of a java executable (what JAVA_HOME must be for ./mvnw).
vitruvian_java_home() {
  dirname "$(dirname "$(readlink -f "$1")")"
}
