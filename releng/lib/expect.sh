# The launcher checks of releng/test.sh: each runs a command as a user would and counts a pass
# or a failure in launcher_passed / launcher_failed, printing what went wrong.
# shellcheck shell=bash
launcher_passed=0
launcher_failed=0

expect_exit() { # expected-status description command...
  local expected=$1 what=$2 actual=0
  shift 2
  "$@" >/dev/null 2>&1 || actual=$?
  if [ "$actual" = "$expected" ]; then
    launcher_passed=$((launcher_passed + 1))
  else
    launcher_failed=$((launcher_failed + 1))
    echo "test.sh: FAILED launcher check: $what: exit $actual, expected $expected" >&2
  fi
}

# The output goes to grep as a here-string, never through a pipe: under pipefail, 'printf | grep -q'
# fails when grep leaves at its first match and printf dies of SIGPIPE, so a match read as a miss.
# grep keeps ^ and $ anchored at each line, as the patterns expect.
expect_output() { # description regex command...
  local what=$1 pattern=$2 output
  shift 2
  output=$("$@" 2>&1) || true
  if grep -qE -- "$pattern" <<<"$output"; then
    launcher_passed=$((launcher_passed + 1))
  else
    launcher_failed=$((launcher_failed + 1))
    echo "test.sh: FAILED launcher check: $what: output does not match /$pattern/:" >&2
    head -n 20 <<<"$output" >&2
  fi
}
