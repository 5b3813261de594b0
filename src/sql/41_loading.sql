-- Loading functions, for scripts and people: each checks its input, says
-- clearly what is wrong (42704 for what does not exist, 23505 for what
-- already does), and returns the key of what it made.  Plain INSERTs into the
-- tables work as well; these add the checks and the defaults.

-- The errors every function shares.
-- They return true, so that a report can call them in its WHERE clause: a
-- qual without columns runs once, before any row, and raises the error even
-- when the report would have no rows.
CREATE FUNCTION @extschema@.require_instrument(code text) RETURNS boolean
    LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF code IS NULL THEN
        RAISE EXCEPTION 'the instrument must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF NOT EXISTS (SELECT FROM @extschema@.instrument i WHERE i.code = require_instrument.code) THEN
        RAISE EXCEPTION 'instrument "%" does not exist', code
            USING ERRCODE = 'undefined_object', HINT = 'Add it with lexalign.add_instrument().';
    END IF;
    RETURN true;
END $$;

CREATE FUNCTION @extschema@.require_jurisdiction(code text) RETURNS boolean
    LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF code IS NULL THEN
        RAISE EXCEPTION 'the jurisdiction must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF NOT EXISTS (SELECT FROM @extschema@.jurisdiction j WHERE j.code = require_jurisdiction.code) THEN
        RAISE EXCEPTION 'jurisdiction "%" does not exist', code
            USING ERRCODE = 'undefined_object', HINT = 'Add it with lexalign.add_jurisdiction().';
    END IF;
    RETURN true;
END $$;

-- A report's date and knowledge time: NULL would make nothing count, which a
-- dashboard would show as "not assessed" everywhere; it is an error instead.
CREATE FUNCTION @extschema@.require_moment(as_of date, known_at timestamptz) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF as_of IS NULL OR known_at IS NULL THEN
        RAISE EXCEPTION 'as_of and known_at must not be NULL' USING ERRCODE = 'null_value_not_allowed',
            HINT = 'Leave them out for today, as known now.';
    END IF;
    RETURN true;
END $$;

CREATE FUNCTION @extschema@.require_clause(instrument text, clause @extschema@.clause_path) RETURNS boolean
    LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM @extschema@.require_instrument(instrument);
    IF NOT EXISTS (SELECT FROM @extschema@.clause c
                   WHERE c.instrument = require_clause.instrument AND c.path OPERATOR(@extschema@.=) clause) THEN
        RAISE EXCEPTION 'clause "%" is not in instrument "%"', clause, instrument
            USING ERRCODE = 'undefined_object', HINT = 'Add it with lexalign.add_clause().';
    END IF;
    RETURN true;
END $$;

CREATE FUNCTION @extschema@.add_instrument(code text, ref @extschema@.lexref, title text,
                                           kind text DEFAULT 'declaration', adopted_on date DEFAULT NULL)
    RETURNS text LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT FROM @extschema@.instrument i WHERE i.code = add_instrument.code) THEN
        RAISE EXCEPTION 'instrument "%" already exists', code USING ERRCODE = 'unique_violation';
    END IF;
    IF EXISTS (SELECT FROM @extschema@.instrument i WHERE i.ref OPERATOR(@extschema@.=) add_instrument.ref) THEN
        RAISE EXCEPTION 'an instrument with reference "%" already exists', ref USING ERRCODE = 'unique_violation';
    END IF;
    INSERT INTO @extschema@.instrument (code, ref, title, kind, adopted_on)
    VALUES (code, ref, title, kind, adopted_on);
    RETURN code;
END $$;
COMMENT ON FUNCTION @extschema@.add_instrument(text, @extschema@.lexref, text, text, date) IS
    'Adds an instrument; returns its code';

CREATE FUNCTION @extschema@.add_clause(instrument text, path @extschema@.clause_path, heading text,
                                       body text DEFAULT NULL, weight numeric DEFAULT 1,
                                       kind text DEFAULT 'operative', "position" int4 DEFAULT NULL)
    RETURNS @extschema@.clause_path LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    at int4 := "position";
BEGIN
    PERFORM @extschema@.require_instrument(instrument);
    IF EXISTS (SELECT FROM @extschema@.clause c
               WHERE c.instrument = add_clause.instrument AND c.path OPERATOR(@extschema@.=) add_clause.path) THEN
        RAISE EXCEPTION 'clause "%" of instrument "%" already exists', path, instrument
            USING ERRCODE = 'unique_violation';
    END IF;
    IF at IS NULL THEN
        -- document order is the order of addition
        SELECT coalesce(max(c.position), 0) + 1 INTO at
        FROM @extschema@.clause c WHERE c.instrument = add_clause.instrument;
    END IF;
    INSERT INTO @extschema@.clause (instrument, path, position, kind, heading, body, weight)
    VALUES (instrument, path, at, kind, heading, body, weight);
    RETURN path;
END $$;
COMMENT ON FUNCTION @extschema@.add_clause(text, @extschema@.clause_path, text, text, numeric, text, int4) IS
    'Adds a clause to an instrument (after the last one unless position is given); returns its path';

