#!/bin/sh
# Hostile input in the server: valid values of clause_path, lexref and
# alignment_from(text), mutated (bits and bytes flipped, truncations,
# insertions, tokens of the three syntaxes, 1 MB strings, NUL-free control
# characters, invalid UTF-8), are fed to each type's text input and, corrupted,
# to its recv through binary COPY.  Every rejection must carry SQLSTATE 22P02,
# 22P03, 22021 or 54000, never XX000 or another code (bad input from a user is
# not an internal error); inputs of about 1 MB are refused with 54000; every
# accepted value must print and read back as the same value (and a payload
# binary COPY accepts, read as text, must give that value); the server must
# stay up (no backend crash, no restart); and the backend's memory must not
# grow with the number of inputs.  The fuzzers (test/fuzz) run the core's
# parsers alone and cannot show this: it needs the real server, its error
# reporting, COPY, and its memory contexts.
#
# The inputs are made and tried by PL/pgSQL in one backend
# (hostile_input/hostile.sql), from a fixed seed (HOSTILE_SEED), so a failure
# reproduces; each one is tried in its own subtransaction, its SQLSTATE
# counted.  Binary COPY: each corrupted value in a file of its own (written
# with lo_export), one COPY each; payload corruption keeps the field length
# right, so that the type's recv answers; framing corruption is counted
# apart, and there COPY's own 22P04 is an answer too.  Invalid UTF-8 also goes
# through psql from raw files, as literals and through \copy.  Memory: the
# sum of the backend's memory contexts (and, loosely, its RssAnon), inside
# one transaction after a warm-up and after a run six times longer, and in
# the session between a first transaction and the last.
# Run inside a throwaway cluster (test/scripts/run.sh).  Prints "N passed, N failed".
set -u
cd "$(dirname "$0")/../.." || exit 1
# Inputs per reader: a first run in its own transaction, then, in one
# transaction, a warm-up and a measured run several times longer.
first_text=${HOSTILE_FIRST_TEXT:-3000}
warm_text=${HOSTILE_WARM_TEXT:-10000}
measured_text=${HOSTILE_TEXT:-60000}
first_binary=${HOSTILE_FIRST_BINARY:-300}
warm_binary=${HOSTILE_WARM_BINARY:-500}
measured_binary=${HOSTILE_BINARY:-3000}
# The random seed (setseed): a failure reproduces with the same seed.
seed=${HOSTILE_SEED:-0.04122017}
# Memory growth allowed, kB.  Every palloc lives in a memory context, so the
# sum of the backend's contexts is the exact measure of what the types'
# functions keep: it must stay put (it moves by tens of kB).  RssAnon (private
# resident memory) would also show what is not palloc'd, but glibc keeps the
# freed buffers of the 1 MB inputs resident and moves in steps of up to about
# 7 MB, without any leak (the contexts do not move meanwhile): it gets a
# bound that only a runaway leak passes.
max_contexts_kb=256
max_rss_kb=16384
passed=0
failed=0
check() {
    if [ "$2" = "$3" ]; then passed=$((passed + 1)); echo "ok - $1"
    else failed=$((failed + 1)); echo "not ok - $1: got '$2', expected '$3'"; fi
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }
started=$(date +%s)

q -c "CREATE DATABASE lexalign_hostile"
q -d lexalign_hostile -c "CREATE EXTENSION lexalign" -f test/scripts/hostile_input/hostile.sql >/dev/null
postmaster_pid=$(q -c "SELECT split_part(pg_read_file('postmaster.pid'), E'\n', 1)")
checkpointer_pid=$(q -c "SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'")
log=$(pg_lsclusters -h | awk -v port="${PGPORT:-5432}" '$3 == port { print $7 }')
log_lines_before=$( [ -r "$log" ] && wc -l <"$log" || echo 0)

