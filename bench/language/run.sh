#!/usr/bin/env bash
# The language-services benchmark (docs/performance.md): reparse and edit times of a generated
# workflow of 1,000 steps, outside OSGi on the jars of the headless product.
#   bench/language/run.sh [STEPS] [ROUNDS]
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
cd "$root"
# shellcheck source=releng/lib/java.sh
. "$root/releng/lib/java.sh"
java=$(vitruvian_find_java) || { echo "run.sh: no JDK >= 21 found; set JAVA_HOME" >&2; exit 3; }

plugins=releng/org.vitruvian.product/target/products/org.vitruvian.headless/linux/gtk/x86_64/plugins
if [ ! -d "$plugins" ] || ! ls "$plugins"/org.vitruvian.language_*.jar >/dev/null 2>&1; then
  echo "run.sh: build the products first: ./mvnw -B -DskipTests package" >&2
  exit 3
fi
classpath=$(find "$plugins" -maxdepth 1 -name '*.jar' | sort | tr '\n' ':')
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) processors"
echo "java: $("$java" -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# Compiled rather than run as a source file: EMF's package registry is per context class loader,
# and the source launcher's loader would hide the registered packages from the services.
classes=$(mktemp -d)
trap 'rm -rf "$classes"' EXIT
"$(dirname "$java")/javac" -nowarn -d "$classes" -cp "$classpath" bench/language/LanguageBench.java
"$java" -Xmx1g -cp "$classes:$classpath" LanguageBench "$@"
