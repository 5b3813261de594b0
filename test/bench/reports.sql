-- The reports on a large generated model: 200 jurisdictions, an instrument of
-- 100 clauses (and a convention of 20 that ten of them reference), 5,000
-- acts, 1,000,000 provisions and 300,000 assessments, a tenth of them
-- superseded.
--
-- Run by test/bench/run.sh (make bench) inside a throwaway cluster, after the
-- lexref benchmark.  Prints one results table: operation, the median time of
-- the report, the median time of a plain SELECT count(*) over the assessments
-- in the same run, their ratio, the target and whether it is met.
--
-- Method, as in clause_path.sql and lexref.sql:
--   * every measurement is timed with clock_timestamp() inside the server (no
--     client round trips, no result transfer), each repetition runs the report
--     and the baseline count(*), in alternating order, and the median of each
--     is reported (3 repetitions; 11 for clause_status, whose target is an
--     absolute time);
--   * each report's answer is found once, untimed, and every timed run must
--     return the same; the reports are checked against each other (the matrix
--     row of a jurisdiction is its clause_status, its scores count what the
--     matrix says, its timeline gives the scores of each of its event days);
--   * plans are checked, not assumed: the report functions really are inlined
--     (no Function Scan of them), and clause_status really reaches the
--     assessments of its one jurisdiction through an index (no sequential
--     scan of them); the plans are printed, with their buffers.
--
-- The assessments are loaded as the table's owner with plain INSERTs, through
-- the insert triggers (history checks, superseding), in transactions of
-- 2,000 rows (written when the superseding trigger took one advisory lock per
-- subject; it now takes one of 1,024, so one transaction could load them all).
-- The load times are printed.

\set ON_ERROR_STOP 1
\pset footer off

SET client_min_messages = warning;

CREATE EXTENSION lexalign;
CREATE SCHEMA bench;
SET search_path = public, lexalign;

-- One backend, no JIT, sorts and hash tables in memory: see clause_path.sql.
SET max_parallel_workers_per_gather = 0;
SET max_parallel_maintenance_workers = 0;
SET jit = off;
SET work_mem = '256MB';
SET maintenance_work_mem = '1GB';

-- Knobs, readable inside the plpgsql below.  The sizes are the issue's, and
-- the generator below is written for them: 200 jurisdictions x 25 acts x 200
-- articles = 1,000,000 provisions; 270,000 subjects (1,350 per jurisdiction),
-- every 9th of them assessed again (30,000 rows more, that supersede).
SET bench.subjects = 270000;
SET bench.resupersede = 9;
SET bench.batch = 2000;             -- rows per loading transaction
SET bench.reps = 3;
SET bench.status_reps = 11;
-- The report's dates: the law in force on as_of, as known now.
SET bench.as_of = '2020-01-01';

CREATE TABLE bench.started AS SELECT clock_timestamp() AS at;

-- How long each step of the load took.
CREATE TABLE bench.load (
    ord    int,
    step   text,
    n      bigint,
    ms     float8
);

