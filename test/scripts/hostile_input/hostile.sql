-- Functions for test/scripts/hostile_input.sh: seeds, mutators, and the two
-- loops that feed mutated values to the types' text input and, through binary
-- COPY, to their recv functions, tallying every outcome by SQLSTATE.
-- Everything runs in one backend, so that its memory can be compared across
-- runs of different lengths.
CREATE SCHEMA hostile;

-- Valid values of each reader, from sql/clause_path_input.sql,
-- sql/lexref_input.sql, sql/lexref_convert.sql and sql/model.sql.
CREATE TABLE hostile.seed (reader text, input text);
INSERT INTO hostile.seed SELECT 'clause_path', unnest(ARRAY[
    'art_3__para_1__subpara_a__point_ii', 'book_I__chp_2', 'sec_1__subsec_3A', 'recs__rec_6',
    'art_15__cl_3__mod_1__qstr_1', 'sec_1__subsec_1__list_1__item_a__list_1__item_ii',
    'art_12__content', 'art_11-2bis', 'chp_1__part_A__subpart_nn_1', 'sec_1_content', 'item_aA',
    'd1e62', 'f00001', 'Article 3(1)(a)(ii)', 'Art. 3, para. 1 (a)', 'art. 3.1.a.ii',
    'Article 11.2 bis', 'Article 3 bis', 's. 5(2)', 'section 5(2)(b)', '§ 5 Abs. 2',
    'Art. 5 Abs. 2', 'OP1', 'op 1', 'OP 1(a)', 'PP6', 'pp 6', 'Recital 6', 'Paragraph 4',
    '3.1(a)', 'Article 3, point (a)', 'Chapter II, Article 3', 'Part 2, section 5(2)',
    'Article 228-1', 'Art. 3 § 2', 'Article 3 BIS', 'Chapter II, Section 2, Article 3(1)',
    '  art_3  ', 'book_IV__title_2__chp_XL', 'art_007', 'point_LXXXIX', 'art_3a__para_10__point_xl']);
INSERT INTO hostile.seed SELECT 'lexref', unnest(ARRAY[
    '/akn/za/act/2009/1/eng@2012-04-26/!main~sec_2__subsec_1',
    '/akn/za-jhb/act/by-law/2003/public-health/eng:2015-01-01/!main~part_1.xml',
    '/akn/za/act/1980/2/!schedule1/schedule2/schedule3', '/akn/za/act/2005/5/eng@2002-03-01/~sec_5.xml',
    '/akn/ke/act/decree/MinistryForeignAffairs/2005-07-12/3', '/akn/it-45/act/legge/consiglio/2004-05-24/11',
    '/akn/sl/act/2004-02-13/2/eng@2004-07-21', '/akn/eu/act/2003-11-13/87/~art_3->art_5',
    '/akn/us/act/2011-11-29/112-61', '/gh/act/2020/1013/eng@2020-04-03',
    '/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2023-09-01/~art_1', '/akn/za/act/1980/01/',
    '/akn/za/act/1980/02.xml', '/akn/za/act/1980/1/eng@', '/akn/za/act/1980/1/eng:',
    '/akn/za/act/1980/1/eng', '/akn/za/act/1980/1/eng@first', '/akn/za/act/1980-02/nn',
    '/akn/un/doc/2017-12-04/moscow-declaration/eng/~recs__rec_6', '/akn/za/act/1980/1/~art_3__para_1',
    'http://data.europa.eu/eli/reg/2013/216/oj', 'http://data.europa.eu/eli/dir/2020/1057/oj',
    'http://data.europa.eu/eli/reg/2013/216/oj/eng', 'http://data.europa.eu/eli/reg/2013/216/2020-01-01',
    'http://data.europa.eu/eli/reg/2013/216/2020-01-01/fra',
    'http://data.europa.eu/eli/reg/2013/216/corrigendum/2014-01-30/oj',
    'HTTPS://DATA.EUROPA.EU/eli/reg/2013/216/oj/', 'https://www.boe.es/eli/es/lo/2013/12/20/9',
    'http://data.legilux.public.lu/eli/etat/leg/loi/1989/06/16/n1',
    'https://www.retsinformation.dk/eli/lta/2012/925',
    'http://www.irishstatutebook.ie/eli/1977/act/12/enacted/en/html',
    'http://www.irishstatutebook.ie/eli/1977/act/12',
    'urn:lex:it:stato:legge:2003-09-21;456', 'urn:lex:br:federal:lei:2008-06-19;11705',
    'urn:lex:fr:etat:lois:2004-12-06;321', 'urn:lex:it:stato:legge:2003-09-21;456@2008-01-01',
    'urn:lex:it:stato:legge:2003-09-21;456@2008-01-01:it', 'urn:lex:it:stato:legge:2003-09-21;456~art15;par3',
    'URN:LEX:it:ministero.giustizia:decreto:2004-02-13;59', 'urn:lex:it;lazio:regione:legge:2001-05-10;12']);
