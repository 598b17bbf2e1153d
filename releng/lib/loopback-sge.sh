#!/usr/bin/env bash
# A real single-host Grid Engine cell (Debian's Grid Engine 8.1.9) on this machine, reachable
# only through OpenSSH servers on loopback, so that the Grid Engine target adapter is tested
# against the programs a site runs (qsub, qstat, qacct, qdel over ssh as an unprivileged
# account) rather than a fake. Two sshds log in to the same account: one with a key, one that
# also asks for a one-time code (PAM and Debian's libpam-google-authenticator), the site of
# the multi-factor tests. Everything comes from Debian packages; no systemd is needed. See
# docs/hpc.md, "Grid Engine" and "Multi-factor authentication".
#
#   loopback-sge.sh start  STATE_DIR   bring it up (or re-check it if already up), print env
#   loopback-sge.sh stop   STATE_DIR   stop the daemons this script started
#   loopback-sge.sh status STATE_DIR   exit 0 when up and healthy
#
# Exit codes: 0 fine, 1 not healthy or a daemon failed, 2 usage, 3 cannot proceed here
# (not root with packages missing, or a Grid Engine cell that someone else configured).
# The same conventions as loopback-hpc.sh (the Slurm cluster), whose helpers it shares.
set -euo pipefail

readonly SGE_USER=vsge
readonly MARK='# written by vitruvian loopback-sge.sh'
readonly SGE_ROOT=/var/lib/gridengine
readonly SGE_CELL=default
readonly CELL_DIR=$SGE_ROOT/$SGE_CELL/common
# Grid Engine finds its hosts by name; on Debian 127.0.0.1 is 'localhost' first, so that is the
# cell's one host, and the machine's own name is declared an alias of it (host_aliases).
readonly HOST=localhost
readonly QMASTER_SPOOL=/var/spool/gridengine/qmaster
# pam_start takes the service name from the name sshd was started as, so the one-time code
# sshd runs as a link of this name (at most 15 characters: the process name it gets) and gets its own PAM stack, leaving /etc/pam.d/sshd alone.
readonly MFA_SERVICE=vitruvian-otp
readonly PACKAGES=(gridengine-master gridengine-exec gridengine-client openssh-server openssh-client
  libpam-google-authenticator oathtool)
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
readonly HERE
# shellcheck source=releng/lib/loopback-common.sh
. "$HERE/loopback-common.sh"
LOG_NAME=loopback-sge

usage() {
  echo "usage: $0 start|stop|status STATE_DIR" >&2
  exit 2
}

# --- the cell -----------------------------------------------------------------------------

# The Debian package sets up the cell's spool and configuration, but names no master host
# unless asked to: an empty act_qmaster is a cell nobody runs yet, which this script takes
# (and marks); a master named without our mark is someone's real cell and is never touched.
check_cell_is_ours() {
  [ -d "$CELL_DIR" ] || die 3 "$CELL_DIR does not exist: gridengine-master did not set up its cell"
  local master=""
  [ -r "$CELL_DIR/act_qmaster" ] && master=$(tr -d '[:space:]' <"$CELL_DIR/act_qmaster")
  if [ -n "$master" ] && ! grep -qxF "$MARK" "$CELL_DIR/vitruvian-loopback" 2>/dev/null; then
    die 3 "the Grid Engine cell $SGE_ROOT/$SGE_CELL has master '$master' and was not set up by this script; refusing to change it"
  fi
  local other
  other=$(sed -n 's/^# state: //p' "$CELL_DIR/vitruvian-loopback" 2>/dev/null || true)
  if [ -n "$other" ] && [ "$other" != "$STATE_DIR" ] && qmaster_up; then
    die 3 "a loopback Grid Engine cell from $other is running; stop it first ($0 stop $other)"
  fi
}

qmaster_pid() { live_pid "$QMASTER_SPOOL/qmaster.pid" sge_qmaster; }
execd_pid() { live_pid "$(execd_spool)/$HOST/execd.pid" sge_execd; }
execd_spool() { echo "$STATE_DIR/execd"; }
qmaster_up() { qmaster_pid >/dev/null && qconf -sh >/dev/null 2>&1; }

# The host's queue instance as qstat shows it: '' when it is fine, else its state letters
# (u unknown: no execd; a alarm; d disabled; E error).
queue_state() {
  local line
  line=$({ qstat -f -q "all.q@$HOST" 2>/dev/null || true; } | awk -v q="all.q@$HOST" '$1 == q { print $6; f = 1 } END { if (!f) print "missing" }')
  echo "$line"
}
queue_ready() { [ -z "$(queue_state)" ]; }

