-- Every input form, with the canonical eId it gives and its label.
SET search_path = lexalign, public;
SELECT input, input::clause_path AS eid, label(input::clause_path)
FROM (VALUES
    -- strict eIds
    ('art_3__para_1__subpara_a__point_ii'),
    ('book_I__chp_2'),
    ('sec_1__subsec_3A'),
    ('recs__rec_6'),
    ('art_15__cl_3__mod_1__qstr_1'),
    ('sec_1__subsec_1__list_1__item_a__list_1__item_ii'),
    ('art_12__content'),
    ('art_11-2bis'),
    -- lenient eIds found in real documents
    ('chp_1__part_A__subpart_nn_1'),
    ('sec_1_content'),
    ('item_aA'),
    ('d1e62'),
    ('f00001'),
    -- citations as people type them
    ('Article 3(1)(a)(ii)'),
    ('Art. 3, para. 1 (a)'),
    ('art. 3.1.a.ii'),
    ('Article 11.2 bis'),
    ('Article 3 bis'),
    ('s. 5(2)'),
    ('section 5(2)(b)'),
    ('§ 5 Abs. 2'),
    ('Art. 5 Abs. 2'),
    ('OP1'),
    ('op 1'),
    ('OP 1(a)'),
    ('PP6'),
    ('pp 6'),
    ('Recital 6'),
    ('Paragraph 4'),
    ('3.1(a)'),
    ('Article 3, point (a)'),
    ('Chapter II, Article 3'),
    ('Part 2, section 5(2)'),
    ('Article 228-1'),
    ('Art. 3 § 2'),
    ('Article 3 BIS'),
    ('Chapter II, Section 2, Article 3(1)'),
    ('  art_3  ')
) AS t(input);

-- Forms that name the same position are the same value.
SELECT a, b, a::clause_path = b::clause_path AS equal
FROM (VALUES
    ('Article 3(1)(a)(ii)', 'art_3__para_1__subpara_a__point_ii'),
    ('art. 3.1.a.ii', 'Article 3(1)(a)(ii)'),
    ('Art. 3, para. 1 (a)', '3.1(a)'),
    ('s. 5(2)', '§ 5 Abs. 2'),
    ('OP1', 'op 1'),
    ('PP6', 'recs__rec_6'),
    ('Article 11.2 bis', 'art_11-2bis'),
    ('art_3', 'art_03'),
    ('point_a', 'point_A')
) AS t(a, b);

-- out(in(x)) is a fixed point, and the label of a conventional path reads back.
SELECT count(*) AS paths,
       bool_and(p::text::clause_path = p AND p::text::clause_path::text = p::text) AS text_fixed_point,
       bool_and(label(p)::clause_path = p) AS label_reads_back
FROM (SELECT format('art_%s__para_%s__subpara_%s__point_%s', a, b, c, d)::clause_path AS p
      FROM generate_series(1, 12) a, generate_series(1, 5) b,
           unnest(ARRAY['a','b','h','i','j','v','x','z']) c,
           unnest(ARRAY['i','ii','iv','v','ix','x','xi','xl']) d) s;
