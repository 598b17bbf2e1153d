#!/usr/bin/env bash
# The cardiac benchmark (docs/performance.md, "Cardiac drug trials"): model-beats per second of
# the ORd 2011 model at 1 Hz, on one core and on two, for the service's adaptive Rush-Larsen
# integrator (Java), SciPy's solve_ivp with BDF and with LSODA, and SUNDIALS CVODE (BDF, dense
# Newton) driven by a small C program, all in one run on the same machine; then the time to
# calibrate a population of --models models on 2 threads.
#   bench/cardiac/run.sh [--models 1000] [--scipy-beats 10] [--cvode-beats 200] [--java-beats 1000]
#   bench/cardiac/run.sh --reference    # recompute bench/cardiac/reference/*.csv (about an hour)
# Results go to bench/cardiac/results/<host>-<time>/ (summary.txt and each tool's output).
# Needs python3-scipy and libsundials-dev (installed when run as root).
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
cd "$root"
# shellcheck source=releng/lib/java.sh
. "$root/releng/lib/java.sh"
java=$(vitruvian_find_java) || { echo "run.sh: no JDK >= 21 found; set JAVA_HOME" >&2; exit 3; }
python=/usr/bin/python3

models=1000
scipy_beats=10
cvode_beats=200
java_beats=1000
reference=false
while [ $# -gt 0 ]; do
  case "$1" in
    --models) models=$2; shift 2 ;;
    --scipy-beats) scipy_beats=$2; shift 2 ;;
    --cvode-beats) cvode_beats=$2; shift 2 ;;
    --java-beats) java_beats=$2; shift 2 ;;
    --reference) reference=true; shift ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

need() {
  local package=$1 test=$2
  if ! eval "$test" >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
      echo "run.sh: installing $package"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$package" >/dev/null
    else
      echo "run.sh: $package is not installed (sudo apt-get install $package)" >&2
      exit 3
    fi
  fi
}
need python3-scipy "$python -c 'import scipy'"

if $reference; then
  # The reference of the verification tests: 1000 beats from the published initial state with BDF
  # at rtol 1e-7, atol 1e-9, endo and epi side by side.
  mkdir -p bench/cardiac/reference
  for cell in endo epi; do
    "$python" bench/cardiac/ord_reference.py --cell "$cell" --beats 1000 --out "bench/cardiac/reference/ord-$cell-1hz.csv" &
  done
  wait
  exit 0
fi
need libsundials-dev "test -f /usr/include/cvode/cvode.h"

bundle=bundles/org.vitruvian.services.cardiac
jar=$(ls "$bundle"/target/org.vitruvian.services.cardiac-*.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ] || [ -n "$(find "$bundle/src" "$bundle/META-INF" -newer "$jar" -print -quit)" ]; then
  echo "run.sh: building the cardiac jar"
  export JAVA_HOME
  JAVA_HOME=$(vitruvian_java_home "$java")
  ./mvnw -B -q -o -DskipTests package || ./mvnw -B -q -DskipTests package
  jar=$(ls "$bundle"/target/org.vitruvian.services.cardiac-*.jar | head -1)
fi

