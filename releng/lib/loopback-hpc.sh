#!/usr/bin/env bash
# A real single-node Slurm cluster on this machine, reachable only through an OpenSSH server
# on loopback, so that the Slurm target adapter is tested against the programs a site runs
# (sbatch, squeue, scontrol, scancel over ssh as an unprivileged account) rather than a fake.
# Everything comes from Debian packages; no systemd is needed. See docs/build.md,
# "Loopback HPC site for tests".
#
#   loopback-hpc.sh start  STATE_DIR   bring it up (or re-check it if already up), print env
#   loopback-hpc.sh stop   STATE_DIR   stop the daemons this script started
#   loopback-hpc.sh status STATE_DIR   exit 0 when up and healthy
#
# Exit codes: 0 fine, 1 not healthy or a daemon failed, 2 usage, 3 cannot proceed here
# (not root with packages missing, or /etc/slurm/slurm.conf belongs to someone else).
set -euo pipefail

readonly HPC_USER=vhpc
readonly NODE=localhost
readonly MARK='# written by vitruvian loopback-hpc.sh'
readonly SLURM_CONF=/etc/slurm/slurm.conf
# slurmdbd reads its configuration next to slurm.conf; it holds the database password.
readonly SLURMDBD_CONF=/etc/slurm/slurmdbd.conf
readonly PACKAGES=(slurmctld slurmd slurm-client slurmdbd mariadb-server munge openssh-server openssh-client)
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
readonly HERE

log() { echo "loopback-hpc: $*" >&2; }
die() {
  local code=$1
  shift
  log "$*"
  exit "$code"
}

usage() {
  echo "usage: $0 start|stop|status STATE_DIR" >&2
  exit 2
}

# Polls "$@" until it succeeds or TIMEOUT seconds pass: daemons take a variable time to come
# up, and a fixed sleep is either too short on a loaded machine or wastes time on an idle one.
wait_for() {
  local timeout=$1 end
  shift
  end=$((SECONDS + timeout))
  until "$@"; do
    [ "$SECONDS" -lt "$end" ] || return 1
    sleep 0.2
  done
}

# Runs a command with no file descriptor but stdin, stdout and stderr: a daemon that inherited,
# say, the lock file of 'flock ... loopback-hpc.sh start' would hold the lock for as long as it
# runs (munged, mariadbd and slurmdbd keep what they are given).
without_inherited_fds() {
  (
    for fd in /proc/$BASHPID/fd/*; do
      fd=${fd##*/}
      [ "$fd" -gt 2 ] && eval "exec $fd>&-"
    done
    exec "$@"
  )
}

# Starts a server that does not fork by itself in the background, in a session of its own, so
# that it outlives this script and the shell that ran it.
detached() {
  (
    for fd in /proc/$BASHPID/fd/*; do
      fd=${fd##*/}
      [ "$fd" -gt 2 ] && eval "exec $fd>&-"
    done
    exec setsid "$@"
  ) &
}

# Last lines of a log, so a failure explains itself without a second command.
show_log() {
  if [ -s "$1" ]; then
    log "last lines of $1:"
    tail -n 15 "$1" | sed 's/^/    /' >&2
  fi
}

# A pid file is trusted only while its process still has the expected name: after a reboot or
# a crash the number may belong to an unrelated process, which stop must never kill.
live_pid() {
  local file=$1 name=$2 pid comm
  [ -r "$file" ] || return 1
  pid=$(tr -dc '0-9' <"$file")
  [ -n "$pid" ] || return 1
  comm=$(cat "/proc/$pid/comm" 2>/dev/null) || return 1
  [ "$comm" = "$name" ] || return 1
  pid_gone "$pid" && return 1
  echo "$pid"
}

# TCP ports with a bound or listening socket. TIME_WAIT leftovers of our own daemons do not
# count: slurm and sshd bind with SO_REUSEADDR, so a restart gets the same ports back.
port_in_use() {
  local hex
  hex=$(printf '%04X' "$1")
  awk -v p=":$hex" 'FNR > 1 && substr($2, length($2) - 4) == p && ($4 == "0A" || $4 == "07") { f = 1 }
                    END { exit !f }' /proc/net/tcp /proc/net/tcp6 2>/dev/null
}

