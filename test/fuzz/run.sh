#!/bin/sh
# make fuzz: build the libFuzzer harnesses of the core's parsers (clang, with
# AddressSanitizer and UndefinedBehaviorSanitizer), replay every input that
# ever failed (test/fuzz/regressions), then fuzz each harness for FUZZ_SECONDS
# (default 300) from the seeds.  A failing input is written to
# test/fuzz/findings/; once fixed, move it to regressions/ so it stays fixed.
set -eu
cd "$(dirname "$0")/../.."
seconds=${FUZZ_SECONDS:-300}
bin=test/fuzz/bin
work=$(mktemp -d -t lexalign-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT
CC=${CC:-clang}
flags="-std=c99 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -Isrc/core -Itest/fuzz"

harnesses="parse format lexref lrkey convert alignment"
mkdir -p "$bin" "$work/parse" "$work/format" "$work/lexref" "$work/lrkey" "$work/convert" "$work/alignment" test/fuzz/findings
for h in $harnesses; do
    # shellcheck disable=SC2086
    $CC $flags "test/fuzz/fuzz_$h.c" src/core/*.c -o "$bin/fuzz_$h"
done
cc -std=c99 -O1 -Isrc/core test/fuzz/make_seed_keys.c src/core/*.c -o "$bin/make_seed_keys"
"$bin/make_seed_keys" test/fuzz/seeds.txt test/fuzz/seeds_lexref.txt "$work"
i=0
while IFS= read -r line; do
    i=$((i + 1))
    printf '%s' "$line" >"$work/lexref/seed$i"
done <test/fuzz/seeds_lexref.txt
# convert seeds: the first character (0 ELI, 1 URN:LEX) becomes the selector byte
i=0
while IFS= read -r line; do
    i=$((i + 1))
    printf '%s' "$line" | cut -c2- | tr -d '\n' >"$work/convert/body$i"
    { [ "${line%"${line#?}"}" = 1 ] && printf '\001' || printf '\000'; cat "$work/convert/body$i"; } >"$work/convert/seed$i"
    rm "$work/convert/body$i"
done <test/fuzz/seeds_convert.txt
for s in full LC PC NC NA -/+ 0 conflict "not applicable" n.a.; do
    printf '%s' "$s" >"$work/alignment/seed_$(printf '%s' "$s" | tr -c 'a-zA-Z0-9' '_')"
done

# inputs up to the longest accepted input (parse: a byte + CP_MAX_INPUT) or key
max_parse=4200
max_format=4160
max_lexref=2100
max_lrkey=8300
max_convert=2100
max_alignment=100
status=0
for h in $harnesses; do
    eval max=\$max_$h
    mkdir -p "test/fuzz/regressions/$h"
    set -- test/fuzz/regressions/$h/*
    if [ ! -e "$1" ]; then
        echo "fuzz_$h: no regression inputs yet"
    elif "$bin/fuzz_$h" "$@" >"$work/replay.log" 2>&1; then
        echo "fuzz_$h: $# regression inputs replayed, all pass"
    else
        cat "$work/replay.log"; status=1
    fi
    if "$bin/fuzz_$h" -max_total_time="$seconds" -max_len="$max" -print_final_stats=1 \
        -artifact_prefix=test/fuzz/findings/ "$work/$h" "test/fuzz/regressions/$h" >"$work/fuzz.log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/fuzz.log")
        rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/fuzz.log")
        echo "fuzz_$h: $runs inputs in ${seconds}s ($rate/s), no finding"
    else
        grep -E 'ERROR|INVARIANT|SUMMARY|Test unit written|context' "$work/fuzz.log" || tail -30 "$work/fuzz.log"
        status=1
    fi
done
[ "$status" -eq 0 ] || echo "findings are in test/fuzz/findings/"
exit "$status"