INSERT INTO hostile.seed SELECT 'alignment', unnest(ARRAY[
    'full', 'fully', 'C', '+', 'yes', 'implemented', 'largely', 'LC', 'partial', 'partially',
    'partly', 'PC', '-/+', '+/-', 'absent', 'NC', '0', 'no', 'none', 'not implemented',
    'conflicting', 'conflict', 'contradicts', 'not_applicable', 'not applicable', 'NA', 'n/a',
    'n.a.', ' Full ']);

-- What mutations insert: every NUL-free ASCII character (controls included),
-- C1 controls, and characters that look like ASCII or change length when
-- case-folded; and tokens of the three syntaxes.
CREATE TABLE hostile.pool (chars text[], tokens text[], bad_utf8 bytea[]);
INSERT INTO hostile.pool SELECT
    (SELECT array_agg(chr(c)) FROM generate_series(1, 159) c) ||
        ARRAY['é', 'ß', 'İ', 'ı', 'ſ', 'K', 'Å', U&'\00A0', U&'\2028', U&'\FEFF', U&'\200B',
              U&'\FFFD', U&'\0301', '３', '٣', 'Ⅳ', '𝟙', '😀', '§', '§§', '¶', '–', '—', '／', '＿'],
    ARRAY['_', '__', '(', ')', '.', ',', ' ', '-', '/', '~', '!', '@', ':', ';', '->', '.xml',
          'art_', 'para_', 'subpara_', 'point_', 'item_', 'sec_', 'chp_', 'recs__rec_', 'hcontainer_',
          'Article ', 'Art. ', 'art.', '(a)', '(ii)', '(1)', '§ ', 'Abs. ', 'OP', 'PP', 'Recital ',
          'Chapter ', 'Part ', 'section ', 'point ', 'bis', 'ter', 'quinquies', 'vicies', 'I', 'IV',
          'XL', 'LXXXIX', 'XC', 'MMMM', 'iiii', '0', '00000000001', '2147483648',
          '99999999999999999999999999999', '/akn/', '/akn/zz/', '/eng', '/fre', '/xxx', '@',
          '@2012-04-26', '@first', ':2015-01-01', '!main', '!', '~', '~art_1', '~art_9->art_1',
          '/act/', '/doc/', '/bill/', '2003-02-29', '2000-02-29', '9999-12-31', '0000-00-00',
          '1980-13-01', 'urn:lex:', 'http://', 'https://', 'http://data.europa.eu/eli/', '/eli/',
          '/oj', ';', ';456', '~art15;par3', ':it', 'za-', 'us-', '//', '/./', '/../', '%2F', '%00',
          'full', 'n/a', '+/-', 'not ', '  '],
    ARRAY['\x80', '\xbf', '\xc080', '\xc1bf', '\xc3', '\xe282', '\xe080af', '\xeda080',
          '\xedbfbf', '\xf4908080', '\xf5808080', '\xf888808080', '\xfe',
          '\xff', '\xf09f98', '\xc328', '\xa0a1']::bytea[];

CREATE FUNCTION hostile.rnd(lo int, hi int) RETURNS int LANGUAGE sql VOLATILE
    RETURN lo + floor(random() * (hi - lo + 1))::int;

