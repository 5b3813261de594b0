-- clause_path against contrib ltree, on the same 1,000,000 generated paths.
--
-- Run by test/bench/run.sh (make bench) inside a throwaway cluster.  Prints one
-- results table: operation, median milliseconds of each side, the ratio
-- clause_path / ltree, the target ratio and whether it is met.
--
-- Method, in short:
--   * one generated table of eIds is the source of both sides: the ltree text is
--     the same labels joined by "." instead of "__", so both types hold exactly
--     the same positions, row for row;
--   * every measurement is timed with clock_timestamp() inside the server (no
--     client round trips, no result transfer), run three times with the order
--     of the two sides alternating, and the median is reported;
--   * the plans are checked, not assumed: a sort must really sort in memory, a
--     subtree query must really use its index, and the two sides' answers are
--     compared with each other and with an index-free count.

\set ON_ERROR_STOP 1
\pset footer off

-- Setting-up chatter ("table does not exist, skipping") is not results.
SET client_min_messages = warning;

CREATE EXTENSION lexalign;
CREATE EXTENSION ltree;
CREATE SCHEMA bench;
-- The extension's operators (<@ among them) live in its schema, lexalign;
-- put it on the path, as an application using the type would.  ltree went to
-- public.
SET search_path = public, lexalign;

-- Everything runs in this one backend.  Parallel workers would make the
-- timings depend on how many of the two cores happen to be free, and they
-- would make the order of random() calls, hence the data, unrepeatable.
SET max_parallel_workers_per_gather = 0;
SET max_parallel_maintenance_workers = 0;
-- No JIT: the 1M-row queries are costly enough to trigger it, its compile
-- time is not a property of either type, and it would be lopsided anyway:
-- ltree's functions ship as bitcode that JIT can inline, lexalign's do not
-- (the Makefile builds without bitcode).
SET jit = off;
-- Sorts (ORDER BY and CREATE INDEX) stay in memory: we compare comparison and
-- parsing code, not temporary-file I/O.
SET work_mem = '1GB';
SET maintenance_work_mem = '1GB';

-- Knobs of the run, readable inside the plpgsql below (psql variables are
-- not expanded inside dollar quotes).
SET bench.rows = 1000000;
SET bench.subtrees = 2000;
SET bench.reps = 3;

CREATE TABLE bench.started AS SELECT clock_timestamp() AS at;

\echo '== generating 1,000,000 paths'

-- The data.  A corpus of many acts: the same position (art_3__para_1) occurs
-- in many of them, so values repeat, as in a table of clauses of many texts.
--   articles 1..400, lower numbers more frequent (every act has an article 1,
--     few have an article 390), and about 4% with an inserted-article suffix
--     (3a, 3b, 3bis, 3ter);
--   paragraphs 1..12, subparagraphs a..h, points i..x, each skewed to the
--     first ones;
--   depth 1 to 4: 8% articles, 22% paragraphs, 30% subparagraphs, 40% points.
-- The random() calls sit below an OFFSET 0 barrier so each is evaluated once
-- per row (a pulled-up subquery could repeat them), and setseed() plus the
-- single-process plan make every run generate the same million rows.
SELECT setseed(0.1977) \g /dev/null
CREATE UNLOGGED TABLE bench.src AS
SELECT id, eid, replace(eid, '__', '.') AS ltxt
FROM (
    SELECT id,
           concat_ws('__',
               'art_' || (1 + floor(400 * power(r_art, 1.5)))::int
                      || CASE WHEN r_suf < 0.015 THEN 'a'
                              WHEN r_suf < 0.025 THEN 'b'
                              WHEN r_suf < 0.035 THEN 'bis'
                              WHEN r_suf < 0.040 THEN 'ter'
                              ELSE '' END,
               CASE WHEN depth >= 2
                    THEN 'para_' || (1 + floor(12 * power(r_para, 1.5)))::int END,
               CASE WHEN depth >= 3
                    THEN 'subpara_' || chr(97 + floor(8 * power(r_sub, 1.3))::int) END,
               CASE WHEN depth >= 4
                    THEN 'point_' || (ARRAY['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii',
                                            'viii', 'ix', 'x'])[1 + floor(10 * power(r_pt, 1.3))::int] END
           ) AS eid
    FROM (
        SELECT id, r_art, r_suf, r_para, r_sub, r_pt,
               CASE WHEN r_depth < 0.08 THEN 1
                    WHEN r_depth < 0.30 THEN 2
                    WHEN r_depth < 0.60 THEN 3
                    ELSE 4 END AS depth
        FROM (
            SELECT g AS id, random() AS r_depth, random() AS r_art, random() AS r_suf,
                   random() AS r_para, random() AS r_sub, random() AS r_pt
            FROM generate_series(1, current_setting('bench.rows')::int) AS g
            OFFSET 0
        ) AS draws
    ) AS shaped
) AS paths;

