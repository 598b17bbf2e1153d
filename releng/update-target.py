#!/usr/bin/env python3
"""Regenerates target-platform/vitruvian.target from target-platform/roots.txt.

Maven locations that follow POM dependencies resolve version ranges against whatever Maven
Central holds on the day of the build, so a new Eclipse release would silently change the
platform. This script resolves the roots' dependency graph once, keeps the highest version of
each artifact per major version (Eclipse bundles require [x,next-major) ranges, so that is what
p2 would pick anyway, while incompatible majors such as jakarta.annotation 2 and 3 both stay),
and writes a target in which every artifact is pinned and no location follows dependencies.

    releng/update-target.py            # after editing roots.txt; then build and commit both files
"""
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROOTS = ROOT / "target-platform" / "roots.txt"
TARGET = ROOT / "target-platform" / "vitruvian.target"

# (label, groupIds) in the order they appear in the target; every resolved artifact must match one.
GROUPS = [
    ("Eclipse 4.40: Equinox, core runtime, resources and the RCP workbench", {"org.eclipse.platform"}),
    ("Platform libraries: ICU, JNA (core.filesystem), JSVG (SWT SVG), jakarta inject/annotations (e4 DI), XML APIs",
     {"com.ibm.icu", "net.java.dev.jna", "com.github.weisj", "jakarta.inject", "jakarta.annotation", "xml-apis"}),
    ("Declarative Services: Felix SCR and the OSGi DS API, events and preferences", {"org.apache.felix", "org.osgi"}),
    ("EMF, with JDT for generating model code from .genmodel files", {"org.eclipse.emf", "org.eclipse.jdt"}),
    ("JGit and its libraries; slf4j 2 with SPI Fly (and its ASM) as the ServiceLoader mediator",
     {"org.eclipse.jgit", "com.googlecode.javaewah", "commons-codec", "org.slf4j", "org.apache.aries.spifly",
      "org.ow2.asm", "org.bouncycastle", "org.tukaani"}),
    ("Libraries: SSH (JSch), YAML 1.2 (snakeyaml-engine), command line (picocli)",
     {"com.github.mwiede", "org.snakeyaml", "info.picocli"}),
    ("Language Server Protocol (LSP4J) and its JSON library (gson), for vitruvian lsp",
     {"org.eclipse.lsp4j", "com.google.code.gson"}),
    ("Eclipse ELK 0.12.1 layered layout for the workflow diagram, with guava, failureaccess and xbase.lib",
     {"org.eclipse.elk", "org.eclipse.xtext", "com.google.guava", "com.google.errorprone", "com.google.j2objc",
      "org.checkerframework", "com.google.code.findbugs", "org.jspecify"}),
    ("Output viewers: NatTable with Eclipse Collections for CSV tables, SWTChart for numeric series",
     {"org.eclipse.nebula.widgets.nattable", "org.eclipse.collections", "org.eclipse.swtchart"}),
    ("Kubernetes target: the fabric8 client 7.x with its JDK HTTP client, its models, Jackson 2 and snakeyaml",
     {"io.fabric8", "com.fasterxml.jackson.core", "com.fasterxml.jackson.dataformat", "com.fasterxml.jackson.datatype",
      "org.yaml"}),
    ("JUnit 5 for tycho-surefire", {"org.junit.jupiter", "org.junit.platform", "org.opentest4j", "org.apiguardian"}),
]

BATIK = """    <!-- org.eclipse.e4.ui.css.core does Require-Bundle org.apache.batik.css; Central's jar has no
         OSGi manifest, so it is wrapped under the name the platform expects. -->
    <location type="Maven" label="Batik CSS for the e4 CSS engine" includeDependencyDepth="none" includeDependencyScopes="compile" includeSource="false" missingManifest="generate">
      <dependencies>
        <dependency><groupId>org.apache.xmlgraphics</groupId><artifactId>batik-css</artifactId><version>1.19</version><type>jar</type></dependency>
      </dependencies>
      <instructions><![CDATA[
Bundle-Name: Apache Batik CSS
Bundle-SymbolicName: org.apache.batik.css
version: ${version_cleanup;${mvnVersion}}
Bundle-Version: ${version}
Import-Package: *;resolution:=optional
Export-Package: *;version="${version}";-noimport:=true
]]></instructions>
    </location>"""


