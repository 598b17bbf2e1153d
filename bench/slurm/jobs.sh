#!/usr/bin/env bash
# N short jobs on the loopback Slurm cluster, side by side in one run (docs/performance.md):
# Vitruvian (a sweep of N tasks over SSH), snakemake 7.21 with its Slurm executor (on the
# cluster's login node, which is this machine, as the cluster's user), and a bare loop of
# `sbatch --wait` as the floor. For each: wall time until all N are done, the client's CPU time
# (/usr/bin/time over the client and its children), the scheduler's RPCs (slurmctld's sdiag and
# slurmdbd's statistics, reset before each), and Vitruvian's SSH logins from the sshd log.
#   bench/slurm/jobs.sh [--jobs 200]
# Needs root (the cluster, sdiag --reset, running as the cluster's user) and snakemake
# (Debian: apt-get install snakemake). Takes the loopback cluster's lock for the whole run.
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
cd "$root"
n=200
[ "${1:-}" = "--jobs" ] && n=$2
command -v snakemake >/dev/null || { echo "jobs.sh: snakemake is missing (Debian: apt-get install snakemake)" >&2; exit 3; }
[ -x /usr/bin/time ] || { echo "jobs.sh: /usr/bin/time is missing (Debian: apt-get install time)" >&2; exit 3; }

exec 9>/tmp/vitruvian-hpc.lock
flock 9
state=${VITRUVIAN_HPC_STATE:-/tmp/vitruvian-loopback-hpc}
releng/lib/loopback-hpc.sh start "$state" >/dev/null
# shellcheck source=/dev/null
. "$state/env"
user=$VITRUVIAN_HPC_USER

out="$root/bench/slurm/results/jobs-$(hostname)-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
{
  echo "date: $(date -Iseconds)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) processors"
  echo "slurm: $(sinfo --version 2>/dev/null || echo unknown); snakemake $(snakemake --version)"
  echo "jobs: $n"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/machine.txt"

# A build of the products, if the sources changed, must not be timed.
./vitruvian --version >/dev/null

reset_counters() { sdiag --reset >/dev/null; sacctmgr -i clear stats >/dev/null 2>&1 || true; }
# RPCs the user made to slurmctld and to slurmdbd (sacct), and the submissions and job queries among them.
counters() {
  local ctld dbd submits queries
  ctld=$(sdiag | awk -v u="$user" '/statistics by user/ { on = 1 } on && $1 == u { sub(/.*count:/, ""); print $1; exit }')
  dbd=$(sacctmgr show stats 2>/dev/null | awk -v u="$user" '/statistics by user/ { on = 1 } on && $1 == u { sub(/.*count:/, ""); print $1; exit }')
  submits=$(sdiag | awk '/REQUEST_SUBMIT_BATCH_JOB/ { sub(/.*count:/, ""); print $1; exit }')
  queries=$(sdiag | awk '/REQUEST_JOB_USER_INFO|REQUEST_JOB_INFO|REQUEST_JOB_INFO_SINGLE/ { sub(/.*count:/, ""); s += $1 } END { print s + 0 }')
  echo "slurmctld RPCs ${ctld:-0} (submissions ${submits:-0}, job queries $queries), slurmdbd RPCs ${dbd:-0}"
}
cpu_of() { awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$1"; }
logins() { grep -c "Accepted publickey for $user" "$state/sshd.log" || true; }

report() { # name started time-file
  local wall
  wall=$(echo "$(date +%s.%N) - $2" | bc)
  printf '%-12s %7.1f s wall, %6s s client CPU, %s\n' "$1" "$wall" "$(cpu_of "$3")" "$4" | tee -a "$out/summary.txt"
}

# --- Vitruvian: one sweep of n tasks, submitted and watched over one SSH session ---------------
home=$(mktemp -d)
work=$(mktemp -d)
mkdir -p "$home/sites" "$home/ssh/loopback-slurm"
sed "s/^  port: .*/  port: $VITRUVIAN_HPC_PORT/" examples/sites/loopback-slurm.yaml >"$home/sites/loopback-slurm.yaml"
cp "$VITRUVIAN_HPC_IDENTITY" "$VITRUVIAN_HPC_KNOWN_HOSTS" "$home/ssh/loopback-slurm/"
cp bench/slurm/jobs/echo.yaml "$work/"
cat >"$work/workflow.yaml" <<YAML
apiVersion: vitruvian/v1
kind: Workflow
name: short-jobs
description: $n jobs of no work, as one sweep.
imports: [echo.yaml]
steps:
  - name: echo
    service: {id: bench.echo, version: 1.x}
    execution: sweep
    sweep:
      axes:
        - {name: index, from: 0, to: $((n - 1)), step: 1}
YAML
reset_counters
before=$(logins)
start=$(date +%s.%N)
env VITRUVIAN_HOME="$home" /usr/bin/time -v -o "$out/vitruvian.time" ./vitruvian run "$work/workflow.yaml" --site loopback-slurm \
  >"$out/vitruvian.txt" 2>&1 || echo "vitruvian: exit $? (see $out/vitruvian.txt)" | tee -a "$out/summary.txt"
report vitruvian "$start" "$out/vitruvian.time" "$(counters), $(($(logins) - before)) SSH login(s)"
rm -rf "$home" "$work"

# --- snakemake --slurm on the login node, as the cluster's user -----------------------------------
dir=$(su - "$user" -c 'mktemp -d')
cp bench/slurm/jobs/Snakefile "$dir/"
chown -R "$user" "$dir"
reset_counters
start=$(date +%s.%N)
/usr/bin/time -v -o "$out/snakemake.time" su - "$user" -c "cd '$dir' && snakemake --slurm --jobs $n --config n=$n \
  --default-resources slurm_account=vitruvian slurm_partition=debug --latency-wait 30 --quiet" \
  >"$out/snakemake.txt" 2>&1 || echo "snakemake: exit $? (see $out/snakemake.txt)" | tee -a "$out/summary.txt"
report snakemake "$start" "$out/snakemake.time" "$(counters), $(find "$dir/out" -name '*.txt' | wc -l) outputs"
rm -rf "$dir"

# --- the floor: n times sbatch --wait, all at once ------------------------------------------------
dir=$(su - "$user" -c 'mktemp -d')
reset_counters
start=$(date +%s.%N)
/usr/bin/time -v -o "$out/sbatch.time" su - "$user" -c "cd '$dir' && for i in \$(seq 0 $((n - 1))); do \
  sbatch --wait --quiet --mem=100M --time=5 --output=/dev/null --wrap \"echo \$i > $dir/\$i.txt\" & done; wait" \
  >"$out/sbatch.txt" 2>&1 || echo "sbatch loop: exit $? (see $out/sbatch.txt)" | tee -a "$out/summary.txt"
report "sbatch --wait" "$start" "$out/sbatch.time" "$(counters), $(find "$dir" -name '*.txt' | wc -l) outputs"
rm -rf "$dir"

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"
echo "jobs.sh: results in $out"