CREATE FUNCTION bench.timed_load(ord int, step text, q text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz := clock_timestamp();
    n  bigint;
BEGIN
    EXECUTE q;
    GET DIAGNOSTICS n = ROW_COUNT;
    INSERT INTO bench.load VALUES (ord, step, n, 1000 * extract(epoch FROM clock_timestamp() - t0));
END
$$;

\echo '== generating 200 jurisdictions, 5,000 acts, 1,000,000 provisions'

-- The first 200 assigned ISO 3166-1 codes (ad .. si), numbered 0 .. 199.
SELECT bench.timed_load(10, 'jurisdictions', $q$
    INSERT INTO lexalign.jurisdiction (code, name, parliament)
    SELECT alpha2, name, 'Parliament of ' || name FROM lexalign.country
    ORDER BY alpha2 LIMIT 200
$q$) \g /dev/null
CREATE TABLE bench.juris AS
SELECT code, (row_number() OVER (ORDER BY code) - 1)::int AS jn FROM lexalign.jurisdiction;

-- The declaration: 100 operative clauses.  Clauses 1..85 are assessed
-- provision by provision, 86..90 jurisdiction-wide (absent, not applicable),
-- 91..100 not at all: each rests on two clauses of the convention and takes
-- its status from them (derived).
INSERT INTO lexalign.instrument (code, title, kind, legal_force)
VALUES ('bench-decl', 'Benchmark Declaration', 'declaration', 'political'),
       ('bench-conv', 'Benchmark Convention', 'convention', 'binding');
INSERT INTO lexalign.clause (instrument, path, position, kind, heading)
SELECT 'bench-decl', ('art_' || g)::lexalign.clause_path, g, 'operative', 'Article ' || g
FROM generate_series(1, 100) AS g;
INSERT INTO lexalign.clause (instrument, path, position, kind, heading)
SELECT 'bench-conv', ('art_' || g)::lexalign.clause_path, g, 'operative', 'Article ' || g
FROM generate_series(1, 20) AS g;
INSERT INTO lexalign.clause_reference (instrument, clause, to_instrument, to_clause)
SELECT 'bench-decl', ('art_' || (91 + i))::lexalign.clause_path,
       'bench-conv', ('art_' || (2 * i + k))::lexalign.clause_path
FROM generate_series(0, 9) AS i CROSS JOIN generate_series(1, 2) AS k;

-- 25 acts per jurisdiction, all in force since 2000, one in ten repealed in
-- 2015; 200 articles each, in force with their act but for one in fifty,
-- which came into force in 2021 (after as_of).
SELECT bench.timed_load(12, 'acts', $q$
    INSERT INTO lexalign.act (ref, title, in_force)
    SELECT ('/akn/' || j.code || '/act/2000/' || n)::lexalign.lexref, 'Act No. ' || n || ' of 2000',
           CASE WHEN n % 10 = 0 THEN daterange('2000-01-01', '2015-01-01')
                ELSE daterange('2000-01-01', NULL) END
    FROM bench.juris AS j CROSS JOIN generate_series(1, 25) AS n
    ORDER BY j.code, n
$q$) \g /dev/null
SELECT bench.timed_load(13, 'provisions', $q$
    INSERT INTO lexalign.provision (ref, in_force)
    SELECT ('/akn/' || j.code || '/act/2000/' || n || '/~art_' || k)::lexalign.lexref,
           CASE WHEN k % 50 = 0 THEN daterange('2021-01-01', NULL)
                WHEN n % 10 = 0 THEN daterange('2000-01-01', '2015-01-01')
                ELSE daterange('2000-01-01', NULL) END
    FROM bench.juris AS j
    CROSS JOIN generate_series(1, 25) AS n
    CROSS JOIN generate_series(1, 200) AS k
    ORDER BY j.code, n, k
$q$) \g /dev/null

\echo '== generating 300,000 assessments (270,000 subjects, 30,000 of them assessed again)'

-- The subjects, numbered s = 0 .. 269,999: jurisdiction s % 200, and t =
-- s / 200 = 0 .. 1,349 within it:
--   t <  1,245: a provision of the declaration: clause art_(t % 85 + 1), the
--               provision q = t * 7919 mod 5,000 of the jurisdiction (act
--               q / 200 + 1, article q % 200 + 1): distinct for distinct t,
--               spread over all the acts;
--   t <  1,250: jurisdiction-wide, clauses art_86 .. art_90, absent (80%) or
--               not applicable, valid from 2000;
--   otherwise:  a provision of the convention: clause art_((t - 1,250) % 20 + 1),
--               5 provisions per clause and jurisdiction.
-- Levels.  Each (jurisdiction, clause) cell has a base level, drawn from a
-- hash of the cell mixed with one of the jurisdiction (some legislatures are
-- more aligned than others): absent, partial, largely or full, about 10, 25,
-- 30 and 35% of cells.  A provision's assessment is the base level (75%), one
-- level lower (22.8%), not applicable (2%) or conflicting (0.2%), so that a
-- cell's status, the best of its ~14 provisions, mostly is its base level and
-- about one cell in forty is in conflict.  Jurisdiction-wide: absent (80%) or
-- not applicable.  Recorded between 2016 and 2019; the second assessments
-- (every 9th subject) between 2021 and 2022, so at known_at now() a tenth of
-- the rows are superseded and the other 270,000 count.
SELECT setseed(0.2017) \g /dev/null
CREATE UNLOGGED TABLE bench.subjects AS
SELECT s, instrument, clause, jurisdiction, provision,
       CASE WHEN provision IS NULL THEN CASE WHEN r1 < 0.8 THEN 'absent' ELSE 'not_applicable' END
            WHEN r1 < 0.002 THEN 'conflicting' WHEN r1 < 0.022 THEN 'not_applicable'
            ELSE (ARRAY['absent', 'partial', 'largely', 'full'])[base - CASE WHEN r1 >= 0.772 AND base > 1 THEN 1 ELSE 0 END]
            END::lexalign.alignment AS level1,
       CASE WHEN provision IS NULL THEN CASE WHEN r2 < 0.8 THEN 'absent' ELSE 'not_applicable' END
            WHEN r2 < 0.002 THEN 'conflicting' WHEN r2 < 0.022 THEN 'not_applicable'
            ELSE (ARRAY['absent', 'partial', 'largely', 'full'])[base - CASE WHEN r2 >= 0.772 AND base > 1 THEN 1 ELSE 0 END]
            END::lexalign.alignment AS level2,
       CASE WHEN provision IS NULL THEN daterange('2000-01-01', NULL) END AS valid,
       timestamptz '2016-01-01 00:00:00+00' + r3 * interval '1460 days' AS recorded1,
       timestamptz '2021-01-01 00:00:00+00' + r4 * interval '730 days' AS recorded2
FROM (
    SELECT s, j.code AS jurisdiction, instrument,
           ('art_' || cno)::lexalign.clause_path AS clause,
           CASE WHEN t < 1245 OR t >= 1250
                THEN ('/akn/' || j.code || '/act/2000/' || (q / 200 + 1) || '/~art_' || (q % 200 + 1))::lexalign.lexref
                END AS provision,
           -- the cell's base level, 1 (absent) .. 4 (full)
           -- (the triangular quantiles of 10, 35 and 65%)
           CASE WHEN v < 0.224 THEN 1 WHEN v < 0.418 THEN 2 WHEN v < 0.582 THEN 3 ELSE 4 END AS base,
           r1, r2, r3, r4
    FROM (
        SELECT s, jn, t, q, instrument, cno, r1, r2, r3, r4,
               -- the mean of a uniform draw for the cell and one for the
               -- jurisdiction (triangular on [0, 1))
               ((abs(hashint4(jn * 1000 + cno + CASE instrument WHEN 'bench-conv' THEN 500 ELSE 0 END)) % 10000) / 10000.0
                + (abs(hashint4(jn + 77777)) % 10000) / 10000.0) / 2 AS v
        FROM (
            SELECT s, s % 200 AS jn, s / 200 AS t,
                   CASE WHEN s / 200 < 1250 THEN 'bench-decl' ELSE 'bench-conv' END AS instrument,
                   CASE WHEN s / 200 < 1245 THEN s / 200 % 85 + 1
                        WHEN s / 200 < 1250 THEN 86 + s / 200 - 1245
                        ELSE (s / 200 - 1250) % 20 + 1 END AS cno,
                   CASE WHEN s / 200 < 1245 THEN (s / 200) * 7919 % 5000
                        ELSE ((s / 200 - 1250) * 7919 + 1234) % 5000 END AS q,
                   random() AS r1, random() AS r2, random() AS r3, random() AS r4
            FROM generate_series(0, current_setting('bench.subjects')::int - 1) AS s
            OFFSET 0
        ) AS draws
    ) AS cells
    JOIN bench.juris AS j USING (jn)
) AS shaped;

-- Load: first every subject once, then the second assessments, each in
-- transactions of bench.batch rows in subject order (a procedure, so that it
-- can commit).
CREATE PROCEDURE bench.load_assessments(second bool)
LANGUAGE plpgsql AS $$
DECLARE
    batch int := current_setting('bench.batch')::int;
    every int := current_setting('bench.resupersede')::int;
    n     int := current_setting('bench.subjects')::int;
    lo    int := 0;
BEGIN
    WHILE lo < n LOOP
        INSERT INTO lexalign.assessment (instrument, clause, jurisdiction, provision, level, evidence,
                                         valid, assessor, recorded_at)
        SELECT instrument, clause, jurisdiction, provision,
               CASE WHEN second THEN level2 ELSE level1 END,
               CASE WHEN second THEN 'Reassessed after the amendment, subject ' ELSE 'Assessed from the text, subject ' END || s,
               valid, 'bench',
               CASE WHEN second THEN recorded2 ELSE recorded1 END
        FROM bench.subjects
        WHERE s >= lo AND s < lo + CASE WHEN second THEN batch * every ELSE batch END
          AND (NOT second OR s % every = 0)
        ORDER BY s;
        COMMIT;
        lo := lo + CASE WHEN second THEN batch * every ELSE batch END;
    END LOOP;
END
$$;

SELECT clock_timestamp() AS t0 \gset
CALL bench.load_assessments(false);
INSERT INTO bench.load
SELECT 14, 'assessments, first of each subject', count(*),
       1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) FROM lexalign.assessment;