start_qmaster() {
  qmaster_up && return 0
  # The host is 'localhost' whatever the machine is called (see HOST).
  # sge_qmaster (as sgeadmin) rewrites act_qmaster when it starts and stops.
  echo "$HOST $(hostname)" >"$CELL_DIR/host_aliases"
  echo "$HOST" >"$CELL_DIR/act_qmaster"
  chown sgeadmin:sgeadmin "$CELL_DIR/act_qmaster" "$CELL_DIR/host_aliases"
  printf '%s\n# state: %s\n' "$MARK" "$STATE_DIR" >"$CELL_DIR/vitruvian-loopback"
  # sge_qmaster forks and drops to sgeadmin by itself; it writes its pid in its spool.
  (cd / && without_inherited_fds /usr/sbin/sge_qmaster) >>"$STATE_DIR/qmaster.out" 2>&1 ||
    { show_log "$QMASTER_SPOOL/messages"; die 1 "sge_qmaster failed to start; see $QMASTER_SPOOL/messages"; }
  wait_for 30 qmaster_up ||
    { show_log "$QMASTER_SPOOL/messages"; die 1 "sge_qmaster does not answer qconf; see $QMASTER_SPOOL/messages"; }
}

# What a site's administrators set up once: the host as submit and execution host, one queue
# with a slot per core, and a scheduler that starts work within a second (the default polls
# every 15 s, which a test suite would spend waiting). Re-applied at each start: the files are
# this script's, so a change here reaches a cell an earlier version configured.
configure_cell() {
  local cpus
  cpus=$(nproc)
  install -d -o sgeadmin -g sgeadmin -m 0755 "$(execd_spool)"
  # The global configuration with what differs from Debian's: the execd spool in STATE_DIR,
  # accounting written at once (qacct reads the file), load reports often.
  # qconf names a configuration by its file's name and prints long values over several lines
  # ending in a backslash, which are joined before editing.
  install -d -m 0700 "$STATE_DIR/conf"
  qconf -sconf global | sed -e ':a' -e '/\\$/N; s/\\\n[[:space:]]*//; ta' >"$STATE_DIR/conf/global"
  sed -i -e "s|^execd_spool_dir .*|execd_spool_dir        $(execd_spool)|" \
    -e 's|^reporting_params .*|reporting_params       accounting=true,reporting=false,flush_time=00:00:01,joblog=false,sharelog=00:00:00,accounting_flush_time=00:00:00|' \
    -e 's|^load_report_time .*|load_report_time       00:00:05|' \
    -e 's|^max_unheard .*|max_unheard            00:01:00|' "$STATE_DIR/conf/global"
  (cd "$STATE_DIR/conf" && qconf -Mconf global >>"$STATE_DIR/qconf.log" 2>&1)
  qconf -ssconf >"$STATE_DIR/sched.conf"
  sed -i -e 's|^schedule_interval .*|schedule_interval                 0:0:1|' \
    -e 's|^flush_submit_sec .*|flush_submit_sec                  1|' \
    -e 's|^flush_finish_sec .*|flush_finish_sec                  1|' "$STATE_DIR/sched.conf"
  qconf -Msconf "$STATE_DIR/sched.conf" >>"$STATE_DIR/qconf.log" 2>&1
  qconf -as "$HOST" >/dev/null 2>&1 || true
  cat >"$STATE_DIR/exechost.conf" <<EOF
hostname              $HOST
load_scaling          NONE
complex_values        NONE
user_lists            NONE
xuser_lists           NONE
projects              NONE
xprojects             NONE
usage_scaling         NONE
report_variables      NONE
EOF
  if qconf -se "$HOST" >/dev/null 2>&1; then
    qconf -Me "$STATE_DIR/exechost.conf" >>"$STATE_DIR/qconf.log" 2>&1
  else
    qconf -Ae "$STATE_DIR/exechost.conf" >>"$STATE_DIR/qconf.log" 2>&1
  fi
  # Several cores of one host for one job: the parallel environment most sites call smp.
  cat >"$STATE_DIR/smp.pe" <<EOF
pe_name            smp
slots              999
user_lists         NONE
xuser_lists        NONE
start_proc_args    NONE
stop_proc_args     NONE
allocation_rule    \$pe_slots
control_slaves     FALSE
job_is_first_task  TRUE
urgency_slots      min
accounting_summary FALSE
qsort_args         NONE
EOF
  if qconf -sp smp >/dev/null 2>&1; then
    qconf -Mp "$STATE_DIR/smp.pe" >>"$STATE_DIR/qconf.log" 2>&1
  else
    qconf -Ap "$STATE_DIR/smp.pe" >>"$STATE_DIR/qconf.log" 2>&1
  fi
  # posix_compliant with bash as the queue's shell: what many sites run. The adapter asks for
  # bash itself (-S) and makes its own login shell, so the site's setting does not matter.
  cat >"$STATE_DIR/queue.conf" <<EOF
qname                 all.q
hostlist              $HOST
seq_no                0
load_thresholds       NONE
suspend_thresholds    NONE
nsuspend              1
suspend_interval      00:05:00
priority              0
min_cpu_interval      00:05:00
processors            UNDEFINED
qtype                 BATCH INTERACTIVE
ckpt_list             NONE
pe_list               smp
rerun                 FALSE
slots                 $cpus
tmpdir                /tmp
shell                 /bin/bash
prolog                NONE
epilog                NONE
shell_start_mode      posix_compliant
starter_method        NONE
suspend_method        NONE
resume_method         NONE
terminate_method      NONE
notify                00:00:60
owner_list            NONE
user_lists            NONE
xuser_lists           NONE
subordinate_list      NONE
complex_values        NONE
projects              NONE
xprojects             NONE
calendar              NONE
initial_state         default
s_rt                  INFINITY
h_rt                  INFINITY
s_cpu                 INFINITY
h_cpu                 INFINITY
s_fsize               INFINITY
h_fsize               INFINITY
s_data                INFINITY
h_data                INFINITY
s_stack               INFINITY
h_stack               INFINITY
s_core                INFINITY
h_core                INFINITY
s_rss                 INFINITY
h_rss                 INFINITY
s_vmem                INFINITY
h_vmem                INFINITY
EOF
  if qconf -sq all.q >/dev/null 2>&1; then
    qconf -Mq "$STATE_DIR/queue.conf" >>"$STATE_DIR/qconf.log" 2>&1
  else
    qconf -Aq "$STATE_DIR/queue.conf" >>"$STATE_DIR/qconf.log" 2>&1
  fi
}