-- One table per type, each holding an id and the path, in the same (random
-- with respect to the paths) row order.  Separate tables so that each type's
-- index build, sort and subtree scan read only its own rows, and the sizes
-- reported are each type's own.  UNLOGGED: an index build on a logged table
-- also writes the whole index to the WAL, which measures the disk.
CREATE UNLOGGED TABLE bench.cp (id int NOT NULL, p lexalign.clause_path NOT NULL);
CREATE UNLOGGED TABLE bench.lt (id int NOT NULL, l ltree NOT NULL);
INSERT INTO bench.cp SELECT id, eid::lexalign.clause_path FROM bench.src ORDER BY id;
INSERT INTO bench.lt SELECT id, ltxt::ltree FROM bench.src ORDER BY id;
-- Operation 1 reads the strings from two tables of the same shape (id, text),
-- not from two columns of one: a later column costs more to reach in a heap
-- tuple, which would tilt the comparison.
CREATE UNLOGGED TABLE bench.eid_text AS SELECT id, eid AS s FROM bench.src ORDER BY id;
CREATE UNLOGGED TABLE bench.ltree_text AS SELECT id, ltxt AS s FROM bench.src ORDER BY id;
-- Hint bits, visibility map and statistics, so that no measurement pays for
-- the first visit of a freshly written page.
VACUUM (ANALYZE) bench.src;
VACUUM (ANALYZE) bench.eid_text;
VACUUM (ANALYZE) bench.ltree_text;
VACUUM (ANALYZE) bench.cp;
VACUUM (ANALYZE) bench.lt;

-- Both types must print back exactly the text they were given, or operation 1
-- would not compare like with like (and one of them would be wrong).
DO $$
DECLARE
    bad_cp bigint;
    bad_lt bigint;
BEGIN
    SELECT count(*) FILTER (WHERE eid::lexalign.clause_path::text <> eid),
           count(*) FILTER (WHERE ltxt::ltree::text <> ltxt)
      INTO bad_cp, bad_lt
      FROM bench.src;
    IF bad_cp <> 0 OR bad_lt <> 0 THEN
        RAISE EXCEPTION 'round trip differs: % clause_path rows, % ltree rows', bad_cp, bad_lt;
    END IF;
END
$$;

\echo '   distinct values, and rows per depth:'
SELECT count(DISTINCT eid) AS "distinct paths",
       count(*) FILTER (WHERE cardinality(string_to_array(eid, '__')) = 1) AS "depth 1",
       count(*) FILTER (WHERE cardinality(string_to_array(eid, '__')) = 2) AS "depth 2",
       count(*) FILTER (WHERE cardinality(string_to_array(eid, '__')) = 3) AS "depth 3",
       count(*) FILTER (WHERE cardinality(string_to_array(eid, '__')) = 4) AS "depth 4",
       min(eid) FILTER (WHERE id = 1) AS "first row, clause_path text",
       min(ltxt) FILTER (WHERE id = 1) AS "first row, ltree text"
