-- Containment, and the indexes that serve it.
SET search_path = lexalign, public;
SELECT a, b, a @> b AS contains, a <@ b AS contained
FROM (VALUES ('art_3'::clause_path, 'art_3__para_1__subpara_a'::clause_path),
             ('art_3', 'art_3'),
             ('art_3', 'art_31'),
             ('art_3', 'art_3a'),
             ('art_3__para_1', 'art_3__para_10'),
             ('art_3__para_1__subpara_a', 'art_3')) t(a, b);

-- Provisions of a generated act: 60 articles, each with paragraphs, subparagraphs, points.
CREATE TABLE provisions (id serial PRIMARY KEY, path clause_path NOT NULL);
INSERT INTO provisions (path)
SELECT p::clause_path FROM (
    SELECT format('art_%s', a) FROM generate_series(1, 60) a
    UNION ALL SELECT format('art_%s__para_%s', a, b) FROM generate_series(1, 60) a, generate_series(1, 8) b
    UNION ALL SELECT format('art_%s__para_%s__subpara_%s', a, b, c)
              FROM generate_series(1, 60) a, generate_series(1, 8) b, unnest(ARRAY['a','b','c','h','i','j']) c
    UNION ALL SELECT format('art_%s__para_%s__subpara_a__point_%s', a, b, d)
              FROM generate_series(1, 60) a, generate_series(1, 8) b, unnest(ARRAY['i','ii','iii','iv','v']) d
    UNION ALL SELECT format('art_%sa', a) FROM generate_series(1, 60, 7) a
) s(p);
CREATE INDEX provisions_path ON provisions (path);
CREATE INDEX provisions_path_hash ON provisions USING hash (path);
ANALYZE provisions;

-- Expected answers, computed without any index.
SET enable_indexscan = off; SET enable_bitmapscan = off; SET enable_indexonlyscan = off;
CREATE TEMP TABLE expected AS
SELECT q.path AS root, count(p.id) AS n, sum(p.id) AS ids
FROM provisions q LEFT JOIN provisions p ON p.path <@ q.path
WHERE q.id % 37 = 0
GROUP BY q.path;
RESET enable_indexscan; RESET enable_bitmapscan; RESET enable_indexonlyscan;

SET enable_seqscan = off;
-- p <@ q becomes a btree range on the index over p.
EXPLAIN (COSTS OFF) SELECT id FROM provisions WHERE path <@ 'art_3__para_1';
SELECT count(*), min(path), max(path) FROM provisions WHERE path <@ 'art_3__para_1';
-- q @> p, written the other way round, too.
EXPLAIN (COSTS OFF) SELECT id FROM provisions WHERE 'art_3'::clause_path @> path;
SELECT count(*) FROM provisions WHERE 'art_3'::clause_path @> path;
-- art_3 does not contain art_31 or art_3a, which sort near it.
SELECT count(*) FILTER (WHERE path::text LIKE 'art_31%') AS art_31_rows,
       count(*) FILTER (WHERE path::text LIKE 'art_3a%') AS art_3a_rows
FROM provisions WHERE path <@ 'art_3';
-- A prepared statement with a parameter still uses the range.
PREPARE subtree(clause_path) AS SELECT count(*) FROM provisions WHERE path <@ $1;
EXPLAIN (COSTS OFF) EXECUTE subtree('art_7');
EXECUTE subtree('art_7');
-- The bound is internal: printing it is an error, not garbage.
SELECT clause_path_subtree_end('art_7');
SELECT clause_path_subtree_end('art_7') > 'art_7__para_8__subpara_a__point_v' AS above_subtree,
       clause_path_subtree_end('art_7') < 'art_7a' AS below_next_sibling;
-- Every subtree, through the index, equals the answer computed without one.
SELECT count(*) AS roots,
       bool_and(e.n = (SELECT count(*) FROM provisions p WHERE p.path <@ e.root)
            AND e.ids = (SELECT sum(id) FROM provisions p WHERE p.path <@ e.root)) AS index_agrees
