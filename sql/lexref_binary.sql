-- lexref binary COPY round trip, and binary input validated as strictly as text.
SELECT current_setting('data_directory') || '/lexalign_lexref.bin' AS binfile \gset
SET search_path = lexalign, public;
CREATE TABLE lr_src (r lexref);
INSERT INTO lr_src VALUES
    ('/akn/za/act/2009/1/eng@2012-04-26/!main~sec_2__subsec_1'),
    ('/akn/za-jhb/act/by-law/2003/public-health/eng:2015-01-01/!main~part_1.xml'),
    ('/akn/eu/act/2003-11-13/87/~art_3->art_5'),
    ('urn:lex:it:stato:legge:2003-09-21;456~art15;par3'),
    ('http://data.europa.eu/eli/reg/2013/216/oj'),
    ('/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2023-09-01/~art_1');
COPY lr_src TO :'binfile' (FORMAT binary);
CREATE TABLE lr_dst (r lexref);
COPY lr_dst FROM :'binfile' (FORMAT binary);
SELECT count(*) AS rows,
       (SELECT count(*) FROM lr_src s JOIN lr_dst d ON s.r = d.r) AS equal_rows
FROM lr_dst;
-- The wire format: a version byte, then the canonical Akoma Ntoso URI.
SELECT lexref_send('urn:lex:it:stato:legge:2003-09-21;456');
CREATE FUNCTION pg_temp.copy_in(program text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE state text; msg text; detail text;
BEGIN
    EXECUTE format('COPY lr_dst FROM PROGRAM %L (FORMAT binary)', program);
    RETURN 'accepted';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL;
    RETURN state || ' ' || msg || coalesce(' / ' || nullif(detail, ''), '');
END $$;
-- an unknown country
SELECT pg_temp.copy_in($$sed 's#/akn/za/act/2009#/akn/zz/act/2009#' lexalign_lexref.bin$$);
-- an unknown version byte
SELECT pg_temp.copy_in($$sed 's#\x01/akn/eu#\x02/akn/eu#' lexalign_lexref.bin$$);
-- another syntax, of the same length: binary input is the canonical form only
SELECT pg_temp.copy_in($$sed 's#/akn/eu/act/reg/2013/216#urn:lex:eu:x:reg:2013;26#' lexalign_lexref.bin$$);
-- the file itself, unchanged, still loads
SELECT pg_temp.copy_in('cat lexalign_lexref.bin');
SELECT count(*) AS rows_after_rejections FROM lr_dst;