FROM bench.src;

-- ---------------------------------------------------------------- machinery

CREATE TABLE bench.timings (
    op_no  int,
    op     text,
    target text,                    -- e.g. '<= 1.5'; NULL: no target
    side   text,
    rep    int,
    ms     float8
);

-- Time one statement.  The statement's answer is checked against expect when
-- one is given, so a run that returns the wrong thing fails instead of
-- reporting a time.
CREATE FUNCTION bench.time_once(q text, expect text) RETURNS float8
LANGUAGE plpgsql AS $$
DECLARE
    t0  timestamptz;
    t1  timestamptz;
    got text;
BEGIN
    IF expect IS NULL THEN
        t0 := clock_timestamp();
        EXECUTE q;
        t1 := clock_timestamp();
    ELSE
        t0 := clock_timestamp();
        EXECUTE q INTO got;
        t1 := clock_timestamp();
        IF got IS DISTINCT FROM expect THEN
            RAISE EXCEPTION 'benchmark statement returned %, expected %: %', got, expect, q;
        END IF;
    END IF;
    RETURN 1000 * extract(epoch FROM t1 - t0);
END
$$;

-- Measure both sides reps times.  Odd repetitions run clause_path first, even
-- ones ltree first, so neither side always inherits the other's cache state or
-- CPU frequency.  reset_* runs untimed before every run (dropping the index a
-- build measurement just made); warm_up runs each side once untimed first.
CREATE FUNCTION bench.measure(op_no int, op text, target text,
                              cp_q text, lt_q text, cp_expect text, lt_expect text,
                              cp_reset text DEFAULT NULL, lt_reset text DEFAULT NULL,
                              warm_up bool DEFAULT true) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    reps  int := current_setting('bench.reps')::int;
    side  text;
    order_of_sides text[];
BEGIN
    IF warm_up THEN
        PERFORM bench.time_once(cp_q, cp_expect);
        PERFORM bench.time_once(lt_q, lt_expect);
    END IF;
    FOR rep IN 1 .. reps LOOP
        order_of_sides := CASE WHEN rep % 2 = 1 THEN ARRAY['clause_path', 'ltree']
                               ELSE ARRAY['ltree', 'clause_path'] END;
        FOREACH side IN ARRAY order_of_sides LOOP
            IF side = 'clause_path' THEN
                IF cp_reset IS NOT NULL THEN EXECUTE cp_reset; END IF;
                INSERT INTO bench.timings
                    VALUES (op_no, op, target, side, rep, bench.time_once(cp_q, cp_expect));
            ELSE
                IF lt_reset IS NOT NULL THEN EXECUTE lt_reset; END IF;
                INSERT INTO bench.timings
                    VALUES (op_no, op, target, side, rep, bench.time_once(lt_q, lt_expect));
            END IF;
        END LOOP;
    END LOOP;
END
$$;

-- The plan of a statement, one line a row, for printing and for checking.
CREATE FUNCTION bench.plan(q text, with_analyze bool DEFAULT false) RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
    line text;
BEGIN
    FOR line IN EXECUTE
        CASE WHEN with_analyze THEN 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) '
             ELSE 'EXPLAIN (COSTS OFF) ' END || q
    LOOP
        RETURN NEXT line;
    END LOOP;
END
$$;

CREATE FUNCTION bench.require_plan(q text, pattern text, with_analyze bool DEFAULT false) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    whole text;
BEGIN
    SELECT string_agg(l, E'\n') INTO whole FROM bench.plan(q, with_analyze) AS l;
    IF whole !~ pattern THEN
        RAISE EXCEPTION E'plan does not match "%" for %:\n%', pattern, q, whole;
    END IF;
END
$$;

-- ---------------------------------------------------------------- 1. text input + output

\echo '== 1. text input and output'