start_execd() {
  if execd_pid >/dev/null && queue_ready; then
    return 0
  fi
  stop_execd
  (cd / && without_inherited_fds /usr/sbin/sge_execd) >>"$STATE_DIR/execd.out" 2>&1 ||
    { show_log "$(execd_spool)/$HOST/messages"; die 1 "sge_execd failed to start; see $(execd_spool)/$HOST/messages"; }
  local end=$((SECONDS + 60)) state cleared=no
  while :; do
    state=$(queue_state)
    [ -z "$state" ] && break
    # A queue instance left in error by an earlier run (a job killed at stop) is ours: clear it once.
    if [[ $state == *E* ]] && [ "$cleared" = no ]; then
      qmod -c "all.q@$HOST" >/dev/null 2>&1 || true
      cleared=yes
    fi
    if [ "$SECONDS" -ge "$end" ]; then
      show_log "$(execd_spool)/$HOST/messages"
      die 1 "queue all.q@$HOST is '$state', not ready, after 60 s; see $(execd_spool)/$HOST/messages and $QMASTER_SPOOL/messages"
    fi
    sleep 0.2
  done
}

stop_execd() {
  local pid
  pid=$(execd_pid) || return 0
  # qconf -ke would wait for the master's word; the daemon ends on TERM as well, jobs first.
  kill -TERM "$pid" 2>/dev/null || true
  wait_for 30 pid_gone "$pid" || { kill -KILL "$pid" 2>/dev/null || true; }
}

stop_qmaster() {
  local pid
  pid=$(qmaster_pid) || return 0
  kill -TERM "$pid" 2>/dev/null || true
  wait_for 30 pid_gone "$pid" || { kill -KILL "$pid" 2>/dev/null || true; }
}

# --- the account and its logins -------------------------------------------------------------

user_home() { getent passwd "$SGE_USER" | cut -d: -f6; }

