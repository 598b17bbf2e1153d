#!/usr/bin/env bash
# Regenerates the EMF model code (bundles/org.vitruvian.model.*/src-gen) from each bundle's
# model/*.genmodel and .ecore. Run it after changing an .ecore, then build and commit both.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
# shellcheck source=releng/lib/java.sh
. "$root/releng/lib/java.sh"
java=$(vitruvian_find_java) || { echo "generate-models.sh: no JDK >= 21 found; set JAVA_HOME" >&2; exit 3; }
export JAVA_HOME
JAVA_HOME=$(vitruvian_java_home "$java")
classpath="$root/target/genmodel.classpath"
mkdir -p "$root/target"
"$root/mvnw" -B -q -f "$root/releng/genmodel/pom.xml" dependency:build-classpath -Dmdep.outputFile="$classpath" >/dev/null
# Dependencies first: each model's genmodel refers to the genmodels of the models it uses.
models=(common trust recipe site service workflow)
"$java" -cp "$(cat "$classpath")" "$root/releng/genmodel/GenerateModels.java" \
  "${models[@]/#/$root/bundles/org.vitruvian.model.}"
