-- lexalign 0.1 -> 0.2
--
-- The status segments hold statuses only (43_status_segments.sql): their
-- provisions column goes, and the reports take the provisions behind a
-- status from the assessments instead, through a join the planner removes
-- when a report does not show them.  The segments are derived data, so no
-- information is lost: every provision is still in its assessment.

\echo Use "ALTER EXTENSION lexalign UPDATE TO '0.2'" to load this file. \quit

-- compute_segments depends on segments_of (a SQL-standard body): drop it first.
DROP FUNCTION @extschema@.compute_segments(text[], @extschema@.clause_path[], text[]);
DROP FUNCTION @extschema@.segments_of(@extschema@.alignment[], @extschema@.lexref[], daterange[]);

-- The segments of one cell, from its current assessments given as two
-- arrays (level, dates counted on): cut the dates at every start and end,
-- and take the status of each piece from the assessments covering it.
CREATE FUNCTION @extschema@.segments_of(levels @extschema@.alignment[], valids daterange[])
    RETURNS TABLE (valid daterange, status @extschema@.alignment)
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    cuts date[];
    n int;
    piece daterange;
    best @extschema@.alignment;
    conflict boolean;
    covered boolean;
BEGIN
    SELECT array_agg(DISTINCT b.d ORDER BY b.d) INTO cuts
    FROM unnest(valids) v, LATERAL (VALUES (lower(v)), (upper(v))) b(d) WHERE b.d IS NOT NULL;
    n := coalesce(array_length(cuts, 1), 0);
    -- pieces: (, cut 1), [cut 1, cut 2), ..., [cut n, )
    FOR k IN 0 .. n LOOP
        piece := daterange(CASE WHEN k > 0 THEN cuts[k] END, CASE WHEN k < n THEN cuts[k + 1] END);
        CONTINUE WHEN isempty(piece);
        best := NULL;
        conflict := false;
        covered := false;
        FOR i IN 1 .. coalesce(array_length(levels, 1), 0) LOOP
            CONTINUE WHEN NOT valids[i] @> piece;
            covered := true;
            IF levels[i] = 'conflicting' THEN
                conflict := true;
            ELSIF levels[i] <> 'not_applicable' AND (best IS NULL OR levels[i] > best) THEN
                best := levels[i];
            END IF;
        END LOOP;
        CONTINUE WHEN NOT covered;
        -- as own_statuses: conflict wins, then the best applicable level
        valid := piece;
        status := CASE WHEN conflict THEN 'conflicting' ELSE coalesce(best, 'not_applicable') END;
        RETURN NEXT;
    END LOOP;
END $$;

-- The segments of the cells given (three arrays, one cell per index),
-- computed from their current assessments.
CREATE FUNCTION @extschema@.compute_segments(instruments text[], clauses @extschema@.clause_path[],
                                             jurisdictions text[])
    RETURNS TABLE (instrument text, clause @extschema@.clause_path, jurisdiction text, valid daterange,
                   status @extschema@.alignment)
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT c.instrument, c.clause, c.jurisdiction, s.valid, s.status
    FROM (SELECT a.instrument, a.clause, a.jurisdiction, array_agg(a.level) AS levels,
                 array_agg(CASE WHEN a.provision IS NULL THEN a.valid ELSE p.in_force * t.in_force END) AS valids
          FROM (SELECT DISTINCT * FROM unnest($1, $2, $3) AS u(instrument, clause, jurisdiction)) cell
          JOIN @extschema@.assessment a
            ON a.instrument = cell.instrument AND a.jurisdiction = cell.jurisdiction AND a.clause = cell.clause
          LEFT JOIN @extschema@.provision p ON p.ref = a.provision
          LEFT JOIN @extschema@.act t ON t.ref = p.act
          WHERE a.superseded_at IS NULL
          GROUP BY a.instrument, a.clause, a.jurisdiction) c
    CROSS JOIN LATERAL @extschema@.segments_of(c.levels, c.valids) s;
END;


