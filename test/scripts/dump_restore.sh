#!/bin/sh
# pg_dump keeps every row of the extension's tables: a database with a little
# of everything, dumped in plain and custom formats and restored into fresh
# databases, gives the same rows, the same sequence positions, and a restored
# database goes on recording (the next assessment supersedes the restored one).
# Run inside a throwaway cluster (test/scripts/run.sh).  Prints "N passed, N failed".
set -u
passed=0
failed=0
check() {
    if [ "$2" = "$3" ]; then passed=$((passed + 1)); echo "ok - $1"
    else failed=$((failed + 1)); echo "not ok - $1: got '$2', expected '$3'"; fi
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }

q -c "CREATE DATABASE lexalign_src" -c "CREATE DATABASE lexalign_plain" -c "CREATE DATABASE lexalign_custom"
q -d lexalign_src <<'SQL'
CREATE EXTENSION lexalign;
SET search_path = lexalign, public;
SELECT add_instrument('moscow-2017', '/akn/un/doc/2017-12-04/moscow-declaration', 'Moscow Declaration');
SELECT add_instrument('un-1988', '/akn/un/act/convention/1988-12-20/narcotic-drugs', 'UN Convention 1988', 'convention', '1988-12-20');
SELECT add_clause('moscow-2017', 'PP1', 'A national and international response', kind => 'preambular');
SELECT add_clause('moscow-2017', 'OP1', 'Legislate on the basis of international law');
SELECT add_clause('un-1988', 'Article 3(1)', 'Offences');
SELECT add_cross_reference('moscow-2017', 'OP1', 'un-1988', 'art_3__para_1');
INSERT INTO instrument_weight VALUES ('moscow-2017', 'largely', 0.8);
SELECT add_jurisdiction('ru', 'Russian Federation', 'Federal Assembly', 2::int2);
SELECT add_jurisdiction('nl', 'Netherlands', 'States General', 2::int2);
SELECT add_act('/akn/nl/act/1928-05-12/opiumwet', 'Opiumwet', '[1928-05-12,)', 'nld');
SELECT add_provision('/akn/nl/act/1928-05-12/opiumwet/~art_3', 'Prohibitions');
SELECT assess('un-1988', 'Article 3(1)', '/akn/nl/act/1928-05-12/opiumwet/~art_3', 'largely', 'for the derived status');
SELECT assess('moscow-2017', 'OP1', '/akn/nl/act/1928-05-12/opiumwet/~art_3', 'full', 'own status');
SELECT add_act('/akn/ru/act/federal-law/1998-01-08/3-fz', 'On Narcotic Drugs and Psychotropic Substances', '[1998-04-15,)', 'rus');
SELECT add_provision('/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'Definitions');
INSERT INTO assessment (instrument, clause, jurisdiction, provision, level, evidence, assessor, recorded_at)
VALUES ('moscow-2017', 'OP1', 'ru', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'absent', 'history', 'x', '2012-01-01');
SELECT assess('moscow-2017', 'OP1', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'partial', 'first look');
SELECT assess('moscow-2017', 'OP1', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'largely', 'second look');
SELECT assess_jurisdiction('moscow-2017', 'PP1', 'ru', 'not_applicable', 'preamble');
INSERT INTO treaty_event (jurisdiction, instrument, event, occurred_on) VALUES ('ru', 'un-1988', 'ratification', '1990-11-17');
-- More current assessments than the lock table holds locks (about 6,400): a
-- restore loads them all in one transaction.
SELECT add_instrument('bulk', '/akn/un/doc/2020-01-01/bulk', 'Bulk');
INSERT INTO clause (instrument, path, position) SELECT 'bulk', ('art_' || g)::clause_path, g FROM generate_series(1, 60) g;
INSERT INTO jurisdiction (code, name) SELECT alpha2, name FROM country WHERE alpha2 NOT IN ('ru', 'nl') ORDER BY alpha2 LIMIT 200;
INSERT INTO assessment (instrument, clause, jurisdiction, level, valid, evidence, assessor)
SELECT 'bulk', c.path, j.code, 'absent', '(,)', 'bulk', 'x' FROM clause c, jurisdiction j WHERE c.instrument = 'bulk';
SQL

# Every row of every configuration table, and the sequences, as one digest.
state() {
    q -d "$1" -c "SELECT md5(string_agg(r, E'\n' ORDER BY r)) FROM (
        SELECT 'i' || i::text r FROM lexalign.instrument i UNION ALL SELECT 'w' || w::text FROM lexalign.instrument_weight w
        UNION ALL SELECT 'c' || c::text FROM lexalign.clause c UNION ALL SELECT 'x' || x::text FROM lexalign.clause_reference x
        UNION ALL SELECT 'j' || j::text FROM lexalign.jurisdiction j UNION ALL SELECT 'a' || a::text FROM lexalign.act a
        UNION ALL SELECT 'p' || p::text FROM lexalign.provision p UNION ALL SELECT 's' || s::text FROM lexalign.assessment s
        UNION ALL SELECT 't' || t::text FROM lexalign.treaty_event t
        UNION ALL SELECT 'q' || last_value::text FROM lexalign.assessment_id_seq) z"
}
# Every report, on fixed dates, as one digest.
reports() {
    q -d "$1" -c "SELECT md5(string_agg(r, E'\n' ORDER BY r)) FROM (
        SELECT 's' || s::text r FROM lexalign.alignment_scores('moscow-2017', '2020-01-01', '2030-01-01') s
        UNION ALL SELECT 'm' || m::text FROM lexalign.alignment_matrix('moscow-2017', '2020-01-01', '2030-01-01') m
        UNION ALL SELECT 'c' || c::text FROM lexalign.clause_status('moscow-2017', 'ru', '2020-01-01', '2030-01-01') c
        UNION ALL SELECT 'g' || g::text FROM lexalign.alignment_gaps('moscow-2017', 'ru', '2020-01-01', '2030-01-01') g
        UNION ALL SELECT 'h' || h::text FROM lexalign.harmonisation('moscow-2017', '2020-01-01', '2030-01-01') h
        UNION ALL SELECT 'j' || j::text FROM lexalign.jurisdiction_similarity('moscow-2017', '2020-01-01', '2030-01-01') j
        UNION ALL SELECT 't' || t::text FROM lexalign.alignment_timeline('moscow-2017', 'ru') t) z"
}
source_state=$(state lexalign_src)
source_reports=$(reports lexalign_src)
check "the source database has rows" "$(q -d lexalign_src -c 'SELECT count(*) FROM lexalign.assessment')" "12126"

