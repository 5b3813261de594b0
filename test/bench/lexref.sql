-- lexref against text and contrib ltree, on the same 1,000,000 generated
-- references.
--
-- Run by test/bench/run.sh (make bench) inside a throwaway cluster, after the
-- clause_path benchmark.  Prints one results table: operation, the median of
-- each side (milliseconds, or bytes / megabytes for the sizes), the ratio
-- lexref / baseline, the target ratio and whether it is met.
--
-- Method, as in clause_path.sql:
--   * one generated table of canonical Akoma Ntoso URIs is the source of every
--     side: the text side stores the same strings, the ltree side a label path
--     of exactly the same length made from each of them;
--   * every measurement is timed with clock_timestamp() inside the server (no
--     client round trips, no result transfer), run three times with the order
--     of the sides alternating, and the median is reported;
--   * plans are checked, not assumed (a hash join really is one, in one batch;
--     a containment query really uses its index), and the sides' answers are
--     compared with each other and with an answer found without either type.

\set ON_ERROR_STOP 1
\pset footer off

SET client_min_messages = warning;

CREATE EXTENSION lexalign;
CREATE EXTENSION ltree;
CREATE SCHEMA bench;
SET search_path = public, lexalign;

-- One backend, no JIT, sorts and hash tables in memory: see clause_path.sql.
SET max_parallel_workers_per_gather = 0;
SET max_parallel_maintenance_workers = 0;
SET jit = off;
-- The hash tables of operation 3 (1M rows a side) fit in 256MB (times the
-- default hash_mem_multiplier of 2), which is checked: one batch.
SET work_mem = '256MB';
SET maintenance_work_mem = '1GB';

-- Knobs, readable inside the plpgsql below.
SET bench.rows = 1000000;           -- references per table
SET bench.extra = 100000;           -- references only in the second join table
SET bench.works = 200000;           -- acts the references are drawn from
SET bench.roots = 5000;             -- acts asked for in the containment batch
SET bench.reps = 3;

CREATE TABLE bench.started AS SELECT clock_timestamp() AS at;

\echo '== generating 1,000,000 references (and 100,000 more for the join)'

-- The acts.  About 30 jurisdictions, the first ones much more frequent, one in
-- ten with a locality; three acts in four, one bill in four; about half with
-- a subtype, some of those with an actor too; dates in the three shapes (10%
-- a year, 10% a month, 80% a day, all real calendar days); numbers plain
-- ('456'), with a suffix ('3-fz'), with a prefix ('cap-12'), with the year
-- ('2019-45') or none ('nn').  No work contains "_" or "%", so that a work is
-- also a LIKE prefix as it stands (operation 5).
SELECT setseed(0.2024) \g /dev/null
CREATE UNLOGGED TABLE bench.works AS
SELECT w,
       concat('/akn/', country, locality, '/', doctype, subtype, actor, '/', wdate, '/', number) AS work
