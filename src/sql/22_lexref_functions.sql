-- lexref: its parts, and its other syntaxes.

CREATE FUNCTION @extschema@.jurisdiction(@extschema@.lexref) RETURNS text
    AS 'MODULE_PATHNAME', 'lexref_jurisdiction' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jurisdiction(@extschema@.lexref) IS
    'The country code with its locality, if any: ''za-jhb''';

CREATE FUNCTION @extschema@.country(@extschema@.lexref) RETURNS text
    AS 'MODULE_PATHNAME', 'lexref_country' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.country(@extschema@.lexref) IS
    'The two-letter code: ISO 3166-1 alpha-2, or eu, un';

CREATE FUNCTION @extschema@.doctype(@extschema@.lexref) RETURNS text
    AS 'MODULE_PATHNAME', 'lexref_doctype' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.doctype(@extschema@.lexref) IS
    'The Akoma Ntoso document type: act, bill, judgment, doc, ...';

CREATE FUNCTION @extschema@.lexref_date(@extschema@.lexref) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lexref_date(@extschema@.lexref) IS
    'The work''s date as written: a year, a year and month, or a full date';

CREATE FUNCTION @extschema@.language(@extschema@.lexref) RETURNS text
    AS 'MODULE_PATHNAME', 'lexref_language' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.language(@extschema@.lexref) IS
    'The expression''s three-letter language code; NULL for a work';

CREATE FUNCTION @extschema@.work(@extschema@.lexref) RETURNS @extschema@.lexref
    AS 'MODULE_PATHNAME', 'lexref_work' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.work(@extschema@.lexref) IS
    'The act itself, without language, version, component, portion or format';

CREATE FUNCTION @extschema@.expression(@extschema@.lexref) RETURNS @extschema@.lexref
    AS 'MODULE_PATHNAME', 'lexref_expression' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.expression(@extschema@.lexref) IS
    'The act in its language and version, without component, portion or format; NULL for a work';

CREATE FUNCTION @extschema@.portion(@extschema@.lexref) RETURNS @extschema@.clause_path
    AS 'MODULE_PATHNAME', 'lexref_portion' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.portion(@extschema@.lexref) IS
    'The portion''s eId (the first one of a range); NULL without a portion';

CREATE FUNCTION @extschema@.portion_end(@extschema@.lexref) RETURNS @extschema@.clause_path
    AS 'MODULE_PATHNAME', 'lexref_portion_end' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.portion_end(@extschema@.lexref) IS
    'The last eId of a range of eIds (~art_3->art_5); NULL otherwise';

CREATE FUNCTION @extschema@.with_portion(@extschema@.lexref, @extschema@.clause_path) RETURNS @extschema@.lexref
    AS 'MODULE_PATHNAME', 'lexref_with_portion' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.with_portion(@extschema@.lexref, @extschema@.clause_path) IS
    'The same reference with this portion in place of any portion or range (the format stays)';

CREATE FUNCTION @extschema@.parts(ref @extschema@.lexref,
    OUT jurisdiction text, OUT country text, OUT locality text, OUT doctype text,
    OUT subtype text, OUT actor text, OUT date text, OUT number text,
    OUT language text, OUT version text, OUT version_label text, OUT component text,
    OUT portion @extschema@.clause_path, OUT portion_end @extschema@.clause_path, OUT format text)
    AS 'MODULE_PATHNAME', 'lexref_parts' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parts(@extschema@.lexref) IS
    'Every part by name, NULL where absent; version is original, amended, current, in_force or any (NULL for a work)';

CREATE FUNCTION @extschema@.to_eli(@extschema@.lexref) RETURNS text
    AS 'MODULE_PATHNAME', 'lexref_to_eli' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.to_eli(@extschema@.lexref) IS
    'The ELI URI that reads back as this reference, or NULL where no template of the README table expresses it';

CREATE FUNCTION @extschema@.to_urn_lex(@extschema@.lexref) RETURNS text
    AS 'MODULE_PATHNAME', 'lexref_to_urn_lex' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.to_urn_lex(@extschema@.lexref) IS
    'The URN:LEX name that reads back as this reference, or NULL where the mapping cannot express it';
