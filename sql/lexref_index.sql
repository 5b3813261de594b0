-- lexref containment, and the btree range that serves it.
SET search_path = lexalign, public;
SELECT a, b, a @> b AS contains, b <@ a AS contained
FROM (VALUES ('/akn/ru/act/2001/1'::lexref, '/akn/ru/act/2001/1/rus@2020-01-01/!main~art_1'::lexref),
             ('/akn/ru/act/2001/1', '/akn/ru/act/2001/10'),
             ('/akn/ru/act/2001/1', '/akn/ru/act/2001/1-fz'),
             ('/akn/ru/act/2001/1/rus@2020-01-01', '/akn/ru/act/2001/1/rus@2020-01-01/~art_1'),
             ('/akn/ru/act/2001/1/rus@2020-01-01', '/akn/ru/act/2001/1/rus@2021-01-01/~art_1'),
             ('/akn/ru/act/2001/1/rus@2020-01-01', '/akn/ru/act/2001/1'),
             ('/akn/ru/act/2001/1/~art_1', '/akn/ru/act/2001/1/~art_1__para_2'),
             ('/akn/ru/act/2001/1/~art_1', '/akn/ru/act/2001/1/~art_10'),
             ('/akn/ru/act/2001/1/~art_1', '/akn/ru/act/2001/1/~art_1->art_3'),
             ('/akn/ru/act/2001/1/~art_1->art_3', '/akn/ru/act/2001/1/~art_2__para_1'),
             ('/akn/ru/act/2001/1/~art_1->art_3', '/akn/ru/act/2001/1/~art_4'),
             ('/akn/ru/act/2001/1.xml', '/akn/ru/act/2001/1/~art_1.xml'),
             ('/akn/ru/act/2001/1', '/akn/ru/act/2001/1.xml'),
             -- a range ending at a paragraph does not reach the rest of its article
             ('/akn/ru/act/2001/1/~art_1->art_2', '/akn/ru/act/2001/1/~art_1->art_2__para_1'),
             ('/akn/ru/act/2001/1/~art_1->art_2__para_1', '/akn/ru/act/2001/1/~art_1->art_2'),
             ('/akn/ru/act/2001/1/~art_1->art_2__para_1', '/akn/ru/act/2001/1/~art_2'),
             -- nested components
             ('/akn/ru/act/2001/1/!schedule1', '/akn/ru/act/2001/1/!schedule1/schedule2~sec_1'),
             ('/akn/ru/act/2001/1/!schedule1', '/akn/ru/act/2001/1/!schedule10')) t(a, b);

-- A generated body of law: 40 acts, 3 versions each, 30 articles of 3 paragraphs.
CREATE TABLE lr_provisions (id serial PRIMARY KEY, ref lexref NOT NULL);
INSERT INTO lr_provisions (ref)
SELECT format('/akn/%s/act/%s/%s%s', c, 2000 + a % 7, a, x)::lexref
FROM unnest(ARRAY['ru', 'kz', 'by', 'za-jhb']) c, generate_series(1, 10) a,
     LATERAL (SELECT '' UNION ALL
              SELECT format('/rus@%s', d) FROM unnest(ARRAY['2018-01-01', '2020-06-30', '2023-09-01']) d
              UNION ALL
              SELECT format('/rus@%s/~art_%s', d, art) FROM unnest(ARRAY['2018-01-01', '2023-09-01']) d,
                     generate_series(1, 30) art
              UNION ALL
              SELECT format('/rus@2023-09-01/~art_%s__para_%s', art, p) FROM generate_series(1, 30) art,
                     generate_series(1, 3) p
              UNION ALL
              SELECT '/rus@2023-09-01/~art_2->art_4') s(x);
CREATE INDEX lr_provisions_ref ON lr_provisions (ref);
ANALYZE lr_provisions;

-- Expected answers without any index.
SET enable_indexscan = off; SET enable_bitmapscan = off; SET enable_indexonlyscan = off;
CREATE TEMP TABLE expected AS
SELECT q.ref AS root, count(p.id) AS n, sum(p.id) AS ids
FROM lr_provisions q LEFT JOIN lr_provisions p ON p.ref <@ q.ref
WHERE q.id % 23 = 0
GROUP BY q.ref;
RESET enable_indexscan; RESET enable_bitmapscan; RESET enable_indexonlyscan;

SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM lr_provisions WHERE ref <@ '/akn/ru/act/2003/3';
SELECT count(*) FROM lr_provisions WHERE ref <@ '/akn/ru/act/2003/3';
EXPLAIN (COSTS OFF) SELECT id FROM lr_provisions WHERE '/akn/ru/act/2003/3/rus@2023-09-01'::lexref @> ref;
SELECT count(*) FROM lr_provisions WHERE '/akn/ru/act/2003/3/rus@2023-09-01'::lexref @> ref;
-- A range contains the articles between its ends and their paragraphs.
SELECT ref FROM lr_provisions WHERE ref <@ '/akn/ru/act/2003/3/rus@2023-09-01/~art_2->art_3' ORDER BY ref;
-- A portion contains its paragraphs, and not a range that leaves it.
SELECT ref FROM lr_provisions WHERE ref <@ '/akn/ru/act/2003/3/rus@2023-09-01/~art_2' ORDER BY ref;
-- The index gives the answers a sequential scan gives, for every root tried.
SELECT count(*) AS roots,
       count(*) FILTER (WHERE e.n = (SELECT count(*) FROM lr_provisions p WHERE p.ref <@ e.root)
                          AND e.ids = (SELECT sum(p.id) FROM lr_provisions p WHERE p.ref <@ e.root)) AS matching
FROM expected e;
-- A prepared statement with a parameter still uses the range.
PREPARE under(lexref) AS SELECT count(*) FROM lr_provisions WHERE ref <@ $1;
EXPLAIN (COSTS OFF) EXECUTE under('/akn/kz/act/2001/8');
EXECUTE under('/akn/kz/act/2001/8');
-- Containment of a work in a join: provisions of the acts listed.
CREATE TEMP TABLE acts AS SELECT DISTINCT work(ref) AS act FROM lr_provisions WHERE country(ref) = 'by';
SELECT a.act, count(p.id) FROM acts a JOIN lr_provisions p ON p.ref <@ a.act GROUP BY 1 ORDER BY 1 LIMIT 3;
RESET enable_seqscan;
-- The bounds are index bounds, not references: printing one is a clear error.
SELECT lexref_subtree_end('/akn/ru/act/2001/1');
-- Another btree class on the type gets no range (it would give wrong rows).
CREATE FUNCTION rev_cmp(lexref, lexref) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT lexref_cmp($2, $1)';
CREATE OPERATOR CLASS lexref_reverse_ops FOR TYPE lexref USING btree AS
    OPERATOR 1 > , OPERATOR 2 >= , OPERATOR 3 = , OPERATOR 4 <= , OPERATOR 5 < ,
    FUNCTION 1 rev_cmp(lexref, lexref);
DROP INDEX lr_provisions_ref;
CREATE INDEX lr_provisions_ref_rev ON lr_provisions (ref lexref_reverse_ops);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM lr_provisions WHERE ref <@ '/akn/ru/act/2003/3';
SELECT count(*) FROM lr_provisions WHERE ref <@ '/akn/ru/act/2003/3';
RESET enable_seqscan;
DROP TABLE lr_provisions;
DROP OPERATOR CLASS lexref_reverse_ops USING btree;
DROP FUNCTION rev_cmp(lexref, lexref);
