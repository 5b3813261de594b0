-- Reports on a small fixture whose every figure is computed by hand in the
-- comments: superseded and repealed rows, a conflict, not_applicable, not
-- assessed, as_of and known_at, a derived status, instrument weights.
SET search_path = lexalign, public;
\set SHOW_CONTEXT never
-- A declaration (PP1 weight 1, OP1 weight 2, OP2 weight 1; OP2 rests on
-- Articles 1 and 2 of a convention) and four jurisdictions.
SELECT add_instrument('fx-decl', '/akn/un/doc/2019-01-01/fx-decl', 'Fixture declaration'),
       add_instrument('fx-conv', '/akn/un/act/convention/2000-01-01/fx-conv', 'Fixture convention', 'convention');
SELECT add_clause('fx-decl', 'PP1', 'preamble', kind => 'preambular'),
       add_clause('fx-decl', 'OP1', 'legislate', weight => 2),
       add_clause('fx-decl', 'OP2', 'as the convention says');
SELECT add_clause('fx-conv', 'Article 1', 'offences'), add_clause('fx-conv', 'Article 2', 'possession');
SELECT add_cross_reference('fx-decl', 'OP2', 'fx-conv', 'Article 1'),
       add_cross_reference('fx-decl', 'OP2', 'fx-conv', 'Article 2');
SELECT add_jurisdiction('fi', 'Finland'), add_jurisdiction('se', 'Sweden'),
       add_jurisdiction('no', 'Norway'), add_jurisdiction('dk', 'Denmark');
-- fi: p1 in force from 2000; p2 from 2000 until its repeal on 2015-01-01.
SELECT add_act('/akn/fi/act/2000/1', 'Finnish act', '[2000-01-01,)'),
       add_act('/akn/se/act/2001/5', 'Swedish act', '[2001-01-01,)'),
       add_act('/akn/no/act/2002/7', 'Norwegian act', '[2010-01-01,)');
SELECT add_provision('/akn/fi/act/2000/1/~art_1'),
       add_provision('/akn/fi/act/2000/1/~art_2', NULL, '[2000-01-01,2015-01-01)'),
       add_provision('/akn/se/act/2001/5/~sec_1'),
       add_provision('/akn/no/act/2002/7/~art_1');
-- History, loaded by the owner with the times it was recorded (each subject in time order).
INSERT INTO assessment (instrument, clause, jurisdiction, provision, level, valid, evidence, assessor, recorded_at) VALUES
    ('fx-decl', 'para_1', 'fi', '/akn/fi/act/2000/1/~art_1', 'partial', NULL, 'a1', 'x', '2016-01-01'),
    ('fx-decl', 'para_1', 'fi', '/akn/fi/act/2000/1/~art_1', 'full', NULL, 'a2 supersedes a1', 'x', '2018-01-01'),
    ('fx-decl', 'para_1', 'fi', '/akn/fi/act/2000/1/~art_2', 'conflicting', NULL, 'a3, repealed provision', 'x', '2017-01-01'),
    ('fx-decl', 'para_1', 'se', '/akn/se/act/2001/5/~sec_1', 'largely', NULL, 'a4', 'x', '2016-06-01'),
    ('fx-decl', 'para_2', 'se', NULL, 'absent', '[2017-01-01,)', 'a5', 'x', '2017-01-01'),
    ('fx-decl', 'recs__rec_1', 'se', NULL, 'not_applicable', '(,)', 'a6', 'x', '2017-01-01'),
    ('fx-decl', 'para_1', 'no', '/akn/no/act/2002/7/~art_1', 'full', NULL, 'a7', 'x', '2016-06-01'),
    ('fx-conv', 'art_1', 'fi', '/akn/fi/act/2000/1/~art_1', 'full', NULL, 'a8', 'x', '2016-01-01'),
    ('fx-conv', 'art_2', 'fi', '/akn/fi/act/2000/1/~art_1', 'partial', NULL, 'a9', 'x', '2016-01-01'),
    ('fx-conv', 'art_1', 'no', '/akn/no/act/2002/7/~art_1', 'largely', NULL, 'a10', 'x', '2016-06-01'),
    ('fx-conv', 'art_1', 'se', '/akn/se/act/2001/5/~sec_1', 'full', NULL, 'a11', 'x', '2016-06-01'),
    ('fx-conv', 'art_2', 'se', '/akn/se/act/2001/5/~sec_1', 'full', NULL, 'a12', 'x', '2016-06-01');

