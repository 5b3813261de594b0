-- lexref errors: every invalid example of identifiers.md, and the error paths
-- of the reader, with SQLSTATE 22P02 and a detail naming the position.
SET search_path = lexalign, public;
\set VERBOSITY default
CREATE FUNCTION lexref_error(input text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE s text; d text;
BEGIN
    PERFORM input::lexalign.lexref;
    RETURN 'accepted';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, d = PG_EXCEPTION_DETAIL;
    RETURN s || ': ' || d;
END $$;
SELECT input, lexref_error(input) AS error
FROM (VALUES ('/badness'), ('/ukpga/2015/1'), ('/akn/ZA/act/1980/1'), ('/akn/za/act/80/1'),
             ('/akn/za/act/1980/1/english'),
             ('/akn/za/act/1980/02/eng/main'),
             ('/akn/zz/act/1980/1'), ('/akn/xk/act/1980/1'),
             ('/akn/za/law/1980/1'),
             ('/akn/za/act/1980-13/1'), ('/akn/za/act/1980-1/1'), ('/akn/za/act/2023-02-29/1'),
             ('/akn/za/act/1980/1/eng@2012-04-31'), ('/akn/za/act/1980/1/eng:first'),
             ('/akn/fr/act/2004/1/fre'), ('/akn/za/act/1980/1/xyz'),
             ('/akn/za/act/a/b/c/1980/1'),
             ('/akn/za/act/1980/1/~'), ('/akn/za/act/1980/1/~art 3'), ('/akn/za/act/1980/1/!'),
             ('/akn/za/act/1980/1/!main//x'),
             ('/akn/eu/act/2003-11-13/87/~art_5->art_3'),
             ('/akn/eu/act/2003-11-13/87/~art_5__para_1->art_5'),
             ('akn/za/act/1980/1'), ('/akn/za/act/1980'), ('/akn/za/act'), ('/akn/za'), (''),
             ('/akn/za-/act/1980/1'), ('/akn/za/act//1980/1'),
             ('/akn/za/act/1980/1/eng/fra'),
             -- a number or label ending like a format could not be written back alone
             ('/akn/ke/act/2000/1.x.pdf'), ('/akn/ke/act/2000/1/eng@v.x/!main'),
             ('/akn/ke/act/2000/1.5'), ('/akn/ke/act/2000/1.x')) t(input);
-- The message names the type and the input.
SELECT '/akn/za/act/80/1'::lexref;
-- Limits: 54000, not a syntax error.
SELECT lexref_error('/akn/za/act/1980/' || repeat('1', 2100)) AS too_long;
SELECT lexref_error('/akn/za/act/1980/1/~' || repeat('art_1__', 40) || 'art_1') AS too_deep;
-- The limit is on the canonical form: a trailing slash does not count.
SELECT length(('/akn/za/act/1980/' || repeat('1', 2031) || '/')::lexref::text) AS at_the_limit;
-- with_portion: too long is 54000; an index bound is not a portion (22023).
SELECT with_portion('/akn/za/act/1980/1', clause_path_subtree_end('art_1'));
SELECT with_portion(('/akn/za/act/1980/' || repeat('1', 2000))::lexref,
                    (repeat('art_1__', 30) || 'art_1')::clause_path);
-- Non-ASCII and control characters are refused, not mangled.
SELECT lexref_error(e'/akn/za/act/1980/1\t') AS tab, lexref_error('/akn/za/act/1980/№1') AS numero,
       lexref_error('/akn/za/act/1980/1 ') AS trailing_space;
-- ELI and URN:LEX errors point into what was written, not into a converted form.
SELECT input, lexref_error(input) AS error
FROM (VALUES ('http://data.europa.eu/eli/reg/2013/216/oops'),
             ('http://example.org/eli/reg/2013/216/oj'),
             ('https://www.boe.es/eli/es/lo/2013/13/20/9'),
             ('urn:lex:xx:stato:legge:2003-09-21;456'),
             ('urn:lex:it:stato:legge:2003-09-21'),
             ('urn:lex:it:stato:legge:2003-09-21;456~foo3'),
             ('urn:lex:it:stato:legge:2003-09-21;456$pdf')) t(input);
