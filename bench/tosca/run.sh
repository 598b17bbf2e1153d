#!/usr/bin/env bash
# Parse-and-check time and peak memory of Vitruvian and of tosca-parser 2.6.0 on the same
# generated TOSCA topologies (docs/performance.md): N node templates with about 2N
# relationships, each file through './vitruvian validate' and '../shared/tools/tosca-oracle',
# with the wall and CPU time and peak resident memory that /usr/bin/time -v reports.
#   bench/tosca/run.sh [--nodes 1000,10000,100000] [--oracle-max 10000]
# tosca-parser is skipped above --oracle-max nodes (it takes minutes there); files above the
# reader's 3 MiB limit are refused by Vitruvian by design, which the summary shows as exit 1.
# Needs /usr/bin/time (Debian: apt-get install time), python3 and python3-tosca-parser.
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
cd "$root"
nodes=1000,10000,100000
oracle_max=10000
while [ $# -gt 0 ]; do
  case $1 in
    --nodes) nodes=$2; shift 2 ;;
    --oracle-max) oracle_max=$2; shift 2 ;;
    *) echo "usage: bench/tosca/run.sh [--nodes 1000,10000,100000] [--oracle-max N]" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "run.sh: /usr/bin/time is missing (Debian: apt-get install time)" >&2; exit 3; }
oracle=$(cd "$root/../shared/tools" 2>/dev/null && pwd)/tosca-oracle
[ -x "$oracle" ] || { echo "run.sh: $oracle is missing" >&2; exit 3; }

out="bench/tosca/results/$(hostname)-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
{
  echo "date: $(date -Iseconds)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) processors"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/machine.txt"

# A build of the products, if the sources changed, must not be timed; nor the first start's cache.
env VITRUVIAN_HOME="$home" ./vitruvian --version >/dev/null

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

measure "vitruvian startup (--version)" "$out/version.txt" env VITRUVIAN_HOME="$home" ./vitruvian --version
IFS=, read -r -a sizes <<<"$nodes"
for n in "${sizes[@]}"; do
  file="$out/topology-$n.yaml"
  python3 bench/tosca/generate.py "$n" "$file"
  echo "topology-$n.yaml: $(du -k "$file" | cut -f1) KiB" | tee -a "$out/summary.txt"
  measure "vitruvian validate $n nodes" "$out/vitruvian-$n.txt" env VITRUVIAN_HOME="$home" ./vitruvian validate "$file"
  if [ "$n" -le "$oracle_max" ]; then
    measure "tosca-parser $n nodes" "$out/tosca-parser-$n.txt" "$oracle" "$file"
  fi
  rm -f "$file"
done
