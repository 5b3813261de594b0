-- ELI and URN:LEX: read into the canonical Akoma Ntoso form, and written back
-- where a mapping exists (NULL where none: a part is never dropped).
SET search_path = lexalign, public;
SELECT input, input::lexref AS akn, to_eli(input::lexref) AS eli,
       to_eli(input::lexref)::lexref = input::lexref AS eli_round_trip
FROM (VALUES ('http://data.europa.eu/eli/reg/2013/216/oj'),
             ('http://data.europa.eu/eli/dir/2020/1057/oj'),
             ('http://data.europa.eu/eli/reg/2013/216/oj/eng'),
             ('http://data.europa.eu/eli/reg/2013/216/2020-01-01'),
             ('http://data.europa.eu/eli/reg/2013/216/2020-01-01/fra'),
             ('http://data.europa.eu/eli/reg/2013/216/corrigendum/2014-01-30/oj'),
             ('HTTPS://DATA.EUROPA.EU/eli/reg/2013/216/oj/'),
             ('https://www.boe.es/eli/es/lo/2013/12/20/9'),
             ('http://data.legilux.public.lu/eli/etat/leg/loi/1989/06/16/n1'),
             ('https://www.retsinformation.dk/eli/lta/2012/925'),
             ('http://www.irishstatutebook.ie/eli/1977/act/12/enacted/en/html'),
             ('http://www.irishstatutebook.ie/eli/1977/act/12')) t(input);
SELECT input, input::lexref AS akn, to_urn_lex(input::lexref) AS urn_lex,
       to_urn_lex(input::lexref)::lexref = input::lexref AS urn_round_trip
FROM (VALUES ('urn:lex:it:stato:legge:2003-09-21;456'),
             ('urn:lex:br:federal:lei:2008-06-19;11705'),
             ('urn:lex:fr:etat:lois:2004-12-06;321'),
             ('urn:lex:it:stato:legge:2003-09-21;456@2008-01-01'),
             ('urn:lex:it:stato:legge:2003-09-21;456@2008-01-01:it'),
             ('urn:lex:it:stato:legge:2003-09-21;456~art15;par3'),
             ('URN:LEX:it:ministero.giustizia:decreto:2004-02-13;59'),
             ('urn:lex:it;lazio:regione:legge:2001-05-10;12')) t(input);
-- Where no mapping exists the writers give NULL rather than a lossy text.
SELECT r, to_eli(r) AS eli, to_urn_lex(r) AS urn_lex
FROM (VALUES ('/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2023-09-01/~art_1'::lexref),
             ('/akn/eu/act/reg/2013/216/eng@.pdf'),
             ('/akn/it/act/legge/stato/2003-09-21/456/!main'),
             ('/akn/it/act/legge/stato/2003-09-21/456/~art_1->art_3')) t(r);
-- The same act from two syntaxes is one value: it joins.
SELECT 'urn:lex:it:stato:legge:2003-09-21;456'::lexref = '/akn/it/act/legge/stato/2003-09-21/456'::lexref AS urn_is_akn,
       'http://data.europa.eu/eli/reg/2013/216/oj'::lexref = '/akn/eu/act/reg/2013/216' AS eli_is_akn;
