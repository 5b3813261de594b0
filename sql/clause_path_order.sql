-- Reading order.  The provisions of article 3 of the 1988 Convention (domain.md:
-- paragraph 1 (a)(i)-(v), (b)(i)-(ii), (c)(i)-(iv); paragraphs 2-11; paragraph 5
-- (a)-(h)), listed in document order, then shuffled and sorted back.
SET search_path = lexalign, public;
CREATE TABLE art3 (doc_order int, path clause_path);
INSERT INTO art3
SELECT row_number() OVER (), p::clause_path
FROM unnest(ARRAY[
    'art_3',
    'art_3__para_1',
    'art_3__para_1__subpara_a',
    'art_3__para_1__subpara_a__point_i', 'art_3__para_1__subpara_a__point_ii',
    'art_3__para_1__subpara_a__point_iii', 'art_3__para_1__subpara_a__point_iv',
    'art_3__para_1__subpara_a__point_v',
    'art_3__para_1__subpara_b',
    'art_3__para_1__subpara_b__point_i', 'art_3__para_1__subpara_b__point_ii',
    'art_3__para_1__subpara_c',
    'art_3__para_1__subpara_c__point_i', 'art_3__para_1__subpara_c__point_ii',
    'art_3__para_1__subpara_c__point_iii', 'art_3__para_1__subpara_c__point_iv',
    'art_3__para_2', 'art_3__para_3', 'art_3__para_4',
    'art_3__para_4__subpara_a', 'art_3__para_4__subpara_b', 'art_3__para_4__subpara_c',
    'art_3__para_4__subpara_d',
    'art_3__para_5',
    'art_3__para_5__subpara_a', 'art_3__para_5__subpara_b', 'art_3__para_5__subpara_c',
    'art_3__para_5__subpara_d', 'art_3__para_5__subpara_e', 'art_3__para_5__subpara_f',
    'art_3__para_5__subpara_g', 'art_3__para_5__subpara_h',
    'art_3__para_6', 'art_3__para_7', 'art_3__para_8', 'art_3__para_9', 'art_3__para_10',
    'art_3__para_11',
    'art_4'
]) WITH ORDINALITY AS t(p, n)
ORDER BY n;

SELECT setseed(0.3);
CREATE TABLE shuffled AS SELECT * FROM art3 ORDER BY random();
SELECT count(*) AS provisions,
       bool_and(sorted_pos = doc_order) AS sorted_in_document_order
FROM (SELECT doc_order, row_number() OVER (ORDER BY path) AS sorted_pos FROM shuffled) s;
SELECT path, label(path) FROM shuffled ORDER BY path;

-- National provision lists with the numbering that breaks naive sorts:
-- Dutch Opium Act articles with letter suffixes, Russian Criminal Code articles
-- numbered 228.1 (eId art_228-1), Latin ordinals, and roman-numbered books.
CREATE TABLE national (doc_order int, path clause_path);
INSERT INTO national
SELECT n, p::clause_path
FROM unnest(ARRAY[
    'art_1', 'art_1__para_1__subpara_e', 'art_2', 'art_3', 'art_3a', 'art_3b', 'art_8',
    'art_8a', 'art_8k', 'art_10', 'art_10a', 'art_13', 'art_13b'
]) WITH ORDINALITY AS t(p, n);
SELECT setseed(0.7);
SELECT string_agg(path::text, ' < ' ORDER BY path) AS opium_act_order,
       bool_and(pos = doc_order) AS correct
FROM (SELECT path, doc_order, row_number() OVER (ORDER BY path) AS pos
      FROM (SELECT * FROM national ORDER BY random()) r) s;

SELECT string_agg(p::text, ' < ' ORDER BY p::clause_path) AS ordered
FROM unnest(ARRAY['art_229-1', 'art_174-1', 'art_228-1', 'art_228', 'art_229', 'art_174']) p;
SELECT string_agg(p::text, ' < ' ORDER BY p::clause_path) AS ordered
FROM unnest(ARRAY['art_4', 'art_3quater', 'art_3', 'art_3ter', 'art_3bis']) p;
-- DESIGN.md: 3 < 3a < 3bis < 3ter < 4 (letters before ordinals)
SELECT string_agg(p::text, ' < ' ORDER BY p::clause_path) AS ordered
FROM unnest(ARRAY['art_4', 'art_3ter', 'art_3bis', 'art_3b', 'art_3a', 'art_3-1', 'art_3']) p;
SELECT string_agg(p::text, ' < ' ORDER BY p::clause_path) AS ordered
FROM unnest(ARRAY['book_X', 'book_IX', 'book_V', 'book_IV', 'book_II', 'book_I']) p;
SELECT string_agg(p::text, ' < ' ORDER BY p::clause_path) AS ordered
FROM unnest(ARRAY['point_aa', 'point_z', 'point_y', 'point_x', 'point_w', 'point_v', 'point_u',
                  'point_j', 'point_i', 'point_h', 'point_a']) p;
SELECT string_agg(p::text, ' < ' ORDER BY p::clause_path) AS ordered
FROM unnest(ARRAY['point_xi', 'point_x', 'point_ix', 'point_viii', 'point_v', 'point_iv',
                  'point_iii', 'point_ii', 'point_i']) p;

-- The comparison operators agree with each other and with the sort.
SELECT a, b, a < b AS lt, a <= b AS le, a = b AS eq, a <> b AS ne, a >= b AS ge, a > b AS gt,
       clause_path_cmp(a, b) AS cmp
FROM (VALUES ('art_2'::clause_path, 'art_10'::clause_path),
             ('art_3__para_1', 'art_3'),
             ('Article 3(1)', 'art_3__para_1'),
             ('point_h', 'point_i'),
             ('point_iv', 'point_j'),
             ('point_u', 'point_v')) t(a, b);