ensure_user() {
  local home jdk
  if ! getent passwd "$SGE_USER" >/dev/null; then
    useradd -m -s /bin/bash "$SGE_USER"
  fi
  # '!' is a locked account to sshd and PAM alike; '*' is open, with no password that matches.
  if [ "$(getent shadow "$SGE_USER" | cut -d: -f2)" != '*' ]; then
    usermod -p '*' "$SGE_USER"
  fi
  home=$(user_home)
  install -d -o "$SGE_USER" -g "$SGE_USER" -m 0755 "$home/scratch"
  jdk=$(site_java_home)
  if ! runuser -u "$SGE_USER" -- "$jdk/bin/java" -version >/dev/null 2>&1; then
    chmod -R a+rX "$jdk"
  fi
  # The site's login environment provides Java, as for the Slurm site's account.
  local profile="$home/.bash_profile"
  if [ ! -e "$profile" ] || grep -qF "$MARK" "$profile"; then
    cat >"$profile" <<EOF
$MARK: the site's login environment provides Java 21+.
export JAVA_HOME=$jdk
export PATH="\$JAVA_HOME/bin:\$PATH"
if [ -f "\$HOME/.bashrc" ]; then . "\$HOME/.bashrc"; fi
EOF
    chown "$SGE_USER:$SGE_USER" "$profile"
  fi
  # The account's one-time code secret, as google-authenticator would write it: a time-based
  # code, a window of 3 (the code before and after count too, for clocks that drift), codes
  # usable more than once (the tests log in twice within 30 s), no rate limit.
  if [ ! -s "$STATE_DIR/otp-secret" ]; then
    (umask 077 && head -c 20 /dev/urandom | base32 | tr -d '=\n' >"$STATE_DIR/otp-secret")
  fi
  local ga="$home/.google_authenticator"
  rm -f "$ga"
  (umask 077 && printf '%s\n" WINDOW_SIZE 3\n" TOTP_AUTH\n' "$(cat "$STATE_DIR/otp-secret")" >"$ga")
  chown "$SGE_USER:$SGE_USER" "$ga"
  chmod 0400 "$ga"
}

ssh_as() { # port [ssh options...] command
  local port=$1
  shift
  ssh -F /dev/null -i "$STATE_DIR/id_ed25519" -o IdentitiesOnly=yes -o BatchMode=yes \
    -o UserKnownHostsFile="$STATE_DIR/known_hosts" -o GlobalKnownHostsFile=/dev/null \
    -o StrictHostKeyChecking=yes -o ConnectTimeout=10 -o LogLevel=ERROR \
    -p "$port" "$SGE_USER@127.0.0.1" "$@"
}

port_of() { sed -n 's/^Port //p' "$STATE_DIR/$1.conf" 2>/dev/null; }
sge_ssh() { ssh_as "$(port_of sshd)" "$@"; }
ssh_works() { sge_ssh -n true 2>/dev/null; }
# The code sshd asks for cannot be typed in BatchMode: with the key alone it must refuse.
mfa_refuses_key_alone() { ! ssh_as "$(port_of mfa-sshd)" -n true 2>/dev/null && live_pid "$STATE_DIR/mfa-sshd.pid" "$MFA_SERVICE" >/dev/null; }

write_sshd_config() { # name port extra-lines
  cat >"$STATE_DIR/$1.conf" <<EOF
$MARK
Port $2
ListenAddress 127.0.0.1
HostKey $STATE_DIR/ssh_host_ed25519_key
PidFile $STATE_DIR/$1.pid
AuthorizedKeysFile $STATE_DIR/authorized_keys
StrictModes no
PubkeyAuthentication yes
PasswordAuthentication no
PermitRootLogin no
AllowUsers $SGE_USER
PrintMotd no
X11Forwarding no
Subsystem sftp internal-sftp
# The cell's environment, as a site's profile (settings.sh) gives it, with Grid Engine's own
# programs first on PATH: Debian's qsub, qstat... in /usr/bin are a wrapper that works out the
# architecture with cpp and ldd at every call (3 s on a busy machine).
SetEnv SGE_ROOT=$SGE_ROOT SGE_CELL=$SGE_CELL SGE_ARCH=$SGE_ARCH PATH=/usr/lib/gridengine:/usr/local/bin:/usr/bin:/bin
$3
EOF
}