SELECT clock_timestamp() AS t0 \gset
CALL bench.load_assessments(true);
INSERT INTO bench.load
SELECT 15, 'assessments, second (supersede the first)', count(*) - current_setting('bench.subjects')::int,
       1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) FROM lexalign.assessment;

SELECT clock_timestamp() AS t0 \gset
VACUUM (ANALYZE) lexalign.jurisdiction;
VACUUM (ANALYZE) lexalign.instrument;
VACUUM (ANALYZE) lexalign.instrument_weight;
VACUUM (ANALYZE) lexalign.clause;
VACUUM (ANALYZE) lexalign.clause_reference;
VACUUM (ANALYZE) lexalign.act;
VACUUM (ANALYZE) lexalign.provision;
VACUUM (ANALYZE) lexalign.assessment;
-- the status segments, rewritten by the loading triggers at every batch
VACUUM (ANALYZE) lexalign.status_segment;
INSERT INTO bench.load
SELECT 16, 'VACUUM (ANALYZE)', NULL, 1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz);

-- The load must have made exactly what was asked for.
DO $$
DECLARE
    total bigint; current bigint; superseded_ok bigint; provisions bigint; acts bigint;
BEGIN
    SELECT count(*), count(*) FILTER (WHERE superseded_at IS NULL),
           count(*) FILTER (WHERE superseded_at IS NOT NULL AND superseded_at > recorded_at
                            AND superseded_by > id)
      INTO total, current, superseded_ok FROM lexalign.assessment;
    SELECT count(*) INTO provisions FROM lexalign.provision;
    SELECT count(*) INTO acts FROM lexalign.act;
    IF total <> 300000 OR current <> 270000 OR superseded_ok <> 30000
       OR provisions <> 1000000 OR acts <> 5000 THEN
        RAISE EXCEPTION 'generated data is off: % assessments (300000), % current (270000), % superseded in order (30000), % provisions, % acts',
            total, current, superseded_ok, provisions, acts;
    END IF;
