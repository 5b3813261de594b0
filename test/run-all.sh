#!/bin/sh
# make test: build with warnings as errors, install, then run every suite:
#   1. the core's unit and property tests (no server, sanitizers on)
#   2. the core's parsers under libFuzzer: every input that ever failed, then
#      FUZZ_SECONDS (default 20) of new inputs each (make fuzz runs longer)
#   3. the pg_regress suites against a throwaway cluster
#   4. the script tests (test/scripts: pg_dump and restore), each in its own cluster
# Each suite reports its own counts; the last line sums them:
# "N passed, N failed".  Exit status is non-zero on any failure.
set -u
cd "$(dirname "$0")/.."

passed=0
failed=0
log=$(mktemp -d -t lexalign-test.XXXXXX)
trap 'rm -rf "$log"' EXIT

add() { passed=$((passed + $1)); failed=$((failed + $2)); }

section() { printf '\n== %s\n' "$1"; }

section "build (warnings are errors) and install"
if make -s all >"$log/build" 2>&1 && make -s install >>"$log/build" 2>&1; then
    echo "built and installed"
else
    cat "$log/build"
    add 0 1
    printf '\n%d passed, %d failed\n' "$passed" "$failed"
    exit 1
fi

section "core unit and property tests (AddressSanitizer, UndefinedBehaviorSanitizer)"
test/unit/run.sh >"$log/unit" 2>&1
unit_status=$?
cat "$log/unit"
counts=$(sed -n 's/.*: \([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\1 \2/p' "$log/unit")
if [ -z "$counts" ]; then
    add 0 1
else
    echo "$counts" | { s=0; f=0; while read -r p q; do s=$((s + p)); f=$((f + q)); done; echo "$s $f"; } >"$log/unit.sum"
    read -r p q <"$log/unit.sum"
    add "$p" "$q"
    # a crash after some checks passed still counts as a failure
    [ "$unit_status" -ne 0 ] && [ "$q" -eq 0 ] && add 0 1
fi

section "fuzzing (libFuzzer, ${FUZZ_SECONDS:-20}s a harness)"
FUZZ_SECONDS=${FUZZ_SECONDS:-20} test/fuzz/run.sh >"$log/fuzz" 2>&1
fuzz_status=$?
cat "$log/fuzz"
p=$(grep -c ', no finding$' "$log/fuzz")
q=$(grep -c 'regression inputs replayed, all pass$' "$log/fuzz")
add $((p + q)) 0
[ "$fuzz_status" -ne 0 ] && add 0 1

section "pg_regress suites (throwaway cluster)"
test/regress.sh >"$log/regress" 2>&1
regress_status=$?
grep -E '^(test| ) |tests (passed|failed)|^ *[0-9]+ of [0-9]+' "$log/regress" || cat "$log/regress"
p=$(grep -cE '^(test| ) .* \.\.\. ok' "$log/regress")
q=$(grep -cE '^(test| ) .* \.\.\. FAILED' "$log/regress")
add "$p" "$q"
if [ "$regress_status" -ne 0 ]; then
    [ -f regression.diffs ] && cat regression.diffs
    [ "$q" -eq 0 ] && { cat "$log/regress"; add 0 1; }
fi

section "script tests (pg_dump and restore, throwaway clusters)"
test/scripts/run.sh >"$log/scripts" 2>&1
scripts_status=$?
grep -E '^(ok|not ok|#) |passed, [0-9]+ failed$' "$log/scripts" || cat "$log/scripts"
counts=$(sed -n 's/.*: \([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\1 \2/p' "$log/scripts")
if [ -z "$counts" ]; then
    add 0 1
else
    echo "$counts" | { s=0; f=0; while read -r p q; do s=$((s + p)); f=$((f + q)); done; echo "$s $f"; } >"$log/scripts.sum"
    read -r p q <"$log/scripts.sum"
    add "$p" "$q"
    [ "$scripts_status" -ne 0 ] && [ "$q" -eq 0 ] && add 0 1
fi

printf '\n%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
