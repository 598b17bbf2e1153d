#!/usr/bin/env bash
# The workflow diagram benchmark (docs/performance.md): a generated 1,000-step workflow, ELK layout
# time and open time, outside OSGi on the built bundles' jars. Needs a display: runs itself under
# xvfb-run when DISPLAY is unset. Build first: ./mvnw -B -DskipTests package
#   bench/ide/run.sh [STEPS [ROUNDS]]          # default 1000 steps, 5 rounds
#   bench/ide/run.sh show FILE [SITES_DIR]     # open a workflow's diagram in a window
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
source "$repo/releng/lib/java.sh"
JAVA="$(vitruvian_find_java)" || { echo "bench/ide/run.sh: no Java 21 or newer found" >&2; exit 2; }
if [[ -z "${DISPLAY:-}" ]]; then
    exec xvfb-run -a -s "-screen 0 1600x1200x24" "$0" "$@"
fi
m2="${M2_REPO:-$HOME/.m2/repository}"
# The third-party jars at the versions target-platform/vitruvian.target pins.
jar() { # groupId artifactId version
    local file="$m2/${1//.//}/$2/$3/$2-$3.jar"
    [[ -f "$file" ]] || { echo "bench/ide/run.sh: $file is missing; build once with ./mvnw -B -DskipTests package" >&2; exit 2; }
    printf '%s' "$file"
}
version() { # artifactId: its version in the target
    sed -n "s|.*<artifactId>$1</artifactId><version>\([^<]*\)</version>.*|\1|p" "$repo/target-platform/vitruvian.target" | head -n 1
}
cp=""
for ga in org.eclipse.elk:org.eclipse.elk.core org.eclipse.elk:org.eclipse.elk.graph org.eclipse.elk:org.eclipse.elk.alg.common \
          org.eclipse.elk:org.eclipse.elk.alg.layered com.google.guava:guava com.google.guava:failureaccess \
          org.eclipse.xtext:org.eclipse.xtext.xbase.lib org.eclipse.emf:org.eclipse.emf.common org.eclipse.emf:org.eclipse.emf.ecore \
          org.eclipse.platform:org.eclipse.swt.gtk.linux.x86_64 org.eclipse.platform:org.eclipse.jface \
          org.eclipse.platform:org.eclipse.core.commands org.eclipse.platform:org.eclipse.equinox.common \
          org.eclipse.platform:org.eclipse.osgi org.snakeyaml:snakeyaml-engine; do
    cp="$cp:$(jar "${ga%%:*}" "${ga#*:}" "$(version "${ga#*:}")")"
done
for b in core model.common model.trust model.recipe model.site model.service model.workflow model.yaml trust ui.diagram; do
    built=("$repo"/bundles/org.vitruvian.$b/target/org.vitruvian.$b-*.jar)
    [[ -f "${built[0]}" ]] || { echo "bench/ide/run.sh: bundle org.vitruvian.$b is not built; run ./mvnw -B -DskipTests package" >&2; exit 2; }
    cp="$cp:${built[0]}"
done
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$JAVA" -version 2>&1 | head -n 1
"${JAVA%/java}/javac" --release 21 -d "$out" -cp "${cp#:}" "$repo/bench/ide/DiagramBench.java"
if [[ "${1:-}" == "show" ]]; then
    exec "$JAVA" -Dvitruvian.repo="$repo" -cp "$out$cp" DiagramBench "$@"
fi
exec "$JAVA" -Xmx1g -Dvitruvian.repo="$repo" -cp "$out$cp" DiagramBench bench "${1:-1000}" "${2:-5}"