FROM (
    SELECT w,
           (ARRAY['ru', 'us', 'gb', 'de', 'fr', 'it', 'es', 'za', 'ke', 'ng',
                  'br', 'ar', 'mx', 'ca', 'au', 'nz', 'in', 'jp', 'kr', 'ch',
                  'at', 'be', 'nl', 'se', 'no', 'pl', 'ua', 'kz', 'eu', 'un'])
               [1 + floor(30 * power(r_cc, 1.6))::int] AS country,
           CASE WHEN r_loc < 0.10
                THEN '-' || (ARRAY['jhb', 'cpt', 'ca', 'ny', 'by', 'msk', 'qc', 'mh', 'nsw', 'zh'])
                                [1 + floor(10 * r_loc2)::int]
                ELSE '' END AS locality,
           CASE WHEN r_type < 0.75 THEN 'act' ELSE 'bill' END AS doctype,
           CASE WHEN r_sub < 0.50
                THEN '/' || (ARRAY['federal-law', 'law', 'decree', 'regulation', 'code',
                                   'constitution', 'order', 'by-law'])[1 + floor(8 * r_sub2)::int]
                ELSE '' END AS subtype,
           CASE WHEN r_sub < 0.50 AND r_actor < 0.12
                THEN '/' || (ARRAY['president', 'government', 'minister', 'parliament'])
                                [1 + floor(4 * r_actor2)::int]
                ELSE '' END AS actor,
           CASE WHEN r_dshape < 0.10 THEN to_char(d, 'YYYY')
                WHEN r_dshape < 0.20 THEN to_char(d, 'YYYY-MM')
                ELSE to_char(d, 'YYYY-MM-DD') END AS wdate,
           CASE WHEN r_num < 0.40 THEN n::text
                WHEN r_num < 0.70 THEN n || '-' || (ARRAY['fz', 'fkz', 'ks', 'p'])[1 + floor(4 * r_num2)::int]
                WHEN r_num < 0.85 THEN 'cap-' || n
                WHEN r_num < 0.97 THEN to_char(d, 'YYYY') || '-' || n
                ELSE 'nn' END AS number
    FROM (
        SELECT w, random() AS r_cc, random() AS r_loc, random() AS r_loc2, random() AS r_type,
               random() AS r_sub, random() AS r_sub2, random() AS r_actor, random() AS r_actor2,
               random() AS r_dshape, random() AS r_num, random() AS r_num2,
               date '1950-01-01' + floor(27000 * random())::int AS d,
               (1 + floor(2000 * power(random(), 2)))::int AS n
        FROM generate_series(1, current_setting('bench.works')::int) AS w
        OFFSET 0
    ) AS draws
) AS shaped;

-- The references: an act (popular acts cited more often), then
--   about half with an expression: a language (eng, rus, fra, ... skewed) and
--     a version: 55% "@date", 20% none (current), 10% "@" (original),
--     10% ":date" (in force), 2% "@first" (a label), 3% ":" (any);
--   about a third with a portion: art_12, art_12__para_3, ... down to points,
--     6% of them a range art_3->art_5;
--   8% with the component !main, 2% !annex1;
--   3% with a format (.xml, .pdf, .html).
-- Rows 1..1M make the main tables; rows 100,001..1,100,000 the second table
-- of the join, so the two overlap by 90%.
SELECT setseed(0.1998) \g /dev/null
CREATE UNLOGGED TABLE bench.src AS
SELECT id, work, s,
       -- the ltree string: see below
       'x' || translate(substr(s, 2), '/-@:!~>.', '._______') AS ltxt
FROM (
SELECT id, work,
       work || expr
            || CASE WHEN comp <> '' OR portion <> '' THEN '/' || comp || portion ELSE '' END
            || fmt AS s
FROM (
    SELECT id, work,
           CASE WHEN r_expr < 0.5
                THEN '/' || (ARRAY['eng', 'rus', 'fra', 'deu', 'spa', 'ita', 'por', 'nld', 'pol', 'ukr'])
                                [1 + floor(10 * power(r_lang, 1.5))::int]
                         || CASE WHEN r_ver < 0.55 THEN '@' || to_char(vd, 'YYYY-MM-DD')
                                 WHEN r_ver < 0.75 THEN ''
                                 WHEN r_ver < 0.85 THEN '@'
                                 WHEN r_ver < 0.95 THEN ':' || to_char(vd, 'YYYY-MM-DD')
                                 WHEN r_ver < 0.97 THEN '@first'
                                 ELSE ':' END
                ELSE '' END AS expr,
           CASE WHEN r_comp < 0.08 THEN '!main' WHEN r_comp < 0.10 THEN '!annex1' ELSE '' END AS comp,
           CASE WHEN r_por >= 0.34 THEN ''
                WHEN r_range < 0.06
                THEN '~art_' || art || '->art_' || (art + 1 + floor(5 * r_para)::int)
                ELSE '~' || concat_ws('__',
                        'art_' || art,
                        CASE WHEN r_depth >= 0.35 THEN 'para_' || (1 + floor(12 * power(r_para, 1.5)))::int END,
                        CASE WHEN r_depth >= 0.70 THEN 'subpara_' || chr(97 + floor(8 * power(r_sub, 1.3))::int) END,
                        CASE WHEN r_depth >= 0.90
                             THEN 'point_' || (ARRAY['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'])
                                                  [1 + floor(10 * power(r_pt, 1.3))::int] END)
                END AS portion,
           CASE WHEN r_fmt < 0.03 THEN '.' || (ARRAY['xml', 'pdf', 'html'])[1 + floor(3 * r_fmt2)::int]
                ELSE '' END AS fmt
    FROM (
        SELECT g AS id,
               1 + floor(current_setting('bench.works')::int * power(random(), 1.5))::int AS w,
               random() AS r_expr, random() AS r_lang, random() AS r_ver,
               date '1990-01-01' + floor(12000 * random())::int AS vd,
               random() AS r_comp, random() AS r_por, random() AS r_range, random() AS r_depth,
               (1 + floor(300 * power(random(), 1.5)))::int AS art,
               random() AS r_para, random() AS r_sub, random() AS r_pt,
               random() AS r_fmt, random() AS r_fmt2
        FROM generate_series(1, current_setting('bench.rows')::int
                                + current_setting('bench.extra')::int) AS g
        OFFSET 0
    ) AS draws
    JOIN bench.works USING (w)
) AS refs
) AS strings;