# First free port from $1 up, skipping the ones given after it (chosen but not yet bound).
free_port() {
  local p=$1 taken
  shift
  while :; do
    taken=no
    for t in "$@"; do [ "$t" = "$p" ] && taken=yes; done
    if [ "$taken" = no ] && ! port_in_use "$p"; then
      echo "$p"
      return 0
    fi
    p=$((p + 1))
    [ "$p" -lt 65536 ] || return 1
  done
}

missing_packages() {
  local p
  for p in "${PACKAGES[@]}"; do
    # Compared in the shell: under pipefail 'dpkg-query | grep -q' fails when grep leaves early.
    [[ $(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null || true) == ii* ]] || echo "$p"
  done
}

ensure_packages() {
  local missing
  missing=$(missing_packages | tr '\n' ' ')
  missing=${missing% }
  [ -z "$missing" ] && return 0
  [ "$(id -u)" -eq 0 ] || die 3 "missing packages (install them as root): $missing"
  log "installing $missing (log: $STATE_DIR/apt.log)"
  # shellcheck disable=SC2086 # the package list is meant to split
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing \
    >"$STATE_DIR/apt.log" 2>&1; then
    # A fresh image often has no package lists yet; update only when needed, it is slow.
    # shellcheck disable=SC2086
    { DEBIAN_FRONTEND=noninteractive apt-get update -q &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing; } \
      >>"$STATE_DIR/apt.log" 2>&1 || {
      show_log "$STATE_DIR/apt.log"
      die 1 "could not install $missing; see $STATE_DIR/apt.log"
    }
  fi
}

# /etc/slurm/slurm.conf is where every client looks, including vhpc's over ssh, so this script
# owns it; a configuration someone else wrote there is a real cluster and is never touched.
check_slurm_conf_is_ours() {
  if [ -e "$SLURMDBD_CONF" ] && ! grep -qxF "$MARK" "$SLURMDBD_CONF"; then
    die 3 "$SLURMDBD_CONF exists and was not written by this script; refusing to replace it"
  fi
  [ -e "$SLURM_CONF" ] || return 0
  grep -qxF "$MARK" "$SLURM_CONF" ||
    die 3 "$SLURM_CONF exists and was not written by this script; refusing to replace it"
  local other
  other=$(sed -n 's/^# state: //p' "$SLURM_CONF")
  if [ -n "$other" ] && [ "$other" != "$STATE_DIR" ] &&
    live_pid "$other/slurmctld.pid" slurmctld >/dev/null; then
    die 3 "a loopback cluster from $other is running; stop it first ($0 stop $other)"
  fi
}

user_home() { getent passwd "$HPC_USER" | cut -d: -f6; }

# The Java that the site's login environment provides: JAVA_HOME, java on PATH, or the
# newest JDK >= 21 under /usr/lib/jvm (releng/lib/java.sh, shared with the build).
site_java_home() {
  # shellcheck source=releng/lib/java.sh
  . "$HERE/java.sh"
  local java
  java=$(vitruvian_find_java) || die 3 "no JDK >= 21 found (JAVA_HOME, PATH, /usr/lib/jvm)"
  vitruvian_java_home "$java"
}

