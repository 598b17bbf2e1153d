#!/usr/bin/env bash
# Parse-and-check time and peak memory of Vitruvian and of tosca-parser 2.6.0 on the same
# generated TOSCA topologies (docs/performance.md): N node templates with about 2N
# relationships. Each file goes through Vitruvian's ToscaService (bench/tosca/ToscaBench.java,
# one JVM per file, outside OSGi on the built bundle jars) and through tosca-parser's
# ToscaTemplate (one python3 per file), with the wall and CPU time and peak resident memory
# that /usr/bin/time -v reports for each whole process.
#   bench/tosca/run.sh [--nodes 1000,10000,100000] [--timeout SECONDS]
# Files above the reader's limit (32 MiB, ToscaLimits) are refused by Vitruvian by design (tosca.too-large).
# Needs the bundles built (./mvnw -B -o package -pl bundles/org.vitruvian.tosca -am -DskipTests),
# /usr/bin/time (Debian: apt-get install time), python3 and python3-tosca-parser.
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
cd "$root"
nodes=1000,10000,100000
timeout=900
while [ $# -gt 0 ]; do
  case $1 in
    --nodes) nodes=$2; shift 2 ;;
    --timeout) timeout=$2; shift 2 ;;
    *) echo "usage: bench/tosca/run.sh [--nodes 1000,10000,100000] [--timeout SECONDS]" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "run.sh: /usr/bin/time is missing (Debian: apt-get install time)" >&2; exit 3; }
[ -d /usr/lib/python3/dist-packages/toscaparser ] || { echo "run.sh: python3-tosca-parser is missing (run ../shared/tools/tosca-oracle once as root)" >&2; exit 3; }
# shellcheck source=releng/lib/java.sh
. "$root/releng/lib/java.sh"
java=$(vitruvian_find_java) || { echo "run.sh: no JDK >= 21 found; set JAVA_HOME" >&2; exit 3; }
jars=$(ls bundles/org.vitruvian.tosca/target/org.vitruvian.tosca-*.jar bundles/org.vitruvian.core/target/org.vitruvian.core-*.jar 2>/dev/null | tr '\n' ':')
yaml=$(find "$HOME/.m2/repository/org/snakeyaml/snakeyaml-engine" -name 'snakeyaml-engine-*.jar' | sort | tail -1)
[ -n "$jars" ] && [ -n "$yaml" ] || { echo "run.sh: build the bundles first: ./mvnw -B -o package -pl bundles/org.vitruvian.tosca -am -DskipTests" >&2; exit 3; }
classes=$(mktemp -d)
trap 'rm -rf "$classes"' EXIT
"$(dirname "$java")/javac" -nowarn -d "$classes" -cp "$jars$yaml" bench/tosca/ToscaBench.java

out="bench/tosca/results/$(hostname)-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
{
  echo "date: $(date -Iseconds)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) processors"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java: $("$java" -version 2>&1 | head -1)"
} | tee "$out/machine.txt"

measure() { # name log command...
  local name=$1 log=$2 status=0
  shift 2
  /usr/bin/time -v -o "$log.time" "$@" >"$log" 2>&1 || status=$?
  local wall cpu rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log.time")
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$log.time")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log.time")
  printf '%-34s %8.2f s wall %8.2f s CPU %7s MB  exit %d\n' "$name" "$wall" "$cpu" "$rss" "$status" | tee -a "$out/summary.txt"
}

IFS=, read -r -a sizes <<<"$nodes"
for n in "${sizes[@]}"; do
  file="$out/topology-$n.yaml"
  python3 bench/tosca/generate.py "$n" "$file"
  echo "topology-$n.yaml: $(du -k "$file" | cut -f1) KiB" | tee -a "$out/summary.txt"
  measure "vitruvian $n nodes" "$out/vitruvian-$n.txt" "$java" -Xmx2g -XX:+UseSerialGC -cp "$classes:$jars$yaml" ToscaBench "$file"
  cat "$out/vitruvian-$n.txt" | tee -a "$out/summary.txt"
  measure "tosca-parser $n nodes" "$out/tosca-parser-$n.txt" timeout "$timeout" /usr/bin/python3 -c '
import sys
from toscaparser.tosca_template import ToscaTemplate
ToscaTemplate(sys.argv[1])' "$file"
  rm -f "$file"
done
