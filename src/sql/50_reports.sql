-- Reports: how the parliaments' laws align with an instrument (DESIGN.md
-- "Alignment semantics").  For instrument D, valid date as_of and knowledge
-- time known_at:
--   * an assessment counts if it was recorded by known_at and not superseded
--     then, and its provision (and the provision's act) is in force on as_of,
--     or, jurisdiction-wide, its valid period holds as_of;
--   * the status of a clause is conflicting if any counting assessment is;
--     otherwise the best applicable level; not_applicable if that is all there
--     is; NULL (not assessed) if nothing counts;
--   * a clause with no status of its own that references clauses of other
--     instruments takes the lowest status among them when all have one
--     (derived, one step: referenced clauses' own statuses only);
--   * score = sum(weight(c) * value(status)) / sum(weight(c)) over clauses
--     assessed (status neither NULL nor not_applicable); coverage = assessed
--     clauses / applicable clauses (not not_applicable).
-- Every function is STABLE and PARALLEL SAFE and has a SQL-standard body: it
-- is bound when the extension is created (a search_path cannot change what it
-- calls) and the planner can inline it, pushing a jurisdiction down to the
-- indexes.  Parameters are written $1, $2, ... because in a SQL function a
-- column of the same name as a parameter would win.

-- The assessments that count, for an instrument, or (referenced) for the
-- instruments its clauses reference, whose statuses derived statuses take.
-- Two calls rather than one over both: each gets its own row estimate, and
-- the planner its own plan (referenced is always a constant).
CREATE FUNCTION @extschema@.counting_assessments(instrument text, referenced boolean, jurisdictions text[],
                                                 as_of date, known_at timestamptz)
    RETURNS TABLE (instrument text, clause @extschema@.clause_path, jurisdiction text,
                   provision @extschema@.lexref, level @extschema@.alignment)
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT a.instrument, a.clause, a.jurisdiction, a.provision, a.level
    FROM @extschema@.assessment a
    LEFT JOIN @extschema@.provision p ON p.ref = a.provision
    LEFT JOIN @extschema@.act t ON t.ref = p.act
    WHERE CASE WHEN $2 THEN a.instrument IN (SELECT r.to_instrument FROM @extschema@.clause_reference r
                                             WHERE r.instrument = $1)
               ELSE a.instrument = $1 END
      AND ($3 IS NULL OR a.jurisdiction = ANY ($3))
      AND a.recorded_at <= $5 AND (a.superseded_at IS NULL OR a.superseded_at > $5)
      AND CASE WHEN a.provision IS NULL THEN a.valid @> $4
               ELSE p.in_force @> $4 AND t.in_force @> $4 END;
END;
COMMENT ON FUNCTION @extschema@.counting_assessments(text, boolean, text[], date, timestamptz) IS
    'The assessments that count, for the instrument (or, referenced, those its clauses reference) and the jurisdictions (NULL: all), on as_of, as known at known_at';

-- Each clause's own status, from the assessments that count.  The provisions
-- come unordered (an ordered aggregate would forbid hashed grouping): the
-- reports that show them sort them.
CREATE FUNCTION @extschema@.own_statuses(instrument text, referenced boolean, jurisdictions text[],
                                         as_of date, known_at timestamptz)
    RETURNS TABLE (instrument text, clause @extschema@.clause_path, jurisdiction text,
                   status @extschema@.alignment, provisions @extschema@.lexref[])
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT c.instrument, c.clause, c.jurisdiction,
           CASE WHEN bool_or(c.level = 'conflicting') THEN 'conflicting'::@extschema@.alignment
                ELSE coalesce(max(c.level) FILTER (WHERE c.level <> 'not_applicable'),
                              'not_applicable') END,
           array_agg(c.provision) FILTER (WHERE c.provision IS NOT NULL)
    FROM @extschema@.counting_assessments($1, $2, $3, $4, $5) c
    GROUP BY c.instrument, c.clause, c.jurisdiction;
END;

-- The status of every clause of an instrument for every jurisdiction (NULL:
-- all), own or derived: the core of every report.
CREATE FUNCTION @extschema@.statuses(instrument text, jurisdictions text[], as_of date, known_at timestamptz)
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

-- Score and coverage per jurisdiction (NULL: all).
CREATE FUNCTION @extschema@.scores(instrument text, jurisdictions text[], as_of date, known_at timestamptz)
    RETURNS TABLE (jurisdiction text, score numeric, coverage numeric,
                   clauses_assessed int4, clauses_applicable int4)
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT s.jurisdiction,
           round(sum(s.weight * coalesce(w.weight, @extschema@.default_weight(s.status)))
                     FILTER (WHERE s.status <> 'not_applicable')
                 / nullif(sum(s.weight) FILTER (WHERE s.status <> 'not_applicable'), 0), 4),
           CASE WHEN count(*) FILTER (WHERE s.status IS DISTINCT FROM 'not_applicable') = 0 THEN 0
                ELSE round(count(*) FILTER (WHERE s.status <> 'not_applicable')::numeric
                           / count(*) FILTER (WHERE s.status IS DISTINCT FROM 'not_applicable'), 4) END,
           (count(*) FILTER (WHERE s.status <> 'not_applicable'))::int4,
           (count(*) FILTER (WHERE s.status IS DISTINCT FROM 'not_applicable'))::int4
    FROM @extschema@.statuses($1, $2, $3, $4) s
    LEFT JOIN @extschema@.instrument_weight w ON w.instrument = $1 AND w.level = s.status
    GROUP BY s.jurisdiction;
END;

CREATE FUNCTION @extschema@.clause_status(instrument text, jurisdiction text,
                                          as_of date DEFAULT current_date, known_at timestamptz DEFAULT now())
    RETURNS TABLE ("position" int4, clause @extschema@.clause_path, heading text,
                   status @extschema@.alignment, provisions @extschema@.lexref[], derived boolean)
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT s.position, s.clause, s.heading, s.status,
           CASE WHEN s.provisions IS NOT NULL THEN ARRAY(SELECT p FROM unnest(s.provisions) p ORDER BY p) END, s.derived
    FROM @extschema@.statuses($1, ARRAY[$2], $3, $4) s
    WHERE @extschema@.require_jurisdiction($2)
    ORDER BY s.position;
END;
COMMENT ON FUNCTION @extschema@.clause_status(text, text, date, timestamptz) IS
    'One row per clause of the instrument, in document order: its status in the jurisdiction (NULL: not assessed), the provisions behind it, and whether it is derived from referenced clauses';

CREATE FUNCTION @extschema@.alignment_scores(instrument text, as_of date DEFAULT current_date,
                                             known_at timestamptz DEFAULT now())
    RETURNS TABLE (jurisdiction text, parliament text, score numeric, coverage numeric,
                   clauses_assessed int4, clauses_applicable int4, rank int4)
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT s.jurisdiction, j.parliament, s.score, s.coverage, s.clauses_assessed, s.clauses_applicable,
           CASE WHEN s.score IS NOT NULL
                THEN (rank() OVER (ORDER BY s.score DESC NULLS LAST))::int4 END
    FROM @extschema@.scores($1, NULL, $2, $3) s
    JOIN @extschema@.jurisdiction j ON j.code = s.jurisdiction
    ORDER BY s.score DESC NULLS LAST, s.jurisdiction;
END;
COMMENT ON FUNCTION @extschema@.alignment_scores(text, date, timestamptz) IS
    'One row per jurisdiction: score (NULL when nothing is assessed), coverage of the applicable clauses, counts, rank by score';

CREATE FUNCTION @extschema@.alignment_matrix(instrument text, as_of date DEFAULT current_date,
                                             known_at timestamptz DEFAULT now())
    RETURNS TABLE (jurisdiction text, "position" int4, clause @extschema@.clause_path,
                   status @extschema@.alignment, derived boolean)
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT s.jurisdiction, s.position, s.clause, s.status, s.derived
    FROM @extschema@.statuses($1, NULL, $2, $3) s
    ORDER BY s.jurisdiction COLLATE "C", s.position;
END;
COMMENT ON FUNCTION @extschema@.alignment_matrix(text, date, timestamptz) IS
    'Jurisdictions x clauses, long form: one row per pair with its status (NULL: not assessed)';

CREATE FUNCTION @extschema@.alignment_gaps(instrument text, jurisdiction text,
                                           as_of date DEFAULT current_date, known_at timestamptz DEFAULT now())
    RETURNS TABLE ("position" int4, clause @extschema@.clause_path, heading text,
                   status @extschema@.alignment, gap text, provisions @extschema@.lexref[], derived boolean)
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT s.position, s.clause, s.heading, s.status,
           CASE WHEN s.status IS NULL THEN 'not assessed' ELSE s.status::text END,
           CASE WHEN s.provisions IS NOT NULL THEN ARRAY(SELECT p FROM unnest(s.provisions) p ORDER BY p) END, s.derived
    FROM @extschema@.statuses($1, ARRAY[$2], $3, $4) s
    WHERE (s.status IS NULL OR s.status < 'largely') AND @extschema@.require_jurisdiction($2)
    ORDER BY s.position;
END;
COMMENT ON FUNCTION @extschema@.alignment_gaps(text, text, date, timestamptz) IS
    'The clauses below largely (partial, absent, conflicting) or not assessed, with the provisions that exist';

CREATE FUNCTION @extschema@.compare_jurisdictions(instrument text, a text, b text,
                                                  as_of date DEFAULT current_date,
                                                  known_at timestamptz DEFAULT now())
    RETURNS TABLE ("position" int4, clause @extschema@.clause_path, heading text,
                   status_a @extschema@.alignment, status_b @extschema@.alignment, differ boolean)
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT sa.position, sa.clause, sa.heading, sa.status, sb.status, sa.status IS DISTINCT FROM sb.status
    FROM @extschema@.statuses($1, ARRAY[$2], $4, $5) sa
    JOIN @extschema@.statuses($1, ARRAY[$3], $4, $5) sb ON sb.position = sa.position
    WHERE @extschema@.require_jurisdiction($2) AND @extschema@.require_jurisdiction($3)
    ORDER BY sa.position;
END;
COMMENT ON FUNCTION @extschema@.compare_jurisdictions(text, text, text, date, timestamptz) IS
    'Two jurisdictions side by side, clause by clause, and whether their statuses differ';

CREATE FUNCTION @extschema@.harmonisation(instrument text, as_of date DEFAULT current_date,
                                          known_at timestamptz DEFAULT now())
    RETURNS TABLE ("position" int4, clause @extschema@.clause_path, jurisdictions_assessed int4,
                   agreeing_pairs int4, pairs int4, index numeric)
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    WITH levels AS (
        -- how many jurisdictions share each level of each clause
        SELECT s.position, s.status, count(*) AS m
        FROM @extschema@.statuses($1, NULL, $2, $3) s
        WHERE s.status <> 'not_applicable'
        GROUP BY s.position, s.status
    ), per_clause AS (
        SELECT l.position, sum(l.m) AS n, sum(l.m * (l.m - 1) / 2) AS agreeing
        FROM levels l GROUP BY l.position
    )
    SELECT c.position, c.path, coalesce(p.n, 0)::int4, coalesce(p.agreeing, 0)::int4,
           coalesce(p.n * (p.n - 1) / 2, 0)::int4,
           round(p.agreeing / nullif(p.n * (p.n - 1) / 2, 0), 4)
    FROM @extschema@.clause c
    LEFT JOIN per_clause p ON p.position = c.position
    WHERE c.instrument = coalesce($1, '') AND @extschema@.require_instrument($1)
      AND @extschema@.require_moment($2, $3)
    ORDER BY c.position;
END;
COMMENT ON FUNCTION @extschema@.harmonisation(text, date, timestamptz) IS
    'Per clause: jurisdictions assessed, pairs of them with equal levels, all pairs, and their ratio (not_applicable and not assessed are left out)';

CREATE FUNCTION @extschema@.jurisdiction_similarity(instrument text, as_of date DEFAULT current_date,
                                                    known_at timestamptz DEFAULT now())
    RETURNS TABLE (jurisdiction_a text, jurisdiction_b text, similarity numeric, clauses_compared int4)
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    WITH v AS (
        SELECT s.jurisdiction, s.position,
               coalesce(w.weight, @extschema@.default_weight(s.status)) AS value
        FROM @extschema@.statuses($1, NULL, $2, $3) s
        LEFT JOIN @extschema@.instrument_weight w ON w.instrument = $1 AND w.level = s.status
        WHERE s.status <> 'not_applicable'
    )
    SELECT a.jurisdiction, b.jurisdiction, round(1 - avg(abs(a.value - b.value)), 4), count(*)::int4
    FROM v a JOIN v b ON b.position = a.position AND a.jurisdiction < b.jurisdiction
    GROUP BY a.jurisdiction, b.jurisdiction
    ORDER BY 3 DESC, 1, 2;
END;
COMMENT ON FUNCTION @extschema@.jurisdiction_similarity(text, date, timestamptz) IS
    'Pairs of jurisdictions with a clause assessed in both: 1 - mean |value(a) - value(b)| over those clauses, and how many';

-- The first day by whose end a moment is known, as the reports read "known
-- at the end of day d": known_at = (d + 1)::timestamptz - 1 microsecond.
-- That is the moment's date, but for the first hour of a day whose local
-- midnight repeats (clocks going back at 01:00), which PostgreSQL reads as
-- the later midnight: a moment before it is known by the end of the day
-- before.
CREATE FUNCTION @extschema@.day_known(moment timestamptz) RETURNS date
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN $1::date - ($1 < $1::date::timestamptz)::int4;
COMMENT ON FUNCTION @extschema@.day_known(timestamptz) IS
    'The first day d with the moment at or before (d + 1)::timestamptz - 1 microsecond (the end of d as the reports read it)';

-- The dates on which a jurisdiction's score or coverage can change: its acts
-- and provisions come into force or end, a jurisdiction-wide assessment's
-- period starts or ends, an assessment becomes known or superseded.
CREATE FUNCTION @extschema@.alignment_events(instrument text, jurisdiction text)
    RETURNS SETOF date
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT DISTINCT e.d
    FROM @extschema@.assessment a
    LEFT JOIN @extschema@.provision p ON p.ref = a.provision
    LEFT JOIN @extschema@.act t ON t.ref = p.act
    CROSS JOIN LATERAL (VALUES (lower(p.in_force)), (upper(p.in_force)), (lower(t.in_force)),
                               (upper(t.in_force)), (lower(a.valid)), (upper(a.valid)),
                               (@extschema@.day_known(a.recorded_at)),
                               (@extschema@.day_known(a.superseded_at))) e(d)
    WHERE a.jurisdiction = $2
      AND (a.instrument = $1 OR a.instrument IN (SELECT r.to_instrument FROM @extschema@.clause_reference r
                                                WHERE r.instrument = $1))
      AND e.d IS NOT NULL AND isfinite(e.d);
END;

-- The timeline reads the history once.  On day d it counts what was in force
-- on d as known at the end of d: an assessment counts from the later of its
-- period's start and the day it was recorded, to the earlier of its period's
-- end and the day it was superseded.  Those are dates on one line, so each
-- cell's history cuts into segments of one status (segments_of, as for the
-- status segments).  A clause's status, own or derived, then stays the same
-- between two boundaries of the segments it rests on (its own and those of
-- the clauses it references): one piece each.  Each piece adds its weight,
-- value and counts to the totals on its first day and takes them away on the
-- day after its last, so a running sum over the dates gives every day's
-- totals in one sorted pass: no report is rerun per day, no day is matched
-- against every segment.  sql/reports.sql checks every day against
-- alignment_scores(instrument, d, end of d).
CREATE FUNCTION @extschema@.alignment_timeline(instrument text, jurisdiction text)
    RETURNS TABLE ("date" date, score numeric, coverage numeric, clauses_assessed int4)
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    WITH cell AS (
        -- every cell of the jurisdiction (the instrument's clauses and those
        -- they reference): its status on each stretch of days
        SELECT h.instrument, h.clause, s.valid, s.status
        FROM (SELECT a.instrument, a.clause, array_agg(a.level) AS levels,
                     array_agg(CASE WHEN a.provision IS NULL THEN a.valid ELSE p.in_force * t.in_force END
                               * daterange(@extschema@.day_known(a.recorded_at),
                                           @extschema@.day_known(a.superseded_at))) AS valids
              FROM @extschema@.assessment a
              LEFT JOIN @extschema@.provision p ON p.ref = a.provision
              LEFT JOIN @extschema@.act t ON t.ref = p.act
              WHERE a.jurisdiction = $2
                AND (a.instrument = $1 OR a.instrument IN (SELECT r.to_instrument FROM @extschema@.clause_reference r
                                                          WHERE r.instrument = $1))
              GROUP BY a.instrument, a.clause) h
        CROSS JOIN LATERAL @extschema@.segments_of(h.levels, h.valids) s
    ), source AS (
        -- the cells a clause's status rests on: its own, and those it references
        SELECT c.path, c.instrument AS from_instrument, c.path AS from_clause
        FROM @extschema@.clause c WHERE c.instrument = $1
        UNION ALL
        SELECT r.clause, r.to_instrument, r.to_clause
        FROM @extschema@.clause_reference r WHERE r.instrument = $1
    ), piece AS (
        -- each clause's days, cut at every boundary of those cells' segments
        -- (from the beginning of time: the first piece starts at -infinity)
        SELECT b.path, daterange(b.d, lead(b.d) OVER (PARTITION BY b.path ORDER BY b.d)) AS days
        FROM (SELECT src.path, e.d
              FROM source src
              JOIN cell g ON g.instrument = src.from_instrument AND g.clause = src.from_clause
              CROSS JOIN LATERAL (VALUES (lower(g.valid)), (upper(g.valid))) e(d)
              WHERE e.d IS NOT NULL
              UNION
              SELECT c.path, '-infinity'::date FROM @extschema@.clause c WHERE c.instrument = $1) b
    ), derived AS (
        -- as in statuses: all referenced clauses assessed, the lowest applicable status
        SELECT pc.path, pc.days,
               CASE WHEN count(*) = count(g.status)
                    THEN coalesce(min(g.status) FILTER (WHERE g.status <> 'not_applicable'),
                                  'not_applicable') END AS status
        FROM piece pc
        JOIN @extschema@.clause_reference r ON r.instrument = $1 AND r.clause = pc.path
        LEFT JOIN cell g ON g.instrument = r.to_instrument AND g.clause = r.to_clause AND g.valid @> lower(pc.days)
        GROUP BY pc.path, pc.days
    ), counted AS (
        -- what each piece with a status adds to the totals (weights as in scores)
        SELECT pc.days,
               CASE WHEN st.status <> 'not_applicable'
                    THEN k.weight * coalesce(w.weight, @extschema@.default_weight(st.status)) ELSE 0 END AS value,
               CASE WHEN st.status <> 'not_applicable' THEN k.weight ELSE 0 END AS weight,
               (st.status <> 'not_applicable')::int4 AS assessed,
               (st.status = 'not_applicable')::int4 AS not_applicable
        FROM piece pc
        JOIN @extschema@.clause k ON k.instrument = $1 AND k.path = pc.path
        LEFT JOIN cell o ON o.instrument = $1 AND o.clause = pc.path AND o.valid @> lower(pc.days)
        LEFT JOIN derived v ON v.path = pc.path AND v.days = pc.days
        CROSS JOIN LATERAL (SELECT coalesce(o.status, v.status) AS status) st
        LEFT JOIN @extschema@.instrument_weight w ON w.instrument = $1 AND w.level = st.status
        WHERE st.status IS NOT NULL
    ), change AS (
        -- +piece on its first day, -piece on the day after its last; the
        -- event days, with nothing to add, sort after the changes of their day
        SELECT lower(c.days) AS d, false AS is_day, c.value, c.weight, c.assessed, c.not_applicable
        FROM counted c
        UNION ALL
        SELECT upper(c.days), false, -c.value, -c.weight, -c.assessed, -c.not_applicable
        FROM counted c WHERE NOT upper_inf(c.days)
        UNION ALL
        SELECT e.d, true, 0, 0, 0, 0 FROM @extschema@.alignment_events($1, $2) e(d)
    ), totals AS (
        SELECT ch.d, ch.is_day,
               sum(ch.value) OVER w AS value, sum(ch.weight) OVER w AS weight,
               sum(ch.assessed) OVER w AS assessed, sum(ch.not_applicable) OVER w AS not_applicable
        FROM change ch
        WINDOW w AS (ORDER BY ch.d, ch.is_day ROWS UNBOUNDED PRECEDING)
    ), points AS (
        -- every event day's figures, as scores computes them; a clause not
        -- assessed is applicable: the clauses applicable are all but the
        -- not_applicable ones
        SELECT t.d, f.score, f.coverage, f.clauses_assessed,
               lag(f.score) OVER (ORDER BY t.d) AS prev_score,
               lag(f.coverage) OVER (ORDER BY t.d) AS prev_coverage,
               lag(f.clauses_assessed) OVER (ORDER BY t.d) AS prev_assessed,
               row_number() OVER (ORDER BY t.d) AS n
        FROM totals t
        -- an instrument without clauses has no scores, hence no timeline
        JOIN (SELECT count(*) AS clauses FROM @extschema@.clause c WHERE c.instrument = $1) n ON n.clauses > 0
        CROSS JOIN LATERAL (
            SELECT round(t.value / nullif(t.weight, 0), 4) AS score,
                   CASE WHEN n.clauses - t.not_applicable = 0 THEN 0
                        ELSE round(t.assessed::numeric / (n.clauses - t.not_applicable), 4) END AS coverage,
                   t.assessed::int4 AS clauses_assessed) f
        WHERE t.is_day
    )
    SELECT p.d, p.score, p.coverage, p.clauses_assessed
    FROM points p
    WHERE (p.n = 1 OR p.score IS DISTINCT FROM p.prev_score OR p.coverage IS DISTINCT FROM p.prev_coverage
           OR p.clauses_assessed IS DISTINCT FROM p.prev_assessed)
      AND @extschema@.require_instrument($1) AND @extschema@.require_jurisdiction($2)
    ORDER BY p.d;
END;
COMMENT ON FUNCTION @extschema@.alignment_timeline(text, text) IS
    'The score and coverage on each date they change (an act or provision comes into force or ends, an assessment is recorded or superseded), each as known at the end of that day';