ensure_user() {
  local home jdk
  if ! getent passwd "$HPC_USER" >/dev/null; then
    useradd -m -s /bin/bash "$HPC_USER"
  fi
  # useradd leaves the password '!', which sshd without PAM reads as a locked account and
  # then refuses even key logins; '*' means no password can match but the account is open.
  if [ "$(getent shadow "$HPC_USER" | cut -d: -f2)" != '*' ]; then
    usermod -p '*' "$HPC_USER"
  fi
  home=$(user_home)
  install -d -o "$HPC_USER" -g "$HPC_USER" -m 0755 "$home/scratch"

  jdk=$(site_java_home)
  if ! runuser -u "$HPC_USER" -- "$jdk/bin/java" -version >/dev/null 2>&1; then
    chmod -R a+rX "$jdk"
    runuser -u "$HPC_USER" -- "$jdk/bin/java" -version >/dev/null 2>&1 ||
      die 3 "$HPC_USER cannot run $jdk/bin/java (a parent folder not readable?)"
  fi
  # Job scripts start with '#!/bin/bash -l', as on HPC sites whose login environment (modules,
  # site profile) provides the software; /etc/profile resets PATH, so Java goes in here.
  local profile="$home/.bash_profile"
  if [ ! -e "$profile" ] || grep -qF "$MARK" "$profile"; then
    cat >"$profile" <<EOF
$MARK: the site's login environment provides Java 21+.
export JAVA_HOME=$jdk
export PATH="\$JAVA_HOME/bin:\$PATH"
if [ -f "\$HOME/.bashrc" ]; then . "\$HOME/.bashrc"; fi
EOF
    chown "$HPC_USER:$HPC_USER" "$profile"
  fi
}

munge_works() { munge -n 2>/dev/null | unmunge >/dev/null 2>&1; }

ensure_munge() {
  if [ ! -e /etc/munge/munge.key ]; then
    mungekey --create --keyfile=/etc/munge/munge.key
    chown munge:munge /etc/munge/munge.key
    chmod 0400 /etc/munge/munge.key
  fi
  munge_works && return 0
  # munged refuses to run as root, and without systemd nobody creates its runtime folder.
  install -d -o munge -g munge -m 0755 /run/munge
  without_inherited_fds runuser -u munge -- /usr/sbin/munged --force ||
    { show_log /var/log/munge/munged.log; die 1 "munged did not start; see /var/log/munge/munged.log"; }
  wait_for 10 munge_works ||
    { show_log /var/log/munge/munged.log; die 1 "munge does not work; see /var/log/munge/munged.log"; }
  # Recorded so that stop ends munged only when this script started it.
  cp /run/munge/munged.pid "$STATE_DIR/munged.pid"
}

slurm_up() {
  live_pid "$STATE_DIR/slurmctld.pid" slurmctld >/dev/null &&
    live_pid "$STATE_DIR/slurmd.pid" slurmd >/dev/null
}

# The first line of its standard input, read whole: '| head -n 1' under pipefail fails the
# pipeline when head leaves before the writer is done and the writer dies of SIGPIPE.
first_line() {
  local text
  text=$(cat)
  printf '%s\n' "${text%%$'\n'*}"
}

node_state() { { sinfo -h -n "$NODE" -o %T 2>/dev/null || true; } | first_line; }

node_idle() { [ "$(node_state)" = idle ]; }

node_usable() {
  case $(node_state) in
    idle | mixed | allocated | completing) return 0 ;;
    *) return 1 ;;
  esac
}

# --- accounting: MariaDB and slurmdbd, so that sacct answers as on real sites -------------

# The server runs as mysql, so its socket, pid file and log are in a folder of mysql's.
readonly DB_FILES=mariadb

db_sql() { mariadb --protocol=socket --socket="$STATE_DIR/$DB_FILES/mariadb.sock" -u root "$@"; }

db_up() { live_pid "$STATE_DIR/$DB_FILES/mariadb.pid" mariadbd >/dev/null && db_sql -e 'select 1' >/dev/null 2>&1; }

