#!/usr/bin/env bash
# The run store survives the CLI: kill -9 of the processes watching 10 runs in flight, then
# 'vitruvian resume' from new processes finds every job and finishes every run; each job ran
# exactly once and no run is reported FAILED. Prints one line per check and exits non-zero on
# the first failure.
#   releng/tests/crash-resume.sh [SITE]    SITE: local (default) or loopback-slurm, the cluster
#                                          of releng/lib/loopback-hpc.sh, which must be up
set -euo pipefail
site=${1:-local}
root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
data="$root/releng/tests/crash-resume"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export VITRUVIAN_HOME="$work/home" VITRUVIAN_POLL_MS=100
echo "input" > "$work/data.txt"
runs=10
if [ "$site" = loopback-slurm ]; then
  # shellcheck source=/dev/null
  . "${VITRUVIAN_HPC_STATE:-/tmp/vitruvian-loopback-hpc}/env"
  mkdir -p "$VITRUVIAN_HOME/sites" "$VITRUVIAN_HOME/ssh/loopback-slurm"
  sed "s/^  port: .*/  port: $VITRUVIAN_HPC_PORT/" "$root/examples/sites/loopback-slurm.yaml" >"$VITRUVIAN_HOME/sites/loopback-slurm.yaml"
  cp "$VITRUVIAN_HPC_IDENTITY" "$VITRUVIAN_HPC_KNOWN_HOSTS" "$VITRUVIAN_HOME/ssh/loopback-slurm/"
fi

fail() { echo "crash-resume: FAILED: $*" >&2; exit 1; }

pids=()
for i in $(seq $runs); do
  "$root/vitruvian" run "$data/workflow.yaml" --site "$site" --input data="$work/data.txt" >"$work/run-$i.log" 2>&1 &
  pids+=($!)
done

# Wait (with a deadline) until every run has a job submitted or running, then kill the watchers.
deadline=$((SECONDS + 180))
in_flight() { grep -l '"jobId"' "$VITRUVIAN_HOME"/runs/*/run.json 2>/dev/null | wc -l; }
until [ "$(in_flight)" -ge "$runs" ]; do
  [ $SECONDS -lt $deadline ] || fail "only $(in_flight) of $runs runs got a job in flight"
  sleep 0.2
done
kill -9 "${pids[@]}" 2>/dev/null || true
wait "${pids[@]}" 2>/dev/null || true
echo "crash-resume: killed the CLI (SIGKILL) with $runs runs in flight on $site"

ids=$(ls "$VITRUVIAN_HOME/runs")
[ "$(echo "$ids" | wc -l)" -eq "$runs" ] || fail "expected $runs run records, found: $ids"
for id in $ids; do
  "$root/vitruvian" resume "$id" >"$work/resume-$id.log" 2>&1 || { cat "$work/resume-$id.log" >&2; fail "resume $id did not end COMPLETED"; }
  grep -q "Run $id COMPLETED: 2/2 steps done." "$work/resume-$id.log" || { cat "$work/resume-$id.log" >&2; fail "resume $id did not report 2/2 steps done"; }
  for step in first second; do
    count=$(wc -l < "$VITRUVIAN_HOME/runs/$id/steps/$step/out.txt.runs")
    [ "$count" -eq 1 ] || fail "run $id step $step ran $count times"
  done
done
echo "crash-resume: all $runs runs resumed and COMPLETED; each of their $((runs * 2)) jobs ran exactly once"
