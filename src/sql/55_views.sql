-- Views for dashboards (Grafana, Metabase, Superset), as of today.  BI drivers
-- reject a whole result with a type they do not know, so every column is a
-- plain type (text, numeric, integer, date, timestamptz, boolean); rows are
-- long, never pivoted, with an integer sort key for clause order; "not
-- assessed" is NULL plus a label; every country row carries ISO alpha-2,
-- alpha-3 and the English name, since map panels key on one or the other.
-- security_invoker: a view reads with the rights of whoever queries it.

CREATE VIEW @extschema@.alignment_scores_now WITH (security_invoker = true) AS
SELECT i.code AS instrument, s.jurisdiction, j.country AS iso_alpha2, c.alpha3 AS iso_alpha3,
       coalesce(c.name, j.name) AS country_name, j.name AS jurisdiction_name, s.parliament,
       s.score, s.coverage, s.clauses_assessed, s.clauses_applicable, s.rank
FROM @extschema@.instrument i
CROSS JOIN LATERAL @extschema@.alignment_scores(i.code) s
JOIN @extschema@.jurisdiction j ON j.code = s.jurisdiction
LEFT JOIN @extschema@.country c ON c.alpha2 = j.country;
COMMENT ON VIEW @extschema@.alignment_scores_now IS
    'Today''s score of every jurisdiction against every instrument, as known now';
COMMENT ON COLUMN @extschema@.alignment_scores_now.instrument IS 'The instrument''s code (moscow-2017)';
COMMENT ON COLUMN @extschema@.alignment_scores_now.jurisdiction IS 'Jurisdiction code: ISO 3166-1 alpha-2, optionally -subdivision; or eu, un';
COMMENT ON COLUMN @extschema@.alignment_scores_now.iso_alpha2 IS 'ISO 3166-1 alpha-2 (lowercase), for map panels';
COMMENT ON COLUMN @extschema@.alignment_scores_now.iso_alpha3 IS 'ISO 3166-1 alpha-3 (lowercase), for map panels; NULL for eu, un';
COMMENT ON COLUMN @extschema@.alignment_scores_now.country_name IS 'English short name of the country (ISO 3166-1)';
COMMENT ON COLUMN @extschema@.alignment_scores_now.jurisdiction_name IS 'The jurisdiction''s name as recorded';
COMMENT ON COLUMN @extschema@.alignment_scores_now.parliament IS 'The parliament';
COMMENT ON COLUMN @extschema@.alignment_scores_now.score IS 'Weighted alignment of the assessed clauses, 0 to 1; NULL when nothing is assessed';
COMMENT ON COLUMN @extschema@.alignment_scores_now.coverage IS 'Share of the applicable clauses that are assessed, 0 to 1';
COMMENT ON COLUMN @extschema@.alignment_scores_now.clauses_assessed IS 'Clauses with a status other than not_applicable';
COMMENT ON COLUMN @extschema@.alignment_scores_now.clauses_applicable IS 'Clauses not assessed not_applicable';
COMMENT ON COLUMN @extschema@.alignment_scores_now.rank IS 'Rank by score among the jurisdictions with one (1 = best)';

CREATE VIEW @extschema@.alignment_matrix_now WITH (security_invoker = true) AS
SELECT i.code AS instrument, m.jurisdiction, j.country AS iso_alpha2, c.alpha3 AS iso_alpha3,
       coalesce(c.name, j.name) AS country_name, m.position AS clause_order, m.clause::text AS clause,
       cl.heading, m.status::text AS status, coalesce(m.status::text, 'not assessed') AS status_label,
       m.derived
FROM @extschema@.instrument i
CROSS JOIN LATERAL @extschema@.alignment_matrix(i.code) m
JOIN @extschema@.jurisdiction j ON j.code = m.jurisdiction
JOIN @extschema@.clause cl ON cl.instrument = i.code AND cl.position = m.position
LEFT JOIN @extschema@.country c ON c.alpha2 = j.country;
COMMENT ON VIEW @extschema@.alignment_matrix_now IS
    'Today''s status of every clause of every instrument in every jurisdiction, one row per pair';