-- The ltree side (column ltxt above): the same string, every "/" a label separator, every other
-- character no ltree label may hold ("-", "@", ":", "!", "~", ">", ".") an
-- underscore, and the leading "/" an "x": a valid label path of exactly the
-- same length, with about as many labels as the reference has segments.

-- The tables, each (id, value) in id order, the second join tables shuffled.
--   tx, lr:     the 1M references as text and as lexref (operations 2 to 5;
--               tx is also the source of operation 1, both for lexref and text)
--   lt_text:    the 1M ltree strings (the source of operation 1 for ltree)
--   lt:         the same as ltree (its output in operation 1b)
--   tx_b, lr_b: the second join side, as text and as lexref
CREATE UNLOGGED TABLE bench.tx (id int NOT NULL, s text NOT NULL);
CREATE UNLOGGED TABLE bench.lr (id int NOT NULL, r lexalign.lexref NOT NULL);
CREATE UNLOGGED TABLE bench.lt_text (id int NOT NULL, s text NOT NULL);
CREATE UNLOGGED TABLE bench.lt (id int NOT NULL, l ltree NOT NULL);
CREATE UNLOGGED TABLE bench.tx_b (id int NOT NULL, s text NOT NULL);
CREATE UNLOGGED TABLE bench.lr_b (id int NOT NULL, r lexalign.lexref NOT NULL);
INSERT INTO bench.tx SELECT id, s FROM bench.src WHERE id <= current_setting('bench.rows')::int ORDER BY id;
INSERT INTO bench.lr SELECT id, s::lexalign.lexref FROM bench.src WHERE id <= current_setting('bench.rows')::int ORDER BY id;
INSERT INTO bench.lt_text SELECT id, ltxt FROM bench.src WHERE id <= current_setting('bench.rows')::int ORDER BY id;
INSERT INTO bench.lt SELECT id, ltxt::ltree FROM bench.src WHERE id <= current_setting('bench.rows')::int ORDER BY id;
INSERT INTO bench.tx_b SELECT id, s FROM bench.src WHERE id > current_setting('bench.extra')::int ORDER BY hashint4(id), id;
INSERT INTO bench.lr_b SELECT id, s::lexalign.lexref FROM bench.src WHERE id > current_setting('bench.extra')::int ORDER BY hashint4(id), id;
VACUUM (ANALYZE) bench.src;
VACUUM (ANALYZE) bench.tx;
VACUUM (ANALYZE) bench.lr;
VACUUM (ANALYZE) bench.lt_text;
VACUUM (ANALYZE) bench.lt;
VACUUM (ANALYZE) bench.tx_b;
VACUUM (ANALYZE) bench.lr_b;

-- Every reference must print back exactly as generated (the generator writes
-- canonical URIs), and so must every ltree string, or operation 1 would not
-- compare like with like; the two strings of a row must be equally long.
DO $$
DECLARE
    bad_lr bigint;
    bad_lt bigint;
    bad_len bigint;
    bad_work bigint;
