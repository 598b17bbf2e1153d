#!/usr/bin/env bash
# `vitruvian lsp` and yaml-language-server 1.25 side by side (docs/performance.md): the same
# client (bench/ide/lsp-compare.mjs), the same generated 1,000-step workflow in a copy of
# examples/bone-strength, the same edits. yaml-language-server checks the file against the JSON
# Schema `vitruvian schema workflow` writes; installed with npm into a scratch folder (2.x needs
# a newer Node than Debian's).
#   bench/ide/lsp-compare.sh [STEPS [ROUNDS]]     # default 1000 steps, 10 rounds
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
steps=${1:-1000}
rounds=${2:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v node >/dev/null || { echo "lsp-compare.sh: needs node and npm (apt-get install nodejs npm)" >&2; exit 2; }
(cd "$work" && npm install --silent --no-audit --no-fund yaml-language-server@1.25.0 >/dev/null)
cp -r "$repo/examples/bone-strength" "$work/project"
rm -rf "$work/project/build"
# The workflow of bench/ide/DiagramBench and EditorBench: blocks of the six bone-strength steps.
node - "$steps" > "$work/project/generated.yaml" <<'JS'
const steps = Number(process.argv[2]);
const block = [['ct-phantom', 'bone.ct-phantom'], ['calibrate', 'bone.calibrate'], ['segment', 'bone.segment'],
  ['mesh', 'bone.mesh'], ['solve', 'bone.solve'], ['strength', 'bone.strength']];
let yaml = 'apiVersion: vitruvian/v1\nkind: Workflow\nname: generated\nversion: 1.0.0\nimports:\n'
  + block.map(([n]) => `  - services/${n}.yaml\n`).join('') + 'steps:\n';
const links = [];
for (let i = 0; i < steps; i++) {
  const b = Math.floor(i / 6), kind = i % 6, n = `-${b}.`;
  yaml += `  - name: ${block[kind][0]}-${b}\n    service: {id: ${block[kind][1]}, version: 1.x}\n`;
  if (kind === 4) yaml += '    parameters:\n      - name: body-mass\n        value: 70\n';
  if (kind === 1) links.push([`ct-phantom${n}ct`, `calibrate${n}ct`], [`ct-phantom${n}phantom`, `calibrate${n}phantom`]);
  if (kind === 2) links.push([`calibrate${n}density`, `segment${n}density`]);
  if (kind === 3) links.push([`segment${n}mask`, `mesh${n}mask`], [`calibrate${b === 0 ? n : `-${b - 1}.`}density`, `mesh${n}density`]);
  if (kind === 4) links.push([`mesh${n}model`, `solve${n}model`]);
  if (kind === 5) links.push([`solve${n}strains`, `strength${n}strains`]);
}
yaml += 'links:\n' + links.map(([f, t]) => `  - {from: ${f}, to: ${t}}\n`).join('');
process.stdout.write(yaml);
JS
"$repo/vitruvian" schema workflow -o "$work/workflow.schema.json" >/dev/null
echo "date: $(date -Iseconds); load average: $(cut -d' ' -f1-3 /proc/loadavg); node $(node --version)"
echo "workflow: $steps steps, $(wc -l < "$work/project/generated.yaml") lines"
node "$repo/bench/ide/lsp-compare.mjs" "vitruvian lsp" "$work/project/generated.yaml" "$work/workflow.schema.json" "$rounds" \
    -- "$repo/vitruvian" lsp
node "$repo/bench/ide/lsp-compare.mjs" "yaml-language-server 1.25.0" "$work/project/generated.yaml" "$work/workflow.schema.json" \
    "$rounds" -- node "$work/node_modules/yaml-language-server/bin/yaml-language-server" --stdio
