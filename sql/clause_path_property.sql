-- Properties of the order, in the server: over 2,000 generated paths, 150,000
-- random pairs and 150,000 random triples, the operators are antisymmetric,
-- transitive, consistent with equality, the text form, and both hash functions.
SET search_path = lexalign, public;
SELECT setseed(0.42);
CREATE FUNCTION pg_temp.random_path() RETURNS text LANGUAGE sql VOLATILE AS $$
    SELECT string_agg(e || CASE WHEN n IS NULL THEN '' ELSE '_' || n END, '__')
    FROM (SELECT (ARRAY['art','para','subpara','point','item','sec','hcontainer','zz','recs'])
                     [1 + floor(random() * 9)::int] AS e,
                 (ARRAY['1','2','10','3a','3bis','3ter','i','ii','iv','v','vi','ix','x','xi','h','j',
                        'w','y','z','A','I','IV','01','aa','11-2','nn_1', NULL])
                     [1 + floor(random() * 27)::int] AS n
          FROM generate_series(1, 1 + floor(random() * 4)::int)) s
$$;
CREATE TABLE gen AS
SELECT g AS id, p::clause_path AS p
FROM (SELECT g, pg_temp.random_path() AS p FROM generate_series(1, 2000) g) s;
-- Citations typed by people (ids 2001-2045), and the eIds they must equal (ids 2046-2090).
INSERT INTO gen
SELECT 2000 + row_number() OVER (ORDER BY a, b, c), format('Article %s(%s)(%s)', a, b, c)::clause_path
FROM generate_series(1, 5) a, generate_series(1, 3) b, unnest(ARRAY['a', 'i', 'v']) c;
INSERT INTO gen
SELECT 2045 + row_number() OVER (ORDER BY a, b, c), format('art_%s__para_%s__subpara_%s', a, b, c)::clause_path
FROM generate_series(1, 5) a, generate_series(1, 3) b, unnest(ARRAY['a', 'i', 'v']) c;
SELECT count(*) AS paths, count(DISTINCT p) AS distinct_paths FROM gen;

CREATE TABLE pairs AS
SELECT a.p AS a, b.p AS b
FROM (SELECT i, CASE WHEN random() < 0.1 THEN i ELSE 1 + floor(random() * 2090)::int END AS j
      FROM (SELECT 1 + floor(random() * 2090)::int AS i FROM generate_series(1, 150000)) ii) r
JOIN gen a ON a.id = r.i JOIN gen b ON b.id = r.j;

SELECT count(*) AS pairs,
       count(*) FILTER (WHERE a = b) AS equal_pairs,
       count(*) FILTER (WHERE (a < b) <> (b > a) OR (a <= b) <> (b >= a)) AS antisymmetry_violations,
       count(*) FILTER (WHERE sign(clause_path_cmp(a, b)) <> -sign(clause_path_cmp(b, a))) AS cmp_violations,
       count(*) FILTER (WHERE ((a < b)::int + (a = b)::int + (a > b)::int) <> 1) AS trichotomy_violations,
       count(*) FILTER (WHERE (a = b) <> (a::text = b::text)) AS text_equality_violations,
       count(*) FILTER (WHERE a = b AND (clause_path_hash(a) <> clause_path_hash(b)
                        OR clause_path_hash_extended(a, 7) <> clause_path_hash_extended(b, 7))) AS hash_violations,
       count(*) FILTER (WHERE (a @> b) <> (b <@ a)) AS containment_violations,
       count(*) FILTER (WHERE a @> b AND a > b) AS ancestor_after_descendant
FROM pairs;
-- Equal values from different inputs: every citation equals its eId, hashes included.
SELECT count(*) AS citation_pairs,
       count(*) FILTER (WHERE c.p = e.p AND clause_path_hash(c.p) = clause_path_hash(e.p)) AS equal_and_same_hash
FROM gen c JOIN gen e ON e.id = c.id + 45 WHERE c.id BETWEEN 2001 AND 2045;

CREATE TABLE triples AS
SELECT a.p AS a, b.p AS b, c.p AS c
FROM (SELECT 1 + floor(random() * 2090)::int AS i, 1 + floor(random() * 2090)::int AS j,
             1 + floor(random() * 2090)::int AS k
      FROM generate_series(1, 150000)) r
JOIN gen a ON a.id = r.i JOIN gen b ON b.id = r.j JOIN gen c ON c.id = r.k;
SELECT count(*) AS triples,
       count(*) FILTER (WHERE a <= b AND b <= c AND NOT a <= c) AS le_violations,
       count(*) FILTER (WHERE a < b AND b < c AND NOT a < c) AS lt_violations,
       count(*) FILTER (WHERE a = b AND b = c AND NOT a = c) AS eq_violations,
       count(*) FILTER (WHERE a @> b AND b @> c AND NOT a @> c) AS containment_violations
FROM triples;

-- The sort agrees with the pairwise operators: each value is below the next.
SELECT count(*) FILTER (WHERE NOT prev <= p) AS sort_violations
FROM (SELECT p, lag(p) OVER (ORDER BY p) AS prev FROM gen) s WHERE prev IS NOT NULL;
