-- The data model (DESIGN.md): instruments and their clauses, jurisdictions and
-- their laws, assessments with full history (42_assessments.sql), treaty events.
-- Every table that holds users' rows is registered with pg_extension_config_dump,
-- so that pg_dump keeps them; country is the extension's own and is not.

CREATE TABLE @extschema@.instrument (
    code text PRIMARY KEY
        CONSTRAINT instrument_code_form CHECK (code ~ '^[a-z0-9][a-z0-9._-]*$' AND length(code) <= 64),
    ref @extschema@.lexref UNIQUE,
    kind text NOT NULL DEFAULT 'declaration'
        CONSTRAINT instrument_kind CHECK (kind IN ('declaration', 'convention', 'protocol', 'resolution',
                                                   'model_law', 'directive', 'regulation', 'other')),
    title text NOT NULL CONSTRAINT instrument_title_not_blank CHECK (btrim(title) <> ''),
    adopted_on date,
    adopted_at text,
    legal_force text CONSTRAINT instrument_legal_force CHECK (legal_force IN ('binding', 'political'))
);
COMMENT ON TABLE @extschema@.instrument IS
    'An international instrument that national law is compared with: a declaration, convention, protocol, model law';
COMMENT ON COLUMN @extschema@.instrument.code IS 'Short unique name used by every function: moscow-2017, un-1988';
COMMENT ON COLUMN @extschema@.instrument.legal_force IS 'binding (a treaty) or political (a declaration); NULL if not recorded';

-- Weights of the levels in this instrument's scores, where they differ from default_weight().
CREATE TABLE @extschema@.instrument_weight (
    instrument text NOT NULL REFERENCES @extschema@.instrument ON UPDATE CASCADE ON DELETE CASCADE,
    level @extschema@.alignment NOT NULL
        CONSTRAINT instrument_weight_applicable CHECK (level <> 'not_applicable'),
    weight numeric NOT NULL CONSTRAINT instrument_weight_range CHECK (weight >= 0 AND weight <= 1),
    CONSTRAINT instrument_weight_conflict_is_zero CHECK (level <> 'conflicting' OR weight = 0),
    PRIMARY KEY (instrument, level)
);
COMMENT ON TABLE @extschema@.instrument_weight IS
    'Per-instrument weights of alignment levels in scores, overriding default_weight()';

