-- make demo: what lexalign can do so far, on a throwaway database.
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

\echo '== A citation that could mean two things is refused, not guessed'
\set ON_ERROR_STOP 0
SELECT 'Article 228.1'::clause_path;
