-- Status segments: the status of every cell (instrument, clause, jurisdiction)
-- as known now, over the dates on which it holds, kept up to date by
-- triggers.  A report "as known now" then reads one row per cell instead of
-- joining every counting assessment to its provision and act (at 300,000
-- assessments and 1,000,000 provisions that join alone is 30 times a scan of
-- the assessments).  A report as known at an earlier time computes from the
-- history, as before; the two agree (sql/reports.sql checks it).
--
-- A cell's segments cut the date line where any of its current assessments
-- starts or stops counting (its provision's and act's in-force periods, or a
-- jurisdiction-wide assessment's valid period); between two cuts the set of
-- counting assessments is fixed, and so is the status.  Dates on which
-- nothing counts have no segment.  The table is derived data: it is not
-- dumped, and a restore rebuilds it through the same triggers.
--
-- It holds statuses only, not the provisions behind them: rows stay narrow,
-- so a matrix of every jurisdiction reads few pages, and the reports that
-- show provisions (one jurisdiction at a time) find them through the
-- assessments' index.

CREATE TABLE @extschema@.status_segment (
    instrument text NOT NULL,
    clause @extschema@.clause_path NOT NULL,
    jurisdiction text NOT NULL,
    valid daterange NOT NULL,
    status @extschema@.alignment NOT NULL
);
CREATE INDEX status_segment_cell ON @extschema@.status_segment (instrument, jurisdiction, clause);
COMMENT ON TABLE @extschema@.status_segment IS
    'Derived: the status of each instrument, clause and jurisdiction as known now, per period of dates; maintained by triggers, read by the reports';

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

-- Recompute the segments of the cells of the assessments just inserted, or of
-- the provisions or acts whose in-force period just changed.  Statement-level
-- (transition tables): a load or a restore recomputes each cell once per
-- statement, not once per row.
CREATE FUNCTION @extschema@.refresh_segments(instruments text[], clauses @extschema@.clause_path[],
                                             jurisdictions text[]) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    -- Two transactions refreshing one cell (through two of its subjects) must
    -- not both keep their segments: the second waits for the first to commit,
    -- then deletes what it wrote.  Buckets, in order, so that no two wait on
    -- each other.
    PERFORM pg_catalog.pg_advisory_xact_lock(1282, b.bucket)
    FROM (SELECT DISTINCT (pg_catalog.hashtextextended(u.instrument || ' ' || u.jurisdiction || ' ' || u.clause::text, 1795)
                           & 1023)::int4 AS bucket
          FROM unnest(instruments, clauses, jurisdictions) AS u(instrument, clause, jurisdiction)
          ORDER BY 1) b;
    DELETE FROM @extschema@.status_segment s
    USING unnest(instruments, clauses, jurisdictions) AS u(instrument, clause, jurisdiction)
    WHERE s.instrument = u.instrument AND s.jurisdiction = u.jurisdiction
      AND s.clause OPERATOR(@extschema@.=) u.clause;
    INSERT INTO @extschema@.status_segment
    SELECT * FROM @extschema@.compute_segments(instruments, clauses, jurisdictions);
END $$;
REVOKE ALL ON FUNCTION @extschema@.refresh_segments(text[], @extschema@.clause_path[], text[]) FROM PUBLIC;

CREATE FUNCTION @extschema@.segments_after_assessment() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM @extschema@.refresh_segments(array_agg(c.instrument), array_agg(c.clause), array_agg(c.jurisdiction))
    FROM (SELECT DISTINCT n.instrument, n.clause, n.jurisdiction FROM new_rows n) c;
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION @extschema@.segments_after_assessment() FROM PUBLIC;
CREATE TRIGGER assessment_4_segments AFTER INSERT ON @extschema@.assessment
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.segments_after_assessment();

CREATE FUNCTION @extschema@.segments_after_in_force() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    -- the cells assessed on a provision whose period, or whose act's, may have changed
    PERFORM @extschema@.refresh_segments(array_agg(c.instrument), array_agg(c.clause), array_agg(c.jurisdiction))
    FROM (SELECT DISTINCT a.instrument, a.clause, a.jurisdiction
          FROM new_rows n
          JOIN @extschema@.provision p
            ON (TG_TABLE_NAME = 'provision' AND p.ref OPERATOR(@extschema@.=) n.ref)
            OR (TG_TABLE_NAME = 'act' AND p.act OPERATOR(@extschema@.=) n.ref)
          JOIN @extschema@.assessment a ON a.provision OPERATOR(@extschema@.=) p.ref
          WHERE a.superseded_at IS NULL) c;
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION @extschema@.segments_after_in_force() FROM PUBLIC;
CREATE TRIGGER provision_segments AFTER UPDATE ON @extschema@.provision
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.segments_after_in_force();
CREATE TRIGGER act_segments AFTER UPDATE ON @extschema@.act
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.segments_after_in_force();

-- Are the segments what the history says as known at known_at?  Yes when
-- nothing was recorded after it (rows superseded later were superseded by a
-- row recorded later).
CREATE INDEX assessment_recorded_at ON @extschema@.assessment (recorded_at);
CREATE FUNCTION @extschema@.segments_hold(known_at timestamptz) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT $1 >= coalesce((SELECT max(a.recorded_at) FROM @extschema@.assessment a), '-infinity');
END;