-- s::type::text calls the type's input function on each string and its output
-- function on the result (both casts are I/O conversions for both types).
-- count() of the result forces both calls per row: with a bare count(*) over
-- "SELECT s::type::text FROM ..." the planner flattens the subquery and drops
-- the unused conversion altogether (EXPLAIN VERBOSE shows a plain scan).  The
-- cost of reading the strings is inside both times; it is measured on its
-- own below, to read the ratio against.
SELECT bench.measure(1, 'text input + output', '<= 1.5',
    'SELECT count(s::lexalign.clause_path::text) FROM bench.eid_text',
    'SELECT count(s::ltree::text) FROM bench.ltree_text',
    current_setting('bench.rows'), current_setting('bench.rows'))
\g /dev/null
SELECT bench.measure(0, 'reading the source strings (no conversion)', NULL,
    'SELECT count(s) FROM bench.eid_text',
    'SELECT count(s) FROM bench.ltree_text',
    current_setting('bench.rows'), current_setting('bench.rows'))
\g /dev/null

-- ---------------------------------------------------------------- 3. ORDER BY

\echo '== 3. ORDER BY (full in-memory sort)'

-- No index exists yet, and index paths are disabled anyway, so the only way
-- to order the rows is a Sort node.  OFFSET 0 keeps the ordered subquery from
-- being flattened, so its ORDER BY cannot be dropped under the count(*).
-- clause_path sorts with its sortsupport (8-byte abbreviated keys, a memcmp
-- of the whole keys on a tie); ltree's btree opclass has no sortsupport, so
-- every comparison is an fmgr call of ltree_cmp.
SET enable_indexscan = off;
SET enable_indexonlyscan = off;
SET enable_bitmapscan = off;

-- Proof that both really sort, in memory (quicksort, not an external merge):
SELECT bench.require_plan(
    'SELECT count(*) FROM (SELECT p FROM bench.cp ORDER BY p OFFSET 0) s',
    'Sort Method: quicksort', true) \g /dev/null
SELECT bench.require_plan(
    'SELECT count(*) FROM (SELECT l FROM bench.lt ORDER BY l OFFSET 0) s',
    'Sort Method: quicksort', true) \g /dev/null

SELECT bench.measure(3, 'ORDER BY (sort 1M values)', '<= 1.0',
    'SELECT count(*) FROM (SELECT p FROM bench.cp ORDER BY p OFFSET 0) s',
    'SELECT count(*) FROM (SELECT l FROM bench.lt ORDER BY l OFFSET 0) s',
    current_setting('bench.rows'), current_setting('bench.rows'))
\g /dev/null

\echo '   sort plans (EXPLAIN ANALYZE, one untimed run each):'
SELECT l AS "clause_path sort" FROM bench.plan(
    'SELECT count(*) FROM (SELECT p FROM bench.cp ORDER BY p OFFSET 0) s', true) AS l;
SELECT l AS "ltree sort" FROM bench.plan(
    'SELECT count(*) FROM (SELECT l FROM bench.lt ORDER BY l OFFSET 0) s', true) AS l;

RESET enable_indexscan;
RESET enable_indexonlyscan;
RESET enable_bitmapscan;

-- ---------------------------------------------------------------- 2. btree index build

\echo '== 2. btree index build'

-- A plain btree on each column, one process, sorting in memory.  The index of
-- a run is dropped (untimed) before the next run of the same side; the one of
-- the last run stays for the size report.  The untimed warm-up build of each
-- side takes the first touch of the 1GB of sort memory, which would otherwise
-- land on whichever side goes first.  Note that the two builds do not do the
-- same work past the sort: clause_path's opclass declares btequalimage, so its
-- btree deduplicates repeated values; ltree's does not.
SELECT bench.measure(2, 'btree index build', NULL,
    'CREATE INDEX cp_btree ON bench.cp (p)',
    'CREATE INDEX lt_btree ON bench.lt (l)',
    NULL, NULL,
    'DROP INDEX IF EXISTS bench.cp_btree',
    'DROP INDEX IF EXISTS bench.lt_btree')
