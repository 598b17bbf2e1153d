#!/usr/bin/env bash
# check and plan on long chains (docs/performance.md): generated workflows of 1,000, 5,000 and
# 20,000 chained steps, each run through ./vitruvian validate, check and plan, with the wall time
# (and CPU time) and peak resident memory of each process as /usr/bin/time -v reports them.
#   bench/plan/run.sh [--steps 1000,5000,20000] [--runs 1]
# Needs /usr/bin/time (Debian: apt-get install time) and python3.
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
cd "$root"
steps=1000,5000,20000
runs=1
while [ $# -gt 0 ]; do
  case $1 in
    --steps) steps=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) echo "usage: bench/plan/run.sh [--steps 1000,5000,20000] [--runs N]" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "run.sh: /usr/bin/time is missing (Debian: apt-get install time)" >&2; exit 3; }

out="bench/plan/results/$(hostname)-$(date +%Y%m%d-%H%M%S)"
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

# One timed command: its wall time (s) and peak resident memory (MB), and its exit status.
measure() { # name log command...
  local name=$1 log=$2 status=0
  shift 2
  /usr/bin/time -v -o "$log.time" "$@" >"$log" 2>&1 || status=$?
  local wall cpu rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log.time")
  # CPU time (user + system) as well: on a shared machine the wall time mostly says how busy it is.
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$log.time")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log.time")
  printf '%-28s %8.2f s wall %8.2f s CPU %7s MB  exit %d\n' "$name" "$wall" "$cpu" "$rss" "$status" | tee -a "$out/summary.txt"
}

measure "startup (--version)" "$out/version.txt" env VITRUVIAN_HOME="$home" ./vitruvian --version
IFS=, read -r -a sizes <<<"$steps"
for n in "${sizes[@]}"; do
  chain="$out/chain-$n"
  python3 bench/plan/generate.py "$n" "$chain"
  for ((i = 1; i <= runs; i++)); do
    measure "validate $n steps" "$out/validate-$n-$i.txt" env VITRUVIAN_HOME="$home" ./vitruvian validate "$chain/chain.yaml"
    measure "check $n steps" "$out/check-$n-$i.txt" env VITRUVIAN_HOME="$home" ./vitruvian check "$chain/chain.yaml" --site metrocubo
    measure "plan $n steps" "$out/plan-$n-$i.txt" env VITRUVIAN_HOME="$home" ./vitruvian plan "$chain/chain.yaml"
  done
  rm -rf "$chain"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"
echo "run.sh: results in $out"