-- fi on 2020-01-01, as known on 2020-01-01:
--   PP1: nothing counts: not assessed.
--   OP1: a2 full (a1 superseded on 2018-01-01; a3's provision repealed in 2015): full.
--   OP2: no assessment of its own; Articles 1 and 2 are full (a8) and partial (a9): the lowest, partial, derived.
SELECT * FROM clause_status('fx-decl', 'fi', '2020-01-01', '2020-01-01');
-- Scores on 2020-01-01 (weights OP1 2, OP2 1, PP1 1; full 1, largely 0.75, partial 0.5, absent 0):
--   fi: (2*1 + 1*0.5) / 3 = 0.8333; coverage 2 assessed / 3 applicable = 0.6667
--   se: OP1 largely, OP2 absent (a5), PP1 not_applicable: (2*0.75 + 1*0) / 3 = 0.5000; coverage 2 / 2 = 1
--   no: OP1 full (a7); OP2: Article 2 not assessed, so no derived status; 2*1 / 2 = 1.0000; coverage 1 / 3 = 0.3333
--   dk: nothing: score NULL, coverage 0, no rank.  Rank: no 1, fi 2, se 3.
SELECT * FROM alignment_scores('fx-decl', '2020-01-01', '2020-01-01')
WHERE jurisdiction IN ('fi', 'se', 'no', 'dk');
-- The law in force on 2014-06-01, as known on 2020-01-01:
--   fi: OP1 has a2 full and a3 conflicting (the provision was then in force): conflict wins.
--       (2*0 + 1*0.5) / 3 = 0.1667, coverage 0.6667.
--   se: OP2's absent (a5) is valid from 2017 only, so OP2 is derived: Articles 1 and 2 full: full.
--       (2*0.75 + 1*1) / 3 = 0.8333, coverage 2 / 2 = 1.
SELECT * FROM alignment_scores('fx-decl', '2014-06-01', '2020-01-01') WHERE jurisdiction IN ('fi', 'se');
SELECT * FROM clause_status('fx-decl', 'se', '2014-06-01', '2020-01-01');
-- The law in force on 2020-01-01 as known on 2017-06-01 (the published report of that day):
--   fi: OP1 was a1 partial (a2 came in 2018): (2*0.5 + 1*0.5) / 3 = 0.5000, coverage 0.6667.
--   se: unchanged, 0.5000 and 1.
SELECT * FROM alignment_scores('fx-decl', '2020-01-01', '2017-06-01') WHERE jurisdiction IN ('fi', 'se');
-- Defaults: today, as known now (the same as 2020 for this fixture).
SELECT jurisdiction, score, coverage FROM alignment_scores('fx-decl') WHERE jurisdiction IN ('fi', 'se', 'no', 'dk');

-- The matrix, long form.
SELECT * FROM alignment_matrix('fx-decl', '2020-01-01', '2020-01-01') WHERE jurisdiction IN ('fi', 'se', 'no', 'dk');
-- Gaps: below largely, or not assessed.  fi: PP1 not assessed, OP2 partial (derived).  se: OP2 absent.
SELECT * FROM alignment_gaps('fx-decl', 'fi', '2020-01-01', '2020-01-01');
SELECT * FROM alignment_gaps('fx-decl', 'se', '2020-01-01', '2020-01-01');
-- Side by side: fi and se differ everywhere; fi and no only on OP2.
SELECT * FROM compare_jurisdictions('fx-decl', 'fi', 'se', '2020-01-01', '2020-01-01');
SELECT * FROM compare_jurisdictions('fx-decl', 'fi', 'no', '2020-01-01', '2020-01-01');
-- Harmonisation on 2020-01-01:
--   PP1: only se, and not_applicable is left out: 0 assessed, 0 pairs, no index.
--   OP1: fi full, se largely, no full: 3 pairs, 1 agreeing (fi-no): 0.3333.
--   OP2: fi partial, se absent (no: not assessed): 1 pair, 0 agreeing: 0.
SELECT * FROM harmonisation('fx-decl', '2020-01-01', '2020-01-01');
-- Similarity on 2020-01-01 (values fi: OP1 1, OP2 0.5; se: OP1 0.75, OP2 0; no: OP1 1):
--   fi-no: OP1 only: 1 - 0 = 1.0000;  no-se: OP1: 1 - 0.25 = 0.7500;
--   fi-se: OP1 0.25, OP2 0.5: 1 - 0.375 = 0.6250 over 2 clauses.
SELECT * FROM jurisdiction_similarity('fx-decl', '2020-01-01', '2020-01-01');
-- Instrument weights: largely counts 0.9 here, so se = (2*0.9 + 0) / 3 = 0.6000.
INSERT INTO instrument_weight VALUES ('fx-decl', 'largely', 0.9);
SELECT jurisdiction, score FROM alignment_scores('fx-decl', '2020-01-01', '2020-01-01') WHERE jurisdiction = 'se';
DELETE FROM instrument_weight WHERE instrument = 'fx-decl';
-- fi's timeline.  The candidate dates: 2000-01-01 (act and provisions in force),
-- 2015-01-01 (p2 repealed), 2016-01-01 (a1, a8, a9), 2017-01-01 (a3), 2018-01-01 (a2, a1 superseded).
--   2000-01-01: nothing known yet: NULL, 0.        2015-01-01: the same, left out.
--   2016-01-01: OP1 partial, OP2 partial (derived): 0.5000, 0.6667.
--   2017-01-01: a3 is of a provision repealed in 2015: no change, left out.
--   2018-01-01: OP1 full: 0.8333, 0.6667.
SELECT * FROM alignment_timeline('fx-decl', 'fi');
-- no's timeline: its act comes into force on 2010-01-01 (nothing known yet);
-- OP1 full from 2016-06-01: 1.0000, coverage 1/3;  PP1 becomes not_applicable
-- on 2019-01-01: the score stays 1.0000, coverage 1/2 = 0.5000.
INSERT INTO assessment (instrument, clause, jurisdiction, level, valid, evidence, assessor, recorded_at)
VALUES ('fx-decl', 'recs__rec_1', 'no', 'not_applicable', '(,)', 'a13', 'x', '2019-01-01');
SELECT * FROM alignment_timeline('fx-decl', 'no');

-- The timeline computes in one pass what alignment_scores says on each day,
-- as known at the end of that day: for every instrument, jurisdiction and
-- day from its first event to its last, the timeline's last row up to that
-- day has the scores' figures (so no change is missing, late or early).
SELECT count(*) AS days_checked,
       count(*) FILTER (WHERE (t.score, t.coverage, t.clauses_assessed)
                              IS DISTINCT FROM (s.score, s.coverage, s.clauses_assessed)) AS disagreements
FROM instrument i CROSS JOIN jurisdiction j
CROSS JOIN LATERAL (SELECT min(x.d) AS first, max(x.d) AS last FROM alignment_events(i.code, j.code) x(d)) r
CROSS JOIN LATERAL generate_series(r.first, r.last, interval '1 day') g(day)
CROSS JOIN LATERAL (SELECT g.day::date AS d) e
LEFT JOIN LATERAL scores(i.code, ARRAY[j.code], e.d, (e.d + 1)::timestamptz - interval '1 microsecond') s ON true
LEFT JOIN LATERAL (SELECT * FROM alignment_timeline(i.code, j.code) x WHERE x.date <= e.d
                   ORDER BY x.date DESC LIMIT 1) t ON true;

-- The reports as known now read the maintained status segments; as known
-- earlier, they compute from the history.  Both agree: for every instrument
-- and every date from 1999 to 2030 (and the dates just before and after each
-- provision's and act's boundaries), the segments give the statuses computed
-- from the assessments.  (The provisions behind a status always come from the
-- assessments.)
WITH dates AS (
    SELECT d::date AS d FROM generate_series('1999-01-01'::date, '2030-01-01', interval '6 months') d
    UNION SELECT lower(in_force) + k FROM provision, generate_series(-1, 0) k WHERE lower(in_force) IS NOT NULL
    UNION SELECT upper(in_force) + k FROM provision, generate_series(-1, 0) k WHERE upper(in_force) IS NOT NULL
), live AS (
    SELECT i.code AS instrument, d.d, o.clause, o.jurisdiction, o.status
    FROM instrument i CROSS JOIN dates d
    CROSS JOIN LATERAL own_statuses(i.code, false, NULL, d.d, now()) o
), kept AS (
    SELECT g.instrument, d.d, g.clause, g.jurisdiction, g.status
    FROM status_segment g JOIN dates d ON g.valid @> d.d
)
SELECT count(*) AS cells_and_dates,
       count(*) FILTER (WHERE l.status IS DISTINCT FROM k.status) AS disagreements
FROM live l FULL JOIN kept k USING (instrument, d, clause, jurisdiction);
-- After a provision's period changes, its cells are recomputed.
UPDATE provision SET in_force = '[2000-01-01,2019-01-01)' WHERE ref = '/akn/fi/act/2000/1/~art_1';
SELECT * FROM clause_status('fx-decl', 'fi');
SELECT valid, status FROM status_segment WHERE instrument = 'fx-decl' AND jurisdiction = 'fi' ORDER BY clause, valid;
UPDATE provision SET in_force = '[2000-01-01,)' WHERE ref = '/akn/fi/act/2000/1/~art_1';
SELECT * FROM clause_status('fx-decl', 'fi');

-- Unknown names are errors (42704), not empty results.
SELECT * FROM clause_status('nope', 'fi');
SELECT * FROM clause_status('fx-decl', 'zz');
SELECT * FROM alignment_scores('nope');
SELECT * FROM alignment_matrix('nope');
SELECT * FROM alignment_gaps('fx-decl', 'zz');
SELECT * FROM compare_jurisdictions('fx-decl', 'fi', 'zz');
SELECT * FROM harmonisation('nope');
SELECT * FROM jurisdiction_similarity('nope');
SELECT * FROM alignment_timeline('fx-decl', 'zz');
-- NULL arguments are errors (22004), not "nothing counts".
SELECT * FROM clause_status('fx-decl', 'fi', NULL, NULL);
SELECT * FROM clause_status(NULL, 'fi');
SELECT * FROM clause_status('fx-decl', NULL);
SELECT * FROM alignment_scores(NULL);
SELECT * FROM alignment_scores('fx-decl', NULL);
SELECT * FROM harmonisation(NULL);
SELECT * FROM alignment_timeline(NULL, 'fi');

-- The dashboard views: plain column types only, and a comment on every column.
SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod) AS type
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
WHERE c.relnamespace = 'lexalign'::regnamespace AND c.relkind = 'v' AND a.attnum > 0
  AND (format_type(a.atttypid, a.atttypmod) NOT IN ('text', 'numeric', 'integer', 'date',
                                                   'timestamp with time zone', 'boolean')
       OR col_description(c.oid, a.attnum) IS NULL);