COMMENT ON COLUMN @extschema@.alignment_matrix_now.instrument IS 'The instrument''s code';
COMMENT ON COLUMN @extschema@.alignment_matrix_now.jurisdiction IS 'Jurisdiction code';
COMMENT ON COLUMN @extschema@.alignment_matrix_now.iso_alpha2 IS 'ISO 3166-1 alpha-2 (lowercase)';
COMMENT ON COLUMN @extschema@.alignment_matrix_now.iso_alpha3 IS 'ISO 3166-1 alpha-3 (lowercase); NULL for eu, un';
COMMENT ON COLUMN @extschema@.alignment_matrix_now.country_name IS 'English short name of the country';
COMMENT ON COLUMN @extschema@.alignment_matrix_now.clause_order IS 'Position of the clause in the instrument: sort by it';
COMMENT ON COLUMN @extschema@.alignment_matrix_now.clause IS 'The clause as an Akoma Ntoso eId (art_3__para_1)';
COMMENT ON COLUMN @extschema@.alignment_matrix_now.heading IS 'The clause''s heading';
COMMENT ON COLUMN @extschema@.alignment_matrix_now.status IS 'conflicting, absent, partial, largely, full or not_applicable; NULL when not assessed';
COMMENT ON COLUMN @extschema@.alignment_matrix_now.status_label IS 'The status, or ''not assessed''';
COMMENT ON COLUMN @extschema@.alignment_matrix_now.derived IS 'True when the status comes from the clauses of other instruments this clause references';

CREATE VIEW @extschema@.treaty_status_now WITH (security_invoker = true) AS
SELECT e.instrument, e.jurisdiction, j.country AS iso_alpha2, c.alpha3 AS iso_alpha3,
       coalesce(c.name, j.name) AS country_name,
       last_event.event AS status, last_event.occurred_on AS status_date,
       consent.occurred_on AS consent_date,
       consent.occurred_on IS NOT NULL
           AND (denounced.occurred_on IS NULL OR denounced.occurred_on < consent.occurred_on) AS is_party,
       (SELECT count(*) FROM @extschema@.treaty_event r
        WHERE r.jurisdiction = e.jurisdiction AND r.instrument = e.instrument
          AND r.event = 'reservation' AND r.occurred_on <= current_date)::int4 AS reservations
FROM (SELECT DISTINCT t.instrument, t.jurisdiction FROM @extschema@.treaty_event t
      WHERE t.occurred_on <= current_date) e
JOIN @extschema@.jurisdiction j ON j.code = e.jurisdiction
LEFT JOIN @extschema@.country c ON c.alpha2 = j.country
CROSS JOIN LATERAL (SELECT t.event, t.occurred_on FROM @extschema@.treaty_event t
                    WHERE t.jurisdiction = e.jurisdiction AND t.instrument = e.instrument
                      AND t.occurred_on <= current_date
                    -- reservations, declarations and objections qualify a status, they are not one
                    ORDER BY t.event NOT IN ('reservation', 'declaration', 'objection') DESC,
                             t.occurred_on DESC, t.id DESC LIMIT 1) last_event
LEFT JOIN LATERAL (SELECT max(t.occurred_on) AS occurred_on FROM @extschema@.treaty_event t
                   WHERE t.jurisdiction = e.jurisdiction AND t.instrument = e.instrument
                     AND t.occurred_on <= current_date
                     AND t.event IN ('ratification', 'accession', 'acceptance', 'approval', 'succession')) consent ON true
LEFT JOIN LATERAL (SELECT max(t.occurred_on) AS occurred_on FROM @extschema@.treaty_event t
                   WHERE t.jurisdiction = e.jurisdiction AND t.instrument = e.instrument
                     AND t.occurred_on <= current_date AND t.event = 'denunciation') denounced ON true;
