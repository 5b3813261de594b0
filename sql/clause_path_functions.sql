-- Structure functions, concatenation, labels and casts.
SET search_path = lexalign, public;
SELECT p, depth(p), parent(p), leaf_element(p), leaf_number(p), label(p)
FROM (VALUES ('art_3__para_1__subpara_a__point_ii'::clause_path), ('art_3'), ('art_12__content'),
             ('recs__rec_6'), ('sec_5__subsec_2__para_b'), ('art_11-2bis'), ('chp_II__art_3__point_a')) t(p);

SELECT subpath('art_3__para_1__subpara_a__point_ii', 0, 2) AS first_two,
       subpath('art_3__para_1__subpara_a__point_ii', 1, 2) AS middle,
       subpath('art_3__para_1__subpara_a__point_ii', -1) AS last,
       subpath('art_3__para_1__subpara_a__point_ii', 1) AS from_second,
       subpath('art_3__para_1__subpara_a__point_ii', 0, -1) AS all_but_last,
       subpath('art_3__para_1__subpara_a__point_ii', 2, 100) AS clamped;
SELECT subpath('art_3__para_1', 2, 1);
SELECT subpath('art_3__para_1', 0, 0);
SELECT subpath('art_3__para_1', -3);

SELECT 'art_3'::clause_path || 'para_1'::clause_path AS appended,
       ('art_3'::clause_path || 'para_1__subpara_a') = 'Article 3(1)(a)' AS same_as_citation,
       parent('art_3'::clause_path || 'para_1') = 'art_3' AS parent_of_appended;
SELECT (SELECT string_agg('p_1', '__') FROM generate_series(1, 20))::clause_path
    || (SELECT string_agg('p_1', '__') FROM generate_series(1, 13))::clause_path;

-- NULL in, NULL out (STRICT); parent of a top-level position is NULL.
SELECT depth(NULL), label(NULL), parent('art_3') IS NULL AS top_has_no_parent,
       'art_3'::clause_path || NULL AS concat_null;

-- Casts to and from text.
SELECT 'art_3__para_1'::clause_path::text AS to_text,
       'Article 3(1)'::text::clause_path AS from_text,
       pg_typeof('x'::text::clause_path);
CREATE TEMP TABLE t_text (t text);
INSERT INTO t_text VALUES ('art_3'::clause_path);  -- assignment cast
SELECT * FROM t_text;