END
$$;

\echo '   the load:'
SELECT step, n AS "rows", round(ms::numeric) AS ms,
       CASE WHEN n > 0 THEN round((1000 * ms / n)::numeric, 1) END AS "us / row"
FROM bench.load ORDER BY ord;

\echo '   the data:'
SELECT (SELECT count(*) FROM lexalign.jurisdiction) AS jurisdictions,
       (SELECT count(*) FROM lexalign.clause WHERE instrument = 'bench-decl') AS "clauses",
       (SELECT count(*) FROM lexalign.act) AS acts,
       (SELECT count(*) FROM lexalign.provision) AS provisions,
       count(*) AS assessments,
       count(*) FILTER (WHERE superseded_at IS NOT NULL) AS superseded,
       count(*) FILTER (WHERE superseded_at IS NULL AND provision IS NULL) AS "current jurisdiction-wide",
       count(*) FILTER (WHERE superseded_at IS NULL AND instrument = 'bench-conv') AS "current of the convention",
       pg_size_pretty(pg_total_relation_size('lexalign.assessment')) AS "assessment size",
       pg_size_pretty(pg_total_relation_size('lexalign.provision')) AS "provision size"
FROM lexalign.assessment;
SELECT level, count(*) AS "current assessments" FROM lexalign.assessment
WHERE superseded_at IS NULL GROUP BY level ORDER BY level;

-- ---------------------------------------------------------------- machinery

CREATE TABLE bench.timings (
    op_no  int,
    op     text,
    side   text,
    rep    int,
    ms     float8
);

-- Time one statement; its answer is checked against expect when one is given.
CREATE FUNCTION bench.time_once(q text, expect text) RETURNS float8
LANGUAGE plpgsql AS $$
DECLARE
    t0  timestamptz;
    t1  timestamptz;
    got text;
