-- lexalign 0.1 -> 0.2
--
-- * The status segments hold statuses only (43_status_segments.sql): their
--   provisions column goes, and the reports take the provisions behind a
--   status from the assessments instead, through a join the planner removes
--   when a report does not show them.  The segments are derived data, so no
--   information is lost: every provision is still in its assessment.
-- * statuses keys own and derived statuses by clause position.
-- * alignment_timeline reads the history once (a running sum) instead of
--   running a report per day; day_known, new, gives the day by whose end a
--   moment is known, for it and for alignment_events.
-- * assessment_check calls may_write_history with an exact argument type.
-- * 0.2's install script refuses a schema another role owns, may create in,
--   or has filled; 0.1 did not, so this update first checks the schema: the
--   extension's owner owns it, nobody else may create in it, and everything
--   in it that could be called is the extension's own.

\echo Use "ALTER EXTENSION lexalign UPDATE TO '0.2'" to load this file. \quit

DO $$
DECLARE
    ext pg_catalog.oid := (SELECT e.oid FROM pg_catalog.pg_extension e
                           WHERE e.extname OPERATOR(pg_catalog.=) 'lexalign');
    ns pg_catalog.oid := '@extschema@'::pg_catalog.regnamespace;
    problem text;
BEGIN
    SELECT CASE
             WHEN n.nspowner OPERATOR(pg_catalog.<>) (SELECT e.extowner FROM pg_catalog.pg_extension e
                                                      WHERE e.oid OPERATOR(pg_catalog.=) ext)
               THEN 'a role other than the extension''s owner owns it'
             WHEN EXISTS (SELECT FROM pg_catalog.aclexplode(n.nspacl) g
                          WHERE g.privilege_type OPERATOR(pg_catalog.=) 'CREATE'
                            AND g.grantee OPERATOR(pg_catalog.<>) n.nspowner)
               THEN 'another role may create objects in it'
             WHEN EXISTS (SELECT FROM pg_catalog.pg_extension e
                          WHERE e.extnamespace OPERATOR(pg_catalog.=) ns AND e.oid OPERATOR(pg_catalog.<>) ext)
               THEN 'another extension is installed in it'
             WHEN EXISTS (
                 -- anything that can be called or resolved by name, not a member of this extension
                 SELECT FROM (SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass AS classid, p.oid
                              FROM pg_catalog.pg_proc p WHERE p.pronamespace OPERATOR(pg_catalog.=) ns
                              UNION ALL
                              SELECT 'pg_catalog.pg_operator'::pg_catalog.regclass, o.oid
                              FROM pg_catalog.pg_operator o WHERE o.oprnamespace OPERATOR(pg_catalog.=) ns
                              UNION ALL
                              SELECT 'pg_catalog.pg_opclass'::pg_catalog.regclass, c.oid
                              FROM pg_catalog.pg_opclass c WHERE c.opcnamespace OPERATOR(pg_catalog.=) ns
                              UNION ALL
                              SELECT 'pg_catalog.pg_opfamily'::pg_catalog.regclass, f.oid
                              FROM pg_catalog.pg_opfamily f WHERE f.opfnamespace OPERATOR(pg_catalog.=) ns
                              UNION ALL
                              SELECT 'pg_catalog.pg_collation'::pg_catalog.regclass, c.oid
                              FROM pg_catalog.pg_collation c WHERE c.collnamespace OPERATOR(pg_catalog.=) ns
                              UNION ALL
                              SELECT 'pg_catalog.pg_conversion'::pg_catalog.regclass, c.oid
                              FROM pg_catalog.pg_conversion c WHERE c.connamespace OPERATOR(pg_catalog.=) ns
                              UNION ALL
                              -- types but the row and array types of the extension's own
                              SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, t.oid
                              FROM pg_catalog.pg_type t WHERE t.typnamespace OPERATOR(pg_catalog.=) ns
                                AND t.typrelid OPERATOR(pg_catalog.=) 0
                                AND NOT (t.typcategory OPERATOR(pg_catalog.=) 'A'
                                         AND t.typelem OPERATOR(pg_catalog.<>) 0)) x
                 WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
                                   WHERE d.classid OPERATOR(pg_catalog.=) x.classid
                                     AND d.objid OPERATOR(pg_catalog.=) x.oid
                                     AND d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_extension'::pg_catalog.regclass
                                     AND d.refobjid OPERATOR(pg_catalog.=) ext
                                     AND d.deptype OPERATOR(pg_catalog.=) 'e'))
               THEN 'it holds functions, operators or types that are not the extension''s'
           END
      INTO problem
      FROM pg_catalog.pg_namespace n WHERE n.oid OPERATOR(pg_catalog.=) ns;
    IF problem IS NOT NULL THEN
        RAISE EXCEPTION 'lexalign cannot be updated: in schema @extschema@, %', problem
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'The extension''s triggers call what is in its schema, as its owner: another role may have put something there for them to call.  Inspect the schema, and give it back to the extension alone.';
    END IF;
END $$;

CREATE OR REPLACE FUNCTION @extschema@.assessment_check() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    -- cast: an exact match, so that no other function of that name could win
    history_writer boolean := @extschema@.may_write_history(TG_RELID::pg_catalog.regclass);
BEGIN
    IF NOT history_writer THEN
        IF NEW.recorded_at IS DISTINCT FROM now() OR NEW.recorded_by IS DISTINCT FROM current_user THEN
            RAISE EXCEPTION 'recorded_at and recorded_by of an assessment are set by the database'
                USING ERRCODE = 'insufficient_privilege',
                      HINT = 'Leave them out: they are the time and the role of the recording.';
        END IF;
        IF NEW.superseded_at IS NOT NULL OR NEW.superseded_by IS NOT NULL THEN
            RAISE EXCEPTION 'a new assessment cannot be recorded as superseded'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF NEW.recorded_at > now() OR NEW.superseded_at > now() THEN
        RAISE EXCEPTION 'an assessment cannot be recorded or superseded in the future (%)',
            greatest(NEW.recorded_at, NEW.superseded_at)
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NEW.superseded_at < NEW.recorded_at THEN
        RAISE EXCEPTION 'an assessment cannot be superseded (%) before it was recorded (%)',
            NEW.superseded_at, NEW.recorded_at
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM pg_catalog.set_config('lexalign.history_writer', history_writer::text, true);
    RETURN NEW;
END $$;

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
CREATE OR REPLACE FUNCTION @extschema@.alignment_events(instrument text, jurisdiction text)
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
CREATE OR REPLACE FUNCTION @extschema@.alignment_timeline(instrument text, jurisdiction text)
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

-- statuses no longer reads it (a SQL-standard body depends on the columns it
-- names).  Then the segments are rebuilt, so that no row keeps the dropped
-- column's bytes.
ALTER TABLE @extschema@.status_segment DROP COLUMN provisions;
TRUNCATE @extschema@.status_segment;
INSERT INTO @extschema@.status_segment
SELECT s.*
FROM (SELECT array_agg(c.instrument) AS instruments, array_agg(c.clause) AS clauses,
             array_agg(c.jurisdiction) AS jurisdictions
      FROM (SELECT DISTINCT a.instrument, a.clause, a.jurisdiction
            FROM @extschema@.assessment a WHERE a.superseded_at IS NULL) c) cells
CROSS JOIN LATERAL @extschema@.compute_segments(cells.instruments, cells.clauses, cells.jurisdictions) s;