# A private MariaDB server on loopback with its data in STATE_DIR: the machine's own database
# (if any) is never touched. root logs in by the socket only; slurmdbd has its own password.
start_db() {
  db_up && return 0
  stop_pid "$DB_FILES/mariadb" mariadbd
  install -d -o mysql -g mysql -m 0700 "$STATE_DIR/$DB_FILES"
  if [ ! -d "$STATE_DIR/$DB_FILES/data/mysql" ]; then
    install -d -o mysql -g mysql -m 0700 "$STATE_DIR/$DB_FILES/data"
    mariadb-install-db --user=mysql --datadir="$STATE_DIR/$DB_FILES/data" --auth-root-authentication-method=socket \
      --skip-test-db >"$STATE_DIR/mariadb-install.log" 2>&1 ||
      { show_log "$STATE_DIR/mariadb-install.log"; die 1 "mariadb-install-db failed; see $STATE_DIR/mariadb-install.log"; }
  fi
  local port
  port=$(free_port 3307)
  echo "$port" >"$STATE_DIR/mariadb.port"
  detached /usr/sbin/mariadbd --user=mysql --datadir="$STATE_DIR/$DB_FILES/data" --socket="$STATE_DIR/$DB_FILES/mariadb.sock" \
    --port="$port" --bind-address=127.0.0.1 --pid-file="$STATE_DIR/$DB_FILES/mariadb.pid" \
    --log-error="$STATE_DIR/$DB_FILES/mariadb.log" --innodb-buffer-pool-size=32M --skip-name-resolve \
    </dev/null >>"$STATE_DIR/mariadb.out" 2>&1
  wait_for 60 db_up || {
    show_log "$STATE_DIR/$DB_FILES/mariadb.log"
    show_log "$STATE_DIR/mariadb.out"
    die 1 "MariaDB did not start; see $STATE_DIR/$DB_FILES/mariadb.log"
  }
}

slurmdbd_up() { live_pid "$STATE_DIR/slurmdbd.pid" slurmdbd >/dev/null; }

start_slurmdbd() {
  slurmdbd_up && return 0
  stop_pid slurmdbd slurmdbd
  local password dbd_port
  # A new password at each start, never printed: it lives only in the 0600 slurmdbd.conf.
  password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  db_sql <<SQL
CREATE DATABASE IF NOT EXISTS slurm_acct_db;
CREATE USER IF NOT EXISTS 'slurm'@'127.0.0.1';
ALTER USER 'slurm'@'127.0.0.1' IDENTIFIED BY '$password';
GRANT ALL ON slurm_acct_db.* TO 'slurm'@'127.0.0.1';
SQL
  dbd_port=$(free_port 6819 "$(cat "$STATE_DIR/mariadb.port")")
  echo "$dbd_port" >"$STATE_DIR/slurmdbd.port"
  install -d -m 0755 "$(dirname "$SLURMDBD_CONF")"
  (
    umask 077
    cat >"$SLURMDBD_CONF" <<CONF
$MARK
# state: $STATE_DIR
AuthType=auth/munge
DbdHost=localhost
DbdAddr=127.0.0.1
DbdPort=$dbd_port
SlurmUser=root
PidFile=$STATE_DIR/slurmdbd.pid
LogFile=$STATE_DIR/slurmdbd.log
StorageType=accounting_storage/mysql
StorageHost=127.0.0.1
StoragePort=$(cat "$STATE_DIR/mariadb.port")
StorageUser=slurm
StoragePass=$password
StorageLoc=slurm_acct_db
CONF
  )
  without_inherited_fds slurmdbd >>"$STATE_DIR/slurmdbd.log" 2>&1 ||
    { show_log "$STATE_DIR/slurmdbd.log"; die 1 "slurmdbd failed to start; see $STATE_DIR/slurmdbd.log"; }
  wait_for 30 slurmdbd_up || { show_log "$STATE_DIR/slurmdbd.log"; die 1 "slurmdbd exited; see $STATE_DIR/slurmdbd.log"; }
}

