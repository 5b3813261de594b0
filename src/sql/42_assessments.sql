-- Assessments: how far a provision (or a jurisdiction as a whole) meets a
-- clause, recorded as history.  Append-only: a new assessment of the same
-- subject (instrument, clause, jurisdiction, provision) supersedes the current
-- one, which stays, with the time it was superseded and its successor.  Rows
-- are never updated otherwise, nor deleted.  The insert trigger does the
-- superseding, so assess() and a plain INSERT behave alike; only the table's
-- owner may insert rows of history as given (what pg_restore does).

CREATE TABLE @extschema@.assessment (
    id int8 GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    instrument text NOT NULL,
    clause @extschema@.clause_path NOT NULL,
    jurisdiction text NOT NULL REFERENCES @extschema@.jurisdiction,
    provision @extschema@.lexref REFERENCES @extschema@.provision,
    level @extschema@.alignment NOT NULL,
    evidence text NOT NULL CONSTRAINT assessment_evidence_not_blank CHECK (btrim(evidence) <> ''),
    valid daterange,
    assessor text NOT NULL CONSTRAINT assessment_assessor_not_blank CHECK (btrim(assessor) <> ''),
    recorded_by name NOT NULL DEFAULT current_user,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    superseded_at timestamptz,
    superseded_by int8 REFERENCES @extschema@.assessment DEFERRABLE INITIALLY DEFERRED,
    -- no cascade: an assessment's clause is history too
    FOREIGN KEY (instrument, clause) REFERENCES @extschema@.clause (instrument, path),
    -- a provision's assessment counts while the provision is in force; a
    -- jurisdiction-wide one (absent, not applicable) has its own valid period
    CONSTRAINT assessment_subject CHECK ((provision IS NULL) = (valid IS NOT NULL)),
    CONSTRAINT assessment_valid_not_empty CHECK (NOT isempty(valid)),
    CONSTRAINT assessment_jurisdiction_wide_level
        CHECK (provision IS NOT NULL OR level IN ('absent', 'not_applicable')),
    CONSTRAINT assessment_provision_jurisdiction
        CHECK (provision IS NULL OR jurisdiction = @extschema@.jurisdiction(provision)),
    CONSTRAINT assessment_superseded_together CHECK ((superseded_at IS NULL) = (superseded_by IS NULL))
);
COMMENT ON TABLE @extschema@.assessment IS
    'How far a provision, or a jurisdiction as a whole, meets a clause: append-only history; the current row of a subject has superseded_at NULL';
COMMENT ON COLUMN @extschema@.assessment.valid IS
    'For a jurisdiction-wide assessment (provision NULL): the dates it holds for; a provision''s assessment holds while the provision is in force';
COMMENT ON COLUMN @extschema@.assessment.assessor IS 'Who made the judgement (default: the database user)';
COMMENT ON COLUMN @extschema@.assessment.recorded_by IS 'The database role that recorded it (current_user)';
COMMENT ON COLUMN @extschema@.assessment.recorded_at IS 'When it was recorded (the clock when the row was written); reports "as known at" compare with it';
COMMENT ON COLUMN @extschema@.assessment.superseded_at IS 'When a newer assessment of the same subject replaced it; NULL while current';
COMMENT ON COLUMN @extschema@.assessment.superseded_by IS 'The assessment that replaced it';

-- One current assessment per subject; jurisdiction-wide subjects have no provision.
CREATE UNIQUE INDEX assessment_current ON @extschema@.assessment
    (instrument, clause, jurisdiction, provision) NULLS NOT DISTINCT WHERE superseded_at IS NULL;
CREATE INDEX assessment_by_jurisdiction ON @extschema@.assessment (instrument, jurisdiction, clause);

-- Is the current user a member of the table's owner (the owner, or a superuser)?
-- Only such a user may record history as given: restore a dump, or load
-- assessments made before the database existed.
CREATE FUNCTION @extschema@.may_write_history(regclass) RETURNS boolean
    LANGUAGE sql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp
    RETURN pg_catalog.pg_has_role(current_user, (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = $1), 'MEMBER');

-- Before a new row, two triggers, in name order.  The first runs as the user
-- who records: who and when are the database's to say, but for the owner, who
-- may write history as given (pg_restore; a history made elsewhere).  Its
-- verdict goes to the second trigger in a transaction-local setting, which it
-- writes for every row, so nobody can set it in between.
CREATE FUNCTION @extschema@.assessment_check() RETURNS trigger
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
CREATE TRIGGER assessment_1_check BEFORE INSERT ON @extschema@.assessment
    FOR EACH ROW EXECUTE FUNCTION @extschema@.assessment_check();