BEGIN
    t0 := clock_timestamp();
    EXECUTE q INTO got;
    t1 := clock_timestamp();
    IF expect IS NOT NULL AND got IS DISTINCT FROM expect THEN
        RAISE EXCEPTION 'benchmark statement returned %, expected %: %', got, expect, q;
    END IF;
    RETURN 1000 * extract(epoch FROM t1 - t0);
END
$$;

-- Measure each side reps times: odd repetitions run the sides in the order
-- given, even ones in reverse, so no side always inherits the other's cache
-- state.  warm_up runs each side once, untimed, first.
CREATE FUNCTION bench.measure(op_no int, op text, sides text[], queries text[], expects text[],
                              reps int DEFAULT current_setting('bench.reps')::int,
                              warm_up bool DEFAULT true) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    n     int := cardinality(sides);
    i     int;
BEGIN
    IF warm_up THEN
        FOR i IN 1 .. n LOOP
            PERFORM bench.time_once(queries[i], expects[i]);
        END LOOP;
    END IF;
    FOR rep IN 1 .. reps LOOP
        FOR k IN 1 .. n LOOP
            i := CASE WHEN rep % 2 = 1 THEN k ELSE n + 1 - k END;
            INSERT INTO bench.timings
                VALUES (op_no, op, sides[i], rep, bench.time_once(queries[i], expects[i]));
        END LOOP;
    END LOOP;
END
$$;

-- What the results table prints: the report's median against the count(*)'s
-- of the same runs; a target on the ratio, on the report's own time, or none.
CREATE TABLE bench.report (
    ord        int,
    label      text,
    op_no      int,
    max_ratio  float8,
    max_ms     float8
);

CREATE FUNCTION bench.plan(q text, with_analyze bool DEFAULT false) RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
    line text;
BEGIN
    FOR line IN EXECUTE
        CASE WHEN with_analyze THEN 'EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY OFF) '
             ELSE 'EXPLAIN (COSTS OFF) ' END || q
    LOOP
        RETURN NEXT line;
    END LOOP;
END
$$;

CREATE FUNCTION bench.require_plan(q text, pattern text, present bool DEFAULT true) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    whole text;
BEGIN
    SELECT string_agg(l, E'\n') INTO whole FROM bench.plan(q) AS l;
    IF (whole ~ pattern) <> present THEN
        RAISE EXCEPTION E'plan % "%" for %:\n%',
            CASE WHEN present THEN 'does not match' ELSE 'matches' END, pattern, q, whole;
    END IF;
END
$$;

-- The statements.  Each consumes every row and every column of its report
-- and returns a checksum of them, so that nothing can be planned away.
SELECT 'SELECT count(*) FROM lexalign.assessment' AS q_count \gset
SELECT format($q$SELECT count(*) || ' rows, ' || count(score) || ' scored, '
                        || coalesce(sum(score), 0) || ' / ' || sum(coverage) || ' / '
                        || sum(clauses_assessed) || ' / ' || sum(clauses_applicable) || ' / '
                        || sum(rank) || ' / ' || sum(hashtext(jurisdiction || coalesce(parliament, '')))
                 FROM lexalign.alignment_scores('bench-decl', %L, now())$q$,
              current_setting('bench.as_of')) AS q_scores \gset
-- The matrix's checksum names a clause by its position, not by clause::text:
-- printing 20,000 clause paths is the type's output cost (make bench measures
-- it apart), not the report's, and the position identifies the clause as well.
SELECT format($q$SELECT count(*) || ' rows, ' || count(status) || ' with a status, '
                        || count(*) FILTER (WHERE derived) || ' derived, '
                        || sum(hashtext(jurisdiction || ' ' || position || ' '
                                        || coalesce(status::text, '-') || derived::text))
                 FROM lexalign.alignment_matrix('bench-decl', %L, now())$q$,
              current_setting('bench.as_of')) AS q_matrix \gset