-- One to five edits of s: a character replaced, a bit of a code point
-- flipped, a range deleted, characters, controls or tokens inserted, a
-- truncation, a repeated range, a splice with another seed, a case change,
-- two characters swapped.
CREATE FUNCTION hostile.mutate(s text, seeds text[], chars text[], tokens text[]) RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    len int; p int; c int; o text;
BEGIN
    FOR k IN 1 .. 1 + floor(random() ^ 3 * 5)::int LOOP
        len := length(s);
        p := hostile.rnd(0, len);            -- an insertion point: after p characters
        CASE hostile.rnd(0, 11)
        WHEN 0 THEN                           -- replace a character
            s := overlay(s PLACING chars[hostile.rnd(1, cardinality(chars))] FROM least(p + 1, len + 1) FOR 1);
        WHEN 1 THEN                           -- flip a bit of a code point
            IF len > 0 THEN
                p := hostile.rnd(1, len);
                c := ascii(substr(s, p, 1));
                c := c # (1 << hostile.rnd(0, CASE WHEN c < 128 THEN 7 ELSE 16 END));
                IF c BETWEEN 1 AND 1114111 AND c NOT BETWEEN 55296 AND 57343 THEN
                    s := overlay(s PLACING chr(c) FROM p FOR 1);
                END IF;
            END IF;
        WHEN 2 THEN                           -- delete a range
            s := overlay(s PLACING '' FROM p + 1 FOR hostile.rnd(1, 8));
        WHEN 3 THEN                           -- insert characters
            FOR j IN 1 .. hostile.rnd(1, 3) LOOP
                s := overlay(s PLACING chars[hostile.rnd(1, cardinality(chars))] FROM p + 1 FOR 0);
            END LOOP;
        WHEN 4 THEN                           -- insert a token
            s := overlay(s PLACING tokens[hostile.rnd(1, cardinality(tokens))] FROM p + 1 FOR 0);
        WHEN 5 THEN                           -- truncate
            s := CASE WHEN random() < 0.7 THEN left(s, p) ELSE substr(s, p + 1) END;
        WHEN 6 THEN                           -- repeat a range
            o := substr(s, p + 1, hostile.rnd(1, 12));
            s := overlay(s PLACING repeat(o, hostile.rnd(1, CASE WHEN random() < 0.1 THEN 300 ELSE 5 END)) FROM p + 1 FOR 0);
        WHEN 7 THEN                           -- splice with another seed
            o := seeds[hostile.rnd(1, cardinality(seeds))];
            s := left(s, p) || substr(o, hostile.rnd(1, length(o) + 1));
        WHEN 8 THEN                           -- change case
            s := CASE hostile.rnd(0, 2) WHEN 0 THEN upper(s) WHEN 1 THEN lower(s)
                 ELSE overlay(s PLACING upper(substr(s, p, 1)) FROM greatest(p, 1) FOR 1) END;
        WHEN 9 THEN                           -- insert a control character
            s := overlay(s PLACING chr((ARRAY[hostile.rnd(1, 31), 127, hostile.rnd(128, 159)])[hostile.rnd(1, 3)]) FROM p + 1 FOR 0);
        WHEN 10 THEN                          -- swap two neighbours
            IF len >= 2 THEN
                p := hostile.rnd(1, len - 1);
                s := overlay(s PLACING substr(s, p + 1, 1) || substr(s, p, 1) FROM p FOR 2);
            END IF;
        ELSE                                  -- a digit run made huge, or spaces
            s := CASE WHEN random() < 0.5 THEN regexp_replace(s, '[0-9]+', repeat('9', hostile.rnd(10, 80)))
                 ELSE overlay(s PLACING repeat(' ', hostile.rnd(1, 20)) FROM p + 1 FOR 0) END;
        END CASE;
    END LOOP;
    RETURN s;
END $$;

-- About 1 MB of text built from a seed: the seed repeated, padding before or
-- after it, nested parentheses, separators, multibyte characters, controls,
-- a huge number.  (The sizes are variables: constants would be folded into
-- cached plans, megabytes the memory figures would count.  And the helpers
-- the loops call are PL/pgSQL or inlined SQL: a SQL function called through
-- a long-lived FmgrInfo keeps memory until the end of the transaction.)
CREATE FUNCTION hostile.huge(s text) RETURNS text LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    mb int := 1048576;
BEGIN
    IF s = '' THEN s := 'art_1'; END IF;
    RETURN CASE hostile.rnd(0, 7)
        WHEN 0 THEN repeat(s, mb / octet_length(s) + 1)
        WHEN 1 THEN repeat(' ', mb) || s
        WHEN 2 THEN s || repeat(' ', mb)
        WHEN 3 THEN s || repeat('(1)', mb / 3)
        WHEN 4 THEN repeat('__' || s, mb / (octet_length(s) + 2) + 1)
        WHEN 5 THEN s || repeat('é', mb / 2)
        WHEN 6 THEN repeat(chr(hostile.rnd(1, 31)), mb)
        ELSE left(s, length(s) / 2) || repeat('9', mb) || substr(s, length(s) / 2 + 1) END;