SELECT c.relname, obj_description(c.oid, 'pg_class') IS NOT NULL AS commented,
       c.reloptions
FROM pg_class c WHERE c.relnamespace = 'lexalign'::regnamespace AND c.relkind = 'v' ORDER BY 1;
SELECT instrument, jurisdiction, iso_alpha2, iso_alpha3, country_name, clause_order, clause, status, status_label, derived
FROM alignment_matrix_now WHERE instrument = 'fx-decl' AND jurisdiction IN ('fi', 'dk') ORDER BY jurisdiction, clause_order;
SELECT instrument, jurisdiction, iso_alpha3, "time", score, coverage
FROM alignment_history WHERE instrument = 'fx-decl' AND jurisdiction = 'fi' ORDER BY "time";
INSERT INTO treaty_event (jurisdiction, instrument, event, occurred_on) VALUES
    ('fi', 'fx-conv', 'signature', '2000-02-01'), ('fi', 'fx-conv', 'ratification', '2001-03-01'),
    ('fi', 'fx-conv', 'reservation', '2001-03-01'), ('se', 'fx-conv', 'accession', '2002-01-01'),
    ('se', 'fx-conv', 'denunciation', '2010-01-01'), ('no', 'fx-conv', 'signature', '2000-02-01');
SELECT instrument, jurisdiction, iso_alpha3, status, status_date, consent_date, is_party, reservations
FROM treaty_status_now WHERE instrument = 'fx-conv' ORDER BY jurisdiction;

