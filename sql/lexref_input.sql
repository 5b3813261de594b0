-- lexref input and output: every valid example of identifiers.md §1, with its
-- canonical form and its parts; out(in(x)) is a fixed point and keeps every part.
SET search_path = lexalign, public;
CREATE TEMP TABLE examples (n serial, input text);
INSERT INTO examples (input) VALUES
    ('/akn/za/act/2009/1/eng@2012-04-26/!main~sec_2__subsec_1'),
    ('/akn/za-jhb/act/by-law/2003/public-health/eng:2015-01-01/!main~part_1.xml'),
    ('/akn/za/act/1980/2/!schedule1/schedule2/schedule3'),
    ('/akn/za/act/2005/5/eng@2002-03-01/~sec_5.xml'),
    ('/akn/ke/act/decree/MinistryForeignAffairs/2005-07-12/3'),
    ('/akn/it-45/act/legge/consiglio/2004-05-24/11'),
    ('/akn/sl/act/2004-02-13/2/eng@2004-07-21'),
    ('/akn/eu/act/2003-11-13/87/~art_3->art_5'),
    ('/akn/us/act/2011-11-29/112-61'),
    ('/gh/act/2020/1013/eng@2020-04-03'),
    ('/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2023-09-01/~art_1'),
    -- the decisions identifiers.md leaves open
    ('/akn/za/act/1980/01/'),              -- a trailing slash is ignored
    ('/akn/za/act/1980/02.xml'),           -- number 02, format xml
    ('/akn/za/act/1980/1/eng@'),           -- the original text
    ('/akn/za/act/1980/1/eng:'),           -- any version
    ('/akn/za/act/1980/1/eng'),            -- the current version
    ('/akn/za/act/1980/1/eng@first'),      -- as amended, by label
    ('/akn/za/act/1980-02/nn'),            -- no number
    ('/akn/un/doc/2017-12-04/moscow-declaration/eng/~recs__rec_6'),
    ('/akn/za/act/1980/1/~art_3__para_1'); -- a portion without a version is kept
SELECT n, input, input::lexref AS canonical,
       input::lexref::text::lexref = input::lexref AS fixed_point
FROM examples ORDER BY n;
SELECT n, p.*
FROM examples, parts(input::lexref) p ORDER BY n;

-- Functions on one reference.
SELECT jurisdiction(r), country(r), doctype(r), lexref_date(r), language(r),
       work(r), expression(r), portion(r), portion_end(r)
FROM (VALUES ('/akn/za-jhb/act/by-law/2003/public-health/eng:2015-01-01/!main~part_1.xml'::lexref),
             ('/akn/eu/act/2003-11-13/87/~art_3->art_5'),
             ('/akn/ke/act/decree/MinistryForeignAffairs/2005-07-12/3'),
             ('/akn/sl/act/2004-02/nn'::lexref)) t(r);
-- with_portion replaces any portion or range and keeps the format.
SELECT with_portion('/akn/ru/act/2001/1/rus@', 'art_3__para_1'),
       with_portion('/akn/eu/act/2003-11-13/87/~art_3->art_5', 'art_4'),
       with_portion('/akn/za/act/2005/5/eng@2002-03-01/~sec_5.xml', 'sec_6'),
       with_portion('/akn/za/act/1980/1', 'Article 3(1)(a)');
-- A portion and a clause_path are the same thing.
SELECT portion('/akn/ru/act/2001/1/~art_3__para_1') = 'Article 3(1)'::clause_path AS same_position,
       portion('/akn/ru/act/2001/1/~art_3__para_1') <@ 'art_3'::clause_path AS inside_art_3;
-- Casts to and from text; NULL in, NULL out.
SELECT '/akn/ru/act/2001/1'::text::lexref::text, lexref_out(NULL), work(NULL::lexref);
-- A work reference has no language: nothing is invented.
SELECT language('/akn/za/act/1980/1'), expression('/akn/za/act/1980/1') IS NULL AS no_expression;