-- The second supersedes the subject's current row, if any.  It runs as the
-- extension's owner (SECURITY DEFINER), so that editors need only INSERT on
-- the table: nobody else can update a row, not even its superseded_at, and a
-- trigger function cannot be called outside its trigger.
CREATE FUNCTION @extschema@.assessment_supersede() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    current_row record;
    history_writer boolean := pg_catalog.current_setting('lexalign.history_writer', true) = 'true';
BEGIN
    IF NOT history_writer
       AND NEW.id IS DISTINCT FROM pg_catalog.currval('@extschema@.assessment_id_seq'::regclass) THEN
        -- OVERRIDING SYSTEM VALUE: the row could supersede one and then not be inserted
        RAISE EXCEPTION 'the id of an assessment is the database''s to set'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.superseded_at IS NOT NULL THEN
        RETURN NEW;				-- a row of history, as given; checked at commit
    END IF;
    -- Two editors recording the same subject at once: the second waits for
    -- the first to commit, then supersedes its row (in read committed, a
    -- statement sees what committed before it started).  The lock is one of
    -- 1024 buckets, so that a transaction loading many subjects (a restore)
    -- holds at most 1024 locks.
    PERFORM pg_catalog.pg_advisory_xact_lock(
        1281, (pg_catalog.hashtextextended(NEW.instrument || ' ' || NEW.clause::text || ' ' || NEW.jurisdiction
                                           || ' ' || coalesce(NEW.provision::text, ''), 1795) & 1023)::int4);
    IF NOT history_writer THEN
        -- recorded when the lock is held: a subject's rows are in time order
        NEW.recorded_at := pg_catalog.clock_timestamp();
    END IF;
    SELECT a.id, a.recorded_at INTO current_row
    FROM @extschema@.assessment a
    WHERE a.instrument = NEW.instrument AND a.clause OPERATOR(@extschema@.=) NEW.clause
      AND a.jurisdiction = NEW.jurisdiction
      AND (a.provision OPERATOR(@extschema@.=) NEW.provision OR (a.provision IS NULL AND NEW.provision IS NULL))
      AND a.superseded_at IS NULL;
    IF FOUND THEN
        IF current_row.recorded_at > NEW.recorded_at THEN
            RAISE EXCEPTION 'an assessment cannot be recorded (%) before the current one of its subject (%)',
                NEW.recorded_at, current_row.recorded_at
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        UPDATE @extschema@.assessment
        SET superseded_at = NEW.recorded_at, superseded_by = NEW.id
        WHERE id = current_row.id;
    END IF;
    RETURN NEW;
END $$;
REVOKE ALL ON FUNCTION @extschema@.assessment_supersede() FROM PUBLIC;
CREATE TRIGGER assessment_2_supersede BEFORE INSERT ON @extschema@.assessment
    FOR EACH ROW EXECUTE FUNCTION @extschema@.assessment_supersede();

-- At commit, every superseded row must point to its successor: a row of the
-- same subject, recorded when this one was superseded.  Rows of history given
-- by the owner, and a restore, are checked here (their successors may come
-- later in the same load).
CREATE FUNCTION @extschema@.assessment_successor_check() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.superseded_by IS NOT NULL AND NOT EXISTS (
        SELECT FROM @extschema@.assessment s
        WHERE s.id = NEW.superseded_by AND s.recorded_at = NEW.superseded_at
          AND s.instrument = NEW.instrument AND s.clause OPERATOR(@extschema@.=) NEW.clause
          AND s.jurisdiction = NEW.jurisdiction
          AND (s.provision OPERATOR(@extschema@.=) NEW.provision OR (s.provision IS NULL AND NEW.provision IS NULL))) THEN
        RAISE EXCEPTION 'assessment % is superseded by %, which is not its successor', NEW.id, NEW.superseded_by
            USING ERRCODE = 'integrity_constraint_violation',
                  DETAIL = 'The successor must be an assessment of the same subject, recorded when this one was superseded.';
    END IF;
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION @extschema@.assessment_successor_check() FROM PUBLIC;
CREATE CONSTRAINT TRIGGER assessment_3_successor AFTER INSERT OR UPDATE ON @extschema@.assessment
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NEW.superseded_by IS NOT NULL)
    EXECUTE FUNCTION @extschema@.assessment_successor_check();