-- Roles: a reader reads every report and view and cannot write; an editor records.
CREATE ROLE regress_reader LOGIN;
CREATE ROLE regress_editor LOGIN;
GRANT lexalign_reader TO regress_reader;
GRANT lexalign_editor TO regress_editor;
SET ROLE regress_reader;
SELECT (SELECT count(*) FROM alignment_scores('fx-decl')) > 0 AS scores,
       (SELECT count(*) FROM alignment_scores_now) > 0 AS view_scores,
       (SELECT count(*) FROM alignment_matrix_now) > 0 AS view_matrix,
       (SELECT count(*) FROM alignment_history) > 0 AS view_history,
       (SELECT count(*) FROM treaty_status_now) > 0 AS view_treaties;
SELECT assess('fx-decl', 'OP1', '/akn/fi/act/2000/1/~art_1', 'full', 'a reader');
SELECT add_jurisdiction('is', 'Iceland');
RESET ROLE;
SET ROLE regress_editor;
SELECT assess_jurisdiction('fx-decl', 'OP1', 'dk', 'absent', 'an editor records') > 0 AS recorded;
UPDATE assessment SET level = 'full' WHERE jurisdiction = 'dk';
DELETE FROM assessment WHERE jurisdiction = 'dk';
RESET ROLE;
DROP ROLE regress_reader;
DROP ROLE regress_editor;