END $$;

-- Printable form of a failing input: controls and non-ASCII as \uXXXX, long
-- inputs cut.
CREATE FUNCTION hostile.show(s text) RETURNS text LANGUAGE sql IMMUTABLE
RETURN (SELECT string_agg(CASE WHEN ascii(c) BETWEEN 32 AND 126 AND c <> '\' THEN c
                               ELSE '\u' || lpad(to_hex(ascii(c)), 4, '0') END, '' ORDER BY n)
        FROM unnest(regexp_split_to_array(left(s, 200), '')) WITH ORDINALITY AS t(c, n))
       || CASE WHEN length(s) > 200 THEN format('... (%s characters)', length(s)) ELSE '' END;

-- One reader's answer to one text (or to bytes, made text by convert_from
-- first): its SQLSTATE, or 'ok' when it accepted and the value's output reads
-- back as the same value with the same output, or 'round trip' with what went
-- wrong.
CREATE FUNCTION hostile.read_text(reader text, s text, b bytea DEFAULT NULL) RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    cp lexalign.clause_path; lr lexalign.lexref; al lexalign.alignment; t text; state text;
BEGIN
    BEGIN
        IF b IS NOT NULL THEN s := convert_from(b, 'UTF8'); END IF;
        CASE reader
        WHEN 'clause_path' THEN cp := s::lexalign.clause_path;
        WHEN 'lexref' THEN lr := s::lexalign.lexref;
        ELSE al := lexalign.alignment_from(s);
        END CASE;
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE;
        RETURN state;
    END;
    BEGIN
        CASE reader
        WHEN 'clause_path' THEN
            t := cp::text;
            IF t::lexalign.clause_path OPERATOR(lexalign.=) cp AND t::lexalign.clause_path::text = t THEN RETURN 'ok'; END IF;
        WHEN 'lexref' THEN
            t := lr::text;
            IF t::lexalign.lexref OPERATOR(lexalign.=) lr AND t::lexalign.lexref::text = t THEN RETURN 'ok'; END IF;
        ELSE
            t := al::text;
            IF lexalign.alignment_from(t) = al THEN RETURN 'ok'; END IF;
        END CASE;
        RETURN 'round trip: output ' || hostile.show(t) || ' reads back as another value';
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, t = MESSAGE_TEXT;
        RETURN 'round trip: ' || state || ' ' || t;
    END;
END $$;

-- Outcomes, one row per reader, path and outcome; failures keep examples.
-- Paths: text, text 1 MB, binary, binary 1 MB, binary framing.
CREATE TABLE hostile.tally (reader text, path text, outcome text, n bigint,
                            PRIMARY KEY (reader, path, outcome));
CREATE TABLE hostile.failure (reader text, path text, outcome text, input text);

-- This backend's memory: the sum of its memory contexts, and its private
-- resident memory (RssAnon: the shared buffers it touches are not counted),
-- noted under a label.
CREATE TABLE hostile.memory (label text PRIMARY KEY, contexts_kb bigint, rss_anon_kb bigint);
CREATE FUNCTION hostile.note(label text) RETURNS void LANGUAGE sql VOLATILE AS $$
    INSERT INTO hostile.memory
    SELECT label, (SELECT sum(total_bytes) / 1024 FROM pg_backend_memory_contexts),
           (regexp_match(pg_read_file('/proc/self/status'), 'RssAnon:\s+([0-9]+) kB'))[1]::bigint;
$$;

-- Counts kept in a jsonb while a run goes (key: path, tab, outcome), stored
-- at its end.
CREATE FUNCTION hostile.record(reader text, counts jsonb) RETURNS void LANGUAGE sql AS $$
    INSERT INTO hostile.tally
    SELECT reader, split_part(key, E'\t', 1), split_part(key, E'\t', 2), value::bigint FROM jsonb_each_text(counts)
    ON CONFLICT (reader, path, outcome) DO UPDATE SET n = hostile.tally.n + excluded.n;
