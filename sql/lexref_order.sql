-- lexref order: one work's references together, its versions in date order,
-- portions in reading order, act numbers by value; equality and hashing agree.
SET search_path = lexalign, public;
CREATE TEMP TABLE refs (r lexref);
INSERT INTO refs VALUES
    ('/akn/ru/act/federal-law/1998-01-08/10-fz'),
    ('/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2023-09-01/~art_10'),
    ('/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2023-09-01/~art_2'),
    ('/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2023-09-01/~art_1__para_2'),
    ('/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2023-09-01/~art_1'),
    ('/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2023-09-01'),
    ('/akn/ru/act/federal-law/1998-01-08/3-fz/rus:2020-05-01'),
    ('/akn/ru/act/federal-law/1998-01-08/3-fz/rus'),
    ('/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2010-01-01'),
    ('/akn/ru/act/federal-law/1998-01-08/3-fz/rus@'),
    ('/akn/ru/act/federal-law/1998-01-08/3-fz/rus:'),
    ('/akn/ru/act/federal-law/1998-01-08/3-fz'),
    ('/akn/ru/act/federal-law/1998-01-08/4-fz'),
    ('/akn/ru/act/federal-law/1999/1'),
    ('/akn/ru/act/federal-law/1998-02/1'),
    ('/akn/ru/act/2001/1'),
    ('/akn/ru/bill/2001/1'),
    ('/akn/it-45/act/legge/consiglio/2004-05-24/11'),
    ('/akn/it/act/legge/stato/2003-09-21/456'),
    ('/akn/za/act/1980/10'),
    ('/akn/za/act/1980/9'),
    ('/akn/za/act/1980/02'),
    ('/akn/za/act/1980/2');
SELECT r FROM refs ORDER BY r;
SELECT r FROM refs ORDER BY r DESC LIMIT 3;
SELECT min(r), max(r) FROM refs;
-- The same order through a btree index.
CREATE INDEX refs_r ON refs (r);
SET enable_seqscan = off;
SELECT array_agg(r ORDER BY r) = (SELECT array_agg(r) FROM (SELECT r FROM refs ORDER BY r) s) AS index_order_matches
FROM refs;
RESET enable_seqscan;
-- Equal values hash equally, whatever syntax they were written in.
SELECT a = b AS equal, lexref_hash(a) = lexref_hash(b) AS same_hash,
       lexref_hash_extended(a, 7) = lexref_hash_extended(b, 7) AS same_extended_hash
FROM (VALUES ('/akn/it/act/legge/stato/2003-09-21/456'::lexref, 'urn:lex:it:stato:legge:2003-09-21;456'::lexref),
             ('/akn/za/act/1980/01/'::lexref, '/za/act/1980/01'::lexref),
             ('/akn/za/act/1980/01'::lexref, '/akn/za/act/1980/1'::lexref)) t(a, b);
-- The hash is the on-disk format's: stable across releases (a Citus distribution key).
SELECT lexref_hash('/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2023-09-01/~art_1'),
       lexref_hash_extended('/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2023-09-01/~art_1', 0),
       lexref_hash_extended('/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2023-09-01/~art_1', 42);
-- Hash and merge joins, and DISTINCT / GROUP BY through hashing and sorting.
SET enable_mergejoin = off; SET enable_nestloop = off;
SELECT count(*) FROM refs a JOIN refs b ON a.r = b.r;
RESET enable_mergejoin; SET enable_hashjoin = off;
SELECT count(*) FROM refs a JOIN refs b ON a.r = b.r;
RESET enable_hashjoin; RESET enable_nestloop;
SELECT work(r), count(*) FROM refs GROUP BY 1 ORDER BY 1;