\g /dev/null

-- ltree answers <@ from a GiST index (its btree opclass has no <@).  Built
-- once, with the default signature length; its time is printed for
-- information and is a single run, not a median.
CREATE TABLE bench.gist_build AS
SELECT bench.time_once('CREATE INDEX lt_gist ON bench.lt USING gist (l)', NULL) AS ms;
VACUUM (ANALYZE) bench.cp;
VACUUM (ANALYZE) bench.lt;

-- ---------------------------------------------------------------- 4. subtree queries

\echo '== 4. subtree queries'

-- The subtrees: rows of the data taken in random order, each cut to its
-- article (40%) or its paragraph (60%), the first 2,000 distinct cuts kept.
-- Drawing from rows makes a subtree likelier the more rows it has, so the
-- batch leans to big subtrees, but sizes still range from one row to many
-- thousands (the table printed below gives them).
SELECT setseed(0.3141) \g /dev/null
CREATE TABLE bench.roots AS
SELECT row_number() OVER (ORDER BY first_draw)::int AS n,
       root AS cp_text,
       replace(root, '__', '.') AS lt_text,
       root::lexalign.clause_path AS cp_root,
       replace(root, '__', '.')::ltree AS lt_root,
       cardinality(string_to_array(root, '__')) AS level
FROM (
    SELECT root, min(draw) AS first_draw
    FROM (
        SELECT array_to_string((string_to_array(eid, '__'))[1:cut], '__') AS root, draw
        FROM (
            SELECT eid,
                   CASE WHEN random() < 0.4 THEN 1 ELSE 2 END AS cut,
                   random() AS draw
            FROM bench.src
            OFFSET 0
        ) AS drawn
    ) AS cuts
    GROUP BY root
) AS firsts
ORDER BY first_draw
LIMIT current_setting('bench.subtrees')::int;

-- The right answer, found without either type or any index: the rows whose
-- first one or two components, as text, are the subtree's root.
CREATE TABLE bench.truth AS
SELECT r.n, count(*) AS rows, sum(x.id) AS id_sum
FROM (
    SELECT s.id, array_to_string(s.parts[1:k], '__') AS prefix
    FROM (SELECT id, string_to_array(eid, '__') AS parts FROM bench.src) AS s,
         generate_series(1, 2) AS k
    WHERE k <= cardinality(s.parts)
) AS x
JOIN bench.roots AS r ON r.cp_text = x.prefix
GROUP BY r.n;

-- Each side scans only its index: no sequential scan, and no bitmap scan
-- (which GiST would also allow) so that both sides run the same kind of plan,
-- a plain index scan.  The queries of the batch are planned once, as a
-- prepared statement or a plpgsql query is, and executed for every subtree:
-- this measures the index scans, not the planner.  The sum of ids makes both
-- sides visit the heap (a count alone could be an index-only scan for the
-- btree and not for GiST, comparing two different things), and lets the
-- answer be checked row for row, not just counted.
SET enable_seqscan = off;
SET enable_bitmapscan = off;
SET plan_cache_mode = force_generic_plan;

CREATE FUNCTION bench.subtrees_cp() RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    r     record;
    c     bigint;
    s     bigint;
    total bigint := 0;
    check_sum bigint := 0;
BEGIN
    FOR r IN SELECT n, cp_root FROM bench.roots ORDER BY n LOOP
        SELECT count(*), coalesce(sum(id), 0) INTO c, s FROM bench.cp WHERE p <@ r.cp_root;
        total := total + c;
        check_sum := check_sum + r.n * s;
    END LOOP;
    RETURN total || ' rows, checksum ' || check_sum;
END
$$;

CREATE FUNCTION bench.subtrees_lt() RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    r     record;
    c     bigint;
    s     bigint;
    total bigint := 0;
    check_sum bigint := 0;
