#!/usr/bin/env bash
# The test command: builds Vitruvian and runs every test, as CI does on a clean clone.
#   releng/test.sh [extra Maven arguments]
# As root it installs the system packages the tests need; otherwise it names the missing ones.
# It starts on loopback what the integration tests need, runs './mvnw verify' on a virtual
# display (the UI tests open a real workbench), checks the built launcher, stops what it
# started, and exits with the status of the tests.
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
cd "$root"

# System packages the tests need (Debian names): a virtual display and GTK for the UI tests;
# Podman with runc, catatonit (the init process of a container job), the network stack of its
# default network and, for rootless runs, uidmap, slirp4netns and fuse-overlayfs, named one by
# one because they are only recommended; and a static busybox, the base image of the container
# test, since no registry is reachable; Slurm, munge and OpenSSH for the loopback HPC site
# (releng/lib/loopback-hpc.sh).
packages=(xvfb xauth libgtk-3-0
  podman runc catatonit netavark iptables uidmap slirp4netns fuse-overlayfs busybox-static
  slurmctld slurmd slurm-client munge openssh-server openssh-client)

missing=()
for p in "${packages[@]}"; do
  # No pipe into grep -q: under pipefail an early exit of grep could fail the pipeline.
  [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" = 'install ok installed' ] || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "test.sh: installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "test.sh: missing system packages: ${missing[*]}; install them with: sudo apt-get install ${missing[*]}" >&2
    exit 3
  fi
fi

# shellcheck source=releng/lib/java.sh
. "$root/releng/lib/java.sh"
java=$(vitruvian_find_java) || { echo "test.sh: no JDK >= 21 found; set JAVA_HOME" >&2; exit 3; }
export JAVA_HOME
JAVA_HOME=$(vitruvian_java_home "$java")
echo "test.sh: JDK $JAVA_HOME"

# Services the integration tests use are started here, on loopback, and stopped on exit: a
# single-node Slurm cluster behind sshd, the HPC site of the Slurm target's tests and of the
# bone-strength run below (the tests would start it themselves; starting it here fails early
# and clearly).
hpc_state=/tmp/vitruvian-loopback-hpc
# The Grid Engine cell (Debian's 8.1.9) behind two sshds, one of them asking for a one-time
# code: the site of the Grid Engine target's and the multi-factor login's tests (docs/hpc.md).
sge_state=/tmp/vitruvian-loopback-sge
cleanup() {
  releng/lib/loopback-hpc.sh stop "$hpc_state" >/dev/null 2>&1 || true
  releng/lib/loopback-sge.sh stop "$sge_state" >/dev/null 2>&1 || true
}
trap cleanup EXIT
releng/lib/loopback-hpc.sh start "$hpc_state"
releng/lib/loopback-sge.sh start "$sge_state"

# The IDE's preferences of whoever runs this (~/.config/vitruvian) must not steer the tests: the
# command line honours them (docs/cli.md, "Preferences"). Tests that want some write their own.
XDG_CONFIG_HOME=$(mktemp -d)
export XDG_CONFIG_HOME
cleanup() { releng/lib/loopback-hpc.sh stop "$hpc_state" >/dev/null 2>&1 || true; rm -rf "$XDG_CONFIG_HOME"; }

# Reports of an earlier run must not be counted as this run's.
rm -rf tests/*/target/surefire-reports

status=0
xvfb-run -a -s "-screen 0 1600x1200x24" ./mvnw -B -ntp verify "$@" || status=$?

# The third-party example plugin, built as its authors would: against the update site this
# build made, with its own tests subclassing Vitruvian's site contract tests.
rm -rf examples/site-plugin/*/target/surefire-reports
if [ "$status" = 0 ]; then
  (cd examples/site-plugin && ../../mvnw -B -ntp verify \
    -Dvitruvian.repository="file:$root/releng/org.vitruvian.repository/target/repository") || status=$?
fi

# The launcher as a user runs it, against the products the build just made.
# shellcheck source=releng/lib/expect.sh
. "$root/releng/lib/expect.sh"
if [ "$status" = 0 ]; then
  expect_exit 0 "./vitruvian --version" ./vitruvian --version
  expect_exit 2 "./vitruvian no-such-command" ./vitruvian no-such-command
  expect_exit 0 "./vitruvian help validate" ./vitruvian help validate
  expect_exit 0 "./vitruvian validate a valid workflow with its site" \
    ./vitruvian validate examples/bone-strength/workflow.yaml examples/sites/hospital-workstation.yaml
  expect_exit 1 "./vitruvian validate examples/invalid/cycle.yaml" ./vitruvian validate examples/invalid/cycle.yaml
  # The site catalog: every tier, workstations and clouds, and this machine.
  expect_output "sites list shows local with its real figures" "^local .* detected$" ./vitruvian sites list
  expect_output "sites list shows tier-0 Piz Daint" "^piz-daint\\* .* 0 " ./vitruvian sites list
  # Trust on the bone-strength example whose CT input is hospital clinical data.
  expect_exit 0 "bone strength allowed on a deskside workstation" \
    ./vitruvian check examples/bone-strength/patient-ct.yaml --site metrocubo
  expect_output "bone strength denied on HPC with the data path" "data path: ct, ct -> calibrate.ct.*\\[trust.deny\\]" \
    ./vitruvian check examples/bone-strength/patient-ct.yaml --site jureca-dc
  trust_home=$(mktemp -d)
  mkdir -p "$trust_home/sites"
  cp examples/sites/clinic-private-cloud.yaml "$trust_home/sites/"
  expect_exit 1 "bone strength denied on a private cloud by the default policy" \
    env VITRUVIAN_HOME="$trust_home" ./vitruvian check examples/bone-strength/patient-ct.yaml --site clinic-private-cloud
  expect_exit 0 "a policy accepting the cloud's certification allows it" \
    env VITRUVIAN_HOME="$trust_home" ./vitruvian check examples/bone-strength/patient-ct.yaml --site clinic-private-cloud \
    --policy examples/trust/hospital-policy.yaml
  rm -rf "$trust_home"
  # Runs: a plan that trust denies submits nothing (the decisions are recorded), and runs
  # survive kill -9 of the CLI.
  run_home=$(mktemp -d)
  expect_exit 1 "a run that trust denies is refused" env VITRUVIAN_HOME="$run_home" \
    ./vitruvian run examples/bone-strength/patient-ct.yaml --site jureca-dc --input ct=README.md
  expect_output "the refused run is recorded with its decisions" '"state": "REFUSED"' sh -c "cat '$run_home'/runs/*/run.json"
  # ls exits 2, not 1, for a path that does not exist; test says exactly whether it does.
  expect_exit 0 "the refused run submitted nothing" sh -c "for d in '$run_home'/runs/*/steps; do test ! -e \"\$d\" || exit 1; done"
  rm -rf "$run_home"
  # A run on this machine, start to finish, with the small test service.
  run_home=$(mktemp -d)
  echo "input" > "$run_home/data.txt"
  expect_output "run prints progress and ends COMPLETED" "COMPLETED: 2/2 steps done" env VITRUVIAN_HOME="$run_home" VITRUVIAN_POLL_MS=200 \
    ./vitruvian run releng/tests/crash-resume/workflow.yaml --site local --input data="$run_home/data.txt"
  expect_output "history lists the run" "COMPLETED +count-twice +local" env VITRUVIAN_HOME="$run_home" ./vitruvian history
  expect_output "outputs retrieves the run's files" "result: .*out.txt" sh -c "VITRUVIAN_HOME='$run_home' ./vitruvian outputs \$(ls '$run_home/runs' | head -1) --to '$run_home/out'"
  # A policy given to a run is named in its record by its SHA-256.
  policy_hash=$(sha256sum examples/trust/hospital-policy.yaml | cut -d' ' -f1)
  env VITRUVIAN_HOME="$run_home" ./vitruvian run examples/bone-strength/patient-ct.yaml --site jureca-dc --input ct=README.md \
    --policy examples/trust/hospital-policy.yaml >/dev/null 2>&1 || true
  expect_output "the run record names the policy file's SHA-256" "$policy_hash" sh -c "cat '$run_home'/runs/*/run.json"
  rm -rf "$run_home"
  expect_exit 0 "kill -9 of the CLI with 10 runs in flight: resume finishes each job exactly once" releng/tests/crash-resume.sh
  expect_exit 0 "the same on the loopback Slurm site: each of 20 sbatch jobs ran exactly once" \
    releng/tests/crash-resume.sh loopback-slurm
  # The README's main job: bone strength from CT, every stage run for real on this machine.
  bone_home=$(mktemp -d)
  expect_output "bone strength runs on local and prints the fracture loads" "COMPLETED: 6/6 steps done" \
    env VITRUVIAN_HOME="$bone_home" VITRUVIAN_POLL_MS=500 ./vitruvian run examples/bone-strength/workflow.yaml --site local
  jar_hash=$(sha256sum bundles/org.vitruvian.services.bonestrength/target/org.vitruvian.services.bonestrength-*.jar | cut -d' ' -f1)
  expect_output "the run record has the SHA-256 of the jar that ran" "$jar_hash" sh -c "cat '$bone_home'/runs/*/run.json"
  # Its provenance: the phantom's CT is a folder of DICOM slices, a Dataset of its files in the crate.
  expect_exit 0 "the bone-strength run exports as an RO-Crate" sh -c "VITRUVIAN_HOME='$bone_home' ./vitruvian provenance \
    \$(ls '$bone_home/runs' | head -n 1) --ro-crate '$bone_home/crate'"
  expect_output "the crate lists the DICOM series as a Dataset with its slices" '"@id": "outputs/ct-phantom/[^"]*/CT0001.dcm"' \
    cat "$bone_home/crate/ro-crate-metadata.json"
  rm -rf "$bone_home"
  # The same workflow on the loopback Slurm cluster, through SSH with its host key checked:
  # inputs and the jar go to the site, six sbatch jobs run there, the results come back.
  bone_home=$(mktemp -d)
  mkdir -p "$bone_home/sites" "$bone_home/ssh/loopback-slurm"
  . "$hpc_state/env"
  sed "s/^  port: .*/  port: $VITRUVIAN_HPC_PORT/" examples/sites/loopback-slurm.yaml >"$bone_home/sites/loopback-slurm.yaml"
  cp "$VITRUVIAN_HPC_IDENTITY" "$VITRUVIAN_HPC_KNOWN_HOSTS" "$bone_home/ssh/loopback-slurm/"
  expect_output "bone strength runs on the loopback Slurm site" "COMPLETED: 6/6 steps done" \
    env VITRUVIAN_HOME="$bone_home" VITRUVIAN_POLL_MS=500 ./vitruvian run examples/bone-strength/workflow.yaml --site loopback-slurm
  expect_output "its steps ran as Slurm jobs" '"adapter": "slurm"' sh -c "cat '$bone_home'/runs/*/run.json"
  expect_output "the fracture loads came back from the site" '"name": "sideways-fall"' \
    sh -c "cat '$bone_home'/runs/*/steps/strength/report.json"
  rm -rf "$bone_home"
  # ---- MRI RF heating (docs/services/mri-heating.md): the three steps for real, at 10 mm cells so
  # that the FDTD takes seconds (the 5 mm default takes about a minute on 2 idle cores), on local
  # and on the loopback Slurm site.
  mri_home=$(mktemp -d)
  expect_output "MRI RF heating runs on local and prints the peak temperature rise" '"peakRise"' \
    env VITRUVIAN_HOME="$mri_home" VITRUVIAN_POLL_MS=500 ./vitruvian run examples/mri-rf-heating/workflow.yaml \
    --site local --param cell-size=10
  expect_output "its figure was drawn" "figure.png" sh -c "ls '$mri_home'/runs/*/steps/heating/"
  rm -rf "$mri_home"
  mri_home=$(mktemp -d)
  mkdir -p "$mri_home/sites" "$mri_home/ssh/loopback-slurm"
  sed "s/^  port: .*/  port: $VITRUVIAN_HPC_PORT/" examples/sites/loopback-slurm.yaml >"$mri_home/sites/loopback-slurm.yaml"
  cp "$VITRUVIAN_HPC_IDENTITY" "$VITRUVIAN_HPC_KNOWN_HOSTS" "$mri_home/ssh/loopback-slurm/"
  expect_output "MRI RF heating runs on the loopback Slurm site" "COMPLETED: 3/3 steps done" \
    env VITRUVIAN_HOME="$mri_home" VITRUVIAN_POLL_MS=500 ./vitruvian run examples/mri-rf-heating/workflow.yaml \
    --site loopback-slurm --param cell-size=10
  rm -rf "$mri_home"
  # ---- end of MRI RF heating
  # Headless bundles never pull in the UI: the headless product must not contain SWT or JFace.
  ui_bundles=$(ls releng/org.vitruvian.product/target/products/org.vitruvian.headless/linux/gtk/x86_64/plugins \
    | grep -E '^org\.eclipse\.(swt|jface|ui)[._]' || true)
  expect_exit 0 "headless product without UI bundles (found: ${ui_bundles:-none})" test -z "$ui_bundles"
  # With the example plugin dropped into a user's plugins folder, its site is listed and its
  # submission customizer is used.
  plugin_home=$(mktemp -d)
  mkdir -p "$plugin_home/plugins"
  cp examples/site-plugin/com.example.vitruvian.sites/target/com.example.vitruvian.sites-*.jar \
    examples/site-plugin/com.example.vitruvian.submit/target/com.example.vitruvian.submit-*.jar "$plugin_home/plugins/"
  expect_output "installed plugin site listed" "example-hpc .*plugin" env VITRUVIAN_HOME="$plugin_home" ./vitruvian sites list
  expect_output "plugin submission customizer used" "site-submit --project in-silico sbatch" \
    env VITRUVIAN_HOME="$plugin_home" ./vitruvian sites show example-hpc
  rm -rf "$plugin_home"
  # --- planning (org.vitruvian.planning): check and plan are one WorkflowPlanner ---------------
  # Without --site, plan puts each step of the patient CT workflow on the cheapest site its
  # identifiable clinical data may go to (desk side); on HPC trust refuses the plan.
  expect_output "plan places the patient CT's steps desk-side" "^calibrate +metrocubo " \
    ./vitruvian plan examples/bone-strength/patient-ct.yaml
  expect_exit 1 "plan refuses a site trust denies" ./vitruvian plan examples/bone-strength/patient-ct.yaml --site jureca-dc
  # A site file given to check is a site to place on, and the policy given decides.
  expect_exit 0 "check with a site file and a policy that trusts it" ./vitruvian check examples/bone-strength/patient-ct.yaml \
    --site clinic-private-cloud --site-file examples/sites/clinic-private-cloud.yaml --policy examples/trust/hospital-policy.yaml
  # --- end of planning ---------------------------------------------------------------------
  # ---- Cardiac drug trial (issue 18): the workflow on this machine with a small population; the
  # risk JSON, the risk table (summary.csv) and a non-empty figure come back.
  cardiac_home=$(mktemp -d)
  expect_output "the cardiac drug trial runs on local" "COMPLETED: 4/4 steps done" \
    env VITRUVIAN_HOME="$cardiac_home" VITRUVIAN_POLL_MS=500 ./vitruvian run examples/cardiac-drug-trial/workflow.yaml \
    --site local --param population-size=12
  expect_output "the trial wrote its risk table and figure" "figure.png.*risk.json.*summary.csv.*figure-present" \
    sh -c "ls '$cardiac_home'/runs/*/steps/drug-trial/ | tr '\n' ' '; test -s '$cardiac_home'/runs/*/steps/drug-trial/figure.png && echo figure-present"
  rm -rf "$cardiac_home"
  # ---- end of the cardiac block
  # ---- The IDE's preferences hold for the command line (docs/cli.md, "Preferences"): its home,
  # unless VITRUVIAN_HOME is set, and its default site.
  pref_dir=$(mktemp -d)
  mkdir -p "$pref_dir/config/vitruvian" "$pref_dir/home/sites" "$pref_dir/env-home"
  cp examples/sites/clinic-private-cloud.yaml "$pref_dir/home/sites/"
  printf 'home=%s\ndefaultSite=metrocubo\n' "$pref_dir/home" >"$pref_dir/config/vitruvian/preferences.properties"
  expect_output "the home preference holds for the command line" "^clinic-private-cloud.* user" \
    env -u VITRUVIAN_HOME XDG_CONFIG_HOME="$pref_dir/config" ./vitruvian sites list
  expect_exit 0 "VITRUVIAN_HOME wins over the home preference" sh -c "! env VITRUVIAN_HOME='$pref_dir/env-home' \
    XDG_CONFIG_HOME='$pref_dir/config' ./vitruvian sites list | grep clinic-private-cloud"
  expect_output "check takes the default site preference" "checked on metrocubo" \
    env XDG_CONFIG_HOME="$pref_dir/config" ./vitruvian check examples/bone-strength/patient-ct.yaml
  rm -rf "$pref_dir"
  # ---- end of the preferences block
  # ---- sites accept-host on a real terminal (script(1) gives it one) against the loopback sshd:
  # the fingerprint is shown, and only 'yes' stores the key (the OSGi tests cover --fingerprint,
  # no terminal and a changed key).
  host_home=$(mktemp -d)
  mkdir -p "$host_home/sites"
  sed "s/^  port: .*/  port: $VITRUVIAN_HPC_PORT/" examples/sites/loopback-slurm.yaml >"$host_home/sites/loopback-slurm.yaml"
  expect_exit 1 "accept-host answered 'no' on a terminal refuses" sh -c "printf 'no\\n' | VITRUVIAN_HOME='$host_home' \
    script -qec './vitruvian sites accept-host loopback-slurm' /dev/null"
  expect_exit 0 "accept-host answered 'no' stored nothing" test ! -e "$host_home/ssh/known_hosts"
  expect_output "accept-host answered 'yes' on a terminal stores the key" "Stored the host key of \\[127.0.0.1\\]:$VITRUVIAN_HPC_PORT" \
    sh -c "printf 'yes\\n' | VITRUVIAN_HOME='$host_home' script -qec './vitruvian sites accept-host loopback-slurm' /dev/null"
  expect_output "the accepted key is in Vitruvian's known_hosts" "^\\[127.0.0.1\\]:$VITRUVIAN_HPC_PORT ssh-ed25519 " \
    cat "$host_home/ssh/known_hosts"
  rm -rf "$host_home"
  # ---- end of the accept-host block
  [ "$launcher_failed" = 0 ] || status=1
fi

# --- Issue 16 (sge branch): Grid Engine and one-time codes ------------------------------------
if [ "$status" = 0 ]; then
  # The bone-strength workflow on the loopback Grid Engine cell: six qsub jobs through SSH.
  sge_home=$(mktemp -d)
  mkdir -p "$sge_home/sites" "$sge_home/ssh/loopback-sge"
  . "$sge_state/env"
  sed "s/^  port: .*/  port: $VITRUVIAN_SGE_PORT/" examples/sites/loopback-sge.yaml >"$sge_home/sites/loopback-sge.yaml"
  cp "$VITRUVIAN_SGE_IDENTITY" "$VITRUVIAN_SGE_KNOWN_HOSTS" "$sge_home/ssh/loopback-sge/"
  expect_output "bone strength runs on the loopback Grid Engine cell" "COMPLETED: 6/6 steps done" \
    env VITRUVIAN_HOME="$sge_home" VITRUVIAN_POLL_MS=500 ./vitruvian run examples/bone-strength/workflow.yaml --site loopback-sge
  expect_output "its steps ran as Grid Engine jobs" '"adapter": "sge"' sh -c "cat '$sge_home'/runs/*/run.json"
  expect_output "the fracture loads came back from the cell" '"name": "sideways-fall"' \
    sh -c "cat '$sge_home'/runs/*/steps/strength/report.json"
  rm -rf "$sge_home"
  # A site asking for a one-time code: a clear error without a terminal, one question in one,
  # for a two-step workflow (small, so that the check costs seconds, not minutes).
  otp_input=$(mktemp)
  echo input >"$otp_input"
  expect_exit 0 "a one-time code is asked once per session in a terminal, and its absence is explained in a pipeline" \
    env VITRUVIAN_SGE_STATE="$sge_state" releng/tests/one-time-code.sh releng/tests/crash-resume/workflow.yaml \
    --input data="$otp_input"
  rm -f "$otp_input"
  [ "$launcher_failed" = 0 ] || status=1
fi
# --- end of the sge branch's block

# --- Issue 11 (validation branch) -------------------------------------------------------------
# The launcher checks themselves: a match in long output is a match (no pipe into grep -q under
# pipefail), a miss is a miss. Needs no build.
expect_exit 0 "the launcher checks count a match on the first line of 1 MiB of output" releng/tests/expect.sh
expect_exit 0 "no bundle imports another's internal packages; x-friends only to a bundle's own tests" \
  releng/check-architecture.sh
if [ "$status" = 0 ]; then
  # What probing got past validate, refused at its position; and no slf4j or JGit line on stderr.
  expect_output "validate refuses a port that leads out of the run folder" \
    "service-port-name.yaml:10:12: error: .*\\[service.port-name\\]" ./vitruvian validate examples/invalid/service-port-name.yaml
  expect_output "validate refuses a site host holding a shell command" \
    "site-host.yaml:11:9: error: .*\\[site.host\\]" ./vitruvian validate examples/invalid/site-host.yaml
  expect_output "validate names an unknown pinned site and the sites there are" \
    "resources-beyond-site.yaml:22:11: error: .*Known sites: .*jureca-dc.*\\[workflow.unknown-site\\]" \
    ./vitruvian validate examples/invalid/resources-beyond-site.yaml
  expect_exit 0 "./vitruvian --version prints nothing on stderr" \
    sh -c 'err=$(./vitruvian --version 2>&1 >/dev/null) && [ -z "$err" ]'
fi
[ "$launcher_failed" = 0 ] || status=1
# --- end of the validation branch's block

# One closing line over everything that ran: the OSGi test bundles (Vitruvian's and the example
# plugin's) and the launcher checks.
read -r tests failures errors skipped < <(
  cat tests/*/target/surefire-reports/TEST-*.xml examples/site-plugin/*/target/surefire-reports/TEST-*.xml 2>/dev/null | python3 -c '
import re, sys
t = f = e = s = 0
for m in re.finditer(r"<testsuite\b[^>]*>", sys.stdin.read()):
    a = dict(re.findall(r"(\w+)=\"([^\"]*)\"", m.group(0)))
    t += int(a.get("tests", 0)); f += int(a.get("failures", 0)); e += int(a.get("errors", 0)); s += int(a.get("skipped", 0))
print(t, f, e, s)')
passed=$((tests - failures - errors - skipped + launcher_passed))
failed=$((failures + errors + launcher_failed))
echo "test.sh: $passed passed, $failed failed, $skipped skipped"
exit "$status"