# The cluster, an account and the test user, as a site's administrators set them up. Needs
# slurm.conf (sacctmgr finds slurmdbd through it) and slurmdbd up.
register_accounting() {
  wait_for 60 sacctmgr -n -P show cluster >/dev/null 2>&1 ||
    { show_log "$STATE_DIR/slurmdbd.log"; die 1 "slurmdbd does not answer sacctmgr; see $STATE_DIR/slurmdbd.log"; }
  if [ -z "$(sacctmgr -n -P show cluster format=cluster vitruvian-loopback 2>/dev/null)" ]; then
    sacctmgr -i add cluster vitruvian-loopback >/dev/null
  fi
  if [ -z "$(sacctmgr -n -P show account format=account vitruvian 2>/dev/null)" ]; then
    sacctmgr -i add account vitruvian cluster=vitruvian-loopback description=tests organization=vitruvian >/dev/null
  fi
  if [ -z "$(sacctmgr -n -P show user format=user "$HPC_USER" 2>/dev/null)" ]; then
    sacctmgr -i add user "$HPC_USER" account=vitruvian cluster=vitruvian-loopback >/dev/null
  fi
}

write_slurm_conf() {
  local ctld_port slurmd_port cpus mem_mib
  ctld_port=$(free_port 6817 "$(cat "$STATE_DIR/slurmdbd.port")")
  slurmd_port=$(free_port 6818 "$ctld_port" "$(cat "$STATE_DIR/slurmdbd.port")")
  cpus=$(nproc)
  # slurmd drains a node whose RealMemory exceeds what it measures; leave a margin.
  mem_mib=$(awk '/^MemTotal:/ { printf "%d", $2 / 1024 * 0.95 }' /proc/meminfo)
  install -d -m 0700 "$STATE_DIR/slurmctld"
  install -d -m 0755 "$STATE_DIR/slurmd"
  cat >"$STATE_DIR/slurm.conf" <<EOF
$MARK
# state: $STATE_DIR
# Regenerated at each start; change releng/lib/loopback-hpc.sh, not this file.
ClusterName=vitruvian-loopback
SlurmctldHost=$NODE(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
StateSaveLocation=$STATE_DIR/slurmctld
SlurmdSpoolDir=$STATE_DIR/slurmd
SlurmctldPidFile=$STATE_DIR/slurmctld.pid
SlurmdPidFile=$STATE_DIR/slurmd.pid
SlurmctldLogFile=$STATE_DIR/slurmctld.log
SlurmdLogFile=$STATE_DIR/slurmd.log
# No systemd and no delegated cgroups here: track processes through /proc, bind nothing.
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
# Cores only: with memory consumable too, a job without --mem takes the whole node.
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
SchedulerType=sched/backfill
# Accounting as on real sites: sacct answers for finished jobs, with exit codes, signals,
# elapsed time and peak memory. Memory is not enforced: with cores as the only consumable and
# no cgroups, OverMemoryKill has no limit to hold a job to.
AccountingStorageType=accounting_storage/slurmdbd
AccountingStorageHost=localhost
AccountingStoragePort=$(cat "$STATE_DIR/slurmdbd.port")
JobAcctGatherType=jobacct_gather/linux
JobAcctGatherFrequency=task=1
JobCompType=jobcomp/none
MinJobAge=300
KillWait=5
NodeName=$NODE NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$mem_mib State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
  install -d -m 0755 "$(dirname "$SLURM_CONF")"
  install -m 0644 "$STATE_DIR/slurm.conf" "$SLURM_CONF"
}

start_slurm() {
  # A cluster an earlier version of this script started without accounting is restarted.
  slurm_up && node_usable && grep -qF accounting_storage/slurmdbd "$SLURM_CONF" && return 0
  # Half up (one daemon died): restart both against a fresh configuration.
  stop_slurm_daemons
  write_slurm_conf
  register_accounting
  slurmctld -f "$SLURM_CONF" >>"$STATE_DIR/slurmctld.log" 2>&1 ||
    { show_log "$STATE_DIR/slurmctld.log"; die 1 "slurmctld failed to start; see $STATE_DIR/slurmctld.log"; }
  wait_for 30 scontrol ping >/dev/null 2>&1 ||
    { show_log "$STATE_DIR/slurmctld.log"; die 1 "slurmctld does not answer; see $STATE_DIR/slurmctld.log"; }
  # -N: slurmd would otherwise call itself $(hostname -s), which differs between machines.
  slurmd -f "$SLURM_CONF" -N "$NODE" >>"$STATE_DIR/slurmd.log" 2>&1 ||
    { show_log "$STATE_DIR/slurmd.log"; die 1 "slurmd failed to start; see $STATE_DIR/slurmd.log"; }
  local end=$((SECONDS + 60)) resumed=no state
  while :; do
    state=$(node_state)
    [ "$state" = idle ] && break
    live_pid "$STATE_DIR/slurmd.pid" slurmd >/dev/null ||
      { show_log "$STATE_DIR/slurmd.log"; die 1 "slurmd exited; see $STATE_DIR/slurmd.log"; }
    live_pid "$STATE_DIR/slurmctld.pid" slurmctld >/dev/null ||
      { show_log "$STATE_DIR/slurmctld.log"; die 1 "slurmctld exited; see $STATE_DIR/slurmctld.log"; }
    # A drain saved in the state of an earlier run (say, a job killed at stop) survives
    # ReturnToService; this node is ours, so put it back once.
    case $state in
      down | drained | draining | drain)
        if [ "$resumed" = no ]; then
          scontrol update NodeName="$NODE" State=RESUME >/dev/null 2>&1 || true
          resumed=yes
        fi
        ;;
    esac
    if [ "$SECONDS" -ge "$end" ]; then
      show_log "$STATE_DIR/slurmd.log"
      die 1 "node $NODE is '$state', not idle, after 60 s; see $STATE_DIR/slurmd.log and $STATE_DIR/slurmctld.log"
    fi
    sleep 0.2
  done
}

