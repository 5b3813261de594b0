-- clause_path: comparison in reading order, containment, and their operator classes.

CREATE FUNCTION @extschema@.clause_path_cmp(@extschema@.clause_path, @extschema@.clause_path) RETURNS int4
    AS 'MODULE_PATHNAME', 'sort_key_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.clause_path_lt(@extschema@.clause_path, @extschema@.clause_path) RETURNS bool
    AS 'MODULE_PATHNAME', 'sort_key_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.clause_path_le(@extschema@.clause_path, @extschema@.clause_path) RETURNS bool
    AS 'MODULE_PATHNAME', 'sort_key_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.clause_path_eq(@extschema@.clause_path, @extschema@.clause_path) RETURNS bool
    AS 'MODULE_PATHNAME', 'sort_key_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.clause_path_ne(@extschema@.clause_path, @extschema@.clause_path) RETURNS bool
    AS 'MODULE_PATHNAME', 'sort_key_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.clause_path_ge(@extschema@.clause_path, @extschema@.clause_path) RETURNS bool
    AS 'MODULE_PATHNAME', 'sort_key_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.clause_path_gt(@extschema@.clause_path, @extschema@.clause_path) RETURNS bool
    AS 'MODULE_PATHNAME', 'sort_key_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.clause_path, RIGHTARG = @extschema@.clause_path,
    FUNCTION = @extschema@.clause_path_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.clause_path, RIGHTARG = @extschema@.clause_path,
    FUNCTION = @extschema@.clause_path_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.clause_path, RIGHTARG = @extschema@.clause_path,
    FUNCTION = @extschema@.clause_path_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.clause_path, RIGHTARG = @extschema@.clause_path,
    FUNCTION = @extschema@.clause_path_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.clause_path, RIGHTARG = @extschema@.clause_path,
    FUNCTION = @extschema@.clause_path_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.clause_path, RIGHTARG = @extschema@.clause_path,
    FUNCTION = @extschema@.clause_path_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);

-- Containment.  The support functions turn "p <@ q" / "q @> p" into the btree
-- range q <= p < clause_path_subtree_end(q) on an index over p.
CREATE FUNCTION @extschema@.clause_path_subtree_end(@extschema@.clause_path) RETURNS @extschema@.clause_path
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.clause_path_subtree_end(@extschema@.clause_path) IS
    'Internal: the exclusive upper bound of a subtree in index scans; a sort key bound, not a printable path';
CREATE FUNCTION @extschema@.clause_path_contained_support(internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.clause_path_contains_support(internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.clause_path_contains(@extschema@.clause_path, @extschema@.clause_path) RETURNS bool
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
    SUPPORT @extschema@.clause_path_contains_support;
CREATE FUNCTION @extschema@.clause_path_contained(@extschema@.clause_path, @extschema@.clause_path) RETURNS bool
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
    SUPPORT @extschema@.clause_path_contained_support;

CREATE OPERATOR @extschema@.@> (
    LEFTARG = @extschema@.clause_path, RIGHTARG = @extschema@.clause_path,
    FUNCTION = @extschema@.clause_path_contains,
    COMMUTATOR = OPERATOR(@extschema@.<@),
    RESTRICT = pg_catalog.matchingsel, JOIN = pg_catalog.matchingjoinsel);
CREATE OPERATOR @extschema@.<@ (
    LEFTARG = @extschema@.clause_path, RIGHTARG = @extschema@.clause_path,
    FUNCTION = @extschema@.clause_path_contained,
    COMMUTATOR = OPERATOR(@extschema@.@>),
    RESTRICT = pg_catalog.matchingsel, JOIN = pg_catalog.matchingjoinsel);

-- Operator classes: btree with sort support and deduplication (equality is
-- byte equality, so btequalimage holds), hash with the extended (seeded) hash.
CREATE FUNCTION @extschema@.clause_path_sortsupport(internal) RETURNS void
    AS 'MODULE_PATHNAME', 'sort_key_sortsupport' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.clause_path_hash(@extschema@.clause_path) RETURNS int4
    AS 'MODULE_PATHNAME', 'sort_key_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.clause_path_hash_extended(@extschema@.clause_path, int8) RETURNS int8
    AS 'MODULE_PATHNAME', 'sort_key_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR CLASS @extschema@.clause_path_ops
    DEFAULT FOR TYPE @extschema@.clause_path USING btree AS
        OPERATOR 1 @extschema@.<,
        OPERATOR 2 @extschema@.<=,
        OPERATOR 3 @extschema@.=,
        OPERATOR 4 @extschema@.>=,
        OPERATOR 5 @extschema@.>,
        FUNCTION 1 @extschema@.clause_path_cmp(@extschema@.clause_path, @extschema@.clause_path),
        FUNCTION 2 @extschema@.clause_path_sortsupport(internal),
        FUNCTION 4 pg_catalog.btequalimage(oid);

CREATE OPERATOR CLASS @extschema@.clause_path_hash_ops
    DEFAULT FOR TYPE @extschema@.clause_path USING hash AS
        OPERATOR 1 @extschema@.=,
        FUNCTION 1 @extschema@.clause_path_hash(@extschema@.clause_path),
        FUNCTION 2 @extschema@.clause_path_hash_extended(@extschema@.clause_path, int8);

-- min() and max(), parallel and with a combine function (Citus pushes them down).
CREATE FUNCTION @extschema@.clause_path_smaller(@extschema@.clause_path, @extschema@.clause_path) RETURNS @extschema@.clause_path
    AS 'MODULE_PATHNAME', 'sort_key_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.clause_path_larger(@extschema@.clause_path, @extschema@.clause_path) RETURNS @extschema@.clause_path
    AS 'MODULE_PATHNAME', 'sort_key_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE @extschema@.min(@extschema@.clause_path) (
    SFUNC = @extschema@.clause_path_smaller, STYPE = @extschema@.clause_path,
    COMBINEFUNC = @extschema@.clause_path_smaller, SORTOP = OPERATOR(@extschema@.<), PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.max(@extschema@.clause_path) (
    SFUNC = @extschema@.clause_path_larger, STYPE = @extschema@.clause_path,
    COMBINEFUNC = @extschema@.clause_path_larger, SORTOP = OPERATOR(@extschema@.>), PARALLEL = SAFE);
