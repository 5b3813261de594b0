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

\echo '== The demonstration data: the Moscow Declaration, the three UN drug conventions, national drug laws'
\echo '   THE ASSESSMENTS ARE ILLUSTRATIVE: made up to show the reports, they are not real assessments.'
\ir demo_data.sql

\echo '== Scores against the Moscow Declaration (OP1 derives from the conventions where it has no assessment of its own)'
SELECT s.jurisdiction, j.name, s.score, s.coverage, s.clauses_assessed AS assessed,
       s.clauses_applicable AS applicable, s.rank
FROM alignment_scores('moscow-2017') s JOIN jurisdiction j ON j.code = s.jurisdiction;

\echo '== Scores against the 1988 Convention'
SELECT s.jurisdiction, j.name, s.score, s.coverage, s.clauses_assessed AS assessed,
       s.clauses_applicable AS applicable, s.rank
FROM alignment_scores('un-1988') s JOIN jurisdiction j ON j.code = s.jurisdiction;

\echo '== The matrix: one character per clause, in document order'
\echo '   F full, L largely, P partial, A absent, X conflicting, - not applicable, . not assessed; lowercase: derived'
CREATE TEMP VIEW matrix_line AS
SELECT i.code AS instrument, m.jurisdiction,
       string_agg(CASE m.status WHEN 'full' THEN 'F' WHEN 'largely' THEN 'L' WHEN 'partial' THEN 'P'
                                WHEN 'absent' THEN 'A' WHEN 'conflicting' THEN 'X' WHEN 'not_applicable' THEN '-'
                                ELSE '.' END
                  || '' COLLATE "C", '' ORDER BY m.position) AS statuses,
       bool_or(m.derived) AS any_derived, array_agg(m.derived ORDER BY m.position) AS derived
FROM instrument i CROSS JOIN LATERAL alignment_matrix(i.code) m
GROUP BY i.code, m.jurisdiction;
SELECT string_agg(label(path), ' ' ORDER BY position) AS "Moscow Declaration: the clauses, in this order"
FROM clause WHERE instrument = 'moscow-2017';
SELECT jurisdiction,
       (SELECT string_agg(CASE WHEN d THEN lower(c) ELSE c END, '' ORDER BY n)
        FROM unnest(string_to_array(statuses, NULL), derived) WITH ORDINALITY u(c, d, n)) AS "PP1..PP6 OP1"
FROM matrix_line WHERE instrument = 'moscow-2017' ORDER BY jurisdiction;
SELECT count(*) AS "1988 Convention: clauses, article 3 expanded" FROM clause WHERE instrument = 'un-1988';
SELECT jurisdiction, statuses AS "1988 Convention, clause by clause" FROM matrix_line
WHERE instrument = 'un-1988' ORDER BY jurisdiction;

\echo '== Gaps of the Russian Federation against the 1988 Convention (below largely, or not assessed), article 3'
SELECT label(clause) AS clause, heading, gap, provisions
FROM alignment_gaps('un-1988', 'ru') WHERE clause <@ 'art_3';

\echo '== Russia and the Netherlands side by side: the 1988 Convention, article 3'
SELECT label(clause) AS clause, heading, status_a AS ru, status_b AS nl, CASE WHEN differ THEN '<>' END AS differ
FROM compare_jurisdictions('un-1988', 'ru', 'nl') WHERE clause <@ 'art_3';

\echo '== Harmonisation: how far the parliaments agree, clause by clause (1988 Convention, clauses assessed somewhere)'
SELECT label(clause) AS clause, jurisdictions_assessed AS assessed, agreeing_pairs, pairs, index
FROM harmonisation('un-1988') WHERE jurisdictions_assessed > 1;
\echo '== The most and least similar pairs of parliaments (1988 Convention)'
(SELECT * FROM jurisdiction_similarity('un-1988') ORDER BY similarity DESC, clauses_compared DESC LIMIT 5)
UNION ALL
(SELECT * FROM jurisdiction_similarity('un-1988') ORDER BY similarity, clauses_compared DESC LIMIT 3);

\echo '== A timeline: the score of each parliament with a history of assessments, each time it changes (1988 Convention)'
SELECT h.jurisdiction, h."time"::date AS date, h.score, h.coverage, h.clauses_assessed AS assessed
FROM alignment_history h
WHERE h.instrument = 'un-1988'
  AND h.jurisdiction IN (SELECT a.jurisdiction FROM assessment a WHERE a.superseded_at IS NOT NULL)
ORDER BY h.jurisdiction, h."time";

\echo '== A citation that could mean two things is refused, not guessed'
\set ON_ERROR_STOP 0
SELECT 'Article 228.1'::clause_path;
\echo '== And so is a reference that is not one'
SELECT 'urn:lex:it:stato:legge:2003-09-21'::lexref;
SELECT '/akn/ru/act/federal-law/98-01-08/3-fz'::lexref;