def read_roots():
    roots = []
    for number, line in enumerate(ROOTS.read_text().splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(":")
        if len(parts) not in (3, 4) or (len(parts) == 4 and parts[3] != "none"):
            sys.exit(f"{ROOTS}:{number}: expected groupId:artifactId:version[:none], got '{line}'")
        roots.append((parts[0], parts[1], parts[2], len(parts) == 4))
    return roots


def resolve(roots):
    deps = []
    for group, artifact, version, alone in roots:
        exclusions = ("<exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions>"
                      if alone else "")
        deps.append(f"<dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId>"
                    f"<version>{version}</version>{exclusions}</dependency>")
    pom = ('<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
           '<groupId>org.vitruvian.releng</groupId><artifactId>target-roots</artifactId><version>1</version>'
           f'<dependencies>{"".join(deps)}</dependencies></project>')
    with tempfile.TemporaryDirectory() as work:
        Path(work, "pom.xml").write_text(pom)
        tree = Path(work, "tree.txt")
        subprocess.run([str(ROOT / "mvnw"), "-B", "-q", "-f", str(Path(work, "pom.xml")),
                        "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:tree", "-Dverbose",
                        f"-DoutputFile={tree}"], check=True, env=os.environ)
        text = tree.read_text()
    found = set(re.findall(r"([\w.-]+):([\w.-]+):jar:([^:\s]+):(?:compile|runtime)", text))
    return {(g, a, v) for g, a, v in found if a != "target-roots"}


def version_key(version):
    return [int(p) if p.isdigit() else p for p in re.split(r"[.-]", version)]


def highest_per_major(artifacts):
    best = {}
    for group, artifact, version in artifacts:
        key = (group, artifact, version.split(".")[0])
        if key not in best or version_key(version) > version_key(best[key]):
            best[key] = version
    return sorted((g, a, v) for (g, a, _), v in best.items())


def write_target(artifacts):
    lines = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>', '<?pde version="3.8"?>',
             '<!-- Generated by releng/update-target.py from target-platform/roots.txt: edit those, not this.',
             '     Maven Central only (no p2 site is reachable from any build machine). Every artifact is pinned',
             '     and no location follows POM dependencies, so a new release on Central never changes a build.',
             '     docs/build.md says why each group is here. -->',
             '<target name="vitruvian" sequenceNumber="2">', '  <locations>']
    placed = set()
    for label, groups in GROUPS:
        chosen = [x for x in artifacts if x[0] in groups]
        placed.update(chosen)
        lines.append(f'    <location type="Maven" label="{label}" includeDependencyDepth="none" '
                     'includeDependencyScopes="compile,runtime" includeSource="false" missingManifest="generate">')
        lines.append("      <dependencies>")
        for g, a, v in chosen:
            lines.append(f"        <dependency><groupId>{g}</groupId><artifactId>{a}</artifactId>"
                         f"<version>{v}</version><type>jar</type></dependency>")
        lines += ["      </dependencies>", "    </location>"]
    unplaced = [x for x in artifacts if x not in placed and x[1] != "batik-css"]
    if unplaced:
        sys.exit("update-target.py: no group in GROUPS for: " + ", ".join(":".join(x) for x in unplaced))
    lines += [BATIK, "  </locations>",
              '  <targetJRE path="org.eclipse.jdt.launching.JRE_CONTAINER/'
              'org.eclipse.jdt.internal.debug.ui.launcher.StandardVMType/JavaSE-21"/>', "</target>"]
    TARGET.write_text("\n".join(lines) + "\n")
    print(f"update-target.py: {len(artifacts)} artifacts pinned in {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    write_target(highest_per_major(resolve(read_roots())))
