#!/usr/bin/env bash
# Tests of releng/lib/expect.sh, the launcher checks of test.sh, under test.sh's own shell
# options. A check must pass exactly when the output matches, however long the output is and
# wherever the match is: a pipe into 'grep -q' under pipefail failed a check whose first line
# matched, because grep left early and printf died of SIGPIPE.
#   releng/tests/expect.sh       prints one line per check, exits non-zero on the first failure
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
# shellcheck source=releng/lib/expect.sh
. "$root/releng/lib/expect.sh"

fail() { echo "expect: FAILED: $*" >&2; exit 1; }

# A command's output far larger than a pipe's buffer (64 KiB), matching on its first line.
long_output() { echo '"adapter": "slurm"'; head -c 1048576 /dev/zero | tr '\0' 'x'; echo; }

# Expects one more pass and no new failure, or the reverse, from one check.
counts() { echo "$launcher_passed $launcher_failed"; }

for i in 1 2 3; do
  before_passed=$launcher_passed before_failed=$launcher_failed
  expect_output "a match on the first line of 1 MiB of output ($i)" '"adapter": "slurm"' long_output 2>/dev/null
  [ "$(counts)" = "$((before_passed + 1)) $before_failed" ] ||
    fail "a match on the first line of 1 MiB of output was counted as a miss (passed/failed: $(counts))"
done
echo "expect: a match on the first line of 1 MiB of output passes, 3 times of 3"

before_passed=$launcher_passed before_failed=$launcher_failed
expect_output "a match on the last line" '^last$' sh -c 'seq 100000; echo last' 2>/dev/null
[ "$(counts)" = "$((before_passed + 1)) $before_failed" ] || fail "a match on the last line was counted as a miss"
echo "expect: a match on the last line of long output passes"

# A miss is a miss, reported with the start of the output, and the script goes on (set -e):
# the report of 1 MiB of output must not die of SIGPIPE either.
before_passed=$launcher_passed before_failed=$launcher_failed
report=$(expect_output "no match" 'no such text' long_output 2>&1)
expect_output "no match" 'no such text' long_output 2>/dev/null
[ "$(counts)" = "$before_passed $((before_failed + 1))" ] || fail "a miss was not counted as a failure"
[[ $report == *'FAILED launcher check: no match: output does not match /no such text/'* ]] || fail "a miss was reported as: $report"
echo "expect: a miss is counted and reported"

# Line anchors keep grep's meaning: ^ and $ match at every line of the output.
before_passed=$launcher_passed before_failed=$launcher_failed
expect_output "an anchored line in the middle" '^local .* detected$' printf 'ID NAME\nlocal  This machine  detected\nx\n'
[ "$(counts)" = "$((before_passed + 1)) $before_failed" ] || fail "an anchored pattern did not match a middle line"
echo "expect: ^ and \$ anchor at each line"

before_passed=$launcher_passed before_failed=$launcher_failed
expect_exit 3 "an exit status" sh -c 'exit 3'
expect_exit 0 "a wrong exit status" sh -c 'exit 1' 2>/dev/null
[ "$(counts)" = "$((before_passed + 1)) $((before_failed + 1))" ] || fail "expect_exit miscounted"
echo "expect: expect_exit compares the exit status"
echo "expect: all checks passed"