-- Where local midnight repeats (Atlantic/Azores: on 2023-10-29 the clocks go
-- back from 01:00 to 00:00, and PostgreSQL reads '2023-10-29 00:00' as the
-- later of the two), "as known at the end of 28 October" is
-- '2023-10-29'::timestamptz - 1 microsecond = 00:59:59.999999 UTC: a moment
-- at 00:30 UTC (the first 00:30 local time) is known by then.  OP1 is
-- assessed full on 10 October and reassessed absent at that moment: the
-- score falls on the 28th, in the scores of each day and in the timeline,
-- and 28 October is an event day (day_known).
BEGIN;
SET LOCAL TimeZone = 'Atlantic/Azores';
SELECT add_instrument('tz-decl', '/akn/un/doc/2023-01-01/tz', 'Time zones');
SELECT add_clause('tz-decl', 'OP1', 'One');
SELECT add_jurisdiction('pt', 'Portugal');
SELECT add_act('/akn/pt/act/lei/2023-10-01/1', 'An act', '[2023-10-01,)');
SELECT add_provision('/akn/pt/act/lei/2023-10-01/1/~art_1');
INSERT INTO assessment (instrument, clause, jurisdiction, provision, level, evidence, assessor, recorded_at)
VALUES ('tz-decl', 'OP1', 'pt', '/akn/pt/act/lei/2023-10-01/1/~art_1', 'full', 'tz', 'x', '2023-10-10 12:00:00+00');
INSERT INTO assessment (instrument, clause, jurisdiction, provision, level, evidence, assessor, recorded_at)
VALUES ('tz-decl', 'OP1', 'pt', '/akn/pt/act/lei/2023-10-01/1/~art_1', 'absent', 'tz', 'x', '2023-10-29 00:30:00+00');
SELECT day_known('2023-10-29 00:30:00+00'), day_known('2023-10-29 01:00:00+00'), day_known('2023-10-28 23:59:59+00');
-- 10 October: 1.0000; 28 October: 0.0000 (absent)
SELECT d::date, s.score, s.coverage, s.clauses_assessed
FROM generate_series(date '2023-10-26', date '2023-10-30', interval '1 day') d,
     scores('tz-decl', ARRAY['pt'], d::date, (d::date + 1)::timestamptz - interval '1 microsecond') s
ORDER BY 1;
SELECT * FROM alignment_timeline('tz-decl', 'pt');
ROLLBACK;