out="bench/cardiac/results/$(hostname)-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
{
  echo "date: $(date -Iseconds)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) processors"
  echo "java: $("$java" -version 2>&1 | head -1)"
  echo "scipy: $("$python" -c 'import scipy; print(scipy.__version__)')"
  echo "sundials: $(dpkg-query -W -f='${Version}' libsundials-dev 2>/dev/null || echo unknown)"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/machine.txt"

gcc -O2 -o "$out/ord_cvode" bench/cardiac/ord_cvode.c -lsundials_cvode -lsundials_nvecserial \
  -lsundials_sunlinsoldense -lsundials_sunmatrixdense -lm

# rate FILE: the "N model-beats/s" figure a tool printed
rate() { grep -o '[0-9.]* model-beats/s' "$1" | head -1 | cut -d' ' -f1; }

echo "run.sh: one core, endocardial model from the published initial state"
"$java" -cp "$jar" org.vitruvian.services.cardiac.Main pace --beats "$java_beats" | tee "$out/java-1.txt"
"$python" bench/cardiac/ord_reference.py --beats "$scipy_beats" --method BDF --rtol 1e-6 --atol 1e-8 --time | tee "$out/bdf-1.txt"
"$python" bench/cardiac/ord_reference.py --beats "$scipy_beats" --method LSODA --rtol 1e-6 --atol 1e-8 --time | tee "$out/lsoda-1.txt"
"$out/ord_cvode" 0 "$cvode_beats" 1e-6 1e-8 | tee "$out/cvode-1.txt"

echo "run.sh: two cores, two independent models at once"
for i in 1 2; do "$java" -cp "$jar" org.vitruvian.services.cardiac.Main pace --beats "$java_beats" >"$out/java-2-$i.txt" & done; wait
for i in 1 2; do "$python" bench/cardiac/ord_reference.py --beats "$scipy_beats" --method BDF --rtol 1e-6 --atol 1e-8 --time >"$out/bdf-2-$i.txt" & done; wait
for i in 1 2; do "$python" bench/cardiac/ord_reference.py --beats "$scipy_beats" --method LSODA --rtol 1e-6 --atol 1e-8 --time >"$out/lsoda-2-$i.txt" & done; wait
for i in 1 2; do "$out/ord_cvode" 0 "$cvode_beats" 1e-6 1e-8 >"$out/cvode-2-$i.txt" & done; wait

echo "run.sh: calibrating $models models on 2 threads"
"$java" -cp "$jar" org.vitruvian.services.cardiac.Main population --size "$models" --out "$out/population.csv" >/dev/null
"$java" -cp "$jar" org.vitruvian.services.cardiac.Main reference-data --recordings "$out/ranges.csv" \
  --compound-data "$out/dofetilide.json" >/dev/null
"$java" -cp "$jar" org.vitruvian.services.cardiac.Main calibrate --threads 2 --population "$out/population.csv" \
  --recordings "$out/ranges.csv" --calibrated "$out/calibrated.csv" --biomarkers "$out/biomarkers.csv" \
  --report "$out/calibration.json" | grep -v VITRUVIAN-PROGRESS | tee "$out/calibrate.txt"
calibration_beats=$(grep -o '"beatsPaced": [0-9]*' "$out/calibration.json" | grep -o '[0-9]*$')
calibration_seconds=$(grep -o '"seconds": [0-9.]*' "$out/calibration.json" | grep -o '[0-9.]*$')

two() { echo "$(rate "$1") $(rate "$2")" | awk '{printf "%.2f", $1 + $2}'; }
{
  printf '%-34s %14s %14s\n' "solver (ORd endo, 1 Hz)" "1 core" "2 cores"
  printf '%-34s %14s %14s\n' "Java adaptive Rush-Larsen (tol 5e-3)" "$(rate "$out/java-1.txt")" "$(two "$out/java-2-1.txt" "$out/java-2-2.txt")"
  printf '%-34s %14s %14s\n' "SUNDIALS CVODE BDF (rtol 1e-6)" "$(rate "$out/cvode-1.txt")" "$(two "$out/cvode-2-1.txt" "$out/cvode-2-2.txt")"
  printf '%-34s %14s %14s\n' "SciPy solve_ivp BDF (rtol 1e-6)" "$(rate "$out/bdf-1.txt")" "$(two "$out/bdf-2-1.txt" "$out/bdf-2-2.txt")"
  printf '%-34s %14s %14s\n' "SciPy solve_ivp LSODA (rtol 1e-6)" "$(rate "$out/lsoda-1.txt")" "$(two "$out/lsoda-2-1.txt" "$out/lsoda-2-2.txt")"
  echo "calibration of $models models on 2 threads: $calibration_seconds s, $calibration_beats beats" \
    "($(echo "$calibration_beats $calibration_seconds" | awk '{printf "%.0f", $1 / $2}') model-beats/s)"
  echo "APD90 of the last beat: java $(grep -o 'APD90=[0-9.]*' "$out/java-1.txt"), cvode $(grep -o 'APD90 [0-9.]*' "$out/cvode-1.txt")"
} | tee "$out/summary.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"
echo "run.sh: results in $out"
