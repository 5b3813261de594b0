-- clause_path: a position inside a legal text, stored as its sort key (src/core/cp_key.c).

CREATE TYPE @extschema@.clause_path;

CREATE FUNCTION @extschema@.clause_path_in(cstring) RETURNS @extschema@.clause_path
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.clause_path_out(@extschema@.clause_path) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.clause_path_recv(internal) RETURNS @extschema@.clause_path
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.clause_path_send(@extschema@.clause_path) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.clause_path (
    INPUT = @extschema@.clause_path_in,
    OUTPUT = @extschema@.clause_path_out,
    RECEIVE = @extschema@.clause_path_recv,
    SEND = @extschema@.clause_path_send,
    INTERNALLENGTH = VARIABLE,
    STORAGE = extended
);

COMMENT ON TYPE @extschema@.clause_path IS
    'A position inside a legal text, in Akoma Ntoso eId form (art_3__para_1__subpara_a); reads human citations too';

CREATE CAST (@extschema@.clause_path AS text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (text AS @extschema@.clause_path) WITH INOUT;