CREATE TABLE @extschema@.clause (
    instrument text NOT NULL REFERENCES @extschema@.instrument ON UPDATE CASCADE,
    path @extschema@.clause_path NOT NULL,
    position int4 NOT NULL CONSTRAINT clause_position_positive CHECK (position > 0),
    kind text NOT NULL DEFAULT 'operative'
        CONSTRAINT clause_kind CHECK (kind IN ('preambular', 'operative', 'definition', 'final')),
    heading text,
    body text,
    weight numeric NOT NULL DEFAULT 1 CONSTRAINT clause_weight_not_negative CHECK (weight >= 0),
    topics text[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (instrument, path),
    CONSTRAINT clause_position_unique UNIQUE (instrument, position)
);
COMMENT ON TABLE @extschema@.clause IS 'A clause of an instrument, at its position in the text';
COMMENT ON COLUMN @extschema@.clause.position IS 'Document order within the instrument, 1, 2, ...';
COMMENT ON COLUMN @extschema@.clause.weight IS 'Weight of the clause in scores (default 1)';

-- A clause that builds on a clause of another instrument (OP1 of the Moscow
-- Declaration on the conventions): a clause without an assessment of its own
-- takes its status from those it references (derived status).
CREATE TABLE @extschema@.clause_reference (
    id int8 GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    instrument text NOT NULL,
    clause @extschema@.clause_path NOT NULL,
    to_instrument text NOT NULL,
    to_clause @extschema@.clause_path NOT NULL,
    FOREIGN KEY (instrument, clause) REFERENCES @extschema@.clause (instrument, path) ON UPDATE CASCADE,
    FOREIGN KEY (to_instrument, to_clause) REFERENCES @extschema@.clause (instrument, path) ON UPDATE CASCADE,
    CONSTRAINT clause_reference_unique UNIQUE (instrument, clause, to_instrument, to_clause),
    CONSTRAINT clause_reference_other_instrument CHECK (instrument <> to_instrument)
);
COMMENT ON TABLE @extschema@.clause_reference IS
    'A clause of one instrument that rests on a clause of another';

CREATE TABLE @extschema@.jurisdiction (
    code text PRIMARY KEY
        CONSTRAINT jurisdiction_code_form CHECK (code ~ '^[a-z]{2}(-[A-Za-z0-9._-]+)?$'),
    country text NOT NULL GENERATED ALWAYS AS (left(code, 2)) STORED,
    name text NOT NULL CONSTRAINT jurisdiction_name_not_blank CHECK (btrim(name) <> ''),
    parliament text,
    chambers int2 CONSTRAINT jurisdiction_chambers CHECK (chambers IN (1, 2)),
    ipu_code text
);
COMMENT ON TABLE @extschema@.jurisdiction IS
    'A law-making jurisdiction and its parliament: an ISO 3166-1 country, a subdivision (za-jhb), or eu, un';
COMMENT ON COLUMN @extschema@.jurisdiction.code IS 'As in lexref: ISO 3166-1 alpha-2, optionally -subdivision; or eu, un';
COMMENT ON COLUMN @extschema@.jurisdiction.country IS 'The two-letter code (ISO 3166-1 alpha-2, or eu, un)';
COMMENT ON COLUMN @extschema@.jurisdiction.ipu_code IS 'The parliament''s code in the IPU Parline database';

CREATE TABLE @extschema@.act (
    ref @extschema@.lexref PRIMARY KEY
        CONSTRAINT act_is_a_work CHECK (ref = @extschema@.work(ref)),
    jurisdiction text NOT NULL GENERATED ALWAYS AS (@extschema@.jurisdiction(ref)) STORED
        REFERENCES @extschema@.jurisdiction,
    title text NOT NULL CONSTRAINT act_title_not_blank CHECK (btrim(title) <> ''),
    language text CONSTRAINT act_language_form CHECK (language ~ '^[a-z]{3}$'),
    in_force daterange NOT NULL CONSTRAINT act_in_force_not_empty CHECK (NOT isempty(in_force)),
    amended_by @extschema@.lexref[] NOT NULL DEFAULT '{}',
    repealed_by @extschema@.lexref
);
COMMENT ON TABLE @extschema@.act IS 'A national act (a work), and when it is in force';
COMMENT ON COLUMN @extschema@.act.in_force IS 'The dates on which the act is in force: [entry into force, repeal)';

CREATE TABLE @extschema@.provision (
    ref @extschema@.lexref PRIMARY KEY
        CONSTRAINT provision_is_part_of_an_act CHECK (ref <> @extschema@.work(ref)),
    act @extschema@.lexref NOT NULL GENERATED ALWAYS AS (@extschema@.work(ref)) STORED
        REFERENCES @extschema@.act,
    jurisdiction text NOT NULL GENERATED ALWAYS AS (@extschema@.jurisdiction(ref)) STORED,
    body text,
    in_force daterange NOT NULL CONSTRAINT provision_in_force_not_empty CHECK (NOT isempty(in_force))
);
COMMENT ON TABLE @extschema@.provision IS
    'A provision of an act (a portion, component or version of it), and when it is in force';
CREATE INDEX provision_act ON @extschema@.provision (act);

CREATE TABLE @extschema@.treaty_event (
    id int8 GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    jurisdiction text NOT NULL REFERENCES @extschema@.jurisdiction,
    instrument text NOT NULL REFERENCES @extschema@.instrument ON UPDATE CASCADE,
    event text NOT NULL
        CONSTRAINT treaty_event_kind CHECK (event IN ('signature', 'ratification', 'accession', 'acceptance',
                                                      'approval', 'succession', 'reservation', 'declaration',
                                                      'objection', 'denunciation', 'entry_into_force')),
    occurred_on date NOT NULL,
    note text,
    source text
);
COMMENT ON TABLE @extschema@.treaty_event IS
    'A step of a jurisdiction in a treaty''s lifecycle: signature, ratification, accession, reservation, ...';
CREATE INDEX treaty_event_jurisdiction ON @extschema@.treaty_event (jurisdiction, instrument, occurred_on);

-- A jurisdiction's two letters must be an assigned country, or eu, un, as in lexref.
CREATE FUNCTION @extschema@.check_jurisdiction_country() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    -- (NEW.country, a generated column, is not computed yet)
    IF left(NEW.code, 2) NOT IN ('eu', 'un')
       AND NOT EXISTS (SELECT FROM @extschema@.country c WHERE c.alpha2 = left(NEW.code, 2)) THEN
        RAISE EXCEPTION 'unknown country code "%" in jurisdiction "%"', left(NEW.code, 2), NEW.code
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'A jurisdiction starts with an assigned ISO 3166-1 alpha-2 code, or eu, un.';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER jurisdiction_country BEFORE INSERT OR UPDATE OF code ON @extschema@.jurisdiction
    FOR EACH ROW EXECUTE FUNCTION @extschema@.check_jurisdiction_country();

-- A provision is in force when its act is, unless told otherwise.
CREATE FUNCTION @extschema@.provision_defaults() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.in_force IS NULL THEN
        SELECT a.in_force INTO NEW.in_force
        FROM @extschema@.act a WHERE a.ref OPERATOR(@extschema@.=) @extschema@.work(NEW.ref);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER provision_defaults BEFORE INSERT ON @extschema@.provision
    FOR EACH ROW EXECUTE FUNCTION @extschema@.provision_defaults();

SELECT pg_catalog.pg_extension_config_dump('@extschema@.instrument', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.instrument_weight', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.clause', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.clause_reference', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.jurisdiction', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.act', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.provision', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.treaty_event', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.clause_reference_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.treaty_event_id_seq', '');
