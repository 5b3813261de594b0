-- The data model: loading functions (each error they name), the country table,
-- the alignment reader, and assessments as append-only history.
SET search_path = lexalign, public;
\set VERBOSITY default
\set SHOW_CONTEXT never
-- An error as SQLSTATE and message, times replaced, for messages that name them.
CREATE FUNCTION pg_temp.error_of(statement text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE state text; message text;
BEGIN
    EXECUTE statement;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
    RETURN state || ': ' || regexp_replace(message, '\([^()]*[0-9]{2}:[0-9]{2}:[0-9]{2}[^()]*\)', '(a time)', 'g');
END $$;
SELECT count(*) AS countries, count(*) FILTER (WHERE alpha2 IN ('ru', 'nl', 'kz')) AS sample
FROM country;
SELECT alpha2, alpha3, name FROM country WHERE alpha2 IN ('ru', 'gb', 'kz') ORDER BY 1;

-- The scales people use, read into the enum.
SELECT s, alignment_from(s) FROM unnest(ARRAY['C', 'LC', 'PC', 'NC', 'NA', '+', '-/+', '0', 'conflict', ' Full ']) s;
SELECT alignment_from('-');
SELECT 'conflicting'::alignment < 'absent'::alignment AND 'absent'::alignment < 'partial'::alignment
       AND 'partial'::alignment < 'largely'::alignment AND 'largely'::alignment < 'full'::alignment AS ordered;
SELECT level, default_weight(level) FROM unnest(enum_range(NULL::alignment)) level;

-- Instruments and clauses.
SELECT add_instrument('moscow-2017', '/akn/un/doc/2017-12-04/moscow-declaration', 'Moscow Declaration');
SELECT add_instrument('un-1988', '/akn/un/act/convention/1988-12-20/narcotic-drugs',
                      'UN Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances',
                      'convention', '1988-12-20');
SELECT add_instrument('moscow-2017', '/akn/un/doc/2017-12-04/other', 'again');
SELECT add_instrument('Moscow 2017', '/akn/un/doc/2017-12-04/x', 'bad code');
SELECT add_instrument('x', '/akn/un/doc/2017-12-04/moscow-declaration', 'same reference');
SELECT add_clause('moscow-2017', 'PP1', 'A national and international response', kind => 'preambular'),
       add_clause('moscow-2017', 'PP2', 'UNGASS 2016', kind => 'preambular'),
       add_clause('moscow-2017', 'OP1', 'Legislate on the basis of international law');
SELECT add_clause('un-1988', 'Article 3(1)', 'Offences'), add_clause('un-1988', 'Article 3(2)', 'Possession');
SELECT add_clause('moscow-2017', 'OP1', 'again');
SELECT add_clause('nowhere', 'OP1', 'no instrument');
SELECT add_clause('moscow-2017', 'OP2', 'negative weight', weight => -1);
SELECT instrument, path, position, kind, heading FROM clause ORDER BY instrument, position;
SELECT add_cross_reference('moscow-2017', 'OP1', 'un-1988', 'Article 3(1)');
SELECT add_cross_reference('moscow-2017', 'OP1', 'un-1988', 'Article 3(1)');
SELECT add_cross_reference('moscow-2017', 'OP1', 'moscow-2017', 'PP1');
SELECT add_cross_reference('moscow-2017', 'OP1', 'un-1988', 'Article 4');

-- Jurisdictions and their laws.
SELECT add_jurisdiction('ru', 'Russian Federation', 'Federal Assembly', 2::int2),
       add_jurisdiction('nl', 'Netherlands', 'States General', 2::int2),
       add_jurisdiction('eu', 'European Union', 'European Parliament');
SELECT add_jurisdiction('xx', 'Nowhere');
SELECT add_jurisdiction('RU', 'Upper case');
SELECT add_jurisdiction('ru', 'again');
SELECT code, country, name, parliament, chambers FROM jurisdiction ORDER BY code;
SELECT add_act('/akn/ru/act/federal-law/1998-01-08/3-fz', 'On Narcotic Drugs and Psychotropic Substances',
               '[1998-04-15,)', 'rus');
SELECT add_act('/akn/nl/act/1928-05-12/opiumwet', 'Opiumwet', '[1928-05-12,)', 'nld');
SELECT add_act('/akn/ru/act/federal-law/1998-01-08/3-fz/rus@', 'a version', '[1998-04-15,)');
SELECT add_act('/akn/kz/act/1998-07-10/279', 'no jurisdiction yet', '[1998-07-10,)');
SELECT add_act('/akn/nl/act/1928-05-12/other', 'empty period', 'empty');
SELECT add_act('/akn/ru/act/federal-law/1998-01-08/3-fz', 'again', '[1998-04-15,)');
SELECT add_provision('/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'Definitions');
SELECT add_provision('/akn/ru/act/federal-law/1998-01-08/3-fz/~art_2', 'Lists', '[2004-01-01,2020-01-01)');
SELECT add_provision('/akn/nl/act/1928-05-12/opiumwet/~art_3', 'Prohibitions');
SELECT add_provision('/akn/ru/act/federal-law/1998-01-08/3-fz', 'the act itself');
SELECT add_provision('/akn/ru/act/federal-law/2001-01-01/9-fz/~art_1', 'act unknown');
SELECT ref, act, jurisdiction, in_force FROM provision ORDER BY ref;
INSERT INTO treaty_event (jurisdiction, instrument, event, occurred_on)
VALUES ('ru', 'un-1988', 'signature', '1989-01-19');
INSERT INTO treaty_event (jurisdiction, instrument, event, occurred_on)
VALUES ('ru', 'un-1988', 'ratified', '1990-11-17');

-- Assessments: a new one supersedes the current one of its subject, which stays.
SELECT assess('moscow-2017', 'OP1', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'partial', 'defines drugs by the conventions', 'expert A') AS first,
       assess('moscow-2017', 'OP1', '/akn/nl/act/1928-05-12/opiumwet/~art_3', 'full', 'prohibitions', 'expert B') AS other_subject;
SELECT assess('moscow-2017', 'OP1', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'largely', 'on a second reading') AS second;
SELECT assessor = current_user AS assessor_defaults_to_the_user, recorded_by = current_user AS recorded_by_the_user
FROM assessment WHERE id = 3;
SELECT assess_jurisdiction('moscow-2017', 'PP2', 'nl', 'not_applicable', 'preambular', '[2017-12-04,)') AS wide;
SELECT id, clause, jurisdiction, provision, level, valid,
       superseded_at IS NOT NULL AS superseded, superseded_by,
       superseded_at IS NOT DISTINCT FROM (SELECT recorded_at FROM assessment s WHERE s.id = a.superseded_by) AS at_successor
FROM assessment a ORDER BY id;
-- What makes no sense is refused, with what is wrong.
SELECT assess('moscow-2017', 'OP7', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'full', 'no such clause');
SELECT assess('nowhere', 'OP1', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'full', 'no instrument');
SELECT assess('moscow-2017', 'OP1', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_9', 'full', 'no provision');
SELECT pg_temp.error_of($$SELECT lexalign.assess('moscow-2017', 'OP1', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'full', ' ')$$);
SELECT assess_jurisdiction('moscow-2017', 'OP1', 'ru', 'full', 'a whole country is not fully aligned by decree');
SELECT assess_jurisdiction('moscow-2017', 'OP1', 'kz', 'absent', 'unknown jurisdiction');
SELECT assess_jurisdiction('moscow-2017', 'OP1', 'ru', 'absent', 'empty period', 'empty');
SELECT pg_temp.error_of($$INSERT INTO lexalign.assessment (instrument, clause, jurisdiction, provision, level, evidence, assessor)
VALUES ('moscow-2017', 'OP1', 'nl', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'full', 'wrong country', 'x')$$);
-- History is not rewritten, not even by the owner.
UPDATE assessment SET level = 'full' WHERE id = 1;
UPDATE assessment SET superseded_at = NULL, superseded_by = NULL WHERE id = 1;
DELETE FROM assessment WHERE id = 1;
TRUNCATE assessment;
SELECT count(*) AS rows, count(*) FILTER (WHERE superseded_at IS NULL) AS current FROM assessment;

-- An editor records, and cannot backdate, update or delete.
CREATE ROLE regress_lexalign_editor;
GRANT USAGE ON SCHEMA lexalign TO regress_lexalign_editor;
GRANT SELECT ON ALL TABLES IN SCHEMA lexalign TO regress_lexalign_editor;
GRANT INSERT ON assessment TO regress_lexalign_editor;
SET ROLE regress_lexalign_editor;
SELECT assess('moscow-2017', 'OP1', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'full', 'third reading') AS editor_row;
SELECT recorded_by, assessor FROM assessment WHERE superseded_at IS NULL AND jurisdiction = 'ru' AND provision IS NOT NULL;
INSERT INTO assessment (instrument, clause, jurisdiction, provision, level, evidence, assessor, recorded_at)
VALUES ('moscow-2017', 'OP1', 'ru', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'full', 'backdated', 'x', '2001-01-01');
INSERT INTO assessment (instrument, clause, jurisdiction, provision, level, evidence, assessor, superseded_at, superseded_by)
VALUES ('moscow-2017', 'OP1', 'ru', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'full', 'born superseded', 'x', now(), 1);
UPDATE assessment SET superseded_at = now(), superseded_by = 2 WHERE id = 7;
-- An id given by the editor (OVERRIDING SYSTEM VALUE) could supersede a row and then not be inserted.
INSERT INTO assessment (id, instrument, clause, jurisdiction, provision, level, evidence, assessor)
OVERRIDING SYSTEM VALUE
VALUES (2, 'moscow-2017', 'OP1', 'ru', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'full', 'x', 'ed')
ON CONFLICT DO NOTHING;
UPDATE assessment SET level = 'conflicting';
DELETE FROM assessment;
RESET ROLE;
SELECT count(*) AS rows, count(*) FILTER (WHERE superseded_at IS NULL) AS current,
       count(*) FILTER (WHERE superseded_by IS NOT NULL
                        AND NOT EXISTS (SELECT FROM assessment s WHERE s.id = a.superseded_by)) AS dangling
FROM assessment a;
DROP OWNED BY regress_lexalign_editor;
DROP ROLE regress_lexalign_editor;

-- The owner may load history as given (what pg_restore does), but not out of order.
SELECT pg_temp.error_of($$INSERT INTO lexalign.assessment (instrument, clause, jurisdiction, provision, level, evidence, assessor, recorded_at)
VALUES ('moscow-2017', 'OP1', 'ru', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'full', 'older than the current row', 'x', '2001-01-01')$$);
SELECT pg_temp.error_of($$INSERT INTO lexalign.assessment (instrument, clause, jurisdiction, provision, level, evidence, assessor, recorded_at)
VALUES ('moscow-2017', 'OP1', 'ru', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'full', 'from the future', 'x', now() + interval '1 day')$$);
-- History older than every row of its subject loads, superseded as given.
INSERT INTO assessment (instrument, clause, jurisdiction, provision, level, evidence, assessor, recorded_at)
VALUES ('moscow-2017', 'OP1', 'ru', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_2', 'partial', 'in 2010', 'x', '2010-01-01');
INSERT INTO assessment (instrument, clause, jurisdiction, provision, level, evidence, assessor, recorded_at)
VALUES ('moscow-2017', 'OP1', 'ru', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_2', 'full', 'in 2015', 'x', '2015-01-01');
SELECT level, recorded_at, superseded_at FROM assessment
WHERE provision = '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_2' ORDER BY id;

-- History given by the owner must hold together, checked at commit: a
-- superseded row points to its successor, of the same subject, recorded when it was superseded.
BEGIN;
INSERT INTO assessment (instrument, clause, jurisdiction, provision, level, evidence, assessor, recorded_at, superseded_at, superseded_by)
VALUES ('moscow-2017', 'OP1', 'ru', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_2', 'partial', 'points at another subject', 'x', '2009-01-01', '2010-01-01', 2);
COMMIT;
SELECT pg_temp.error_of($$INSERT INTO lexalign.assessment (instrument, clause, jurisdiction, provision, level, evidence, assessor, recorded_at, superseded_at, superseded_by)
VALUES ('moscow-2017', 'OP1', 'ru', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_2', 'partial', 'superseded in the future', 'x', '2009-01-01', now() + interval '1 day', 2)$$);
SELECT count(*) AS art_2_rows FROM assessment WHERE provision = '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_2';

-- Every table with users' rows is kept by pg_dump.
SELECT c.relname FROM pg_extension e, unnest(e.extconfig) t(oid) JOIN pg_class c ON c.oid = t.oid
WHERE e.extname = 'lexalign' ORDER BY 1;
