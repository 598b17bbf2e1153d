#!/usr/bin/env bash
# A site that asks for a one-time code after the key (the loopback Grid Engine cell's second
# sshd: PAM and libpam-google-authenticator), driven as a person would:
#   1. without a terminal (a pipeline, CI) 'vitruvian run' fails at once, saying a code is needed;
#   2. in a terminal (a pseudo-terminal from script(1)) it asks for the code, which is typed
#      when the question appears (from oathtool, as an authenticator app would show it), and
#      the whole workflow then runs with that one code: one session, one question.
# Prints one line per check and exits non-zero on the first failure.
#   releng/tests/one-time-code.sh WORKFLOW [vitruvian run options...]
# The cell of releng/lib/loopback-sge.sh must be up (state: $VITRUVIAN_SGE_STATE or
# /tmp/vitruvian-loopback-sge).
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
workflow=$1
shift
state=${VITRUVIAN_SGE_STATE:-/tmp/vitruvian-loopback-sge}
# shellcheck source=/dev/null
. "$state/env"
work=$(mktemp -d)
writer=""
# KEEP_TERMINAL_LOG=FILE keeps what the terminal showed, to look at it.
cleanup() {
  [ -n "$writer" ] && { exec 3>&- || true; }
  [ -n "${KEEP_TERMINAL_LOG:-}" ] && cp "$work/terminal.log" "$KEEP_TERMINAL_LOG"
  rm -rf "$work"
}
trap cleanup EXIT
export VITRUVIAN_HOME="$work/home" VITRUVIAN_POLL_MS=500
mkdir -p "$VITRUVIAN_HOME/sites" "$VITRUVIAN_HOME/ssh/loopback-sge-mfa"
sed "s/^  port: .*/  port: $VITRUVIAN_SGE_MFA_PORT/" "$root/examples/sites/loopback-sge-mfa.yaml" \
  >"$VITRUVIAN_HOME/sites/loopback-sge-mfa.yaml"
cp "$VITRUVIAN_SGE_IDENTITY" "$VITRUVIAN_SGE_KNOWN_HOSTS" "$VITRUVIAN_HOME/ssh/loopback-sge-mfa/"

fail() { echo "one-time-code: FAILED: $*" >&2; exit 1; }

# 1. No controlling terminal: setsid puts the command in a session of its own without one.
status=0
setsid -w "$root/vitruvian" run "$workflow" --site loopback-sge-mfa "$@" </dev/null >"$work/pipeline.log" 2>&1 || status=$?
[ "$status" != 0 ] || fail "without a terminal the run succeeded; it cannot have typed a code"
grep -qF "Verification code" "$work/pipeline.log" && grep -qF "no one is here to type it" "$work/pipeline.log" ||
  { sed 's/^/    /' "$work/pipeline.log" >&2; fail "without a terminal the error does not say that a one-time code is needed"; }
echo "one-time-code: without a terminal the run stops at once, saying the site wants a one-time code (exit $status)"

# 2. In a terminal. script(1) gives the command a pseudo-terminal and copies its own input to
# it; the input is a FIFO that stays open until the run ends, and the code is written to it
# only when the question is on the screen.
mkfifo "$work/keys"
script -qfec "$(printf '%q ' "$root/vitruvian" run "$workflow" --site loopback-sge-mfa "$@")" /dev/null \
  <"$work/keys" >"$work/terminal.log" 2>&1 &
run=$!
exec 3>"$work/keys"
writer=open
deadline=$((SECONDS + 120))
until grep -qF "Verification code" "$work/terminal.log"; do
  kill -0 "$run" 2>/dev/null || { sed 's/^/    /' "$work/terminal.log" >&2; fail "the run ended without asking for the code"; }
  [ "$SECONDS" -lt "$deadline" ] || fail "no question for the code within 120 s"
  sleep 0.2
done
code=$(oathtool --totp -b "$(cat "$VITRUVIAN_SGE_OTP_SECRET")")
printf '%s\n' "$code" >&3
status=0
wait "$run" || status=$?
exec 3>&-
writer=""
[ "$status" = 0 ] || { sed 's/^/    /' "$work/terminal.log" >&2; fail "the run with the code typed in exited $status"; }
grep -qE "COMPLETED: [0-9]+/[0-9]+ steps done" "$work/terminal.log" ||
  { sed 's/^/    /' "$work/terminal.log" >&2; fail "the run did not complete"; }
questions=$(grep -cF "Verification code" "$work/terminal.log" || true)
[ "$questions" = 1 ] || fail "the code was asked $questions times; once per session is the promise"
if grep -qF "$code" "$work/terminal.log"; then fail "the code was echoed on the terminal"; fi
echo "one-time-code: in a terminal the code was asked once, not echoed, and the whole run completed with it"
