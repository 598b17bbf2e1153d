#!/usr/bin/env bash
# The Runs view benchmark (docs/performance.md), in the real workbench under Tycho's UI harness:
# a generated store of 1,000 run records, the time the view takes to show them all (3 rounds),
# then 100 step changes a second for 10 s written by a second RunStore (as the CLI would) while a
# heartbeat on the display thread measures the longest stall. Needs a display: runs itself under
# xvfb-run when DISPLAY is unset. Builds the reactor (tests filtered to the benchmark), so the
# first run after a change takes a few minutes.
#   bench/ide-runs/run.sh [RUNS [RATE [SECONDS]]]     # default 1000 runs, 100 changes/s, 10 s
#   bench/ide-runs/run.sh screenshot                 # remakes docs/images/runs-view.png
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
source "$repo/releng/lib/java.sh"
JAVA="$(vitruvian_find_java)" || { echo "bench/ide-runs/run.sh: no Java 21 or newer found" >&2; exit 2; }
export JAVA_HOME
JAVA_HOME="$(vitruvian_java_home "$JAVA")"
if [[ -z "${DISPLAY:-}" ]]; then
    exec xvfb-run -a -s "-screen 0 1600x1200x24" "$0" "$@"
fi
cd "$repo"
out="bench/ide-runs/results/$(hostname)-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
vmargs="-Xmx1g -Dosgi.requiredJavaVersion=21 -Dvitruvian.repo=$repo"
if [[ "${1:-}" == "screenshot" ]]; then
    test=RunsViewScreenshot
    vmargs="$vmargs -Dscreenshot.out=$repo/docs/images/runs-view.png"
else
    test=RunsViewBench
    vmargs="$vmargs -Dbench.runs=${1:-1000} -Dbench.rate=${2:-100} -Dbench.seconds=${3:-10} -Dbench.out=$repo/$out/figures.txt"
fi
{
  echo "date: $(date -Iseconds)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) processors"
  echo "java: $("$JAVA" -version 2>&1 | head -1)"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$out/machine.txt"
# Offline first: a warm ~/.m2 needs no network.
offline=-o
[[ -d "$HOME/.m2/repository/org/eclipse/tycho" ]] || offline=
MAVEN_OPTS="${MAVEN_OPTS:--Xmx2g}" ./mvnw -B -ntp $offline verify -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false \
    -Dvitruvian.test.vmargs="$vmargs" > "$out/build.log" 2>&1 || { tail -n 40 "$out/build.log" >&2; exit 1; }
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"
cat "$out/machine.txt"
grep -h '^\[bench\]\|^\[screenshot\]' "$out/build.log" || true
echo "results: $out"