pg_dump -d lexalign_src >"$work/plain.sql"
q -d lexalign_plain -f "$work/plain.sql" >/dev/null
check "plain dump restores every row" "$(state lexalign_plain)" "$source_state"
check "plain dump: every report gives the same output" "$(reports lexalign_plain)" "$source_reports"

pg_dump -Fc -d lexalign_src -f "$work/custom.dump"
pg_restore --exit-on-error -d lexalign_custom "$work/custom.dump"
check "custom dump restores every row" "$(state lexalign_custom)" "$source_state"
check "custom dump: every report gives the same output" "$(reports lexalign_custom)" "$source_reports"

for db in lexalign_plain lexalign_custom; do
    q -d "$db" -c "SELECT lexalign.assess('moscow-2017', 'OP1', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'full', 'after restore')" >/dev/null
    check "$db records after restore: one current row, every superseded row points to its successor" \
        "$(q -d "$db" -c "SELECT count(*) FILTER (WHERE superseded_at IS NULL) || ' ' || count(*) || ' ' ||
                          count(*) FILTER (WHERE superseded_by IS NOT NULL AND NOT EXISTS
                                           (SELECT FROM lexalign.assessment n WHERE n.id = a.superseded_by))
                          FROM lexalign.assessment a WHERE clause OPERATOR(lexalign.=) 'para_1' AND jurisdiction = 'ru'")" "1 4 0"
done

echo "dump and restore: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
