#!/usr/bin/env python3
"""Writes a workflow of N chained steps for the plan benchmark (docs/performance.md).

    bench/plan/generate.py STEPS FOLDER

FOLDER gets chain.yaml (the workflow), stage.yaml (the one service every step runs) and
recipe.yaml (its container recipe). The chain's input is hospital clinical identifiable data, so
trust has something to decide at every step; the first step de-identifies it, so the classes of
data change along the chain; every step has a recipe, so compatibility is checked on each site;
and every tenth step states its own resources, so cost differs between steps.
"""
import os
import sys


def main():
    if len(sys.argv) != 3 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 1:
        sys.exit("usage: generate.py STEPS FOLDER")
    steps, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "recipe.yaml"), "w") as f:
        f.write("""apiVersion: vitruvian/v1
kind: ContainerRecipe
name: stage
base:
  image: docker.io/library/debian:12-slim
  os: debian 12
  glibc: "2.36"
architecture: x86_64
run: [/bin/true]
""")
    with open(os.path.join(folder, "stage.yaml"), "w") as f:
        f.write("""apiVersion: vitruvian/v1
kind: ServiceDefinition
id: bench.stage
version: 1.0.0
inputs:
  - name: in
    format: nrrd
outputs:
  - name: out
    format: nrrd
resources:
  cores: 1
  memory: 1GiB
  walltime: 10m
defaultRecipe: recipe.yaml
""")
    out = [
        "apiVersion: vitruvian/v1",
        "kind: Workflow",
        f"name: chain-{steps}",
        "imports: [stage.yaml]",
        "inputs:",
        "  - name: ct",
        "    format: nrrd",
        "    dataClass: {kind: clinical, owner: hospital, identifiability: identifiable}",
        "outputs:",
        "  - name: result",
        "    format: nrrd",
        "steps:",
    ]
    for i in range(steps):
        out.append(f"  - name: s{i}")
        out.append("    service: {id: bench.stage, version: 1.x}")
        if i == 0:
            out.append("    deidentifies: true")
            out.append("    identifiabilityAfter: pseudonymised")
        if i % 10 == 9:
            out.append("    resources: {cores: 2, memory: 2GiB, walltime: 30m}")
    out.append("links:")
    out.append("  - {from: ct, to: s0.in}")
    for i in range(1, steps):
        out.append(f"  - {{from: s{i - 1}.out, to: s{i}.in}}")
    out.append(f"  - {{from: s{steps - 1}.out, to: result}}")
    with open(os.path.join(folder, "chain.yaml"), "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
