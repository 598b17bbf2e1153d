#!/usr/bin/env bash
# Starts a SIMULATED Kubernetes API server (releng/k8s-sim/SimulatedApiServer.java: fabric8's
# kubernetes-server-mock in CRUD mode) on loopback for the Kubernetes target's tests, in the
# foreground: it writes STATE_DIR/kubeconfig and STATE_DIR/port and runs until its standard
# input closes. No real API server exists on the build machines (not in Debian, npm or Maven
# Central), so the scheduling, the Job controller and the kubelet are simulated by the tests.
#
#   simulated-k8s.sh STATE_DIR
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
state=${1:?usage: simulated-k8s.sh STATE_DIR}
# shellcheck source=releng/lib/java.sh
. "$root/releng/lib/java.sh"
java=$(vitruvian_find_java) || { echo "simulated-k8s.sh: no JDK >= 21 found; set JAVA_HOME" >&2; exit 3; }
export JAVA_HOME
JAVA_HOME=$(vitruvian_java_home "$java")
mkdir -p "$state" "$root/target"
classpath="$root/target/k8s-sim.classpath"
if [ ! -s "$classpath" ] || [ "$root/releng/k8s-sim/pom.xml" -nt "$classpath" ]; then
  "$root/mvnw" -B -q -f "$root/releng/k8s-sim/pom.xml" dependency:build-classpath -Dmdep.outputFile="$classpath" >&2
fi
exec "$java" -cp "$(cat "$classpath")" "$root/releng/k8s-sim/SimulatedApiServer.java" "$state"