# One backend, every input.  A first short run fills the caches; then one
# transaction runs a warm-up and a measured run six times longer, so that the
# memory a transaction holds (plpgsql's expression states, the
# subtransactions' leftovers) is compared warm; the session's memory is
# compared between the first transaction and the last.
q -d lexalign_hostile >"$work/session.out" 2>"$work/session.err" <<SQL
SELECT setseed($seed);
SELECT hostile.note('start');
SELECT hostile.text_run(r, $first_text) FROM unnest(ARRAY['clause_path', 'lexref', 'alignment']) r;
SELECT hostile.binary_run(r, $first_binary) FROM unnest(ARRAY['clause_path', 'lexref']) r;
SELECT hostile.note('after the first run');
BEGIN;
SELECT hostile.text_run(r, $warm_text) FROM unnest(ARRAY['clause_path', 'lexref', 'alignment']) r;
SELECT hostile.binary_run(r, $warm_binary) FROM unnest(ARRAY['clause_path', 'lexref']) r;
SELECT hostile.note('after the warm-up');
SELECT hostile.text_run(r, $measured_text, 'measured') FROM unnest(ARRAY['clause_path', 'lexref', 'alignment']) r;
SELECT hostile.binary_run(r, $measured_binary, 'measured') FROM unnest(ARRAY['clause_path', 'lexref']) r;
SELECT hostile.note('after the measured run');
COMMIT;
SELECT hostile.note('after the last transaction');
SELECT 'session done';
SQL
session_done=$(tail -n 1 "$work/session.out")
check "the session ran every input to the end" "$session_done" "session done"
if [ "$session_done" != "session done" ]; then
    sed 's/^/#   /' "$work/session.err"
    # after a crash, wait for the restart to finish before the checks below
    for _ in $(seq 30); do q -c 'SELECT 1' >/dev/null 2>&1 && break; sleep 1; done
fi

t() { q -d lexalign_hostile -c "$1"; }
# sum(n) of a reader's outcomes on some paths, matching a condition
n() { t "SELECT coalesce(sum(n), 0) FROM hostile.tally WHERE reader = '$1' AND path IN ($2) AND ($3)"; }
allowed="outcome IN ('ok', '22P02', '22P03', '22021', '54000') OR outcome LIKE 'round trip%'"
for reader in clause_path lexref alignment; do
    check "text input of $reader: every rejection is 22P02, 22P03, 22021 or 54000" \
        "$(n $reader "'text', 'text 1 MB'" "NOT ($allowed)")" "0"
    check "text input of $reader: every accepted value prints and reads back as itself" \
        "$(n $reader "'text', 'text 1 MB'" "outcome LIKE 'round trip%'")" "0"
    check "text input of $reader: every input of about 1 MB is refused with 54000" \
        "$(n $reader "'text 1 MB'" "outcome <> '54000'") $([ "$(n $reader "'text 1 MB'" "true")" -gt 0 ] && echo tried)" "0 tried"
    # The mutations reach every kind of answer: a run that only ever met the
    # UTF-8 check, or only ever accepted, would prove nothing.
    check "text input of $reader: inputs were accepted, and refused as 22P02, 22021 and 54000" \
        "$(t "SELECT count(DISTINCT outcome) FROM hostile.tally WHERE reader = '$reader' AND path = 'text'
              AND outcome IN ('ok', '22P02', '22021', '54000')")" "4"
done
for reader in clause_path lexref; do
    check "binary COPY of $reader: every rejection of a corrupted payload is 22P02, 22P03, 22021 or 54000" \
        "$(n $reader "'binary', 'binary 1 MB'" "NOT ($allowed)")" "0"
    check "binary COPY of $reader: every accepted payload reads back as itself, and as text input reads it" \
        "$(n $reader "'binary', 'binary 1 MB', 'binary framing'" "outcome LIKE 'round trip%'")" "0"
    check "binary COPY of $reader: payloads were accepted, and refused as 22P03, 22021 and 54000" \
        "$(t "SELECT count(DISTINCT outcome) FROM hostile.tally WHERE reader = '$reader' AND path IN ('binary', 'binary 1 MB')
              AND outcome IN ('ok', '22P03', '22021', '54000')")" "4"
    check "binary COPY of $reader: broken framing is refused with 22P04 or the type's codes" \
        "$(n $reader "'binary framing'" "NOT ($allowed OR outcome = '22P04')")" "0"