sshd_port() { sed -n 's/^Port //p' "$STATE_DIR/sshd_config" 2>/dev/null; }

hpc_ssh() {
  ssh -F /dev/null -i "$STATE_DIR/id_ed25519" -o IdentitiesOnly=yes -o BatchMode=yes \
    -o UserKnownHostsFile="$STATE_DIR/known_hosts" -o GlobalKnownHostsFile=/dev/null \
    -o StrictHostKeyChecking=yes -o ConnectTimeout=10 -o LogLevel=ERROR \
    -p "$(sshd_port)" "$HPC_USER@127.0.0.1" "$@"
}

ssh_works() { hpc_ssh -n true 2>/dev/null; }

start_sshd() {
  if live_pid "$STATE_DIR/sshd.pid" sshd >/dev/null && ssh_works; then
    return 0
  fi
  stop_pid sshd sshd
  [ -e "$STATE_DIR/ssh_host_ed25519_key" ] ||
    ssh-keygen -q -t ed25519 -N '' -C vitruvian-loopback-host -f "$STATE_DIR/ssh_host_ed25519_key"
  [ -e "$STATE_DIR/id_ed25519" ] ||
    ssh-keygen -q -t ed25519 -N '' -C vitruvian-loopback-client -f "$STATE_DIR/id_ed25519"
  install -m 0644 "$STATE_DIR/id_ed25519.pub" "$STATE_DIR/authorized_keys"
  # sshd opens AuthorizedKeysFile as the user logging in, so vhpc must reach it.
  runuser -u "$HPC_USER" -- test -r "$STATE_DIR/authorized_keys" ||
    die 3 "$HPC_USER cannot read $STATE_DIR/authorized_keys: every parent of $STATE_DIR must be world-searchable"
  local port
  port=$(free_port 2222)
  # StrictModes no: the keys live in STATE_DIR, typically under /tmp, whose mode StrictModes
  # rejects; the folder is root's and the file is root's 0644, which is what it would protect.
  cat >"$STATE_DIR/sshd_config" <<EOF
$MARK
Port $port
ListenAddress 127.0.0.1
HostKey $STATE_DIR/ssh_host_ed25519_key
PidFile $STATE_DIR/sshd.pid
AuthorizedKeysFile $STATE_DIR/authorized_keys
StrictModes no
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin no
AllowUsers $HPC_USER
UsePAM no
PrintMotd no
X11Forwarding no
Subsystem sftp internal-sftp
EOF
  # Built from the key file, never fetched with ssh-keyscan: a key read off the network would
  # make the tests trust whatever answers on the port.
  echo "[127.0.0.1]:$port $(cut -d' ' -f1,2 "$STATE_DIR/ssh_host_ed25519_key.pub")" >"$STATE_DIR/known_hosts"
  # Privilege separation needs this; on a systemd machine the unit creates it.
  install -d -m 0755 /run/sshd
  /usr/sbin/sshd -t -f "$STATE_DIR/sshd_config" 2>>"$STATE_DIR/sshd.log" ||
    { show_log "$STATE_DIR/sshd.log"; die 1 "sshd rejects $STATE_DIR/sshd_config; see $STATE_DIR/sshd.log"; }
  /usr/sbin/sshd -f "$STATE_DIR/sshd_config" -E "$STATE_DIR/sshd.log" ||
    { show_log "$STATE_DIR/sshd.log"; die 1 "sshd failed to start; see $STATE_DIR/sshd.log"; }
  wait_for 10 ssh_works ||
    { show_log "$STATE_DIR/sshd.log"; die 1 "cannot log in as $HPC_USER through sshd on port $port; see $STATE_DIR/sshd.log"; }
}