BEGIN
    SELECT count(*) FILTER (WHERE s::lexalign.lexref::text <> s),
           count(*) FILTER (WHERE ltxt::ltree::text <> ltxt),
           count(*) FILTER (WHERE octet_length(s) <> octet_length(ltxt)),
           count(*) FILTER (WHERE work ~ '[_%]')
      INTO bad_lr, bad_lt, bad_len, bad_work
      FROM bench.src;
    IF bad_lr <> 0 OR bad_lt <> 0 OR bad_len <> 0 OR bad_work <> 0 THEN
        RAISE EXCEPTION 'generated data is off: % lexref round trips differ, % ltree round trips differ, % length mismatches, % works with _ or %%',
            bad_lr, bad_lt, bad_len, bad_work;
    END IF;
END
$$;

\echo '   the data (first 1M rows):'
SELECT count(*) AS "rows",
       count(DISTINCT s) AS "distinct refs",
       count(DISTINCT work) AS "distinct acts",
       round(avg(octet_length(s)), 1) AS "avg length",
       round(100.0 * count(*) FILTER (WHERE s ~ '^/akn/[a-z]{2}-') / count(*), 1) AS "% locality",
       round(100.0 * count(*) FILTER (WHERE s LIKE '/akn/%/bill/%') / count(*), 1) AS "% bill",
       round(100.0 * count(*) FILTER (WHERE s ~ '^/akn/[^/]+/[a-z]+/[a-z]') / count(*), 1) AS "% subtype",
       round(100.0 * count(*) FILTER (WHERE substr(s, octet_length(work) + 1) ~ '^/[a-z]{3}([@:/.]|$)')
             / count(*), 1) AS "% expression",
       round(100.0 * count(*) FILTER (WHERE s LIKE '%/!%') / count(*), 1) AS "% component",
       round(100.0 * count(*) FILTER (WHERE s LIKE '%~%') / count(*), 1) AS "% portion",
       round(100.0 * count(*) FILTER (WHERE s LIKE '%->%') / count(*), 1) AS "% range",
       round(100.0 * count(*) FILTER (WHERE s ~ '\.[a-z]+$') / count(*), 1) AS "% format"
FROM bench.src WHERE id <= current_setting('bench.rows')::int;
SELECT s AS "some references", ltxt AS "their ltree strings"
FROM bench.src WHERE id IN (1, 2, 3, 4, 5, 6) ORDER BY id;

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

-- Measure each side reps times: odd repetitions run the sides in the order
-- given, even ones in reverse, so no side always inherits another's cache
-- state.  resets[i] runs untimed before every run of side i; warm_up runs
-- each side once, untimed, first.
CREATE FUNCTION bench.measure(op_no int, op text, sides text[], queries text[], expects text[],
                              resets text[] DEFAULT NULL, warm_up bool DEFAULT true) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    reps  int := current_setting('bench.reps')::int;
    n     int := cardinality(sides);
    i     int;
BEGIN
    IF warm_up THEN
        FOR i IN 1 .. n LOOP
            IF resets IS NOT NULL AND resets[i] IS NOT NULL THEN EXECUTE resets[i]; END IF;
            PERFORM bench.time_once(queries[i], expects[i]);
        END LOOP;
    END IF;
    FOR rep IN 1 .. reps LOOP
        FOR k IN 1 .. n LOOP
            i := CASE WHEN rep % 2 = 1 THEN k ELSE n + 1 - k END;
            IF resets IS NOT NULL AND resets[i] IS NOT NULL THEN EXECUTE resets[i]; END IF;
            INSERT INTO bench.timings
                VALUES (op_no, op, sides[i], rep, bench.time_once(queries[i], expects[i]));
        END LOOP;
    END LOOP;
END
$$;

-- What the results table prints: lexref's median against one baseline's.
CREATE TABLE bench.report (
    ord      int,
    label    text,
    op_no    int,
    base     text,              -- the baseline side
    target   text               -- e.g. '<= 2.0'; NULL: no target
);
-- Sizes are not timed: their two values go straight into the results table.
CREATE TABLE bench.sizes (
    ord      int,
    label    text,
    lexref   float8,
    base     float8,
    target   text
);

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

SELECT sum(octet_length(s))::text AS total_len FROM bench.tx \gset
SELECT count(*)::text AS nrows FROM bench.tx \gset

-- ---------------------------------------------------------------- 1. text input + output

\echo '== 1. text input and output'