start_sshds() {
  if live_pid "$STATE_DIR/sshd.pid" sshd >/dev/null && ssh_works && mfa_refuses_key_alone &&
    grep -qF "PATH=/usr/lib/gridengine:" "$STATE_DIR/sshd.conf"; then
    return 0
  fi
  stop_pid sshd sshd
  stop_pid mfa-sshd "$MFA_SERVICE"
  [ -e "$STATE_DIR/ssh_host_ed25519_key" ] ||
    ssh-keygen -q -t ed25519 -N '' -C vitruvian-loopback-sge-host -f "$STATE_DIR/ssh_host_ed25519_key"
  [ -e "$STATE_DIR/id_ed25519" ] ||
    ssh-keygen -q -t ed25519 -N '' -C vitruvian-loopback-sge-client -f "$STATE_DIR/id_ed25519"
  install -m 0644 "$STATE_DIR/id_ed25519.pub" "$STATE_DIR/authorized_keys"
  runuser -u "$SGE_USER" -- test -r "$STATE_DIR/authorized_keys" ||
    die 3 "$SGE_USER cannot read $STATE_DIR/authorized_keys: every parent of $STATE_DIR must be world-searchable"
  local port mfa_port
  port=$(free_port 2322)
  mfa_port=$(free_port 2323 "$port")
  write_sshd_config sshd "$port" "KbdInteractiveAuthentication no
UsePAM no"
  # The key and then a one-time code, as sites with MFA ask: keyboard-interactive through PAM,
  # whose stack (below) asks only for the code.
  write_sshd_config mfa-sshd "$mfa_port" "KbdInteractiveAuthentication yes
UsePAM yes
AuthenticationMethods publickey,keyboard-interactive"
  local pam=/etc/pam.d/$MFA_SERVICE
  if [ -e "$pam" ] && ! grep -qxF "$MARK" "$pam"; then
    die 3 "$pam exists and was not written by this script; refusing to replace it"
  fi
  cat >"$pam" <<EOF
$MARK
# The loopback Grid Engine site's second factor: a time-based one-time code, nothing else.
auth required pam_google_authenticator.so
@include common-account
session required pam_permit.so
EOF
  ln -sfn /usr/sbin/sshd "$STATE_DIR/$MFA_SERVICE"
  {
    echo "[127.0.0.1]:$port $(cut -d' ' -f1,2 "$STATE_DIR/ssh_host_ed25519_key.pub")"
    echo "[127.0.0.1]:$mfa_port $(cut -d' ' -f1,2 "$STATE_DIR/ssh_host_ed25519_key.pub")"
  } >"$STATE_DIR/known_hosts"
  install -d -m 0755 /run/sshd
  local name binary
  for name in sshd mfa-sshd; do
    binary=/usr/sbin/sshd
    [ "$name" = mfa-sshd ] && binary=$STATE_DIR/$MFA_SERVICE
    "$binary" -t -f "$STATE_DIR/$name.conf" 2>>"$STATE_DIR/$name.log" ||
      { show_log "$STATE_DIR/$name.log"; die 1 "sshd rejects $STATE_DIR/$name.conf; see $STATE_DIR/$name.log"; }
    without_inherited_fds "$binary" -f "$STATE_DIR/$name.conf" -E "$STATE_DIR/$name.log" ||
      { show_log "$STATE_DIR/$name.log"; die 1 "$name failed to start; see $STATE_DIR/$name.log"; }
  done
  wait_for 10 ssh_works ||
    { show_log "$STATE_DIR/sshd.log"; die 1 "cannot log in as $SGE_USER through sshd on port $port; see $STATE_DIR/sshd.log"; }
  wait_for 10 mfa_refuses_key_alone ||
    { show_log "$STATE_DIR/mfa-sshd.log"; die 1 "the one-time code sshd on port $mfa_port lets a key alone in, or is not running; see $STATE_DIR/mfa-sshd.log"; }
}

write_env() {
  cat >"$STATE_DIR/env" <<EOF
VITRUVIAN_SGE_HOST=127.0.0.1
VITRUVIAN_SGE_PORT=$(port_of sshd)
VITRUVIAN_SGE_MFA_PORT=$(port_of mfa-sshd)
VITRUVIAN_SGE_USER=$SGE_USER
VITRUVIAN_SGE_IDENTITY=$STATE_DIR/id_ed25519
VITRUVIAN_SGE_KNOWN_HOSTS=$STATE_DIR/known_hosts
VITRUVIAN_SGE_OTP_SECRET=$STATE_DIR/otp-secret
VITRUVIAN_SGE_SCRATCH=$(user_home)/scratch
EOF
}