BEGIN
    FOR r IN SELECT n, lt_root FROM bench.roots ORDER BY n LOOP
        SELECT count(*), coalesce(sum(id), 0) INTO c, s FROM bench.lt WHERE l <@ r.lt_root;
        total := total + c;
        check_sum := check_sum + r.n * s;
    END LOOP;
    RETURN total || ' rows, checksum ' || check_sum;
END
$$;

-- The same queries, prepared, to show and check their (generic) plans.
PREPARE cp_subtree(lexalign.clause_path) AS
    SELECT count(*), coalesce(sum(id), 0) FROM bench.cp WHERE p <@ $1;
PREPARE lt_subtree(ltree) AS
    SELECT count(*), coalesce(sum(id), 0) FROM bench.lt WHERE l <@ $1;
SELECT cp_text AS first_cp, lt_text AS first_lt FROM bench.roots WHERE n = 1 \gset
SELECT bench.require_plan(format('EXECUTE cp_subtree(%L)', :'first_cp'),
                          'Index Scan using cp_btree') \g /dev/null
SELECT bench.require_plan(format('EXECUTE lt_subtree(%L)', :'first_lt'),
                          'Index Scan using lt_gist') \g /dev/null

-- Every subtree, both sides, against the index-free answer; untimed, and it
-- warms both indexes.  Any difference stops the benchmark.
DO $$
DECLARE
    wrong record;
    n_wrong bigint;
BEGIN
    CREATE TEMP TABLE subtree_check AS
    SELECT r.n, r.cp_text, t.rows AS truth_rows, t.id_sum AS truth_sum,
           c.rows AS cp_rows, c.id_sum AS cp_sum, l.rows AS lt_rows, l.id_sum AS lt_sum
    FROM bench.roots AS r
    JOIN bench.truth AS t USING (n)
    CROSS JOIN LATERAL (SELECT count(*) AS rows, sum(id) AS id_sum
                        FROM bench.cp WHERE p <@ r.cp_root) AS c
    CROSS JOIN LATERAL (SELECT count(*) AS rows, sum(id) AS id_sum
                        FROM bench.lt WHERE l <@ r.lt_root) AS l;
    SELECT count(*) INTO n_wrong FROM subtree_check
    WHERE (cp_rows, cp_sum) IS DISTINCT FROM (truth_rows, truth_sum)
       OR (lt_rows, lt_sum) IS DISTINCT FROM (truth_rows, truth_sum);
    IF (SELECT count(*) FROM subtree_check) <> (SELECT count(*) FROM bench.roots) THEN
        RAISE EXCEPTION 'subtree check lost roots';
    END IF;
    IF n_wrong > 0 THEN
        SELECT * INTO wrong FROM subtree_check
        WHERE (cp_rows, cp_sum) IS DISTINCT FROM (truth_rows, truth_sum)
           OR (lt_rows, lt_sum) IS DISTINCT FROM (truth_rows, truth_sum)
        ORDER BY n LIMIT 1;
        RAISE EXCEPTION 'subtree answers differ for % of the subtrees; first: % (index-free % rows, clause_path %, ltree %)',
            n_wrong, wrong.cp_text, wrong.truth_rows, wrong.cp_rows, wrong.lt_rows;
    END IF;
END
$$;

-- What the batch must return, on both sides: total rows and the checksum
-- sum over subtrees of (subtree number * sum of its ids).
SELECT sum(rows) || ' rows, checksum ' || sum(n * id_sum) AS expected
FROM bench.truth \gset

SELECT bench.measure(4, format('subtree queries (%s roots, p <@ root)',
                               current_setting('bench.subtrees')), '< 1.0',
    'SELECT bench.subtrees_cp()',
    'SELECT bench.subtrees_lt()',
    :'expected', :'expected',
    warm_up => false)
\g /dev/null

\echo '   the subtrees:'
SELECT CASE level WHEN 1 THEN 'article' ELSE 'paragraph' END AS "subtree root",
       count(*) AS subtrees,
       min(t.rows) AS "min rows",
       percentile_disc(0.5) WITHIN GROUP (ORDER BY t.rows) AS "median rows",
       max(t.rows) AS "max rows",
       sum(t.rows) AS "rows returned"
