#!/usr/bin/env bash
# The MRI heating benchmark and peer comparison (docs/performance.md#mri-rf-heating,
# docs/services/mri-heating.md#against-meep-and-openems):
#   1. a STREAM-like triad, the FDTD's cell updates/s on the default 5 mm grid (1 and 2 threads)
#      and on the 10 mm grid, and the thermal solver's time for 900 s (Java);
#   2. the same 10 mm set-up solved by MEEP (python3-meep), its time and cell updates/s;
#   3. SAR beside the wire and peak 10 g SAR, Vitruvian against MEEP (compare.py).
#   bench/mri/run.sh [--cell 5] [--peer-cell 10]
# Results go to bench/mri/results/<host>-<time>/. Installs python3-meep when run as root.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
cd "$root"
# shellcheck source=releng/lib/java.sh
. "$root/releng/lib/java.sh"
java=$(vitruvian_find_java) || { echo "run.sh: no JDK >= 21 found; set JAVA_HOME" >&2; exit 3; }
peer_cell=10
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  [ "${args[$i]}" = "--peer-cell" ] && peer_cell=${args[$((i + 1))]}
done

bundle=bundles/org.vitruvian.services.mriheating
jar=$(ls "$bundle"/target/org.vitruvian.services.mriheating-*.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ] || [ -n "$(find "$bundle/src" "$bundle/META-INF" -newer "$jar" -print -quit)" ]; then
  echo "run.sh: the jar is missing or older than the sources; build it with ./mvnw -B -DskipTests package" >&2
  exit 3
fi
out="bench/mri/results/$(hostname)-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
{
  echo "date: $(date -Iseconds)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) processors"
  echo "memory: $(grep MemTotal /proc/meminfo | awk '{printf "%.1f GiB", $2 / 1048576}')"
  echo "java: $("$java" -version 2>&1 | head -1)"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/machine.txt"

"$java" -Xmx6g -cp "$jar" org.vitruvian.services.mriheating.internal.bench.Benchmark --out "$out" "$@"

python=/usr/bin/python3
if ! "$python" -c 'import meep' 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    echo "run.sh: installing python3-meep"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-meep python3-matplotlib >/dev/null
  else
    echo "run.sh: python3-meep is not installed (sudo apt-get install python3-meep); comparison skipped"
    exit 0
  fi
fi
# The service on the peer's grid: setup and fields as the workflow runs them.
"$java" -jar "$jar" setup --cell "$peer_cell" --out "$out/grid.vtk" | grep -v '^VITRUVIAN-PROGRESS'
"$java" -jar "$jar" fields --grid "$out/grid.vtk" --periods 4 --sar "$out/sar.vtk" --report "$out/em.json" \
  | grep -v '^VITRUVIAN-PROGRESS'
(cd "$out" && "$python" "$root/bench/mri/meep_coil.py" --cell "$peer_cell" --periods 4 --out meep.npz | grep -v -e '^on time step' -e '^Meep progress' > meep.log)
tail -1 "$out/meep.log"
(cd "$root/bench/mri" && "$python" compare.py "$root/$out/sar.vtk" "$root/$out/meep.npz" meep "$root/$out")
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"
echo "run.sh: results in $out"