-- History is not rewritten: the only update is the superseding above (made
-- by the owner inside the insert trigger, hence a trigger depth above 1).
CREATE FUNCTION @extschema@.assessment_append_only() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND pg_catalog.pg_trigger_depth() > 1 THEN
        IF OLD.superseded_at IS NULL AND NEW.superseded_at IS NOT NULL AND NEW.superseded_by IS NOT NULL
           AND (OLD.id, OLD.instrument, OLD.jurisdiction, OLD.level, OLD.evidence, OLD.valid,
                OLD.assessor, OLD.recorded_by, OLD.recorded_at)
               IS NOT DISTINCT FROM
               (NEW.id, NEW.instrument, NEW.jurisdiction, NEW.level, NEW.evidence, NEW.valid,
                NEW.assessor, NEW.recorded_by, NEW.recorded_at)
           AND OLD.clause OPERATOR(@extschema@.=) NEW.clause
           AND (OLD.provision OPERATOR(@extschema@.=) NEW.provision
                OR (OLD.provision IS NULL AND NEW.provision IS NULL)) THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'assessments are history: % is not allowed', pg_catalog.lower(TG_OP)
        USING ERRCODE = 'object_not_in_prerequisite_state',
              HINT = 'Record a new assessment (lexalign.assess or INSERT): it supersedes the current one, which is kept.';
END $$;
CREATE TRIGGER assessment_append_only BEFORE UPDATE OR DELETE ON @extschema@.assessment
    FOR EACH ROW EXECUTE FUNCTION @extschema@.assessment_append_only();
CREATE TRIGGER assessment_no_truncate BEFORE TRUNCATE ON @extschema@.assessment
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.assessment_append_only();

SELECT pg_catalog.pg_extension_config_dump('@extschema@.assessment', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.assessment_id_seq', '');

CREATE FUNCTION @extschema@.assess(instrument text, clause @extschema@.clause_path, provision @extschema@.lexref,
                                   level @extschema@.alignment, evidence text, assessor text DEFAULT current_user)
    RETURNS int8 LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    new_id int8;
BEGIN
    PERFORM @extschema@.require_clause(instrument, clause);
    IF NOT EXISTS (SELECT FROM @extschema@.provision p WHERE p.ref OPERATOR(@extschema@.=) assess.provision) THEN
        RAISE EXCEPTION 'provision "%" does not exist', provision
            USING ERRCODE = 'undefined_object', HINT = 'Add it with lexalign.add_provision().';
    END IF;
    INSERT INTO @extschema@.assessment (instrument, clause, jurisdiction, provision, level, evidence, assessor)
    VALUES (instrument, clause, @extschema@.jurisdiction(provision), provision, level, evidence, assessor)
    RETURNING id INTO new_id;
    RETURN new_id;
END $$;
COMMENT ON FUNCTION @extschema@.assess(text, @extschema@.clause_path, @extschema@.lexref, @extschema@.alignment, text, text) IS
    'Records how far a provision meets a clause; supersedes the current assessment of the same provision and clause (kept as history); returns the new id';

CREATE FUNCTION @extschema@.assess_jurisdiction(instrument text, clause @extschema@.clause_path, jurisdiction text,
                                                level @extschema@.alignment, evidence text,
                                                valid daterange DEFAULT '[-infinity,infinity)',
                                                assessor text DEFAULT current_user)
    RETURNS int8 LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    new_id int8;
BEGIN
    PERFORM @extschema@.require_clause(instrument, clause);
    PERFORM @extschema@.require_jurisdiction(jurisdiction);
    IF level NOT IN ('absent', 'not_applicable') THEN
        RAISE EXCEPTION 'a jurisdiction as a whole is assessed absent or not_applicable, not %', level
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Assess the provisions that implement the clause with lexalign.assess().';
    END IF;
    IF valid IS NULL OR isempty(valid) THEN
        RAISE EXCEPTION 'the valid period of an assessment is empty' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO @extschema@.assessment (instrument, clause, jurisdiction, level, evidence, valid, assessor)
    VALUES (instrument, clause, jurisdiction, level, evidence, valid, assessor)
    RETURNING id INTO new_id;
    RETURN new_id;
END $$;
COMMENT ON FUNCTION @extschema@.assess_jurisdiction(text, @extschema@.clause_path, text, @extschema@.alignment, text, daterange, text) IS
    'Records that a jurisdiction as a whole has no implementing law (absent) or that the clause does not apply to it (not_applicable), for a valid period; supersedes its current jurisdiction-wide assessment of the clause; returns the new id';