FROM bench.roots JOIN bench.truth AS t USING (n)
GROUP BY level ORDER BY level;
SELECT :'expected' AS "both sides returned, each run";

\echo '   one subtree query per side (the generic plan the batch runs):'
SELECT l AS "clause_path: EXPLAIN (COSTS OFF)"
FROM bench.plan(format('EXECUTE cp_subtree(%L)', :'first_cp')) AS l;
SELECT l AS "ltree: EXPLAIN (COSTS OFF)"
FROM bench.plan(format('EXECUTE lt_subtree(%L)', :'first_lt')) AS l;

RESET enable_seqscan;
RESET enable_bitmapscan;
RESET plan_cache_mode;

-- ---------------------------------------------------------------- results

\echo
\echo '== sizes (information)'
SELECT 'avg value size, bytes (pg_column_size)' AS "what",
       (SELECT round(avg(pg_column_size(p)), 1) FROM bench.cp)::text AS clause_path,
       (SELECT round(avg(pg_column_size(l)), 1) FROM bench.lt)::text AS ltree
UNION ALL
SELECT 'avg eId text, bytes (for reference)',
       (SELECT round(avg(octet_length(eid)), 1) FROM bench.src)::text,
       (SELECT round(avg(octet_length(ltxt)), 1) FROM bench.src)::text
UNION ALL
SELECT 'table', pg_size_pretty(pg_relation_size('bench.cp')),
                pg_size_pretty(pg_relation_size('bench.lt'))
UNION ALL
SELECT 'btree index', pg_size_pretty(pg_relation_size('bench.cp_btree')),
                      pg_size_pretty(pg_relation_size('bench.lt_btree'))
UNION ALL
SELECT 'GiST index (ltree''s <@)', '-', pg_size_pretty(pg_relation_size('bench.lt_gist'))
UNION ALL
SELECT 'GiST build, ms (one run)', '-', round(ms)::text FROM bench.gist_build;

\echo '== every run, ms (odd runs: clause_path first; even: ltree first)'
SELECT op AS operation, side, string_agg(round(ms::numeric, 1)::text, '  ' ORDER BY rep) AS runs
FROM bench.timings
GROUP BY op_no, op, side
ORDER BY op_no, side;

\echo '== results: median of 3 runs; ratio = clause_path / ltree'
SELECT op AS operation,
       round(cp::numeric, 1) AS "clause_path ms",
       round(lt::numeric, 1) AS "ltree ms",
       round((cp / lt)::numeric, 2) AS ratio,
       coalesce(target, '-') AS target,
       CASE WHEN target IS NULL THEN '-'
            WHEN target LIKE '<=%' AND cp / lt <= substr(target, 3)::float8 THEN 'meets'
            WHEN target LIKE '<%' AND target NOT LIKE '<=%'
                 AND cp / lt < substr(target, 2)::float8 THEN 'meets'
            ELSE 'misses' END AS verdict
FROM (
    SELECT op_no, op, target,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE side = 'clause_path') AS cp,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE side = 'ltree') AS lt
    FROM bench.timings
    WHERE op_no > 0
    GROUP BY op_no, op, target
) AS medians
ORDER BY op_no;

SELECT round(cp::numeric, 1) AS base_cp, round(lt::numeric, 1) AS base_lt
FROM (
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE side = 'clause_path') AS cp,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE side = 'ltree') AS lt
    FROM bench.timings WHERE op_no = 0
) AS b \gset
\echo '   (operation 1 includes reading the 1M strings, which alone takes' :base_cp 'ms for the eIds and' :base_lt 'ms for the ltree texts)'

SELECT round(extract(epoch FROM clock_timestamp() - at)) AS s FROM bench.started \gset
\echo '   benchmark SQL ran for' :s 's'