CREATE FUNCTION @extschema@.add_cross_reference(instrument text, clause @extschema@.clause_path,
                                                to_instrument text, to_clause @extschema@.clause_path)
    RETURNS int8 LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    new_id int8;
BEGIN
    PERFORM @extschema@.require_clause(instrument, clause);
    PERFORM @extschema@.require_clause(to_instrument, to_clause);
    IF instrument = to_instrument THEN
        RAISE EXCEPTION 'a cross-reference joins clauses of two different instruments'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO @extschema@.clause_reference (instrument, clause, to_instrument, to_clause)
    VALUES (instrument, clause, to_instrument, to_clause)
    ON CONFLICT ON CONSTRAINT clause_reference_unique DO NOTHING
    RETURNING id INTO new_id;
    IF new_id IS NULL THEN
        RAISE EXCEPTION 'clause "%" of "%" already references clause "%" of "%"',
            clause, instrument, to_clause, to_instrument USING ERRCODE = 'unique_violation';
    END IF;
    RETURN new_id;
END $$;
COMMENT ON FUNCTION @extschema@.add_cross_reference(text, @extschema@.clause_path, text, @extschema@.clause_path) IS
    'Records that a clause rests on a clause of another instrument; returns the reference''s id';

CREATE FUNCTION @extschema@.add_jurisdiction(code text, name text, parliament text DEFAULT NULL,
                                             chambers int2 DEFAULT NULL, ipu_code text DEFAULT NULL)
    RETURNS text LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT FROM @extschema@.jurisdiction j WHERE j.code = add_jurisdiction.code) THEN
        RAISE EXCEPTION 'jurisdiction "%" already exists', code USING ERRCODE = 'unique_violation';
    END IF;
    INSERT INTO @extschema@.jurisdiction (code, name, parliament, chambers, ipu_code)
    VALUES (code, name, parliament, chambers, ipu_code);
    RETURN code;
END $$;
COMMENT ON FUNCTION @extschema@.add_jurisdiction(text, text, text, int2, text) IS
    'Adds a jurisdiction (ISO 3166-1 alpha-2, optionally -subdivision; or eu, un) and its parliament; returns its code';

CREATE FUNCTION @extschema@.add_act(ref @extschema@.lexref, title text, in_force daterange,
                                    language text DEFAULT NULL)
    RETURNS @extschema@.lexref LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF ref OPERATOR(@extschema@.<>) @extschema@.work(ref) THEN
        RAISE EXCEPTION 'an act is a work: "%" names a version or a part of one', ref
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = format('Add the act as %s, and its parts with lexalign.add_provision().', @extschema@.work(ref));
    END IF;
    PERFORM @extschema@.require_jurisdiction(@extschema@.jurisdiction(ref));
    IF EXISTS (SELECT FROM @extschema@.act a WHERE a.ref OPERATOR(@extschema@.=) add_act.ref) THEN
        RAISE EXCEPTION 'act "%" already exists', ref USING ERRCODE = 'unique_violation';
    END IF;
    IF in_force IS NULL OR isempty(in_force) THEN
        RAISE EXCEPTION 'the in-force period of act "%" is empty', ref
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Give [entry into force, repeal), or [entry into force,) while it is in force.';
    END IF;
    INSERT INTO @extschema@.act (ref, title, in_force, language) VALUES (ref, title, in_force, language);
    RETURN ref;
END $$;
COMMENT ON FUNCTION @extschema@.add_act(@extschema@.lexref, text, daterange, text) IS
    'Adds a national act (a work) with its in-force period; returns its reference';

CREATE FUNCTION @extschema@.add_provision(ref @extschema@.lexref, body text DEFAULT NULL,
                                          in_force daterange DEFAULT NULL)
    RETURNS @extschema@.lexref LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF ref OPERATOR(@extschema@.=) @extschema@.work(ref) THEN
        RAISE EXCEPTION 'a provision is a part or a version of an act: "%" is the act itself', ref
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Give its portion (~art_1) or version (/rus@2023-09-01).';
    END IF;
    IF NOT EXISTS (SELECT FROM @extschema@.act a WHERE a.ref OPERATOR(@extschema@.=) @extschema@.work(add_provision.ref)) THEN
        RAISE EXCEPTION 'act "%" does not exist', @extschema@.work(ref)
            USING ERRCODE = 'undefined_object', HINT = 'Add it with lexalign.add_act().';
    END IF;
    IF EXISTS (SELECT FROM @extschema@.provision p WHERE p.ref OPERATOR(@extschema@.=) add_provision.ref) THEN
        RAISE EXCEPTION 'provision "%" already exists', ref USING ERRCODE = 'unique_violation';
    END IF;
    IF isempty(in_force) THEN
        RAISE EXCEPTION 'the in-force period of provision "%" is empty', ref
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO @extschema@.provision (ref, body, in_force) VALUES (ref, body, in_force);
    RETURN ref;
END $$;
COMMENT ON FUNCTION @extschema@.add_provision(@extschema@.lexref, text, daterange) IS
    'Adds a provision of an existing act (in force when the act is, unless given); returns its reference';
