-- Properties of lexref, in the server, over 3,000 generated references and
-- 150,000 random lr_pairs and lr_triples: out(in(x)) is a fixed point, the order is
-- a total order consistent with equality and the text, equal values hash
-- equally, containment agrees with its index range, and a reference written
-- as URN:LEX equals the same reference written in Akoma Ntoso.
SET search_path = lexalign, public;
SELECT setseed(0.17);
CREATE FUNCTION pg_temp.pick(a text[]) RETURNS text LANGUAGE sql VOLATILE AS
    'SELECT a[1 + floor(random() * array_length(a, 1))::int]';
CREATE FUNCTION pg_temp.random_ref() RETURNS text LANGUAGE sql VOLATILE AS $$
    SELECT '/akn/' || pg_temp.pick(ARRAY['ru', 'kz', 'za', 'za-jhb', 'it', 'it-45', 'eu', 'un', 'fr'])
        || '/' || pg_temp.pick(ARRAY['act', 'act', 'bill', 'doc'])
        || pg_temp.pick(ARRAY['', '', '/federal-law', '/legge/stato'])
        || '/' || pg_temp.pick(ARRAY['1998', '1998-01', '1998-01-08', '2003-09-21', '2020'])
        || '/' || pg_temp.pick(ARRAY['1', '2', '9', '10', '02', '3-fz', '456', 'nn', '1.5'])
        || pg_temp.pick(ARRAY['', '', '/rus', '/rus@', '/eng@2012-04-26', '/eng@2020-01-01', '/eng:2015-01-01',
                              '/eng:', '/eng@first'])
        || pg_temp.pick(ARRAY['', '', '/!main', '/~art_1', '/~art_1__para_2', '/~art_10', '/!main~art_2',
                              '/~art_1->art_3', '/~art_2__para_1->art_2__para_3'])
        || pg_temp.pick(ARRAY['', '', '', '.xml', '.pdf'])
$$;
CREATE TABLE lr_gen AS
SELECT g AS id, t, t::lexref AS r
FROM (SELECT g, pg_temp.random_ref() AS t FROM generate_series(1, 3000) g) s;
SELECT count(*) AS refs, count(DISTINCT r) AS distinct_refs,
       count(*) FILTER (WHERE r::text::lexref <> r OR r::text <> (r::text::lexref)::text) AS not_fixed_points,
       count(*) FILTER (WHERE r::text <> CASE WHEN t LIKE '/akn/%' THEN t ELSE '/akn' || t END) AS not_as_written
FROM lr_gen;

CREATE TABLE lr_pairs AS
SELECT a.r AS a, b.r AS b
FROM (SELECT i, CASE WHEN random() < 0.1 THEN i ELSE 1 + floor(random() * 3000)::int END AS j
      FROM (SELECT 1 + floor(random() * 3000)::int AS i FROM generate_series(1, 150000)) ii) r
JOIN lr_gen a ON a.id = r.i JOIN lr_gen b ON b.id = r.j;
SELECT count(*) AS pairs,
       count(*) FILTER (WHERE a = b) AS equal_pairs,
       count(*) FILTER (WHERE (a < b) <> (b > a) OR (a <= b) <> (b >= a)) AS antisymmetry_violations,
       count(*) FILTER (WHERE sign(lexref_cmp(a, b)) <> -sign(lexref_cmp(b, a))) AS cmp_violations,
       count(*) FILTER (WHERE ((a < b)::int + (a = b)::int + (a > b)::int) <> 1) AS trichotomy_violations,
       count(*) FILTER (WHERE (a = b) <> (a::text = b::text)) AS text_equality_violations,
       count(*) FILTER (WHERE a = b AND (lexref_hash(a) <> lexref_hash(b)
                        OR lexref_hash_extended(a, 7) <> lexref_hash_extended(b, 7))) AS hash_violations,
       count(*) FILTER (WHERE a @> b AND a <> b) AS proper_containments,
       count(*) FILTER (WHERE (a @> b) <> (b <@ a)) AS containment_violations,
       count(*) FILTER (WHERE a @> b AND NOT (b >= lexref_subtree_start(a) AND b < lexref_subtree_end(a))) AS outside_index_range,
       count(*) FILTER (WHERE a @> b AND work(a) <> work(b)) AS containment_across_works,
       count(*) FILTER (WHERE work(a) @> a IS NOT TRUE) AS work_not_containing
FROM lr_pairs;

-- Containers derived from each reference (its work, its expression, its
-- portion's parent) contain it, and it lies in their index range.
SELECT count(*) AS derived_containers,
       count(*) FILTER (WHERE NOT c @> r OR NOT r <@ c) AS not_contained,
       count(*) FILTER (WHERE NOT (r >= lexref_subtree_start(c) AND r < lexref_subtree_end(c))) AS outside_index_range
FROM lr_gen,
     LATERAL (VALUES (work(r)), (expression(r)),
                     (CASE WHEN depth(portion(r)) > 1 AND (parts(r)).format IS NULL
                           THEN with_portion(r, parent(portion(r))) END)) v(c)
WHERE c IS NOT NULL AND c <> r;

CREATE TABLE lr_triples AS
SELECT a.r AS a, b.r AS b, c.r AS c
FROM (SELECT 1 + floor(random() * 3000)::int AS i, 1 + floor(random() * 3000)::int AS j,
             1 + floor(random() * 3000)::int AS k
      FROM generate_series(1, 150000)) r
JOIN lr_gen a ON a.id = r.i JOIN lr_gen b ON b.id = r.j JOIN lr_gen c ON c.id = r.k;
SELECT count(*) AS triples,
       count(*) FILTER (WHERE a <= b AND b <= c AND NOT a <= c) AS le_violations,
       count(*) FILTER (WHERE a < b AND b < c AND NOT a < c) AS lt_violations,
       count(*) FILTER (WHERE a @> b AND b @> c AND NOT a @> c) AS containment_violations
FROM lr_triples;

-- The same references written as URN:LEX: equal, with equal hashes.
CREATE TABLE lr_urns AS
SELECT format('urn:lex:%s:%s:%s:%s;%s%s', c, actor, measure, d, n, v) AS urn,
       format('/akn/%s/act/%s/%s/%s/%s%s', c, measure, actor, d, n,
              CASE WHEN v = '' THEN '' ELSE '/mul@' || substr(v, 2) END) AS akn
FROM unnest(ARRAY['it', 'br', 'fr']) c, unnest(ARRAY['stato', 'federal', 'ministero.giustizia']) actor,
     unnest(ARRAY['legge', 'lei', 'decreto']) measure, unnest(ARRAY['2003-09-21', '2008-06-19']) d,
     unnest(ARRAY['456', '11705', '7']) n, unnest(ARRAY['', '@2010-01-01']) v;
SELECT count(*) AS urn_pairs,
       count(*) FILTER (WHERE urn::lexref = akn::lexref AND lexref_hash(urn::lexref) = lexref_hash(akn::lexref)
                          AND to_urn_lex(akn::lexref) = urn) AS equal_and_written_back
FROM lr_urns;