write_env() {
  cat >"$STATE_DIR/env" <<EOF
VITRUVIAN_HPC_HOST=127.0.0.1
VITRUVIAN_HPC_PORT=$(sshd_port)
VITRUVIAN_HPC_USER=$HPC_USER
VITRUVIAN_HPC_IDENTITY=$STATE_DIR/id_ed25519
VITRUVIAN_HPC_KNOWN_HOSTS=$STATE_DIR/known_hosts
VITRUVIAN_HPC_SCRATCH=$(user_home)/scratch
EOF
}

# squeue -j lists a job only while it is pending, running or completing; once finished it
# prints nothing for MinJobAge seconds, and then fails with "Invalid job id specified".
job_gone() {
  local state
  state=$(hpc_ssh -n "squeue -h -j $1 -o %T" 2>/dev/null) && [ -z "$state" ]
}

# What the adapter does, end to end and only through ssh: a '#!/bin/bash -l' batch script
# must find the Java of the login environment.
verify_job() {
  local id out major
  hpc_ssh 'mkdir -p .loopback-hpc && rm -f .loopback-hpc/check-*.out && cat > .loopback-hpc/check.sh' <<'EOF'
#!/bin/bash -l
java -version 2>&1
EOF
  id=$(hpc_ssh -n 'cd .loopback-hpc && sbatch --parsable --job-name=loopback-check --output=check-%j.out check.sh') ||
    die 1 "sbatch over ssh failed"
  id=${id%%;*}
  wait_for 60 job_gone "$id" ||
    die 1 "check job $id still queued after 60 s; see $STATE_DIR/slurmctld.log and $STATE_DIR/slurmd.log"
  out=$(hpc_ssh -n "cat .loopback-hpc/check-$id.out" 2>/dev/null || true)
  major=$(sed -n 's/.* version "\([0-9]*\).*/\1/p' <<<"$out" | first_line)
  if [ -z "$major" ] || [ "$major" -lt 21 ]; then
    printf '%s\n' "$out" | sed 's/^/    /' >&2
    die 1 "check job $id did not run Java >= 21 from $HPC_USER's login environment (output above)"
  fi
}

summary() {
  echo "loopback-hpc: slurm up (node $NODE, $(sinfo -h -n "$NODE" -o %c | first_line) cpus), sshd on 127.0.0.1:$(sshd_port), user $HPC_USER"
}

healthy() {
  munge_works || { log "munge does not work"; return 1; }
  slurm_up || { log "slurmctld or slurmd is not running"; return 1; }
  slurmdbd_up || { log "slurmdbd is not running"; return 1; }
  node_usable || { log "node $NODE is '$(node_state)'"; return 1; }
  live_pid "$STATE_DIR/sshd.pid" sshd >/dev/null || { log "sshd is not running"; return 1; }
  # Through ssh, as vhpc: proves the key, the known host and that clients find slurm.conf.
  case $(hpc_ssh -n "sinfo -h -n $NODE -o %T" 2>/dev/null) in
    idle | mixed | allocated | completing) ;;
    *) log "sinfo over ssh as $HPC_USER does not work"; return 1 ;;
  esac
}