$$;

-- Count an outcome; keep the input (up to 20 a reader; bytes in escape
-- form) if the outcome is not one the path allows.
CREATE FUNCTION hostile.tick(counts jsonb, reader text, path text, outcome text, input text, bytes bytea DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    key text := path || E'\t' || outcome;
BEGIN
    IF outcome <> 'ok' AND NOT (outcome IN ('22P02', '22P03', '22021', '54000') AND path <> 'text 1 MB'
                                OR outcome = '54000'
                                OR outcome = '22P04' AND path = 'binary framing')
       AND (SELECT count(*) FROM hostile.failure f WHERE f.reader = tick.reader) < 20 THEN
        INSERT INTO hostile.failure VALUES (reader, path, outcome, coalesce(input, encode(bytes, 'escape')));
    END IF;
    RETURN jsonb_set(counts, ARRAY[key], to_jsonb(coalesce((counts ->> key)::bigint, 0) + 1));
END $$;

-- n mutated inputs through one reader's text input: every 500th is about
-- 1 MB (more than any reader takes: 54000), every 50th holds invalid UTF-8
-- (refused by convert_from, 22021, before any reader sees it), the others
-- are 1 to 5 edits of a seed.  With a label, the backend's memory is noted
-- after a fifth of them and at the end (inside one transaction).
CREATE FUNCTION hostile.text_run(reader text, n int, label text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    seeds text[] := ARRAY(SELECT input FROM hostile.seed s WHERE s.reader = text_run.reader);
    chars text[]; tokens text[]; bad bytea[];
    counts jsonb := '{}';
    s text; b bytea; p int;
BEGIN
    SELECT pool.chars, pool.tokens, pool.bad_utf8 INTO chars, tokens, bad FROM hostile.pool;
    FOR i IN 1 .. n LOOP
        s := hostile.mutate(seeds[hostile.rnd(1, cardinality(seeds))], seeds, chars, tokens);
        IF i % 500 = 250 THEN
            s := hostile.huge(s);
            counts := hostile.tick(counts, reader, 'text 1 MB', hostile.read_text(reader, s), s);
        ELSIF i % 50 = 0 THEN
            b := convert_to(s, 'UTF8');
            p := hostile.rnd(0, length(b));
            b := substring(b FROM 1 FOR p) || bad[hostile.rnd(1, cardinality(bad))] || substring(b FROM p + 1);
            counts := hostile.tick(counts, reader, 'text', hostile.read_text(reader, NULL, b), NULL, b);
        ELSE
            counts := hostile.tick(counts, reader, 'text', hostile.read_text(reader, s), s);
        END IF;
        IF label IS NOT NULL AND i IN (n / 5, n) THEN
            PERFORM hostile.note(format('%s %s, %s of %s', label, reader, i, n));
        END IF;
    END LOOP;
    PERFORM hostile.record(reader, counts);
END $$;

-- Binary COPY: each value in a file of its own, one COPY each.  Payload
-- corruption keeps the field length right, so that the type's recv (and the
-- UTF-8 check of pq_getmsgtext it calls) is what answers; framing
-- corruption (field length, field count, header, trailer) is counted apart,
-- and there COPY's own 22P04 is an answer too.
CREATE UNLOGGED TABLE hostile.bin_clause_path (v lexalign.clause_path);
CREATE UNLOGGED TABLE hostile.bin_lexref (v lexalign.lexref);

-- 1 to 4 byte edits: a bit flipped (the version byte too), a byte set to any
-- value (NUL too), an invalid UTF-8 sequence or a control byte inserted, a
-- range deleted or repeated, random bytes inserted, a truncation (down to
-- an empty message).
CREATE FUNCTION hostile.mutate_bytes(b bytea, bad bytea[]) RETURNS bytea LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    len int; p int; x bytea;
BEGIN
    FOR k IN 1 .. 1 + floor(random() ^ 2 * 4)::int LOOP
        len := length(b);
        p := hostile.rnd(0, len);                -- an insertion point: after p bytes
        CASE hostile.rnd(0, 8)
        WHEN 0 THEN
            IF len > 0 THEN p := hostile.rnd(0, len - 1); b := set_byte(b, p, get_byte(b, p) # (1 << hostile.rnd(0, 7))); END IF;
        WHEN 1 THEN
            IF len > 0 THEN b := set_byte(b, hostile.rnd(0, len - 1), hostile.rnd(0, 255)); END IF;
        WHEN 2 THEN
            b := substring(b FROM 1 FOR p) || bad[hostile.rnd(1, cardinality(bad))] || substring(b FROM p + 1);
        WHEN 3 THEN
            b := substring(b FROM 1 FOR p) || set_byte('\x00', 0, (ARRAY[0, hostile.rnd(1, 31), 127])[hostile.rnd(1, 3)]) || substring(b FROM p + 1);
        WHEN 4 THEN
            b := substring(b FROM 1 FOR p) || substring(b FROM p + 1 + hostile.rnd(1, 8));
        WHEN 5 THEN
            x := substring(b FROM p + 1 FOR hostile.rnd(1, 12));
            FOR j IN 1 .. hostile.rnd(1, 5) LOOP b := substring(b FROM 1 FOR p) || x || substring(b FROM p + 1); END LOOP;
        WHEN 6 THEN
            x := '';
            FOR j IN 1 .. hostile.rnd(1, 4) LOOP x := x || set_byte('\x00', 0, hostile.rnd(0, 255)); END LOOP;
            b := substring(b FROM 1 FOR p) || x || substring(b FROM p + 1);
        WHEN 7 THEN
            b := substring(b FROM 1 FOR p);
        ELSE
            IF len > 0 THEN b := set_byte(b, 0, (ARRAY[0, 2, 255, hostile.rnd(0, 255)])[hostile.rnd(1, 4)]); END IF;
        END CASE;
    END LOOP;
    RETURN b;
END $$;

-- A binary COPY file of one row of one field holding payload.
CREATE FUNCTION hostile.copy_file(payload bytea) RETURNS bytea LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN '\x5047434f50590aff0d0a00'::bytea || '\x0000000000000000'::bytea || int2send(1::int2)
           || int4send(length(payload)) || payload || '\xffff'::bytea;
END $$;

-- The same file with its framing broken.
CREATE FUNCTION hostile.break_framing(payload bytea, bad bytea[]) RETURNS bytea LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    f bytea := hostile.copy_file(payload);
    len int := length(payload);
BEGIN
    CASE hostile.rnd(0, 6)
    WHEN 0 THEN      -- field length off by a little
        RETURN overlay(f PLACING int4send(len + (ARRAY[-3, -2, -1, 1, 2, 3])[hostile.rnd(1, 6)]) FROM 22 FOR 4);
    WHEN 1 THEN      -- field length anything
        RETURN overlay(f PLACING int4send((ARRAY[-2, -2147483648, 2147483647, 1073741824, hostile.rnd(-100000, 100000)])[hostile.rnd(1, 5)]) FROM 22 FOR 4);
    WHEN 2 THEN      -- field count
        RETURN overlay(f PLACING int2send((ARRAY[0, 2, -2, 32767, -32768, hostile.rnd(-5, 5)])[hostile.rnd(1, 6)]::int2) FROM 20 FOR 2);
    WHEN 3 THEN      -- a header byte (signature, flags, extension length)
        RETURN hostile.mutate_bytes(substring(f FROM 1 FOR 19), bad) || substring(f FROM 20);
    WHEN 4 THEN      -- trailer cut or changed
        RETURN substring(f FROM 1 FOR length(f) - hostile.rnd(1, 2)) || CASE WHEN random() < 0.5 THEN '\x0001'::bytea ELSE '' END;
    WHEN 5 THEN      -- bytes after the trailer
        RETURN f || hostile.mutate_bytes('\x00', bad);
    ELSE             -- a second row, corrupted anywhere
        RETURN substring(f FROM 1 FOR length(f) - 2) || hostile.mutate_bytes(int2send(1::int2) || int4send(len) || payload, bad) || '\xffff'::bytea;
    END CASE;
END $$;

-- One file through COPY FROM: its SQLSTATE, or 'ok' when every row it loaded
-- prints and reads back as the same value and, for a file of one intact row,
-- when text input reads the payload's text as that value too.  What COPY
-- loaded and the large object are then rolled back (HOK00, the test's own
-- code), so that a long run keeps no rows, locks or subtransactions.
CREATE FUNCTION hostile.read_binary(reader text, content bytea, payload bytea, file text) RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    o oid; state text; msg text; bad bigint; result text;
BEGIN
    o := lo_from_bytea(0, content);
    PERFORM lo_export(o, file);
    EXECUTE format('COPY hostile.%I FROM %L (FORMAT binary)', 'bin_' || reader, file);
    result := 'round trip: ';
    IF reader = 'clause_path' THEN
        SELECT count(*) FILTER (WHERE v::text::lexalign.clause_path OPERATOR(lexalign.<>) v
                                   OR v::text::lexalign.clause_path::text <> v::text
                                   OR (payload IS NOT NULL AND v OPERATOR(lexalign.<>) convert_from(substring(payload FROM 2), 'UTF8')::lexalign.clause_path))
        INTO bad FROM hostile.bin_clause_path;
    ELSE
        SELECT count(*) FILTER (WHERE v::text::lexalign.lexref OPERATOR(lexalign.<>) v
                                   OR v::text::lexalign.lexref::text <> v::text
                                   OR (payload IS NOT NULL AND v OPERATOR(lexalign.<>) convert_from(substring(payload FROM 2), 'UTF8')::lexalign.lexref))
        INTO bad FROM hostile.bin_lexref;
    END IF;
    result := CASE WHEN bad = 0 THEN 'ok' ELSE 'round trip: a loaded value reads back as another value' END;
    RAISE SQLSTATE 'HOK00';
EXCEPTION
    WHEN SQLSTATE 'HOK00' THEN
        RETURN result;
    WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
        RETURN coalesce(result || state || ' ' || msg, state);
END $$;

-- n corrupted files for one type: every 250th payload is about 1 MB (half
-- of them byte-edited too), every 20th file has broken framing, of the others
-- half carry a text mutation (valid UTF-8, so that the parser answers) and
-- half byte edits.  With a label, the backend's memory is noted after a fifth
-- of them and at the end (inside one transaction).
CREATE FUNCTION hostile.binary_run(reader text, n int, label text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    seeds text[];
    all_seeds text[] := ARRAY(SELECT input FROM hostile.seed s WHERE s.reader = binary_run.reader);
    chars text[]; tokens text[]; bad bytea[];
    counts jsonb := '{}';
    file text := current_setting('data_directory') || '/hostile_input.bin';
    s text; payload bytea; path text;
BEGIN
    SELECT pool.chars, pool.tokens, pool.bad_utf8 INTO chars, tokens, bad FROM hostile.pool;
    IF reader = 'clause_path' THEN
        seeds := ARRAY(SELECT DISTINCT input::lexalign.clause_path::text FROM hostile.seed s WHERE s.reader = 'clause_path');
    ELSE
        seeds := ARRAY(SELECT DISTINCT input::lexalign.lexref::text FROM hostile.seed s WHERE s.reader = 'lexref');
    END IF;
    FOR i IN 1 .. n LOOP
        s := seeds[hostile.rnd(1, cardinality(seeds))];
        path := 'binary';
        IF i % 250 = 125 THEN
            path := 'binary 1 MB';
            payload := '\x01'::bytea || convert_to(hostile.huge(hostile.mutate(s, seeds, chars, tokens)), 'UTF8');
            IF random() < 0.5 THEN payload := hostile.mutate_bytes(payload, bad); END IF;
        ELSIF random() < 0.5 THEN
            payload := '\x01'::bytea || convert_to(hostile.mutate(s, seeds || all_seeds, chars, tokens), 'UTF8');
        ELSE
            payload := hostile.mutate_bytes('\x01'::bytea || convert_to(s, 'UTF8'), bad);
        END IF;
        IF i % 20 = 0 THEN
            counts := hostile.tick(counts, reader, 'binary framing',
                                   hostile.read_binary(reader, hostile.break_framing(payload, bad), NULL, file),
                                   NULL, payload);
        ELSE
            counts := hostile.tick(counts, reader, path,
                                   hostile.read_binary(reader, hostile.copy_file(payload), payload, file),
                                   NULL, payload);
        END IF;
        IF label IS NOT NULL AND i IN (n / 5, n) THEN
            PERFORM hostile.note(format('%s %s, %s of %s', label, reader, i, n));
        END IF;
    END LOOP;
    PERFORM hostile.record(reader, counts);
END $$;
