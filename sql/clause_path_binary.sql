-- Binary COPY round trip, and binary input validated as strictly as text input.
-- The file goes to this throwaway cluster's data directory, which is also where
-- COPY ... PROGRAM runs, so parallel runs never share it.
SELECT current_setting('data_directory') || '/lexalign_clause_path.bin' AS binfile \gset
SET search_path = lexalign, public;
CREATE TABLE bin_src (path clause_path);
INSERT INTO bin_src VALUES
    ('art_3__para_1__subpara_a__point_ii'), ('Article 11.2 bis'), ('item_aA'), ('art_007'),
    ('recs__rec_6'), ('d1e62'), ('sec_1_content'), ('book_IV__title_2__chp_XL');
COPY bin_src TO :'binfile' (FORMAT binary);
CREATE TABLE bin_dst (path clause_path);
COPY bin_dst FROM :'binfile' (FORMAT binary);
SELECT count(*) AS rows,
       (SELECT count(*) FROM bin_src s JOIN bin_dst d ON s.path = d.path) AS equal_rows,
       bool_and(path::text = path::text::clause_path::text) AS canonical
FROM bin_dst;
-- The wire format: a version byte, then the canonical eId.
SELECT clause_path_send('Article 3(1)');
-- Corrupted binary input is rejected with 22P03, never stored.
CREATE FUNCTION pg_temp.copy_in(program text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE state text; msg text; detail text;
BEGIN
    EXECUTE format('COPY bin_dst FROM PROGRAM %L (FORMAT binary)', program);
    RETURN 'accepted';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL;
    RETURN state || ' ' || msg || coalesce(' / ' || nullif(detail, ''), '');
END $$;
-- a character no eId holds
SELECT pg_temp.copy_in($$sed 's/para/pa+a/' lexalign_clause_path.bin$$);
-- an unknown version byte
SELECT pg_temp.copy_in($$sed 's/\x01art_3__/\x02art_3__/' lexalign_clause_path.bin$$);
-- a value that is not an eId, of the same length (citations are text input only)
SELECT pg_temp.copy_in($$sed 's/art_3__para_1__subpara_a__point_ii/Article 3(1)(a)(ii)               /' lexalign_clause_path.bin$$);
-- the file itself, unchanged, still loads
SELECT pg_temp.copy_in('cat lexalign_clause_path.bin');
SELECT count(*) AS rows_after_rejections FROM bin_dst;
