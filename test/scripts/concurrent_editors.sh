#!/bin/sh
# Eight editors record and supersede assessments of the same few subjects for
# CONCURRENCY_SECONDS (default 30) with pgbench: afterwards every subject has
# exactly one current assessment, no row is lost (rows = calls that
# succeeded), and every superseded row points to its successor (same subject,
# recorded when it was superseded).  Run inside a throwaway cluster
# (test/scripts/run.sh).  Prints "N passed, N failed".
set -u
seconds=${CONCURRENCY_SECONDS:-30}
passed=0
failed=0
check() {
    if [ "$2" = "$3" ]; then passed=$((passed + 1)); echo "ok - $1"
    else failed=$((failed + 1)); echo "not ok - $1: got '$2', expected '$3'"; fi
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }

q -c "CREATE DATABASE lexalign_concurrency"
q -d lexalign_concurrency >/dev/null <<'SQL'
CREATE EXTENSION lexalign;
SET search_path = lexalign, public;
SELECT add_instrument('c', '/akn/un/doc/2020-01-01/c', 'Concurrency');
SELECT add_clause('c', 'OP1', 'one'), add_clause('c', 'OP2', 'two');
SELECT add_jurisdiction('fi', 'Finland');
SELECT add_act('/akn/fi/act/2000/1', 'an act', '[2000-01-01,)');
SELECT add_provision(('/akn/fi/act/2000/1/~art_' || g)::lexref) FROM generate_series(1, 3) g;
CREATE ROLE lexalign_bench_editor LOGIN PASSWORD 'editor' IN ROLE lexalign_editor;
SQL
# 2 clauses x 3 provisions = 6 subjects, 8 editors: most calls supersede a row
# another editor has just written.  Each transaction is one call.
cat >"$work/assess.sql" <<'SQL'
\set clause random(1, 2)
\set article random(1, 3)
\set level random(1, 5)
SELECT lexalign.assess('c', ('OP' || :clause)::lexalign.clause_path,
                       ('/akn/fi/act/2000/1/~art_' || :article)::lexalign.lexref,
                       (enum_range(NULL::lexalign.alignment))[:level], 'pgbench');
SQL
PGPASSWORD=editor pgbench -n -U lexalign_bench_editor -c 8 -j 2 -T "$seconds" -f "$work/assess.sql" lexalign_concurrency >"$work/pgbench.log" 2>&1
done_calls=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$work/pgbench.log")
failed_calls=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$work/pgbench.log")
echo "# $done_calls assessments recorded by 8 editors in ${seconds}s, $failed_calls failed"
check "pgbench ran and recorded assessments" "$([ "${done_calls:-0}" -gt 100 ] && echo yes)" "yes"
check "no call failed" "${failed_calls:-missing}" "0"
check "no row is lost: rows = calls that succeeded" \
    "$(q -d lexalign_concurrency -c "SELECT count(*) FROM lexalign.assessment")" "$done_calls"
check "every subject has exactly one current assessment" \
    "$(q -d lexalign_concurrency -c "SELECT count(*) || ' subjects, ' || count(*) FILTER (WHERE n <> 1) || ' without exactly one'
        FROM (SELECT count(*) FILTER (WHERE superseded_at IS NULL) AS n FROM lexalign.assessment
              GROUP BY instrument, clause::text, jurisdiction, provision::text) s")" "6 subjects, 0 without exactly one"
check "every superseded row points to its successor" \
    "$(q -d lexalign_concurrency -c "SELECT count(*) FROM lexalign.assessment a
        WHERE a.superseded_at IS NOT NULL AND NOT EXISTS (
            SELECT FROM lexalign.assessment s WHERE s.id = a.superseded_by AND s.recorded_at = a.superseded_at
              AND s.clause::text = a.clause::text AND s.provision::text = a.provision::text)")" "0"
check "the reports see one status per clause" \
    "$(q -d lexalign_concurrency -c "SELECT count(*) FROM lexalign.clause_status('c', 'fi') WHERE status IS NOT NULL")" "2"
check "the status segments are what the assessments say" \
    "$(q -d lexalign_concurrency -c "WITH kept AS (SELECT instrument, clause::text, jurisdiction, valid, status FROM lexalign.status_segment),
        fresh AS (SELECT instrument, clause::text, jurisdiction, valid, status
                  FROM lexalign.compute_segments(ARRAY['c', 'c'], ARRAY['para_1', 'para_2']::lexalign.clause_path[], ARRAY['fi', 'fi']))
        SELECT (SELECT count(*) FROM kept) || ' kept, ' || (SELECT count(*) FROM (TABLE kept EXCEPT ALL TABLE fresh) x)
               + (SELECT count(*) FROM (TABLE fresh EXCEPT ALL TABLE kept) y) || ' differences'")" "2 kept, 0 differences"
q -c "DROP DATABASE lexalign_concurrency" -c "DROP ROLE lexalign_bench_editor"

echo "concurrent editors: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