# A zombie counts as gone: PID 1 of some containers and VMs reaps orphans late or never.
pid_gone() {
  local state
  state=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1) || return 0
  [ -z "$state" ] || [ "$state" = Z ]
}

# Ends one of our daemons by pid file and waits for it; never touches a process by name.
stop_pid() {
  local name=$1 comm=$2 pid
  pid=$(live_pid "$STATE_DIR/$name.pid" "$comm") || return 0
  kill -TERM "$pid" 2>/dev/null || true
  if ! wait_for 30 pid_gone "$pid"; then
    log "$name ($pid) ignored TERM for 30 s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
    wait_for 5 pid_gone "$pid" || die 1 "$name ($pid) does not exit"
  fi
}

# All processes below $1, not $1 itself.
descendants() {
  ps -eo pid=,ppid= | awk -v root="$1" '
    { parent[$1] = $2 }
    END { for (p in parent) { q = p; while (q in parent && q != root && q > 1) q = parent[q]; if (q == root && p != root) print p } }'
}

stop_tree() {
  local pids p
  pids=$(descendants "$1")
  [ -n "$pids" ] || return 0
  for p in $pids; do kill -TERM "$p" 2>/dev/null || true; done
  for p in $pids; do
    wait_for 10 pid_gone "$p" || kill -KILL "$p" 2>/dev/null || true
  done
}

stop_slurm_daemons() {
  stop_pid slurmd slurmd
  stop_pid slurmctld slurmctld
}

no_running_jobs() { [ -z "$(squeue -h -t running,completing,configuring,suspended -o %A 2>/dev/null)" ]; }

cmd_stop() {
  local ids pid
  # slurmstepd and the job processes outlive slurmd by design; cancel the jobs while the
  # daemons can still clean them up, so stop leaves no processes behind.
  if slurm_up; then
    ids=$(squeue -h -o %A 2>/dev/null | tr '\n' ' ')
    if [ -n "${ids// /}" ]; then
      # shellcheck disable=SC2086
      scancel $ids 2>/dev/null || true
      wait_for 30 no_running_jobs || log "jobs still running after scancel: $(squeue -h -o %A | tr '\n' ' ')"
    fi
  fi
  # Commands of open ssh sessions get no SIGHUP without a tty and would outlive sshd.
  if pid=$(live_pid "$STATE_DIR/sshd.pid" sshd); then
    stop_tree "$pid"
  fi
  stop_pid sshd sshd
  stop_slurm_daemons
  stop_pid slurmdbd slurmdbd
  stop_pid "$DB_FILES/mariadb" mariadbd
  if live_pid "$STATE_DIR/munged.pid" munged >/dev/null; then
    stop_pid munged munged
  fi
  rm -f "$STATE_DIR/munged.pid"
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
  ensure_packages
  [ "$(id -u)" -eq 0 ] || die 3 "start needs root (it creates a user and starts daemons)"
  check_slurm_conf_is_ours
  ensure_user
  ensure_munge
  start_db
  start_slurmdbd
  start_slurm
  start_sshd
  write_env
  verify_job
  cat "$STATE_DIR/env"
  summary
}

[ $# -eq 2 ] || usage
case $1 in
  start)
    mkdir -p "$2"
    # sshd reads authorized_keys there as vhpc; the private keys are 0600 themselves.
    chmod 0755 "$2"
    ;;
  stop | status)
    [ -d "$2" ] || die 1 "$2 does not exist: nothing was started there"
    ;;
  *) usage ;;
esac
# Absolute, because it ends up in slurm.conf, sshd_config and the env file.
STATE_DIR=$(cd "$2" && pwd -P)
readonly STATE_DIR
umask 022

case $1 in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) usage ;;
esac