-- statuses: the same columns; the provisions now from own_statuses, own and
-- derived statuses keyed by the clause's position.
CREATE OR REPLACE FUNCTION @extschema@.statuses(instrument text, jurisdictions text[], as_of date, known_at timestamptz)
    RETURNS TABLE (jurisdiction text, "position" int4, clause @extschema@.clause_path, heading text,
                   weight numeric, status @extschema@.alignment, provisions @extschema@.lexref[],
                   derived boolean)
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    -- as known now: the maintained segments (43_status_segments.sql);
    -- as known earlier: computed from the history.  Own and derived statuses
    -- are keyed by the clause's position, an integer: the joins and sorts
    -- of a whole matrix then compare integers and ASCII codes, not paths.
    WITH own AS (
        SELECT k.position, g.jurisdiction, g.status
        FROM @extschema@.status_segment g
        JOIN @extschema@.clause k ON k.instrument = g.instrument AND k.path = g.clause
        WHERE @extschema@.segments_hold($4) AND g.instrument = $1 AND g.valid @> $3
          AND ($2 IS NULL OR g.jurisdiction = ANY ($2))
        UNION ALL
        SELECT k.position, o.jurisdiction, o.status
        FROM @extschema@.own_statuses($1, false, $2, $3, $4) o
        JOIN @extschema@.clause k ON k.instrument = o.instrument AND k.path = o.clause
        WHERE NOT @extschema@.segments_hold($4)
    ), referenced AS (
        SELECT g.instrument, g.clause, g.jurisdiction, g.status
        FROM @extschema@.status_segment g
        WHERE @extschema@.segments_hold($4) AND g.valid @> $3
          AND g.instrument IN (SELECT r.to_instrument FROM @extschema@.clause_reference r WHERE r.instrument = $1)
          AND ($2 IS NULL OR g.jurisdiction = ANY ($2))
        UNION ALL
        SELECT o.instrument, o.clause, o.jurisdiction, o.status
        FROM @extschema@.own_statuses($1, true, $2, $3, $4) o
        WHERE NOT @extschema@.segments_hold($4)
    ), derived AS (
        -- all referenced clauses assessed: the lowest applicable status among them
        SELECT k.position, j.code AS jurisdiction,
               CASE WHEN count(*) = count(o.status)
                    THEN coalesce(min(o.status) FILTER (WHERE o.status <> 'not_applicable'),
                                  'not_applicable') END AS status
        FROM @extschema@.clause_reference r
        JOIN @extschema@.clause k ON k.instrument = r.instrument AND k.path = r.clause
        CROSS JOIN @extschema@.jurisdiction j
        LEFT JOIN referenced o ON o.instrument = r.to_instrument AND o.clause = r.to_clause
                              AND o.jurisdiction COLLATE "C" = j.code COLLATE "C"
        WHERE r.instrument = $1 AND ($2 IS NULL OR j.code = ANY ($2))
        GROUP BY k.position, j.code
    )
    SELECT j.code, c.position, c.path, c.heading, c.weight,
           coalesce(o.status, d.status), pv.provisions,
           o.status IS NULL AND d.status IS NOT NULL
    FROM @extschema@.clause c
    -- (the checks sit in this join, not in WHERE: a variable-free qual at the
    -- top of the query would keep the planner from removing the join below)
    JOIN @extschema@.jurisdiction j ON @extschema@.require_instrument($1) AND @extschema@.require_moment($3, $4)
    -- codes are ASCII: "C" compares them as bytes, which keeps sorts and merges cheap
    LEFT JOIN own o ON o.position = c.position AND o.jurisdiction COLLATE "C" = j.code COLLATE "C"
    LEFT JOIN derived d ON d.position = c.position AND d.jurisdiction COLLATE "C" = j.code COLLATE "C"
    -- the provisions behind a status, from the assessments: joined on all of
    -- own_statuses' grouping keys, so that a report not showing provisions
    -- (the matrix, the scores) has the planner remove this join altogether
    LEFT JOIN @extschema@.own_statuses($1, false, $2, $3, $4) pv
           ON pv.instrument = c.instrument AND pv.clause = c.path
          AND pv.jurisdiction COLLATE "C" = j.code COLLATE "C"
    -- coalesce: "= NULL" would fold the whole query away, checks included
    WHERE c.instrument = coalesce($1, '') AND ($2 IS NULL OR j.code = ANY ($2));
END;
COMMENT ON FUNCTION @extschema@.statuses(text, text[], date, timestamptz) IS
    'The status of every clause of the instrument for the jurisdictions (NULL: all): own, or derived from the clauses it references';

