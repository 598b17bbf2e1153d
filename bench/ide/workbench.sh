#!/usr/bin/env bash
# The workflow editor benchmark (docs/performance.md, "The workflow editor"), in the real workbench
# under Tycho's UI harness (EditorBench): a generated workflow of STEPS steps opened with each page
# shown (Design, Diagram, Plan, Source), keystroke-to-annotation latency on the Source page, and the
# longest UI-thread stall while typing. Needs a display: runs itself under xvfb-run when DISPLAY is
# unset. Builds the IDE bundles first (a few minutes).
#   bench/ide/workbench.sh [STEPS [ROUNDS]]     # default 1000 steps, 5 rounds
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
source "$repo/releng/lib/java.sh"
JAVA="$(vitruvian_find_java)" || { echo "bench/ide/workbench.sh: no Java 21 or newer found" >&2; exit 2; }
export JAVA_HOME
JAVA_HOME="$(vitruvian_java_home "$JAVA")"
if [[ -z "${DISPLAY:-}" ]]; then
    exec xvfb-run -a -s "-screen 0 1600x1200x24" "$0" "$@"
fi
cd "$repo"
out="bench/ide/results/$(hostname)-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
{
  echo "date: $(date -Iseconds)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) processors"
  echo "java: $("$JAVA" -version 2>&1 | head -1)"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$out/machine.txt"
offline=-o
[[ -d "$HOME/.m2/repository/org/eclipse/tycho" ]] || offline=
MAVEN_OPTS="${MAVEN_OPTS:--Xmx1500m}" ./mvnw -B -ntp $offline verify -pl features/org.vitruvian.ide.feature,tests/org.vitruvian.ui.editors.tests -am \
    -Dtest=EditorBench -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false \
    -Dvitruvian.test.vmargs="-Xmx1g -Dosgi.requiredJavaVersion=21 -Dvitruvian.repo=$repo -Dbench.steps=${1:-1000} -Dbench.rounds=${2:-5} -Dbench.out=$repo/$out/figures.txt" \
    > "$out/build.log" 2>&1 || { tail -n 40 "$out/build.log" >&2; exit 1; }
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"
cat "$out/machine.txt"
grep -h '^\[bench\]' "$out/build.log" || true
echo "results: $out"