# What the adapter does, end to end and through ssh only: qsub a job that needs the login
# environment's Java, wait for qacct to know it, read its output.
verify_job() {
  local id out major
  sge_ssh 'mkdir -p .loopback-sge && rm -f .loopback-sge/check.out && cat > .loopback-sge/check.sh' <<'EOF'
#!/bin/bash
#$ -S /bin/bash
exec bash -lc 'java -version 2>&1'
EOF
  id=$(sge_ssh -n 'cd .loopback-sge && qsub -terse -cwd -j y -o check.out -N loopback-check check.sh') ||
    die 1 "qsub over ssh failed"
  wait_for 60 sge_ssh -n "qacct -j $id" >/dev/null 2>&1 ||
    die 1 "check job $id not in qacct after 60 s; see $QMASTER_SPOOL/messages and $(execd_spool)/$HOST/messages"
  out=$(sge_ssh -n "cat .loopback-sge/check.out" 2>/dev/null || true)
  major=$(sed -n 's/.* version "\([0-9]*\).*/\1/p' <<<"$out" | first_line)
  if [ -z "$major" ] || [ "$major" -lt 21 ]; then
    printf '%s\n' "$out" | sed 's/^/    /' >&2
    die 1 "check job $id did not run Java >= 21 from $SGE_USER's login environment (output above)"
  fi
}

summary() {
  echo "loopback-sge: Grid Engine cell up (host $HOST, $(nproc) slots), sshd on 127.0.0.1:$(port_of sshd), with one-time codes on 127.0.0.1:$(port_of mfa-sshd), user $SGE_USER"
}

healthy() {
  qmaster_up || { log "sge_qmaster is not running"; return 1; }
  execd_pid >/dev/null || { log "sge_execd is not running"; return 1; }
  queue_ready || { log "queue all.q@$HOST is '$(queue_state)'"; return 1; }
  live_pid "$STATE_DIR/sshd.pid" sshd >/dev/null || { log "sshd is not running"; return 1; }
  qconf -sp smp >/dev/null 2>&1 || { log "the cell has no parallel environment smp (set up by an older script)"; return 1; }
  grep -qF "PATH=/usr/lib/gridengine:" "$STATE_DIR/sshd.conf" || { log "sshd runs an older configuration"; return 1; }
  mfa_refuses_key_alone || { log "the one-time code sshd is not running or lets a key alone in"; return 1; }
  sge_ssh -n "qstat -u $SGE_USER" >/dev/null 2>&1 || { log "qstat over ssh as $SGE_USER does not work"; return 1; }
}

cmd_stop() {
  local pid comm name
  if qmaster_up; then
    # The jobs first, while the daemons can still end them.
    qdel -u "$SGE_USER" >/dev/null 2>&1 || true
    wait_for 30 sh -c "[ -z \"\$(qstat -u $SGE_USER 2>/dev/null)\" ]" || log "jobs still there after qdel"
  fi
  for name in sshd mfa-sshd; do
    comm=sshd
    [ "$name" = mfa-sshd ] && comm=$MFA_SERVICE
    if pid=$(live_pid "$STATE_DIR/$name.pid" "$comm"); then
      stop_tree "$pid"
    fi
    stop_pid "$name" "$comm"
  done
  stop_execd
  stop_qmaster
  log "stopped"
}

cmd_status() {
  healthy || exit 1
  summary
}

cmd_start() {
  if [ -r "$STATE_DIR/env" ] && healthy 2>/dev/null; then
    cat "$STATE_DIR/env"
    summary
    return 0
  fi
  ensure_packages "${PACKAGES[@]}"
  [ "$(id -u)" -eq 0 ] || die 3 "start needs root (it creates a user and starts daemons)"
  check_cell_is_ours
  ensure_user
  start_qmaster
  configure_cell
  start_execd
  start_sshds
  write_env
  verify_job
  cat "$STATE_DIR/env"
  summary
}

[ $# -eq 2 ] || usage
case $1 in
  start)
    mkdir -p "$2"
    chmod 0755 "$2"
    ;;
  stop | status)
    [ -d "$2" ] || die 1 "$2 does not exist: nothing was started there"
    ;;
  *) usage ;;
esac
STATE_DIR=$(cd "$2" && pwd -P)
readonly STATE_DIR
umask 022
SGE_ARCH=$("$SGE_ROOT/util/arch")
# Grid Engine's programs themselves, not Debian's slow wrappers (see write_sshd_config).
PATH=/usr/lib/gridengine:$PATH
export SGE_ROOT SGE_CELL SGE_ARCH PATH

case $1 in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) usage ;;
esac