-- One jurisdiction: the one with the most current assessments (the first of
-- them: the generator gives every jurisdiction the same number).
SELECT jurisdiction AS one FROM lexalign.assessment WHERE superseded_at IS NULL
GROUP BY jurisdiction ORDER BY count(*) DESC, jurisdiction LIMIT 1 \gset
SELECT set_config('bench.one', :'one', false) \g /dev/null
SELECT format($q$SELECT count(*) || ' rows, ' || count(status) || ' with a status, '
                        || count(*) FILTER (WHERE derived) || ' derived, '
                        || sum(hashtext(position || ' ' || clause::text || ' ' || heading || ' '
                                        || coalesce(status::text, '-') || ' '
                                        || coalesce(provisions::text, '-') || derived::text))
                 FROM lexalign.clause_status('bench-decl', %L, %L, now())$q$,
              :'one', current_setting('bench.as_of')) AS q_status \gset

-- The timeline of the same jurisdiction, and the two reports that compare
-- jurisdictions with each other (harmonisation per clause, similarity per
-- pair: 19,900 pairs of 200 jurisdictions).
SELECT format($q$SELECT count(*) || ' days, ' || coalesce(sum(score), 0) || ' / ' || sum(coverage) || ' / '
                        || sum(clauses_assessed) || ' / ' || sum(hashtext(date::text))
                 FROM lexalign.alignment_timeline('bench-decl', %L)$q$, :'one') AS q_timeline \gset
SELECT format($q$SELECT count(*) || ' clauses, ' || sum(jurisdictions_assessed) || ' / ' || sum(agreeing_pairs)
                        || ' / ' || sum(pairs) || ' / ' || coalesce(sum(index), 0) || ' / ' || sum(position)
                 FROM lexalign.harmonisation('bench-decl', %L, now())$q$,
              current_setting('bench.as_of')) AS q_harmonisation \gset
SELECT format($q$SELECT count(*) || ' pairs, ' || sum(similarity) || ' / ' || sum(clauses_compared) || ' / '
                        || sum(hashtext(jurisdiction_a || jurisdiction_b))
                 FROM lexalign.jurisdiction_similarity('bench-decl', %L, now())$q$,
              current_setting('bench.as_of')) AS q_similarity \gset

-- ---------------------------------------------------------------- plans

\echo '== plans'

-- The reports are SQL-standard functions that the planner inlines: no
-- Function Scan of them may be left.  The baseline is whatever the planner
-- makes of the plain count(*): on the vacuumed table, an index-only scan of
-- the smallest index rather than a sequential scan; either is accepted, and
-- the plan is printed.
SELECT bench.require_plan(:'q_scores', 'Function Scan on (alignment_scores|scores|statuses|own_statuses|counting_assessments)', false) \g /dev/null
SELECT bench.require_plan(:'q_matrix', 'Function Scan on (alignment_matrix|statuses|own_statuses|counting_assessments)', false) \g /dev/null
SELECT bench.require_plan(:'q_status', 'Function Scan on (clause_status|statuses|own_statuses|counting_assessments)', false) \g /dev/null
SELECT bench.require_plan(:'q_status', 'Seq Scan on assessment', false) \g /dev/null
SELECT bench.require_plan(:'q_timeline', 'Function Scan on (alignment_timeline|scores|statuses)', false) \g /dev/null
SELECT bench.require_plan(:'q_count', '^Aggregate\n  ->  (Seq Scan|Index Only Scan using \w+) on assessment$') \g /dev/null

\echo '   the baseline:'
SELECT l AS "count(*): EXPLAIN (ANALYZE, BUFFERS)" FROM bench.plan(:'q_count', true) AS l;
\echo '   alignment_matrix, all jurisdictions:'
SELECT l AS "alignment_matrix: EXPLAIN (ANALYZE, BUFFERS)" FROM bench.plan(:'q_matrix', true) AS l;
\echo '   clause_status, one jurisdiction:'
SELECT l AS "clause_status: EXPLAIN (ANALYZE, BUFFERS)" FROM bench.plan(:'q_status', true) AS l;

-- ---------------------------------------------------------------- answers