FROM expected e;
-- Equality and order use the btree; equality can use the hash index.
EXPLAIN (COSTS OFF) SELECT id FROM provisions WHERE path = 'Article 3(1)(a)';
SELECT id, path FROM provisions WHERE path = 'Article 3(1)(a)';
EXPLAIN (COSTS OFF) SELECT path FROM provisions ORDER BY path LIMIT 3;
DROP INDEX provisions_path;
EXPLAIN (COSTS OFF) SELECT id FROM provisions WHERE path = 'art_3__para_1';
SELECT count(*) FROM provisions WHERE path = 'art_3__para_1';
RESET enable_seqscan;
-- Hash joins and hash aggregation work on the type.
SET enable_mergejoin = off; SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM provisions a JOIN provisions b ON a.path = b.path;
SELECT count(*) FROM provisions a JOIN provisions b ON a.path = b.path;
RESET enable_mergejoin; RESET enable_nestloop;
SELECT count(DISTINCT path) = count(*) AS distinct_ok FROM provisions;

-- Deduplication in the btree (btequalimage): many equal keys take few index pages.
CREATE TABLE dup AS SELECT 'art_3__para_1'::clause_path AS path FROM generate_series(1, 20000);
CREATE INDEX dup_path ON dup (path);
SELECT pg_relation_size('dup_path') < 200000 AS deduplicated;

-- Another btree class on the type (here: reverse order) is not the reading
-- order, so its index must not serve <@: the answer stays right.
CREATE FUNCTION pg_temp.reverse_cmp(clause_path, clause_path) RETURNS int
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT -lexalign.clause_path_cmp($1, $2)';
CREATE OPERATOR CLASS pg_temp.clause_path_reverse_ops FOR TYPE clause_path USING btree AS
    OPERATOR 1 >, OPERATOR 2 >=, OPERATOR 3 =, OPERATOR 4 <=, OPERATOR 5 <,
    FUNCTION 1 pg_temp.reverse_cmp(clause_path, clause_path);
CREATE TABLE reversed AS SELECT path FROM provisions;
CREATE INDEX reversed_path ON reversed (path pg_temp.clause_path_reverse_ops);
ANALYZE reversed;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM reversed WHERE path <@ 'art_3';
SELECT count(*) FROM reversed WHERE path <@ 'art_3';
RESET enable_seqscan;

-- Selectivity estimators: the planner's row estimates are near the real counts,
-- not the fixed defaults (0.5%, 33%) it falls back to without them.
CREATE FUNCTION pg_temp.estimate(query text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE plan json;
BEGIN
    EXECUTE 'EXPLAIN (FORMAT JSON) ' || query INTO plan;
    RETURN (plan -> 0 -> 'Plan' ->> 'Plan Rows')::bigint;
END $$;
CREATE FUNCTION pg_temp.actual(query text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
    EXECUTE 'SELECT count(*) FROM (' || query || ') s' INTO n;
    RETURN n;
END $$;
SELECT q AS query, pg_temp.actual(q) AS actual,
       pg_temp.estimate(q) BETWEEN pg_temp.actual(q) / 3 AND pg_temp.actual(q) * 3 + 5 AS estimate_within_3x
FROM (VALUES ($$SELECT * FROM provisions WHERE path < 'art_2'$$),
             ($$SELECT * FROM provisions WHERE path >= 'art_50'$$),
             ($$SELECT * FROM provisions WHERE path = 'art_3__para_1'$$),
             ($$SELECT * FROM provisions WHERE path <> 'art_3__para_1'$$),
             ($$SELECT * FROM provisions WHERE path <@ 'art_12'$$),
             ($$SELECT * FROM provisions WHERE path @> 'art_12__para_3__subpara_a__point_ii'$$)) t(q);