COMMENT ON VIEW @extschema@.treaty_status_now IS
    'Where each jurisdiction stands today in each treaty: its latest event, whether it is a party, its reservations';
COMMENT ON COLUMN @extschema@.treaty_status_now.instrument IS 'The instrument''s code';
COMMENT ON COLUMN @extschema@.treaty_status_now.jurisdiction IS 'Jurisdiction code';
COMMENT ON COLUMN @extschema@.treaty_status_now.iso_alpha2 IS 'ISO 3166-1 alpha-2 (lowercase)';
COMMENT ON COLUMN @extschema@.treaty_status_now.iso_alpha3 IS 'ISO 3166-1 alpha-3 (lowercase); NULL for eu, un';
COMMENT ON COLUMN @extschema@.treaty_status_now.country_name IS 'English short name of the country';
COMMENT ON COLUMN @extschema@.treaty_status_now.status IS 'The latest step: signature, ratification, accession, acceptance, approval, succession, entry_into_force, denunciation (reservations are counted apart)';
COMMENT ON COLUMN @extschema@.treaty_status_now.status_date IS 'The date of the latest event';
COMMENT ON COLUMN @extschema@.treaty_status_now.consent_date IS 'The latest consent to be bound (ratification, accession, acceptance, approval, succession)';
COMMENT ON COLUMN @extschema@.treaty_status_now.is_party IS 'True when consent was given and not denounced since';
COMMENT ON COLUMN @extschema@.treaty_status_now.reservations IS 'Number of reservations recorded';

CREATE VIEW @extschema@.alignment_history WITH (security_invoker = true) AS
SELECT p.instrument, p.jurisdiction, j.country AS iso_alpha2, c.alpha3 AS iso_alpha3,
       coalesce(c.name, j.name) AS country_name,
       t.date::timestamptz AS "time", t.score, t.coverage, t.clauses_assessed
FROM (-- every jurisdiction assessed on the instrument or on one its clauses reference
      SELECT DISTINCT i.code AS instrument, a.jurisdiction
      FROM @extschema@.instrument i
      JOIN @extschema@.assessment a
        ON a.instrument = i.code
        OR a.instrument IN (SELECT r.to_instrument FROM @extschema@.clause_reference r WHERE r.instrument = i.code)) p
JOIN @extschema@.jurisdiction j ON j.code = p.jurisdiction
LEFT JOIN @extschema@.country c ON c.alpha2 = j.country
CROSS JOIN LATERAL @extschema@.alignment_timeline(p.instrument, p.jurisdiction) t;
COMMENT ON VIEW @extschema@.alignment_history IS
    'Score and coverage of each jurisdiction with assessments, per instrument, on each date they change: a time series (column time)';
COMMENT ON COLUMN @extschema@.alignment_history.instrument IS 'The instrument''s code';
COMMENT ON COLUMN @extschema@.alignment_history.jurisdiction IS 'Jurisdiction code';
COMMENT ON COLUMN @extschema@.alignment_history.iso_alpha2 IS 'ISO 3166-1 alpha-2 (lowercase)';
COMMENT ON COLUMN @extschema@.alignment_history.iso_alpha3 IS 'ISO 3166-1 alpha-3 (lowercase); NULL for eu, un';
COMMENT ON COLUMN @extschema@.alignment_history.country_name IS 'English short name of the country';
COMMENT ON COLUMN @extschema@.alignment_history."time" IS 'The start of the day on which the values take effect';
COMMENT ON COLUMN @extschema@.alignment_history.score IS 'Weighted alignment from that day, 0 to 1; NULL when nothing is assessed';
COMMENT ON COLUMN @extschema@.alignment_history.coverage IS 'Share of the applicable clauses assessed from that day';
COMMENT ON COLUMN @extschema@.alignment_history.clauses_assessed IS 'Clauses assessed from that day';