-- s::lexref::text calls lexref_in and lexref_out on every string (both casts
-- are I/O conversions), s::ltree::text ltree_in and ltree_out; the total
-- length of what comes out is the answer, the same on every side (the ltree
-- strings are as long as the references).  Two text baselines: textin and
-- textout called on each string (text's own I/O round trip, a copy each way),
-- and no conversion at all (s::text is a no-op on a text column: the cost of
-- reading the strings and summing their lengths, which every side pays too).
SELECT bench.measure(10, 'text input + output',
    ARRAY['lexref', 'ltree', 'text_io', 'text'],
    ARRAY['SELECT sum(octet_length(s::lexalign.lexref::text)) FROM bench.tx',
          'SELECT sum(octet_length(s::ltree::text)) FROM bench.lt_text',
          'SELECT sum(octet_length(textin(textout(s)))) FROM bench.tx',
          'SELECT sum(octet_length(s::text)) FROM bench.tx'],
    ARRAY[:'total_len', :'total_len', :'total_len', :'total_len'])
\g /dev/null

-- The two halves apart: input alone (count() of the value forces the input
-- function and nothing else), output alone (from the stored values).
SELECT bench.measure(11, 'text input only',
    ARRAY['lexref', 'ltree', 'text'],
    ARRAY['SELECT count(s::lexalign.lexref) FROM bench.tx',
          'SELECT count(s::ltree) FROM bench.lt_text',
          'SELECT count(s) FROM bench.tx'],
    ARRAY[:'nrows', :'nrows', :'nrows'])
\g /dev/null
SELECT bench.measure(12, 'text output only',
    ARRAY['lexref', 'ltree', 'text'],
    ARRAY['SELECT sum(octet_length(r::text)) FROM bench.lr',
          'SELECT sum(octet_length(l::text)) FROM bench.lt',
          'SELECT sum(octet_length(textout(s)::text)) FROM bench.tx'],
    ARRAY[:'total_len', :'total_len', :'total_len'])
\g /dev/null

INSERT INTO bench.report VALUES
    (10, 'text in + out (ms), vs ltree', 10, 'ltree', '<= 2.0'),
    (11, 'text in + out (ms), vs text textin(textout())', 10, 'text_io', NULL),
    (12, 'text in + out (ms), vs text read, no conversion', 10, 'text', NULL),
    (13, '  input only (ms), vs ltree', 11, 'ltree', NULL),
    (14, '  output only (ms), vs ltree', 12, 'ltree', NULL),
    (15, '  output only (ms), vs text textout()', 12, 'text', NULL);

-- ---------------------------------------------------------------- 2. size

\echo '== 2. size on disk'

-- The same 1M references in (id int, value) tables, fresh and vacuumed, before
-- any index.  pg_total_relation_size counts heap, TOAST (none here), free
-- space and visibility maps.
INSERT INTO bench.sizes
SELECT 20, 'table size (MB, pg_total_relation_size), vs text',
       pg_total_relation_size('bench.lr') / 1048576.0,
       pg_total_relation_size('bench.tx') / 1048576.0, '<= 1.0'
UNION ALL
SELECT 21, 'avg value size (bytes, pg_column_size), vs text',
       (SELECT avg(pg_column_size(r)) FROM bench.lr),
       (SELECT avg(pg_column_size(s)) FROM bench.tx), '<= 1.0'
UNION ALL
SELECT 22, 'avg value size (bytes), vs ltree',
       (SELECT avg(pg_column_size(r)) FROM bench.lr),
       (SELECT avg(pg_column_size(l)) FROM bench.lt), NULL;

-- ---------------------------------------------------------------- 3. hash join

\echo '== 3. hash join (1M x 1M rows)'

-- Two 1M-row tables, the second a shuffled table that shares 90% of its rows
-- with the first, joined on equality of the reference.  Only a hash join is
-- allowed, and it must fit in memory in one batch (checked).  The answer (the
-- number of matching pairs; values repeat, so it exceeds 900,000) is found
-- once on text and must be the same on lexref.
SET enable_mergejoin = off;
SET enable_nestloop = off;

SELECT bench.require_plan('SELECT count(*) FROM bench.lr a JOIN bench.lr_b b ON a.r = b.r',
                          'Hash Join', true) \g /dev/null
SELECT bench.require_plan('SELECT count(*) FROM bench.lr a JOIN bench.lr_b b ON a.r = b.r',
                          'Batches: 1 ', true) \g /dev/null
SELECT bench.require_plan('SELECT count(*) FROM bench.tx a JOIN bench.tx_b b ON a.s = b.s',
                          'Hash Join', true) \g /dev/null
SELECT bench.require_plan('SELECT count(*) FROM bench.tx a JOIN bench.tx_b b ON a.s = b.s',
                          'Batches: 1 ', true) \g /dev/null

SELECT count(*)::text AS join_rows FROM bench.tx a JOIN bench.tx_b b ON a.s = b.s \gset

SELECT bench.measure(30, 'hash join on equality',
    ARRAY['lexref', 'text'],
    ARRAY['SELECT count(*) FROM bench.lr a JOIN bench.lr_b b ON a.r = b.r',
          'SELECT count(*) FROM bench.tx a JOIN bench.tx_b b ON a.s = b.s'],
    ARRAY[:'join_rows', :'join_rows'])
\g /dev/null

\echo '   join plans (EXPLAIN ANALYZE, one untimed run each):'
SELECT l AS "lexref hash join" FROM bench.plan(
    'SELECT count(*) FROM bench.lr a JOIN bench.lr_b b ON a.r = b.r', true) AS l;
SELECT l AS "text hash join" FROM bench.plan(
    'SELECT count(*) FROM bench.tx a JOIN bench.tx_b b ON a.s = b.s', true) AS l;
SELECT :'join_rows' AS "matching pairs, both sides";

RESET enable_mergejoin;
RESET enable_nestloop;

INSERT INTO bench.report VALUES
    (30, 'hash join 1M x 1M (ms), vs text', 30, 'text', '<= 1.3');

-- ---------------------------------------------------------------- 4. btree index build

\echo '== 4. btree index build'

-- lexref's default btree class (sort support with abbreviated keys,
-- deduplication) against text with text_pattern_ops: byte order, abbreviated
-- keys, deduplication, and the class that serves LIKE 'prefix%' (operation 5).
-- The cluster's collation, C.UTF-8, is not "C" to PostgreSQL 15, so a default
-- text btree would compare with strcoll and without abbreviated keys: slower,
-- and not the index a prefix query needs.
SELECT bench.measure(40, 'btree index build',
    ARRAY['lexref', 'text'],
    ARRAY['CREATE INDEX lr_btree ON bench.lr (r)',
          'CREATE INDEX tx_btree ON bench.tx (s text_pattern_ops)'],
    ARRAY[NULL, NULL],
    ARRAY['DROP INDEX IF EXISTS bench.lr_btree',
          'DROP INDEX IF EXISTS bench.tx_btree'])
