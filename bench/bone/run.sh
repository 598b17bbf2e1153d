#!/usr/bin/env bash
# The bone-strength benchmark (docs/performance.md): memory bandwidth (a STREAM-like triad), the
# matrix-free product and sideways-fall solves on femurs of 50 thousand to a million elements,
# and SciPy's conjugate gradients on the same assembled system.
#   bench/bone/run.sh [--elements 50000,100000,200000,1000000] [--tolerance 1e-8]
# Results go to bench/bone/results/<host>-<time>/ (java.json, scipy.json, the Matrix Market files).
# Needs about 6 GiB of memory and, for the largest femur, several minutes on 2 cores.
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
cd "$root"
# shellcheck source=releng/lib/java.sh
. "$root/releng/lib/java.sh"
java=$(vitruvian_find_java) || { echo "run.sh: no JDK >= 21 found; set JAVA_HOME" >&2; exit 3; }

tolerance=1e-8
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  [ "${args[$i]}" = "--tolerance" ] && tolerance=${args[$((i + 1))]}
done

bundle=bundles/org.vitruvian.services.bonestrength
jar=$(ls "$bundle"/target/org.vitruvian.services.bonestrength-*.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ] || [ -n "$(find "$bundle/src" "$bundle/META-INF" -newer "$jar" -print -quit)" ]; then
  echo "run.sh: building the bone-strength jar"
  # Offline first: a warm ~/.m2 needs no network; otherwise Maven fetches what is missing.
  export JAVA_HOME
  JAVA_HOME=$(vitruvian_java_home "$java")
  ./mvnw -B -q -o -DskipTests package -pl "$bundle" || ./mvnw -B -q -DskipTests package -pl "$bundle"
  jar=$(ls "$bundle"/target/org.vitruvian.services.bonestrength-*.jar | head -1)
fi

out="bench/bone/results/$(hostname)-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
{
  echo "date: $(date -Iseconds)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) processors"
  echo "memory: $(grep MemTotal /proc/meminfo | awk '{printf "%.1f GiB", $2 / 1048576}')"
  echo "java: $("$java" -version 2>&1 | head -1)"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/machine.txt"

"$java" -Xmx6g -cp "$jar" org.vitruvian.services.bonestrength.internal.bench.Benchmark --out "$out" "$@"

python=/usr/bin/python3
if ! "$python" -c 'import scipy' 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    echo "run.sh: installing python3-scipy"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-scipy >/dev/null
  else
    echo "run.sh: python3-scipy is not installed (sudo apt-get install python3-scipy); SciPy comparison skipped"
    exit 0
  fi
fi
"$python" bench/bone/scipy_cg.py "$out" "$tolerance"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"
echo "run.sh: results in $out"
