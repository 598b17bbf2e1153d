#!/usr/bin/env bash
# Opens the Vitruvian IDE on a virtual display and saves a picture of its window.
#   releng/screenshot.sh [OUT.png]     (default: docs/images/ide.png)
#   releng/screenshot.sh editors       remakes the editors' pictures in docs/images: workflow-diagram,
#                                      recipe-editor, trust-matrix, site-selector-denied-step, plan-page
#                                      (EditorScreenshots in the real workbench under Tycho's UI harness;
#                                      builds the IDE bundles, a few minutes)
# Needs xvfb, x11-utils and imagemagick (installed when run as root).
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
if [ "${1:-}" = "editors" ]; then
  source "$root/releng/lib/java.sh"
  JAVA="$(vitruvian_find_java)" || { echo "screenshot.sh: no Java 21 or newer found" >&2; exit 2; }
  JAVA_HOME="$(vitruvian_java_home "$JAVA")"
  export JAVA_HOME
  log=$(mktemp)
  offline=-o
  [ -d "$HOME/.m2/repository/org/eclipse/tycho" ] || offline=
  cd "$root"
  # 1600x1200 as the UI tests use; the pictures are of the 1440x900 workbench window.
  if ! xvfb-run -a -s "-screen 0 1600x1200x24" env MAVEN_OPTS="${MAVEN_OPTS:--Xmx1500m}" ./mvnw -B -ntp $offline verify \
      -pl features/org.vitruvian.ide.feature,tests/org.vitruvian.ui.editors.tests -am \
      -Dtest=EditorScreenshots -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false \
      -Dvitruvian.test.vmargs="-Xmx1g -Dosgi.requiredJavaVersion=21 -Dvitruvian.repo=$root -Dscreenshot.dir=$root/docs/images" \
      >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "screenshot.sh: the screenshots failed; the build's log is $log" >&2
    exit 1
  fi
  grep -h '^\[screenshot\]' "$log" || true
  rm -f "$log"
  exit 0
fi
out=$(realpath -m "${1:-$root/docs/images/ide.png}")
deadline_seconds=${SCREENSHOT_TIMEOUT:-180}

missing=()
for tool in xvfb-run:xvfb xwininfo:x11-utils import:imagemagick xauth:xauth; do
  command -v "${tool%%:*}" >/dev/null || missing+=("${tool##*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" libgtk-3-0 >/dev/null
  else
    echo "screenshot.sh: missing packages: ${missing[*]} (apt-get install ${missing[*]})" >&2
    exit 3
  fi
fi

if [ -z "${SCREENSHOT_INNER:-}" ]; then
  mkdir -p "$(dirname "$out")"
  exec env SCREENSHOT_INNER=1 xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$out"
fi

# Inside the virtual display from here on. A scratch home keeps the user's workspace untouched.
scratch=$(mktemp -d)
trap 'kill "$ide" 2>/dev/null || true; wait "$ide" 2>/dev/null || true; rm -rf "$scratch"' EXIT
VITRUVIAN_HOME="$scratch" "$root/vitruvian" ide >"$scratch/ide.log" 2>&1 &
ide=$!

# The workbench window is the largest titled Vitruvian (SWT also makes small hidden shells with
# the application's name, and the title may end in a space). awk reads to the end: leaving early
# would kill xwininfo with SIGPIPE, which fails the pipeline under pipefail.
window_id() {
  xwininfo -root -tree 2>/dev/null | awk '
    /"Vitruvian ?"/ && match($0, /[0-9]+x[0-9]+\+/) {
      split(substr($0, RSTART, RLENGTH - 1), size, "x")
      if (size[1] * size[2] > best && size[1] > 400) { best = size[1] * size[2]; id = $1 }
    }
    END { if (id != "") print id }'
}

end=$((SECONDS + deadline_seconds))
id=""
while [ -z "$id" ]; do
  kill -0 "$ide" 2>/dev/null || { cat "$scratch/ide.log" >&2; echo "screenshot.sh: the IDE exited before opening its window" >&2; exit 1; }
  [ $SECONDS -lt $end ] || { echo "screenshot.sh: no window titled Vitruvian within ${deadline_seconds}s" >&2; exit 1; }
  id=$(window_id)
  [ -n "$id" ] || sleep 1
done

# The window appears before its views finish laying out: wait until its widget tree stops changing.
previous=""
while [ $SECONDS -lt $end ]; do
  current=$(xwininfo -id "$id" -tree 2>/dev/null | md5sum)
  [ "$current" = "$previous" ] && break
  previous=$current
  sleep 2
done

import -window "$id" "$out"
echo "screenshot.sh: saved $out ($(identify -format '%wx%h' "$out"))"
