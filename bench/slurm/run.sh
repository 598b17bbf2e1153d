#!/usr/bin/env bash
# The Slurm target on the loopback cluster (docs/performance.md): the bone-strength workflow run
# there and on this machine directly, with the wall time of each, and the SSH logins and remote
# commands the Slurm run cost, read from the cluster's sshd log (LogLevel VERBOSE is not needed:
# each login is one "Accepted publickey" line).
#   bench/slurm/run.sh [--runs 3]
# Needs root the first time (releng/lib/loopback-hpc.sh installs and starts the cluster).
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
cd "$root"
runs=3
[ "${1:-}" = "--runs" ] && runs=$2

state=${VITRUVIAN_HPC_STATE:-/tmp/vitruvian-loopback-hpc}
releng/lib/loopback-hpc.sh start "$state" >/dev/null
# shellcheck source=/dev/null
. "$state/env"

out="bench/slurm/results/$(hostname)-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
{
  echo "date: $(date -Iseconds)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) processors"
  echo "slurm: $(sinfo --version 2>/dev/null || echo unknown)"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/machine.txt"

# A build of the products, if the sources changed, must not be timed as part of a run.
./vitruvian --version >/dev/null

logins() { grep -c "Accepted publickey for $VITRUVIAN_HPC_USER" "$state/sshd.log" || true; }

for ((i = 1; i <= runs; i++)); do
  for site in local loopback-slurm; do
    home=$(mktemp -d)
    mkdir -p "$home/sites" "$home/ssh/loopback-slurm"
    sed "s/^  port: .*/  port: $VITRUVIAN_HPC_PORT/" examples/sites/loopback-slurm.yaml >"$home/sites/loopback-slurm.yaml"
    cp "$VITRUVIAN_HPC_IDENTITY" "$VITRUVIAN_HPC_KNOWN_HOSTS" "$home/ssh/loopback-slurm/"
    before=$(logins)
    start=$(date +%s.%N)
    env VITRUVIAN_HOME="$home" ./vitruvian run examples/bone-strength/workflow.yaml --site "$site" >"$out/$site-$i.txt" 2>&1
    end=$(date +%s.%N)
    after=$(logins)
    load=$(grep -o '"fractureLoad": [0-9.]*' "$home"/runs/*/steps/strength/report.json | tr '\n' ' ')
    printf '%s run %d: %.1f s, %d SSH login(s), %s\n' "$site" "$i" "$(echo "$end - $start" | bc)" \
      "$((after - before))" "$load" | tee -a "$out/summary.txt"
    rm -rf "$home"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"
echo "run.sh: results in $out"