-- alignment_timeline: the same results, from one pass over the history.
-- The timeline reads the history once.  On day d it counts what was in force
-- on d as known at the end of d: an assessment counts from the later of its
-- period's start and the day it was recorded, to the earlier of its period's
-- end and the day it was superseded.  Those are dates on one line, so each
-- cell's history cuts into segments of one status (segments_of, as for the
-- status segments), and each day's score comes from the segments holding
-- it: no report is rerun per day.  sql/reports.sql checks every day against
-- alignment_scores(instrument, d, end of d).
CREATE OR REPLACE FUNCTION @extschema@.alignment_timeline(instrument text, jurisdiction text)
    RETURNS TABLE ("date" date, score numeric, coverage numeric, clauses_assessed int4)
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    WITH cell AS (
        -- every cell of the jurisdiction (the instrument's clauses and those
        -- they reference): its status on each stretch of days
        -- (the instrument's own clauses carry their position and weight)
        SELECT h.instrument, h.clause, k.position, k.weight, s.valid, s.status
        FROM (SELECT a.instrument, a.clause, array_agg(a.level) AS levels,
                     array_agg(CASE WHEN a.provision IS NULL THEN a.valid ELSE p.in_force * t.in_force END
                               * daterange(a.recorded_at::date, a.superseded_at::date)) AS valids
              FROM @extschema@.assessment a
              LEFT JOIN @extschema@.provision p ON p.ref = a.provision
              LEFT JOIN @extschema@.act t ON t.ref = p.act
              WHERE a.jurisdiction = $2
                AND (a.instrument = $1 OR a.instrument IN (SELECT r.to_instrument FROM @extschema@.clause_reference r
                                                          WHERE r.instrument = $1))
              GROUP BY a.instrument, a.clause) h
        LEFT JOIN @extschema@.clause k ON k.instrument = $1 AND k.instrument = h.instrument AND k.path = h.clause
        CROSS JOIN LATERAL @extschema@.segments_of(h.levels, h.valids) s
    ), days AS (
        SELECT e.d FROM @extschema@.alignment_events($1, $2) e(d)
    ), own AS MATERIALIZED (
        SELECT y.d, g.position, g.weight, g.status
        FROM days y
        JOIN cell g ON g.instrument = $1 AND g.valid @> y.d
    ), derived AS MATERIALIZED (
        -- as in statuses: all referenced clauses assessed, the lowest applicable status
        SELECT y.d, k.position, k.weight,
               CASE WHEN count(*) = count(o.status)
                    THEN coalesce(min(o.status) FILTER (WHERE o.status <> 'not_applicable'),
                                  'not_applicable') END AS status
        FROM days y
        CROSS JOIN @extschema@.clause_reference r
        JOIN @extschema@.clause k ON k.instrument = r.instrument AND k.path = r.clause
        LEFT JOIN cell o ON o.instrument = r.to_instrument AND o.clause = r.to_clause AND o.valid @> y.d
        WHERE r.instrument = $1
        GROUP BY y.d, k.position, k.weight
    ), known AS (
        -- the clauses with a status on each day (the others are not assessed)
        SELECT o.d, o.weight, o.status FROM own o
        UNION ALL
        SELECT v.d, v.weight, v.status FROM derived v
        WHERE v.status IS NOT NULL AND NOT EXISTS (SELECT FROM own o WHERE o.d = v.d AND o.position = v.position)
    ), points AS (
        -- as in scores; a clause not assessed is applicable, and counts
        -- only there: the clauses applicable are all but the not_applicable
        SELECT z.d, z.score, z.coverage, z.clauses_assessed,
               lag(z.score) OVER (ORDER BY z.d) AS prev_score,
               lag(z.coverage) OVER (ORDER BY z.d) AS prev_coverage,
               lag(z.clauses_assessed) OVER (ORDER BY z.d) AS prev_assessed,
               row_number() OVER (ORDER BY z.d) AS n
        FROM (SELECT y.d,
                     round(sum(s.weight * coalesce(w.weight, @extschema@.default_weight(s.status)))
                               FILTER (WHERE s.status <> 'not_applicable')
                           / nullif(sum(s.weight) FILTER (WHERE s.status <> 'not_applicable'), 0), 4) AS score,
                     CASE WHEN n.clauses - count(*) FILTER (WHERE s.status = 'not_applicable') = 0 THEN 0
                          ELSE round(count(*) FILTER (WHERE s.status <> 'not_applicable')::numeric
                                     / (n.clauses - count(*) FILTER (WHERE s.status = 'not_applicable')), 4)
                          END AS coverage,
                     (count(*) FILTER (WHERE s.status <> 'not_applicable'))::int4 AS clauses_assessed
              FROM days y
              -- an instrument without clauses has no scores, hence no timeline
              JOIN (SELECT count(*) AS clauses FROM @extschema@.clause c WHERE c.instrument = $1) n ON n.clauses > 0
              LEFT JOIN known s ON s.d = y.d
              LEFT JOIN @extschema@.instrument_weight w ON w.instrument = $1 AND w.level = s.status
              GROUP BY y.d, n.clauses) z
    )
    SELECT p.d, p.score, p.coverage, p.clauses_assessed
    FROM points p
    WHERE (p.n = 1 OR p.score IS DISTINCT FROM p.prev_score OR p.coverage IS DISTINCT FROM p.prev_coverage
           OR p.clauses_assessed IS DISTINCT FROM p.prev_assessed)
      AND @extschema@.require_instrument($1) AND @extschema@.require_jurisdiction($2)
    ORDER BY p.d;
END;

-- statuses no longer reads it (a SQL-standard body depends on the columns it names)
ALTER TABLE @extschema@.status_segment DROP COLUMN provisions;