done
failures=$(t "SELECT reader || ' ' || path || ': ' || outcome || ' for \"' || hostile.show(input) || '\"'
              FROM hostile.failure ORDER BY reader, path, outcome LIMIT 30")
[ -n "$failures" ] && echo "$failures" | sed 's/^/#   /'

# Memory: inside the long transaction, after the warm-up against the end of
# a run six times longer, and in each measured run a fifth of the way in
# against its end; and the session's, after the first transaction against
# after the last.
memory() { t "SELECT contexts_kb || ' kB of contexts, ' || rss_anon_kb || ' kB RssAnon' FROM hostile.memory WHERE label = '$1'"; }
# "yes" if from note $1 to note $2 the contexts grew by at most
# max_contexts_kb and RssAnon by at most max_rss_kb
grew_within() {
    t "SELECT CASE WHEN b.contexts_kb - a.contexts_kb <= $max_contexts_kb AND b.rss_anon_kb - a.rss_anon_kb <= $max_rss_kb THEN 'yes'
                   ELSE format('no: contexts %s kB, RssAnon %s kB more', b.contexts_kb - a.contexts_kb, b.rss_anon_kb - a.rss_anon_kb) END
       FROM hostile.memory a, hostile.memory b WHERE a.label = '$1' AND b.label = '$2'"
}
check "inside one transaction, the backend's memory does not grow from the end of the warm-up to the end of a run $((measured_text / warm_text)) times longer" \
    "$(grew_within 'after the warm-up' 'after the measured run')" "yes"
check "the session's memory after the first transaction and after the last ($(( (3 * (warm_text + measured_text) + 2 * (warm_binary + measured_binary)) / (3 * first_text + 2 * first_binary) )) times more inputs) is the same" \
    "$(grew_within 'after the first run' 'after the last transaction')" "yes"
for reader in clause_path lexref alignment; do
    check "inside the measured run of $measured_text text inputs of $reader, memory does not grow" \
        "$(grew_within "measured $reader, $((measured_text / 5)) of $measured_text" "measured $reader, $measured_text of $measured_text")" "yes"
done
for reader in clause_path lexref; do
    check "inside the measured run of $measured_binary binary COPYs of $reader, memory does not grow" \
        "$(grew_within "measured $reader, $((measured_binary / 5)) of $measured_binary" "measured $reader, $measured_binary of $measured_binary")" "yes"
done

# Invalid UTF-8 from a raw file through psql: as literals of each reader, and
# as lines of a text COPY (\copy, the client protocol).  The server refuses
# it before any reader sees it: 22021.
raw_sql=$work/raw.sql
: >"$raw_sql"
sequences='\377 \300\200 \355\240\200 \342\202 \200 \364\220\200\200 \303('
for seq in $sequences; do
    # shellcheck disable=SC2059
    printf "SELECT 'art_1$seq'::lexalign.clause_path;\nSELECT '/akn/za/act/1980/1$seq'::lexalign.lexref;\nSELECT lexalign.alignment_from('full$seq');\n" >>"$raw_sql"
done
statements=$(grep -c '^SELECT' "$raw_sql")
check "invalid UTF-8 in a raw SQL file: every statement refused with 22021" \
    "$(psql -X -q -At -v VERBOSITY=sqlstate -d lexalign_hostile -f "$raw_sql" 2>&1 | grep -c 'ERROR:  22021$')" "$statements"
t "CREATE TABLE raw_copy (p lexalign.clause_path, r lexalign.lexref)"
copies=0
refused=0
for seq in $sequences; do
    # shellcheck disable=SC2059
    printf "art_1\t/akn/za/act/1980/1\nart_2$seq\t/akn/za/act/1980/2\nart_3\t/akn/za/act/1980/3$seq\n" >"$work/raw.copy"
    copies=$((copies + 1))
    psql -X -q -At -v VERBOSITY=sqlstate -d lexalign_hostile -c "\\copy raw_copy FROM '$work/raw.copy'" 2>&1 |
        grep -q 'ERROR:  22021$' && refused=$((refused + 1))
done
check "invalid UTF-8 in a raw COPY file: every file refused with 22021, no row kept" \
    "$refused $(t "SELECT count(*) FROM raw_copy")" "$copies 0"

# In a SQL_ASCII database the server checks no encoding, so invalid UTF-8
# does reach the readers themselves: each must refuse it as malformed input
# (22P02, with the position), never accept it or fail otherwise.
q -c "CREATE DATABASE lexalign_ascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
q -d lexalign_ascii -c "CREATE EXTENSION lexalign"
answers=$(psql -X -q -At -v VERBOSITY=sqlstate -d lexalign_ascii -f "$raw_sql" 2>&1 | sed -n 's/^.*ERROR:  \([0-9A-Z]\{5\}\)$/\1/p' | sort | uniq -c | tr -s ' ' | tr '\n' ',')
check "invalid UTF-8 in a SQL_ASCII database: each reader refuses every statement with 22P02" "$answers" " $statements 22P02,"
q -c "DROP DATABASE lexalign_ascii"

# The server is up and never restarted: same postmaster, same checkpointer
# (a backend crash restarts every other process), no crash in its log.
check "a new connection answers" "$(q -c 'SELECT 1')" "1"
check "the postmaster is the same process" "$(q -c "SELECT split_part(pg_read_file('postmaster.pid'), E'\n', 1)")" "$postmaster_pid"
check "the checkpointer is the same process (no crash and restart)" \
    "$(q -c "SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'")" "$checkpointer_pid"
if [ -r "$log" ]; then
    crashes=$(tail -n +"$((log_lines_before + 1))" "$log" | grep -cE 'terminated by signal|was terminated by exception|PANIC:|TRAP:')
else
    crashes=unknown
fi
check "the server log shows no crash" "$crashes" "0"

# Figures.
total() { t "SELECT coalesce(sum(n), 0) FROM hostile.tally WHERE path IN ($1)"; }
echo "# hostile input: $(total "'text', 'text 1 MB'") mutated inputs tried through text input ($(total "'text 1 MB'") of about 1 MB)," \
     "$(total "'binary', 'binary 1 MB', 'binary framing'") through binary COPY ($(total "'binary 1 MB'") of about 1 MB, $(total "'binary framing'") with broken framing), $crashes server crashes"
t "SELECT '# ' || reader || ' ' || path || ': ' || string_agg(outcome || ' ' || n, ', ' ORDER BY outcome)
   FROM hostile.tally GROUP BY reader, path ORDER BY path, reader"
echo "# backend memory: $(memory 'start') at the start; $(memory 'after the first run') after the first transaction;" \
     "in the long one, $(memory 'after the warm-up') after the warm-up and $(memory 'after the measured run') after the measured run;" \
     "$(memory 'after the last transaction') after it"
t "SELECT '# backend memory inside the measured runs: ' || string_agg(format('%s %s kB of contexts, %s kB RssAnon', a.label, a.contexts_kb, a.rss_anon_kb) || format(' to %s kB, %s kB', b.contexts_kb, b.rss_anon_kb), '; ' ORDER BY a.label)
   FROM hostile.memory a JOIN hostile.memory b ON b.label = regexp_replace(a.label, ', [0-9]+ of ([0-9]+)$', ', \1 of \1')
   WHERE a.label LIKE 'measured %' AND a.label <> b.label"
echo "# hostile input ran in $(( $(date +%s) - started ))s"

q -c "DROP DATABASE lexalign_hostile"
echo "hostile input: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