\g /dev/null
VACUUM (ANALYZE) bench.lr;
VACUUM (ANALYZE) bench.tx;

INSERT INTO bench.report VALUES
    (40, 'btree index build (ms), vs text_pattern_ops', 40, 'text', NULL);
INSERT INTO bench.sizes VALUES
    (41, 'btree index size (MB), vs text_pattern_ops',
     pg_relation_size('bench.lr_btree') / 1048576.0,
     pg_relation_size('bench.tx_btree') / 1048576.0, NULL);

-- ---------------------------------------------------------------- 5. containment

\echo '== 5. containment: everything under an act'

-- The acts asked for: rows of the data taken in random order, cut to their
-- act, the first 5,000 distinct ones kept (so popular acts are likelier, as
-- they would be in real queries).  On lexref the question is r <@ act, which
-- the btree serves as one range and rechecks; on text it is
--     s LIKE 'act%' AND (s = 'act' OR the next character is "/" or ".")
-- served by text_pattern_ops as one range (LIKE's prefix) and rechecked too
-- (the prefix alone would take in '/akn/ru/act/2019/45-fz' and
-- '/akn/ru/act/2019/456' under '/akn/ru/act/2019/45').
SELECT setseed(0.4142) \g /dev/null
CREATE TABLE bench.roots AS
SELECT row_number() OVER (ORDER BY first_draw)::int AS n,
       work AS w,
       work || '%' AS w_like,
       work::lexalign.lexref AS r_root
FROM (
    SELECT work, min(draw) AS first_draw
    FROM (SELECT work, random() AS draw FROM bench.src
          WHERE id <= current_setting('bench.rows')::int OFFSET 0) AS drawn
    GROUP BY work
) AS firsts
ORDER BY first_draw
LIMIT current_setting('bench.roots')::int;

-- The right answer, from the generator's own record of each row's act.
CREATE TABLE bench.truth AS
SELECT r.n, count(*) AS rows, sum(x.id) AS id_sum
FROM bench.src AS x JOIN bench.roots AS r ON r.w = x.work
WHERE x.id <= current_setting('bench.rows')::int
GROUP BY r.n;
SELECT sum(rows) || ' rows, checksum ' || sum(n * id_sum) AS expected
FROM bench.truth \gset

SET enable_seqscan = off;
SET enable_bitmapscan = off;

CREATE FUNCTION bench.under_lr() RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    root record; n_rows bigint; id_sum bigint; total bigint := 0; check_sum bigint := 0;
BEGIN
    FOR root IN SELECT n, r_root FROM bench.roots ORDER BY n LOOP
        SELECT count(*), coalesce(sum(id), 0) INTO n_rows, id_sum FROM bench.lr WHERE lr.r <@ root.r_root;
        total := total + n_rows;
        check_sum := check_sum + root.n * id_sum;
    END LOOP;
    RETURN total || ' rows, checksum ' || check_sum;
END
$$;

CREATE FUNCTION bench.under_tx_like() RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    root record; n_rows bigint; id_sum bigint; total bigint := 0; check_sum bigint := 0;
BEGIN
    FOR root IN SELECT n, w, w_like FROM bench.roots ORDER BY n LOOP
        SELECT count(*), coalesce(sum(id), 0) INTO n_rows, id_sum FROM bench.tx
        WHERE tx.s LIKE root.w_like
          AND (tx.s = root.w OR substr(tx.s, length(root.w) + 1, 1) IN ('/', '.'));
        total := total + n_rows;
        check_sum := check_sum + root.n * id_sum;
    END LOOP;
    RETURN total || ' rows, checksum ' || check_sum;
END
$$;

-- The same text query with the range LIKE turns into written out, so that a
-- generic plan (planned once, with parameters) can use the index as well:
-- everything under w sorts in [w, w || '0'), since "/" and "." sort below "0".
CREATE FUNCTION bench.under_tx_range() RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    root record; n_rows bigint; id_sum bigint; total bigint := 0; check_sum bigint := 0;
BEGIN
    FOR root IN SELECT n, w FROM bench.roots ORDER BY n LOOP
        SELECT count(*), coalesce(sum(id), 0) INTO n_rows, id_sum FROM bench.tx
        WHERE tx.s ~>=~ root.w AND tx.s ~<~ (root.w || '0')
          AND (tx.s = root.w OR substr(tx.s, length(root.w) + 1, 1) IN ('/', '.'));
        total := total + n_rows;
        check_sum := check_sum + root.n * id_sum;
    END LOOP;
    RETURN total || ' rows, checksum ' || check_sum;
END
$$;

PREPARE lr_under(lexalign.lexref) AS
    SELECT count(*), coalesce(sum(id), 0) FROM bench.lr WHERE r <@ $1;
PREPARE tx_under_like(text, text) AS
    SELECT count(*), coalesce(sum(id), 0) FROM bench.tx
    WHERE s LIKE $2 AND (s = $1 OR substr(s, length($1) + 1, 1) IN ('/', '.'));
PREPARE tx_under_range(text) AS
    SELECT count(*), coalesce(sum(id), 0) FROM bench.tx
    WHERE s ~>=~ $1 AND s ~<~ ($1 || '0') AND (s = $1 OR substr(s, length($1) + 1, 1) IN ('/', '.'));
SELECT w AS first_w, w_like AS first_w_like FROM bench.roots WHERE n = 1 \gset

-- (a) custom plans: every query planned with its act as a constant, as a
-- query written with a literal is; both sides pay the planner each time.
SET plan_cache_mode = force_custom_plan;
SELECT bench.require_plan(format('EXECUTE lr_under(%L)', :'first_w'),
                          'Index Scan using lr_btree') \g /dev/null
SELECT bench.require_plan(format('EXECUTE tx_under_like(%L, %L)', :'first_w', :'first_w_like'),
                          'Index Scan using tx_btree') \g /dev/null
\echo '   one query per side, custom plan:'
SELECT l AS "lexref: EXPLAIN (COSTS OFF)"
FROM bench.plan(format('EXECUTE lr_under(%L)', :'first_w')) AS l;
SELECT l AS "text LIKE: EXPLAIN (COSTS OFF)"
FROM bench.plan(format('EXECUTE tx_under_like(%L, %L)', :'first_w', :'first_w_like')) AS l;

SELECT bench.measure(50, 'containment, custom plans',
    ARRAY['lexref', 'text'],
    ARRAY['SELECT bench.under_lr()', 'SELECT bench.under_tx_like()'],
    ARRAY[:'expected', :'expected'])
\g /dev/null

-- (b) generic plans: planned once, executed for every act (a prepared
-- statement, a plpgsql query); text needs its range written out.
SET plan_cache_mode = force_generic_plan;
SELECT bench.require_plan(format('EXECUTE lr_under(%L)', :'first_w'),
                          'Index Scan using lr_btree') \g /dev/null
SELECT bench.require_plan(format('EXECUTE tx_under_range(%L)', :'first_w'),
                          'Index Scan using tx_btree') \g /dev/null
SELECT bench.measure(51, 'containment, generic plans',
    ARRAY['lexref', 'text'],
    ARRAY['SELECT bench.under_lr()', 'SELECT bench.under_tx_range()'],
    ARRAY[:'expected', :'expected'])
\g /dev/null

RESET plan_cache_mode;
RESET enable_seqscan;
RESET enable_bitmapscan;

\echo '   the acts asked for:'
SELECT count(*) AS acts, min(rows) AS "min rows", percentile_disc(0.5) WITHIN GROUP (ORDER BY rows) AS "median rows",
       max(rows) AS "max rows", sum(rows) AS "rows returned"
FROM bench.truth;
SELECT :'expected' AS "every side returned, each run";

INSERT INTO bench.report VALUES
    (50, format('r <@ act, %s acts, custom plans (ms), vs text LIKE ''act%%''',
                current_setting('bench.roots')), 50, 'text', NULL),
    (51, format('r <@ act, %s acts, generic plans (ms), vs text ~>=~ ~<~',
                current_setting('bench.roots')), 51, 'text', NULL);

-- ---------------------------------------------------------------- results

\echo
\echo '== every run, ms (odd runs: sides in the order listed; even: reversed)'
SELECT op AS operation, side, string_agg(round(ms::numeric, 1)::text, '  ' ORDER BY rep) AS runs
FROM bench.timings
GROUP BY op_no, op, side
ORDER BY op_no, side = 'lexref' DESC, side;

\echo '== lexref results: median of 3 runs; ratio = lexref / baseline'
WITH medians AS (
    SELECT op_no, side, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS ms
    FROM bench.timings GROUP BY op_no, side
), rows AS (
    SELECT p.ord, p.label, l.ms AS lexref, b.ms AS base, p.target
    FROM bench.report AS p
    JOIN medians AS l ON l.op_no = p.op_no AND l.side = 'lexref'
    JOIN medians AS b ON b.op_no = p.op_no AND b.side = p.base
    UNION ALL
    SELECT ord, label, lexref, base, target FROM bench.sizes
)
SELECT label AS operation,
       round(lexref::numeric, 1) AS lexref,
       round(base::numeric, 1) AS baseline,
       round((lexref / base)::numeric, 2) AS ratio,
       coalesce(target, '-') AS target,
       CASE WHEN target IS NULL THEN '-'
            WHEN target LIKE '<=%' AND lexref / base <= substr(target, 3)::float8 THEN 'meets'
            WHEN target LIKE '<%' AND target NOT LIKE '<=%'
                 AND lexref / base < substr(target, 2)::float8 THEN 'meets'
            ELSE 'misses' END AS verdict
FROM rows
ORDER BY ord;

SELECT round(extract(epoch FROM clock_timestamp() - at)) AS s FROM bench.started \gset
\echo '   lexref benchmark SQL ran for' :s 's'
