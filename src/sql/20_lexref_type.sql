-- lexref: a reference to a legal act or one of its parts, stored as its sort key
-- (src/core/lr_key.c); reads Akoma Ntoso FRBR URIs, ELI URIs and URN:LEX names.

CREATE TYPE @extschema@.lexref;

CREATE FUNCTION @extschema@.lexref_in(cstring) RETURNS @extschema@.lexref
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.lexref_out(@extschema@.lexref) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.lexref_recv(internal) RETURNS @extschema@.lexref
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.lexref_send(@extschema@.lexref) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.lexref (
    INPUT = @extschema@.lexref_in,
    OUTPUT = @extschema@.lexref_out,
    RECEIVE = @extschema@.lexref_recv,
    SEND = @extschema@.lexref_send,
    INTERNALLENGTH = VARIABLE,
    STORAGE = extended
);

COMMENT ON TYPE @extschema@.lexref IS
    'A reference to a legal act, a version of it or a provision, written as an Akoma Ntoso FRBR URI (/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2023-09-01/~art_1); reads ELI and URN:LEX too';

CREATE CAST (@extschema@.lexref AS text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (text AS @extschema@.lexref) WITH INOUT;