-- The answers, found once, untimed; every timed run must give the same.
-- (psql cannot run a statement held in a variable and keep its answer
-- directly: bench.answer does it.)
CREATE FUNCTION bench.answer(q text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    got text;
BEGIN
    EXECUTE q INTO got;
    RETURN got;
END
$$;
SELECT bench.answer(:'q_count') AS ans_count \gset
SELECT bench.answer(:'q_scores') AS ans_scores \gset
SELECT bench.answer(:'q_matrix') AS ans_matrix \gset
SELECT bench.answer(:'q_status') AS ans_status \gset
SELECT bench.answer(:'q_timeline') AS ans_timeline \gset
SELECT bench.answer(:'q_harmonisation') AS ans_harmonisation \gset
SELECT bench.answer(:'q_similarity') AS ans_similarity \gset

-- The reports agree with each other: the matrix rows of the jurisdiction are
-- its clause_status, and its scores count the clauses the matrix assesses.
DO $$
DECLARE
    one text := current_setting('bench.one');
    as_of date := current_setting('bench.as_of')::date;
    differ bigint;
    n_scores bigint;
    bad_counts bigint;
BEGIN
    SELECT count(*) INTO differ FROM (
        (SELECT position, clause::text, status, derived
           FROM lexalign.alignment_matrix('bench-decl', as_of, now()) WHERE jurisdiction = one
         EXCEPT ALL
         SELECT position, clause::text, status, derived FROM lexalign.clause_status('bench-decl', one, as_of, now()))
        UNION ALL
        (SELECT position, clause::text, status, derived FROM lexalign.clause_status('bench-decl', one, as_of, now())
         EXCEPT ALL
         SELECT position, clause::text, status, derived
           FROM lexalign.alignment_matrix('bench-decl', as_of, now()) WHERE jurisdiction = one)
    ) AS d;
    SELECT count(*), count(*) FILTER (WHERE s.clauses_assessed IS DISTINCT FROM m.assessed
                                         OR s.clauses_applicable IS DISTINCT FROM m.applicable)
      INTO n_scores, bad_counts
      FROM lexalign.alignment_scores('bench-decl', as_of, now()) AS s
      FULL JOIN (SELECT jurisdiction,
                        count(*) FILTER (WHERE status <> 'not_applicable') AS assessed,
                        count(*) FILTER (WHERE status IS DISTINCT FROM 'not_applicable') AS applicable
                   FROM lexalign.alignment_matrix('bench-decl', as_of, now())
                  GROUP BY jurisdiction) AS m USING (jurisdiction);
    IF differ <> 0 OR n_scores <> 200 OR bad_counts <> 0 THEN
        RAISE EXCEPTION 'the reports disagree: % rows of clause_status(%) differ from the matrix, % score rows (200), % with counts unlike the matrix''s',
            differ, one, n_scores, bad_counts;
    END IF;
END
$$;

-- The timeline agrees with the scores on every event day of the
-- jurisdiction, as known at the end of that day (the scores behind
-- alignment_scores, for the one jurisdiction: a report per day, as the
-- timeline used to be computed, so this check takes seconds).
DO $$
DECLARE
    one text := current_setting('bench.one');
    days bigint;
    differ bigint;
BEGIN
    SELECT count(*), count(*) FILTER (WHERE (t.score, t.coverage, t.clauses_assessed)
                                            IS DISTINCT FROM (s.score, s.coverage, s.clauses_assessed))
      INTO days, differ
      FROM lexalign.alignment_events('bench-decl', one) e(d)
      LEFT JOIN LATERAL lexalign.scores('bench-decl', ARRAY[one], e.d,
                                        (e.d + 1)::timestamptz - interval '1 microsecond') s ON true
      LEFT JOIN LATERAL (SELECT * FROM lexalign.alignment_timeline('bench-decl', one) x WHERE x.date <= e.d
                         ORDER BY x.date DESC LIMIT 1) t ON true;
    IF differ <> 0 OR days < 100 THEN
        RAISE EXCEPTION 'the timeline of % disagrees with alignment_scores on % of % event days', one, differ, days;
    END IF;
    RAISE NOTICE 'the timeline of % agrees with alignment_scores on all % event days', one, days;
END
$$;

\echo '   the answers (each timed run must return the same):'
SELECT :'ans_scores' AS "alignment_scores", :'ans_matrix' AS "alignment_matrix";
SELECT :'one' AS jurisdiction, :'ans_status' AS "clause_status";
SELECT :'ans_timeline' AS "alignment_timeline", :'ans_harmonisation' AS "harmonisation",
       :'ans_similarity' AS "jurisdiction_similarity";
SELECT status, count(*) AS "matrix cells", count(*) FILTER (WHERE derived) AS derived
FROM lexalign.alignment_matrix('bench-decl', current_setting('bench.as_of')::date, now())
GROUP BY status ORDER BY status;
SELECT min(score) AS "lowest score", percentile_disc(0.5) WITHIN GROUP (ORDER BY score) AS "median score",
       max(score) AS "highest score", min(coverage) AS "lowest coverage", max(coverage) AS "highest coverage"
FROM lexalign.alignment_scores('bench-decl', current_setting('bench.as_of')::date, now());

-- ---------------------------------------------------------------- timings

\echo '== timing the reports (each run also times SELECT count(*) FROM lexalign.assessment)'

SELECT bench.measure(10, 'alignment_scores', ARRAY['report', 'count'],
                     ARRAY[:'q_scores', :'q_count'], ARRAY[:'ans_scores', :'ans_count'])
\g /dev/null
SELECT bench.measure(20, 'alignment_matrix', ARRAY['report', 'count'],
                     ARRAY[:'q_matrix', :'q_count'], ARRAY[:'ans_matrix', :'ans_count'])
\g /dev/null
SELECT bench.measure(30, 'clause_status', ARRAY['report', 'count'],
                     ARRAY[:'q_status', :'q_count'], ARRAY[:'ans_status', :'ans_count'],
                     current_setting('bench.status_reps')::int)
\g /dev/null

SELECT bench.measure(40, 'alignment_timeline', ARRAY['report', 'count'],
                     ARRAY[:'q_timeline', :'q_count'], ARRAY[:'ans_timeline', :'ans_count'])
\g /dev/null
SELECT bench.measure(50, 'harmonisation', ARRAY['report', 'count'],
                     ARRAY[:'q_harmonisation', :'q_count'], ARRAY[:'ans_harmonisation', :'ans_count'])
\g /dev/null
SELECT bench.measure(60, 'jurisdiction_similarity', ARRAY['report', 'count'],
                     ARRAY[:'q_similarity', :'q_count'], ARRAY[:'ans_similarity', :'ans_count'])
\g /dev/null

INSERT INTO bench.report VALUES
    (10, 'alignment_scores, 200 jurisdictions', 10, NULL, NULL),
    (20, 'alignment_matrix, 200 x 100 (count(*) of it)', 20, 5.0, NULL),
    (30, format('clause_status, one jurisdiction (%s)', :'one'), 30, NULL, 20.0),
    (40, format('alignment_timeline, one jurisdiction (%s)', :'one'), 40, NULL, NULL),
    (50, 'harmonisation, 100 clauses', 50, NULL, NULL),
    (60, 'jurisdiction_similarity, 19,900 pairs', 60, NULL, NULL);

-- ---------------------------------------------------------------- results

\echo
\echo '== every run, ms (odd runs: report first; even: count(*) first)'
SELECT op AS operation, side, string_agg(round(ms::numeric, 1)::text, '  ' ORDER BY rep) AS runs
FROM bench.timings
GROUP BY op_no, op, side
ORDER BY op_no, side = 'report' DESC;

\echo '== reports results: median of 3 runs (clause_status: of 11); ratio = report / count(*) of the assessments'
WITH medians AS (
    SELECT op_no, side, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS ms
    FROM bench.timings GROUP BY op_no, side
)
SELECT p.label AS operation,
       round(r.ms::numeric, 1) AS ms,
       round(c.ms::numeric, 1) AS "count(*) ms",
       round((r.ms / c.ms)::numeric, 2) AS ratio,
       CASE WHEN p.max_ratio IS NOT NULL THEN '<= ' || p.max_ratio || 'x'
            WHEN p.max_ms IS NOT NULL THEN '< ' || p.max_ms || ' ms'
            ELSE '-' END AS target,
       CASE WHEN p.max_ratio IS NOT NULL THEN CASE WHEN r.ms / c.ms <= p.max_ratio THEN 'meets' ELSE 'misses' END
            WHEN p.max_ms IS NOT NULL THEN CASE WHEN r.ms < p.max_ms THEN 'meets' ELSE 'misses' END
            ELSE '-' END AS verdict
FROM bench.report AS p
JOIN medians AS r ON r.op_no = p.op_no AND r.side = 'report'
JOIN medians AS c ON c.op_no = p.op_no AND c.side = 'count'
ORDER BY p.ord;

SELECT round(extract(epoch FROM clock_timestamp() - at)) AS s FROM bench.started \gset
\echo '   reports benchmark SQL ran for' :s 's'
