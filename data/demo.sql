-- make demo: what lexalign can do so far (clause_path and lexref), on a throwaway database.
-- The clause summaries paraphrase the published structure of the Moscow
-- Declaration (4 December 2017) as far as it is known (shared/reference/domain.md);
-- its operative paragraphs after OP1 are not available and are not invented here.
\set ON_ERROR_STOP 1
\pset footer off
SET client_min_messages = warning;
CREATE EXTENSION lexalign;
SET search_path = lexalign, public;

\echo
\echo '== The Moscow Declaration, as researchers cite it, stored as Akoma Ntoso eIds'
CREATE TEMP TABLE moscow (cited text, summary text);
INSERT INTO moscow VALUES
    ('OP1',  'parliamentarians to adopt timely legislation based on international law'),
    ('PP6',  'new challenges: new psychoactive substances, trafficking over the Internet'),
    ('PP1',  'the world drug problem needs a national and international response'),
    ('pp 4', 'support for regional and sub-regional counter-drug initiatives'),
    ('PP2',  'readiness to implement the UNGASS 2016 outcome document'),
    ('PP 5', 'the contribution of civil society'),
    ('PP3',  'praise for the UN, UNODC and WHO');
SELECT cited AS "as typed", cited::clause_path AS "eId", label(cited::clause_path) AS "label", summary
FROM moscow ORDER BY cited::clause_path;

\echo '== Article 3 of the 1988 Convention: citations in any form, one reading order'
CREATE TEMP TABLE convention_1988 (path clause_path PRIMARY KEY);
INSERT INTO convention_1988 VALUES
    ('Article 3(1)(a)(ii)'), ('art. 3.1.c.iv'), ('Art. 3, para. 5 (h)'), ('art_3__para_10'),
    ('Article 3(2)'), ('art_3__para_1__subpara_a__point_i'), ('Article 3(1)(b)'), ('Article 3(5)(a)'),
    ('Article 3(1)(a)(v)'), ('Article 3(4)'), ('Article 3(11)'), ('Article 3'), ('Article 3(1)');
SELECT path AS "eId", label(path) AS "label", depth(path) AS depth FROM convention_1988 ORDER BY path;

\echo '== Everything inside Article 3(1)(a): a btree range scan, not a pattern match'
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT path FROM convention_1988 WHERE path <@ 'Article 3(1)(a)';
SELECT path, label(path) FROM convention_1988 WHERE path <@ 'Article 3(1)(a)' ORDER BY path;
RESET enable_seqscan;

\echo '== National numbering that defeats text sorting'
SELECT string_agg(p::text, '  <  ' ORDER BY p::clause_path) AS "Dutch Opium Act, in reading order"
FROM unnest(ARRAY['art_13b', 'art_3b', 'art_10', 'art_3a', 'art_2', 'art_3', 'art_8k']) p;
SELECT string_agg(p::text, '  <  ' ORDER BY p::clause_path) AS "Russian Criminal Code, in reading order"
FROM unnest(ARRAY['art_229-1', 'art_228-1', 'art_174-1', 'art_228', 'art_174']) p;

\echo '== National drug laws, written in three identifier syntaxes: one type, one order'
CREATE TEMP TABLE national_acts (written text, title text);
INSERT INTO national_acts VALUES
    ('/akn/ru/act/federal-law/1998-01-08/3-fz', 'Russia: Federal Law 3-FZ on Narcotic Drugs and Psychotropic Substances'),
    ('https://www.boe.es/eli/es/lo/1995/11/23/10', 'Spain: Organic Law 10/1995, the Criminal Code (arts. 368-378: drug offences)'),
    ('urn:lex:it:stato:decreto.del.presidente.della.repubblica:1990-10-09;309', 'Italy: Presidential Decree 309/1990, the consolidated drug law'),
    ('http://data.europa.eu/eli/reg/2004/273/oj', 'EU: Regulation (EC) No 273/2004 on drug precursors'),
    ('/akn/gb/act/ukpga/1971/38', 'United Kingdom: Misuse of Drugs Act 1971');
SELECT written::lexref AS "Akoma Ntoso", jurisdiction(written::lexref) AS "where",
       to_eli(written::lexref) AS "ELI", to_urn_lex(written::lexref) AS "URN:LEX"
FROM national_acts ORDER BY written::lexref;

\echo '== Provisions of Federal Law 3-FZ: versions in date order, articles in reading order'
CREATE TEMP TABLE provisions_3fz (ref lexref PRIMARY KEY);
INSERT INTO provisions_3fz VALUES
    ('/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2023-09-01/~art_1'),
    ('/akn/ru/act/federal-law/1998-01-08/3-fz/rus@/~art_2'),
    ('/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2023-09-01/~art_10'),
    ('/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2023-09-01/~art_2__para_1'),
    ('/akn/ru/act/federal-law/1998-01-08/3-fz/rus@/~art_1'),
    ('/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2012-11-25/~art_1');
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT ref FROM provisions_3fz WHERE ref <@ '/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2023-09-01';
SELECT ref, portion(ref) AS "eId", label(portion(ref)) AS "cited as"
FROM provisions_3fz WHERE ref <@ '/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2023-09-01' ORDER BY ref;
RESET enable_seqscan;
SELECT ref FROM provisions_3fz ORDER BY ref;

\echo '== A citation that could mean two things is refused, not guessed'
\set ON_ERROR_STOP 0
SELECT 'Article 228.1'::clause_path;
\echo '== And so is a reference that is not one'
SELECT 'urn:lex:it:stato:legge:2003-09-21'::lexref;
SELECT '/akn/ru/act/federal-law/98-01-08/3-fz'::lexref;
