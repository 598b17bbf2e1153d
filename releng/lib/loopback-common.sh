# Helpers of the loopback site scripts (loopback-sge.sh; loopback-hpc.sh has its own copies
# from before this file): logging, polling, pid files that are trusted only while their
# process has the expected name, free ports, packages. The sourcing script sets LOG_NAME and,
# before calling most of them, STATE_DIR.
# shellcheck shell=bash

log() { echo "${LOG_NAME:-loopback}: $*" >&2; }
die() {
  local code=$1
  shift
  log "$*"
  exit "$code"
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

# Runs a command with no file descriptor but stdin, stdout and stderr: a daemon that inherited
# the lock file of 'flock ... start' would hold the lock for as long as it runs.
without_inherited_fds() {
  (
    for fd in /proc/$BASHPID/fd/*; do
      fd=${fd##*/}
      [ "$fd" -gt 2 ] && eval "exec $fd>&-"
    done
    exec "$@"
  )
}

# Last lines of a log, so a failure explains itself without a second command.
show_log() {
  if [ -s "$1" ]; then
    log "last lines of $1:"
    tail -n 15 "$1" | sed 's/^/    /' >&2
  fi
}

# A zombie counts as gone: PID 1 of some containers and VMs reaps orphans late or never.
pid_gone() {
  local state
  state=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1) || return 0
  [ -z "$state" ] || [ "$state" = Z ]
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

# Ends one of our daemons by the pid file STATE_DIR/NAME.pid and waits for it.
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

# Commands of open ssh sessions get no SIGHUP without a tty and would outlive sshd.
stop_tree() {
  local pids p
  pids=$(descendants "$1")
  [ -n "$pids" ] || return 0
  for p in $pids; do kill -TERM "$p" 2>/dev/null || true; done
  for p in $pids; do
    wait_for 10 pid_gone "$p" || kill -KILL "$p" 2>/dev/null || true
  done
}

# TCP ports with a bound or listening socket (TIME_WAIT leftovers do not count).
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

# The first line of its standard input, read whole ('| head -n 1' under pipefail can fail).
first_line() {
  local text
  text=$(cat)
  printf '%s\n' "${text%%$'\n'*}"
}

ensure_packages() { # package...
  local missing="" p
  for p in "$@"; do
    # Compared in the shell: under pipefail 'dpkg-query | grep -q' fails when grep leaves early.
    [[ $(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null || true) == ii* ]] || missing+="$p "
  done
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

# The Java that a site's login environment provides: JAVA_HOME, java on PATH, or the newest
# JDK >= 21 under /usr/lib/jvm (releng/lib/java.sh, shared with the build).
site_java_home() {
  # shellcheck source=releng/lib/java.sh
  . "$HERE/java.sh"
  local java
  java=$(vitruvian_find_java) || die 3 "no JDK >= 21 found (JAVA_HOME, PATH, /usr/lib/jvm)"
  vitruvian_java_home "$java"
}
