-- lexref: comparison (jurisdiction, type, date, number, then versions in date
-- order, components, portions in reading order), containment, operator classes.

CREATE FUNCTION @extschema@.lexref_cmp(@extschema@.lexref, @extschema@.lexref) RETURNS int4
    AS 'MODULE_PATHNAME', 'sort_key_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.lexref_lt(@extschema@.lexref, @extschema@.lexref) RETURNS bool
    AS 'MODULE_PATHNAME', 'sort_key_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.lexref_le(@extschema@.lexref, @extschema@.lexref) RETURNS bool
    AS 'MODULE_PATHNAME', 'sort_key_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.lexref_eq(@extschema@.lexref, @extschema@.lexref) RETURNS bool
    AS 'MODULE_PATHNAME', 'sort_key_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.lexref_ne(@extschema@.lexref, @extschema@.lexref) RETURNS bool
    AS 'MODULE_PATHNAME', 'sort_key_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.lexref_ge(@extschema@.lexref, @extschema@.lexref) RETURNS bool
    AS 'MODULE_PATHNAME', 'sort_key_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.lexref_gt(@extschema@.lexref, @extschema@.lexref) RETURNS bool
    AS 'MODULE_PATHNAME', 'sort_key_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.lexref, RIGHTARG = @extschema@.lexref,
    FUNCTION = @extschema@.lexref_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.lexref, RIGHTARG = @extschema@.lexref,
    FUNCTION = @extschema@.lexref_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.lexref, RIGHTARG = @extschema@.lexref,
    FUNCTION = @extschema@.lexref_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.lexref, RIGHTARG = @extschema@.lexref,
    FUNCTION = @extschema@.lexref_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.lexref, RIGHTARG = @extschema@.lexref,
    FUNCTION = @extschema@.lexref_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.lexref, RIGHTARG = @extschema@.lexref,
    FUNCTION = @extschema@.lexref_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);

-- Containment.  A work contains its expressions, components and portions, a
-- portion its sub-portions, a range (~art_1->art_3) what lies between its ends.
-- The support functions turn "p <@ q" / "q @> p" into the btree range
-- lexref_subtree_start(q) <= p < lexref_subtree_end(q), rechecked.
CREATE FUNCTION @extschema@.lexref_subtree_start(@extschema@.lexref) RETURNS @extschema@.lexref
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lexref_subtree_start(@extschema@.lexref) IS
    'Internal: the lower bound of what a reference contains, for index scans';
CREATE FUNCTION @extschema@.lexref_subtree_end(@extschema@.lexref) RETURNS @extschema@.lexref
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lexref_subtree_end(@extschema@.lexref) IS
    'Internal: the exclusive upper bound of what a reference contains, for index scans; a sort key bound, not a printable reference';
CREATE FUNCTION @extschema@.lexref_contained_support(internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.lexref_contains_support(internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.lexref_contains(@extschema@.lexref, @extschema@.lexref) RETURNS bool
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
    SUPPORT @extschema@.lexref_contains_support;
CREATE FUNCTION @extschema@.lexref_contained(@extschema@.lexref, @extschema@.lexref) RETURNS bool
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
    SUPPORT @extschema@.lexref_contained_support;

CREATE OPERATOR @extschema@.@> (
    LEFTARG = @extschema@.lexref, RIGHTARG = @extschema@.lexref,
    FUNCTION = @extschema@.lexref_contains,
    COMMUTATOR = OPERATOR(@extschema@.<@),
    RESTRICT = pg_catalog.matchingsel, JOIN = pg_catalog.matchingjoinsel);
CREATE OPERATOR @extschema@.<@ (
    LEFTARG = @extschema@.lexref, RIGHTARG = @extschema@.lexref,
    FUNCTION = @extschema@.lexref_contained,
    COMMUTATOR = OPERATOR(@extschema@.@>),
    RESTRICT = pg_catalog.matchingsel, JOIN = pg_catalog.matchingjoinsel);

-- Operator classes: btree with sort support and deduplication (equality is
-- byte equality, so btequalimage holds), hash with the extended (seeded) hash:
-- a hash of the key bytes, which are the on-disk format, so it is stable across
-- releases and can serve as a Citus distribution key.
CREATE FUNCTION @extschema@.lexref_sortsupport(internal) RETURNS void
    AS 'MODULE_PATHNAME', 'sort_key_sortsupport' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.lexref_hash(@extschema@.lexref) RETURNS int4
    AS 'MODULE_PATHNAME', 'sort_key_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.lexref_hash_extended(@extschema@.lexref, int8) RETURNS int8
    AS 'MODULE_PATHNAME', 'sort_key_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR CLASS @extschema@.lexref_ops
    DEFAULT FOR TYPE @extschema@.lexref USING btree AS
        OPERATOR 1 @extschema@.<,
        OPERATOR 2 @extschema@.<=,
        OPERATOR 3 @extschema@.=,
        OPERATOR 4 @extschema@.>=,
        OPERATOR 5 @extschema@.>,
        FUNCTION 1 @extschema@.lexref_cmp(@extschema@.lexref, @extschema@.lexref),
        FUNCTION 2 @extschema@.lexref_sortsupport(internal),
        FUNCTION 4 pg_catalog.btequalimage(oid);

CREATE OPERATOR CLASS @extschema@.lexref_hash_ops
    DEFAULT FOR TYPE @extschema@.lexref USING hash AS
        OPERATOR 1 @extschema@.=,
        FUNCTION 1 @extschema@.lexref_hash(@extschema@.lexref),
        FUNCTION 2 @extschema@.lexref_hash_extended(@extschema@.lexref, int8);

-- min() and max(), parallel and with a combine function (Citus pushes them down).
CREATE FUNCTION @extschema@.lexref_smaller(@extschema@.lexref, @extschema@.lexref) RETURNS @extschema@.lexref
    AS 'MODULE_PATHNAME', 'sort_key_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.lexref_larger(@extschema@.lexref, @extschema@.lexref) RETURNS @extschema@.lexref
    AS 'MODULE_PATHNAME', 'sort_key_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE @extschema@.min(@extschema@.lexref) (
    SFUNC = @extschema@.lexref_smaller, STYPE = @extschema@.lexref,
    COMBINEFUNC = @extschema@.lexref_smaller, SORTOP = OPERATOR(@extschema@.<), PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.max(@extschema@.lexref) (
    SFUNC = @extschema@.lexref_larger, STYPE = @extschema@.lexref,
    COMBINEFUNC = @extschema@.lexref_larger, SORTOP = OPERATOR(@extschema@.>), PARALLEL = SAFE);
