-- lexalign install script, joined from src/sql/*.sql by the Makefile.
-- Every name is schema-qualified (@extschema@, pg_catalog) against search_path attacks.
\echo Use "CREATE EXTENSION lexalign" to load this file. \quit
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
-- clause_path: structure and labels.

CREATE FUNCTION @extschema@.depth(@extschema@.clause_path) RETURNS int4
    AS 'MODULE_PATHNAME', 'clause_path_depth' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.depth(@extschema@.clause_path) IS
    'Number of components: depth(''art_3__para_1'') = 2';

CREATE FUNCTION @extschema@.parent(@extschema@.clause_path) RETURNS @extschema@.clause_path
    AS 'MODULE_PATHNAME', 'clause_path_parent' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parent(@extschema@.clause_path) IS
    'The enclosing position, NULL at the top: parent(''art_3__para_1'') = ''art_3''';

CREATE FUNCTION @extschema@.subpath(@extschema@.clause_path, int4, int4) RETURNS @extschema@.clause_path
    AS 'MODULE_PATHNAME', 'clause_path_subpath' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.subpath(@extschema@.clause_path, int4, int4) IS
    'Components from offset (0-based; negative counts from the end), len of them (negative: all but that many at the end)';

CREATE FUNCTION @extschema@.subpath(@extschema@.clause_path, int4) RETURNS @extschema@.clause_path
    AS 'MODULE_PATHNAME', 'clause_path_subpath_from' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.subpath(@extschema@.clause_path, int4) IS
    'Components from offset (0-based; negative counts from the end) to the end';

CREATE FUNCTION @extschema@.clause_path_concat(@extschema@.clause_path, @extschema@.clause_path) RETURNS @extschema@.clause_path
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR @extschema@.|| (
    LEFTARG = @extschema@.clause_path, RIGHTARG = @extschema@.clause_path,
    FUNCTION = @extschema@.clause_path_concat);

CREATE FUNCTION @extschema@.label(@extschema@.clause_path) RETURNS text
    AS 'MODULE_PATHNAME', 'clause_path_label' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.label(@extschema@.clause_path) IS
    'The human citation: label(''art_3__para_1__subpara_a__point_ii'') = ''Article 3(1)(a)(ii)''';

CREATE FUNCTION @extschema@.leaf_element(@extschema@.clause_path) RETURNS text
    AS 'MODULE_PATHNAME', 'clause_path_leaf_element' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.leaf_element(@extschema@.clause_path) IS
    'Element name of the last component: leaf_element(''art_3__para_1'') = ''para''';

CREATE FUNCTION @extschema@.leaf_number(@extschema@.clause_path) RETURNS text
    AS 'MODULE_PATHNAME', 'clause_path_leaf_number' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.leaf_number(@extschema@.clause_path) IS
    'Number of the last component, NULL when it has none: leaf_number(''art_3bis'') = ''3bis''';
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
-- alignment: how far a national provision meets a clause (DESIGN.md), the
-- reader of the scales people use, and the country table the extension carries.

CREATE TYPE @extschema@.alignment AS ENUM (
    'conflicting', 'absent', 'partial', 'largely', 'full', 'not_applicable');
COMMENT ON TYPE @extschema@.alignment IS
    'How far a provision meets a clause: conflicting < absent < partial < largely < full; not_applicable is left out of scores. "Not assessed" is not a level: it is the absence of an assessment';

CREATE FUNCTION @extschema@.alignment_from(text) RETURNS @extschema@.alignment
    AS 'MODULE_PATHNAME', 'alignment_from_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.alignment_from(text) IS
    'Reads the scales in use: full/C/+/yes, largely/LC, partial/PC/-/+, absent/NC/0/no, conflicting/conflict, not_applicable/NA/N/A (case and spaces ignored); anything else is an error';

-- The default weight of each level in scores (DESIGN.md); instrument_weight overrides it.
CREATE FUNCTION @extschema@.default_weight(@extschema@.alignment) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN CASE $1
        WHEN 'full' THEN 1.0 WHEN 'largely' THEN 0.75 WHEN 'partial' THEN 0.5
        WHEN 'absent' THEN 0 WHEN 'conflicting' THEN 0 END;
COMMENT ON FUNCTION @extschema@.default_weight(@extschema@.alignment) IS
    'full 1.0, largely 0.75, partial 0.5, absent 0, conflicting 0; NULL for not_applicable (left out of scores)';

-- ISO 3166-1, as the lexref parser knows it (src/core/lr_iso_tables.c).
CREATE FUNCTION @extschema@.iso_countries(OUT alpha2 text, OUT alpha3 text, OUT numeric_code int4, OUT name text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'iso_countries' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 249;

CREATE TABLE @extschema@.country (
    alpha2 text PRIMARY KEY,
    alpha3 text NOT NULL UNIQUE,
    numeric_code int4 NOT NULL,
    name text NOT NULL
);
INSERT INTO @extschema@.country SELECT * FROM @extschema@.iso_countries();
COMMENT ON TABLE @extschema@.country IS
    'ISO 3166-1 assigned codes, carried by the extension (from Debian''s iso-codes): the same list the lexref parser checks';
COMMENT ON COLUMN @extschema@.country.alpha2 IS 'Lowercase alpha-2 code: ru';
COMMENT ON COLUMN @extschema@.country.alpha3 IS 'Lowercase alpha-3 code: rus';
COMMENT ON COLUMN @extschema@.country.name IS 'English short name: Russian Federation';
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
    history_writer boolean := @extschema@.may_write_history(TG_RELID);
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

CREATE TABLE @extschema@.status_segment (
    instrument text NOT NULL,
    clause @extschema@.clause_path NOT NULL,
    jurisdiction text NOT NULL,
    valid daterange NOT NULL,
    status @extschema@.alignment NOT NULL,
    provisions @extschema@.lexref[]
);
CREATE INDEX status_segment_cell ON @extschema@.status_segment (instrument, jurisdiction, clause);
COMMENT ON TABLE @extschema@.status_segment IS
    'Derived: the status of each instrument, clause and jurisdiction as known now, per period of dates; maintained by triggers, read by the reports';

-- The segments of one cell, from its current assessments given as three
-- arrays (level, provision, dates counted on): cut the dates at every start
-- and end, and take the status of each piece from the assessments covering it.
CREATE FUNCTION @extschema@.segments_of(levels @extschema@.alignment[], refs @extschema@.lexref[],
                                        valids daterange[])
    RETURNS TABLE (valid daterange, status @extschema@.alignment, provisions @extschema@.lexref[])
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    cuts date[];
    n int;
    piece daterange;
    best @extschema@.alignment;
    conflict boolean;
    covered boolean;
    found_provisions @extschema@.lexref[];
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
        found_provisions := NULL;
        FOR i IN 1 .. coalesce(array_length(levels, 1), 0) LOOP
            CONTINUE WHEN NOT valids[i] @> piece;
            covered := true;
            IF levels[i] = 'conflicting' THEN
                conflict := true;
            ELSIF levels[i] <> 'not_applicable' AND (best IS NULL OR levels[i] > best) THEN
                best := levels[i];
            END IF;
            IF refs[i] IS NOT NULL THEN
                found_provisions := found_provisions || refs[i];
            END IF;
        END LOOP;
        CONTINUE WHEN NOT covered;
        -- as own_statuses: conflict wins, then the best applicable level
        valid := piece;
        status := CASE WHEN conflict THEN 'conflicting' ELSE coalesce(best, 'not_applicable') END;
        provisions := found_provisions;
        RETURN NEXT;
    END LOOP;
END $$;

-- The segments of the cells given (three arrays, one cell per index),
-- computed from their current assessments.
CREATE FUNCTION @extschema@.compute_segments(instruments text[], clauses @extschema@.clause_path[],
                                             jurisdictions text[])
    RETURNS TABLE (instrument text, clause @extschema@.clause_path, jurisdiction text, valid daterange,
                   status @extschema@.alignment, provisions @extschema@.lexref[])
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT c.instrument, c.clause, c.jurisdiction, s.valid, s.status, s.provisions
    FROM (SELECT a.instrument, a.clause, a.jurisdiction, array_agg(a.level) AS levels,
                 array_agg(a.provision) AS provisions,
                 array_agg(CASE WHEN a.provision IS NULL THEN a.valid ELSE p.in_force * t.in_force END) AS valids
          FROM (SELECT DISTINCT * FROM unnest($1, $2, $3) AS u(instrument, clause, jurisdiction)) cell
          JOIN @extschema@.assessment a
            ON a.instrument = cell.instrument AND a.jurisdiction = cell.jurisdiction AND a.clause = cell.clause
          LEFT JOIN @extschema@.provision p ON p.ref = a.provision
          LEFT JOIN @extschema@.act t ON t.ref = p.act
          WHERE a.superseded_at IS NULL
          GROUP BY a.instrument, a.clause, a.jurisdiction) c
    CROSS JOIN LATERAL @extschema@.segments_of(c.levels, c.provisions, c.valids) s;
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
-- Reports: how the parliaments' laws align with an instrument (DESIGN.md
-- "Alignment semantics").  For instrument D, valid date as_of and knowledge
-- time known_at:
--   * an assessment counts if it was recorded by known_at and not superseded
--     then, and its provision (and the provision's act) is in force on as_of,
--     or, jurisdiction-wide, its valid period holds as_of;
--   * the status of a clause is conflicting if any counting assessment is;
--     otherwise the best applicable level; not_applicable if that is all there
--     is; NULL (not assessed) if nothing counts;
--   * a clause with no status of its own that references clauses of other
--     instruments takes the lowest status among them when all have one
--     (derived, one step: referenced clauses' own statuses only);
--   * score = sum(weight(c) * value(status)) / sum(weight(c)) over clauses
--     assessed (status neither NULL nor not_applicable); coverage = assessed
--     clauses / applicable clauses (not not_applicable).
-- Every function is STABLE and PARALLEL SAFE and has a SQL-standard body: it
-- is bound when the extension is created (a search_path cannot change what it
-- calls) and the planner can inline it, pushing a jurisdiction down to the
-- indexes.  Parameters are written $1, $2, ... because in a SQL function a
-- column of the same name as a parameter would win.

-- The assessments that count, for an instrument, or (referenced) for the
-- instruments its clauses reference, whose statuses derived statuses take.
-- Two calls rather than one over both: each gets its own row estimate, and
-- the planner its own plan (referenced is always a constant).
CREATE FUNCTION @extschema@.counting_assessments(instrument text, referenced boolean, jurisdictions text[],
                                                 as_of date, known_at timestamptz)
    RETURNS TABLE (instrument text, clause @extschema@.clause_path, jurisdiction text,
                   provision @extschema@.lexref, level @extschema@.alignment)
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT a.instrument, a.clause, a.jurisdiction, a.provision, a.level
    FROM @extschema@.assessment a
    LEFT JOIN @extschema@.provision p ON p.ref = a.provision
    LEFT JOIN @extschema@.act t ON t.ref = p.act
    WHERE CASE WHEN $2 THEN a.instrument IN (SELECT r.to_instrument FROM @extschema@.clause_reference r
                                             WHERE r.instrument = $1)
               ELSE a.instrument = $1 END
      AND ($3 IS NULL OR a.jurisdiction = ANY ($3))
      AND a.recorded_at <= $5 AND (a.superseded_at IS NULL OR a.superseded_at > $5)
      AND CASE WHEN a.provision IS NULL THEN a.valid @> $4
               ELSE p.in_force @> $4 AND t.in_force @> $4 END;
END;
COMMENT ON FUNCTION @extschema@.counting_assessments(text, boolean, text[], date, timestamptz) IS
    'The assessments that count, for the instrument (or, referenced, those its clauses reference) and the jurisdictions (NULL: all), on as_of, as known at known_at';

-- Each clause's own status, from the assessments that count.  The provisions
-- come unordered (an ordered aggregate would forbid hashed grouping): the
-- reports that show them sort them.
CREATE FUNCTION @extschema@.own_statuses(instrument text, referenced boolean, jurisdictions text[],
                                         as_of date, known_at timestamptz)
    RETURNS TABLE (instrument text, clause @extschema@.clause_path, jurisdiction text,
                   status @extschema@.alignment, provisions @extschema@.lexref[])
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT c.instrument, c.clause, c.jurisdiction,
           CASE WHEN bool_or(c.level = 'conflicting') THEN 'conflicting'::@extschema@.alignment
                ELSE coalesce(max(c.level) FILTER (WHERE c.level <> 'not_applicable'),
                              'not_applicable') END,
           array_agg(c.provision) FILTER (WHERE c.provision IS NOT NULL)
    FROM @extschema@.counting_assessments($1, $2, $3, $4, $5) c
    GROUP BY c.instrument, c.clause, c.jurisdiction;
END;

-- The status of every clause of an instrument for every jurisdiction (NULL:
-- all), own or derived: the core of every report.
CREATE FUNCTION @extschema@.statuses(instrument text, jurisdictions text[], as_of date, known_at timestamptz)
    RETURNS TABLE (jurisdiction text, "position" int4, clause @extschema@.clause_path, heading text,
                   weight numeric, status @extschema@.alignment, provisions @extschema@.lexref[],
                   derived boolean)
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    -- as known now: the maintained segments (43_status_segments.sql);
    -- as known earlier: computed from the history
    WITH own AS (
        SELECT g.clause, g.jurisdiction, g.status, g.provisions
        FROM @extschema@.status_segment g
        WHERE @extschema@.segments_hold($4) AND g.instrument = $1 AND g.valid @> $3
          AND ($2 IS NULL OR g.jurisdiction = ANY ($2))
        UNION ALL
        SELECT o.clause, o.jurisdiction, o.status, o.provisions
        FROM @extschema@.own_statuses($1, false, $2, $3, $4) o
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
        SELECT r.clause, j.code AS jurisdiction,
               CASE WHEN count(*) = count(o.status)
                    THEN coalesce(min(o.status) FILTER (WHERE o.status <> 'not_applicable'),
                                  'not_applicable') END AS status
        FROM @extschema@.clause_reference r
        CROSS JOIN @extschema@.jurisdiction j
        LEFT JOIN referenced o ON o.instrument = r.to_instrument AND o.clause = r.to_clause
                              AND o.jurisdiction COLLATE "C" = j.code COLLATE "C"
        WHERE r.instrument = $1 AND ($2 IS NULL OR j.code = ANY ($2))
        GROUP BY r.clause, j.code
    )
    SELECT j.code, c.position, c.path, c.heading, c.weight,
           coalesce(o.status, d.status), o.provisions,
           o.status IS NULL AND d.status IS NOT NULL
    FROM @extschema@.clause c
    -- not a CTE: read in key order, the product comes out nearly sorted for the merges
    CROSS JOIN @extschema@.jurisdiction j
    -- codes are ASCII: "C" compares them as bytes, which keeps sorts and merges cheap
    LEFT JOIN own o ON o.clause = c.path AND o.jurisdiction COLLATE "C" = j.code COLLATE "C"
    LEFT JOIN derived d ON d.clause = c.path AND d.jurisdiction COLLATE "C" = j.code COLLATE "C"
    -- coalesce: "= NULL" would fold the whole query away, checks included
    WHERE c.instrument = coalesce($1, '') AND ($2 IS NULL OR j.code = ANY ($2))
      AND @extschema@.require_instrument($1) AND @extschema@.require_moment($3, $4);
END;
COMMENT ON FUNCTION @extschema@.statuses(text, text[], date, timestamptz) IS
    'The status of every clause of the instrument for the jurisdictions (NULL: all): own, or derived from the clauses it references';

-- Score and coverage per jurisdiction (NULL: all).
CREATE FUNCTION @extschema@.scores(instrument text, jurisdictions text[], as_of date, known_at timestamptz)
    RETURNS TABLE (jurisdiction text, score numeric, coverage numeric,
                   clauses_assessed int4, clauses_applicable int4)
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT s.jurisdiction,
           round(sum(s.weight * coalesce(w.weight, @extschema@.default_weight(s.status)))
                     FILTER (WHERE s.status <> 'not_applicable')
                 / nullif(sum(s.weight) FILTER (WHERE s.status <> 'not_applicable'), 0), 4),
           CASE WHEN count(*) FILTER (WHERE s.status IS DISTINCT FROM 'not_applicable') = 0 THEN 0
                ELSE round(count(*) FILTER (WHERE s.status <> 'not_applicable')::numeric
                           / count(*) FILTER (WHERE s.status IS DISTINCT FROM 'not_applicable'), 4) END,
           (count(*) FILTER (WHERE s.status <> 'not_applicable'))::int4,
           (count(*) FILTER (WHERE s.status IS DISTINCT FROM 'not_applicable'))::int4
    FROM @extschema@.statuses($1, $2, $3, $4) s
    LEFT JOIN @extschema@.instrument_weight w ON w.instrument = $1 AND w.level = s.status
    GROUP BY s.jurisdiction;
END;

CREATE FUNCTION @extschema@.clause_status(instrument text, jurisdiction text,
                                          as_of date DEFAULT current_date, known_at timestamptz DEFAULT now())
    RETURNS TABLE ("position" int4, clause @extschema@.clause_path, heading text,
                   status @extschema@.alignment, provisions @extschema@.lexref[], derived boolean)
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT s.position, s.clause, s.heading, s.status,
           CASE WHEN s.provisions IS NOT NULL THEN ARRAY(SELECT p FROM unnest(s.provisions) p ORDER BY p) END, s.derived
    FROM @extschema@.statuses($1, ARRAY[$2], $3, $4) s
    WHERE @extschema@.require_jurisdiction($2)
    ORDER BY s.position;
END;
COMMENT ON FUNCTION @extschema@.clause_status(text, text, date, timestamptz) IS
    'One row per clause of the instrument, in document order: its status in the jurisdiction (NULL: not assessed), the provisions behind it, and whether it is derived from referenced clauses';

CREATE FUNCTION @extschema@.alignment_scores(instrument text, as_of date DEFAULT current_date,
                                             known_at timestamptz DEFAULT now())
    RETURNS TABLE (jurisdiction text, parliament text, score numeric, coverage numeric,
                   clauses_assessed int4, clauses_applicable int4, rank int4)
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT s.jurisdiction, j.parliament, s.score, s.coverage, s.clauses_assessed, s.clauses_applicable,
           CASE WHEN s.score IS NOT NULL
                THEN (rank() OVER (ORDER BY s.score DESC NULLS LAST))::int4 END
    FROM @extschema@.scores($1, NULL, $2, $3) s
    JOIN @extschema@.jurisdiction j ON j.code = s.jurisdiction
    ORDER BY s.score DESC NULLS LAST, s.jurisdiction;
END;
COMMENT ON FUNCTION @extschema@.alignment_scores(text, date, timestamptz) IS
    'One row per jurisdiction: score (NULL when nothing is assessed), coverage of the applicable clauses, counts, rank by score';

CREATE FUNCTION @extschema@.alignment_matrix(instrument text, as_of date DEFAULT current_date,
                                             known_at timestamptz DEFAULT now())
    RETURNS TABLE (jurisdiction text, "position" int4, clause @extschema@.clause_path,
                   status @extschema@.alignment, derived boolean)
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT s.jurisdiction, s.position, s.clause, s.status, s.derived
    FROM @extschema@.statuses($1, NULL, $2, $3) s
    ORDER BY s.jurisdiction COLLATE "C", s.position;
END;
COMMENT ON FUNCTION @extschema@.alignment_matrix(text, date, timestamptz) IS
    'Jurisdictions x clauses, long form: one row per pair with its status (NULL: not assessed)';

CREATE FUNCTION @extschema@.alignment_gaps(instrument text, jurisdiction text,
                                           as_of date DEFAULT current_date, known_at timestamptz DEFAULT now())
    RETURNS TABLE ("position" int4, clause @extschema@.clause_path, heading text,
                   status @extschema@.alignment, gap text, provisions @extschema@.lexref[], derived boolean)
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT s.position, s.clause, s.heading, s.status,
           CASE WHEN s.status IS NULL THEN 'not assessed' ELSE s.status::text END,
           CASE WHEN s.provisions IS NOT NULL THEN ARRAY(SELECT p FROM unnest(s.provisions) p ORDER BY p) END, s.derived
    FROM @extschema@.statuses($1, ARRAY[$2], $3, $4) s
    WHERE (s.status IS NULL OR s.status < 'largely') AND @extschema@.require_jurisdiction($2)
    ORDER BY s.position;
END;
COMMENT ON FUNCTION @extschema@.alignment_gaps(text, text, date, timestamptz) IS
    'The clauses below largely (partial, absent, conflicting) or not assessed, with the provisions that exist';

CREATE FUNCTION @extschema@.compare_jurisdictions(instrument text, a text, b text,
                                                  as_of date DEFAULT current_date,
                                                  known_at timestamptz DEFAULT now())
    RETURNS TABLE ("position" int4, clause @extschema@.clause_path, heading text,
                   status_a @extschema@.alignment, status_b @extschema@.alignment, differ boolean)
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT sa.position, sa.clause, sa.heading, sa.status, sb.status, sa.status IS DISTINCT FROM sb.status
    FROM @extschema@.statuses($1, ARRAY[$2], $4, $5) sa
    JOIN @extschema@.statuses($1, ARRAY[$3], $4, $5) sb ON sb.position = sa.position
    WHERE @extschema@.require_jurisdiction($2) AND @extschema@.require_jurisdiction($3)
    ORDER BY sa.position;
END;
COMMENT ON FUNCTION @extschema@.compare_jurisdictions(text, text, text, date, timestamptz) IS
    'Two jurisdictions side by side, clause by clause, and whether their statuses differ';

CREATE FUNCTION @extschema@.harmonisation(instrument text, as_of date DEFAULT current_date,
                                          known_at timestamptz DEFAULT now())
    RETURNS TABLE ("position" int4, clause @extschema@.clause_path, jurisdictions_assessed int4,
                   agreeing_pairs int4, pairs int4, index numeric)
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    WITH levels AS (
        -- how many jurisdictions share each level of each clause
        SELECT s.position, s.status, count(*) AS m
        FROM @extschema@.statuses($1, NULL, $2, $3) s
        WHERE s.status <> 'not_applicable'
        GROUP BY s.position, s.status
    ), per_clause AS (
        SELECT l.position, sum(l.m) AS n, sum(l.m * (l.m - 1) / 2) AS agreeing
        FROM levels l GROUP BY l.position
    )
    SELECT c.position, c.path, coalesce(p.n, 0)::int4, coalesce(p.agreeing, 0)::int4,
           coalesce(p.n * (p.n - 1) / 2, 0)::int4,
           round(p.agreeing / nullif(p.n * (p.n - 1) / 2, 0), 4)
    FROM @extschema@.clause c
    LEFT JOIN per_clause p ON p.position = c.position
    WHERE c.instrument = coalesce($1, '') AND @extschema@.require_instrument($1)
      AND @extschema@.require_moment($2, $3)
    ORDER BY c.position;
END;
COMMENT ON FUNCTION @extschema@.harmonisation(text, date, timestamptz) IS
    'Per clause: jurisdictions assessed, pairs of them with equal levels, all pairs, and their ratio (not_applicable and not assessed are left out)';

CREATE FUNCTION @extschema@.jurisdiction_similarity(instrument text, as_of date DEFAULT current_date,
                                                    known_at timestamptz DEFAULT now())
    RETURNS TABLE (jurisdiction_a text, jurisdiction_b text, similarity numeric, clauses_compared int4)
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    WITH v AS (
        SELECT s.jurisdiction, s.position,
               coalesce(w.weight, @extschema@.default_weight(s.status)) AS value
        FROM @extschema@.statuses($1, NULL, $2, $3) s
        LEFT JOIN @extschema@.instrument_weight w ON w.instrument = $1 AND w.level = s.status
        WHERE s.status <> 'not_applicable'
    )
    SELECT a.jurisdiction, b.jurisdiction, round(1 - avg(abs(a.value - b.value)), 4), count(*)::int4
    FROM v a JOIN v b ON b.position = a.position AND a.jurisdiction < b.jurisdiction
    GROUP BY a.jurisdiction, b.jurisdiction
    ORDER BY 3 DESC, 1, 2;
END;
COMMENT ON FUNCTION @extschema@.jurisdiction_similarity(text, date, timestamptz) IS
    'Pairs of jurisdictions with a clause assessed in both: 1 - mean |value(a) - value(b)| over those clauses, and how many';

-- The dates on which a jurisdiction's score or coverage can change: its acts
-- and provisions come into force or end, a jurisdiction-wide assessment's
-- period starts or ends, an assessment is recorded or superseded.
CREATE FUNCTION @extschema@.alignment_events(instrument text, jurisdiction text)
    RETURNS SETOF date
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT DISTINCT e.d
    FROM @extschema@.assessment a
    LEFT JOIN @extschema@.provision p ON p.ref = a.provision
    LEFT JOIN @extschema@.act t ON t.ref = p.act
    CROSS JOIN LATERAL (VALUES (lower(p.in_force)), (upper(p.in_force)), (lower(t.in_force)),
                               (upper(t.in_force)), (lower(a.valid)), (upper(a.valid)),
                               (a.recorded_at::date), (a.superseded_at::date)) e(d)
    WHERE a.jurisdiction = $2
      AND (a.instrument = $1 OR a.instrument IN (SELECT r.to_instrument FROM @extschema@.clause_reference r
                                                WHERE r.instrument = $1))
      AND e.d IS NOT NULL AND isfinite(e.d);
END;

CREATE FUNCTION @extschema@.alignment_timeline(instrument text, jurisdiction text)
    RETURNS TABLE ("date" date, score numeric, coverage numeric, clauses_assessed int4)
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    WITH points AS (
        -- on each date: the law in force that day, as known at its end
        SELECT e.d, s.score, s.coverage, s.clauses_assessed,
               lag(s.score) OVER (ORDER BY e.d) AS prev_score,
               lag(s.coverage) OVER (ORDER BY e.d) AS prev_coverage,
               lag(s.clauses_assessed) OVER (ORDER BY e.d) AS prev_assessed,
               row_number() OVER (ORDER BY e.d) AS n
        FROM @extschema@.alignment_events($1, $2) e(d)
        CROSS JOIN LATERAL @extschema@.scores($1, ARRAY[$2], e.d,
                                              (e.d + 1)::timestamptz - interval '1 microsecond') s
    )
    SELECT p.d, p.score, p.coverage, p.clauses_assessed
    FROM points p
    WHERE (p.n = 1 OR p.score IS DISTINCT FROM p.prev_score OR p.coverage IS DISTINCT FROM p.prev_coverage
           OR p.clauses_assessed IS DISTINCT FROM p.prev_assessed)
      AND @extschema@.require_instrument($1) AND @extschema@.require_jurisdiction($2)
    ORDER BY p.d;
END;
COMMENT ON FUNCTION @extschema@.alignment_timeline(text, text) IS
    'The score and coverage on each date they change (an act or provision comes into force or ends, an assessment is recorded or superseded), each as known at the end of that day';
-- Views for dashboards (Grafana, Metabase, Superset), as of today.  BI drivers
-- reject a whole result with a type they do not know, so every column is a
-- plain type (text, numeric, integer, date, timestamptz, boolean); rows are
-- long, never pivoted, with an integer sort key for clause order; "not
-- assessed" is NULL plus a label; every country row carries ISO alpha-2,
-- alpha-3 and the English name, since map panels key on one or the other.
-- security_invoker: a view reads with the rights of whoever queries it.

CREATE VIEW @extschema@.alignment_scores_now WITH (security_invoker = true) AS
SELECT i.code AS instrument, s.jurisdiction, j.country AS iso_alpha2, c.alpha3 AS iso_alpha3,
       coalesce(c.name, j.name) AS country_name, j.name AS jurisdiction_name, s.parliament,
       s.score, s.coverage, s.clauses_assessed, s.clauses_applicable, s.rank
FROM @extschema@.instrument i
CROSS JOIN LATERAL @extschema@.alignment_scores(i.code) s
JOIN @extschema@.jurisdiction j ON j.code = s.jurisdiction
LEFT JOIN @extschema@.country c ON c.alpha2 = j.country;
COMMENT ON VIEW @extschema@.alignment_scores_now IS
    'Today''s score of every jurisdiction against every instrument, as known now';
COMMENT ON COLUMN @extschema@.alignment_scores_now.instrument IS 'The instrument''s code (moscow-2017)';
COMMENT ON COLUMN @extschema@.alignment_scores_now.jurisdiction IS 'Jurisdiction code: ISO 3166-1 alpha-2, optionally -subdivision; or eu, un';
COMMENT ON COLUMN @extschema@.alignment_scores_now.iso_alpha2 IS 'ISO 3166-1 alpha-2 (lowercase), for map panels';
COMMENT ON COLUMN @extschema@.alignment_scores_now.iso_alpha3 IS 'ISO 3166-1 alpha-3 (lowercase), for map panels; NULL for eu, un';
COMMENT ON COLUMN @extschema@.alignment_scores_now.country_name IS 'English short name of the country (ISO 3166-1)';
COMMENT ON COLUMN @extschema@.alignment_scores_now.jurisdiction_name IS 'The jurisdiction''s name as recorded';
COMMENT ON COLUMN @extschema@.alignment_scores_now.parliament IS 'The parliament';
COMMENT ON COLUMN @extschema@.alignment_scores_now.score IS 'Weighted alignment of the assessed clauses, 0 to 1; NULL when nothing is assessed';
COMMENT ON COLUMN @extschema@.alignment_scores_now.coverage IS 'Share of the applicable clauses that are assessed, 0 to 1';
COMMENT ON COLUMN @extschema@.alignment_scores_now.clauses_assessed IS 'Clauses with a status other than not_applicable';
COMMENT ON COLUMN @extschema@.alignment_scores_now.clauses_applicable IS 'Clauses not assessed not_applicable';
COMMENT ON COLUMN @extschema@.alignment_scores_now.rank IS 'Rank by score among the jurisdictions with one (1 = best)';

CREATE VIEW @extschema@.alignment_matrix_now WITH (security_invoker = true) AS
SELECT i.code AS instrument, m.jurisdiction, j.country AS iso_alpha2, c.alpha3 AS iso_alpha3,
       coalesce(c.name, j.name) AS country_name, m.position AS clause_order, m.clause::text AS clause,
       cl.heading, m.status::text AS status, coalesce(m.status::text, 'not assessed') AS status_label,
       m.derived
FROM @extschema@.instrument i
CROSS JOIN LATERAL @extschema@.alignment_matrix(i.code) m
JOIN @extschema@.jurisdiction j ON j.code = m.jurisdiction
JOIN @extschema@.clause cl ON cl.instrument = i.code AND cl.position = m.position
LEFT JOIN @extschema@.country c ON c.alpha2 = j.country;
COMMENT ON VIEW @extschema@.alignment_matrix_now IS
    'Today''s status of every clause of every instrument in every jurisdiction, one row per pair';
COMMENT ON COLUMN @extschema@.alignment_matrix_now.instrument IS 'The instrument''s code';
COMMENT ON COLUMN @extschema@.alignment_matrix_now.jurisdiction IS 'Jurisdiction code';
COMMENT ON COLUMN @extschema@.alignment_matrix_now.iso_alpha2 IS 'ISO 3166-1 alpha-2 (lowercase)';
COMMENT ON COLUMN @extschema@.alignment_matrix_now.iso_alpha3 IS 'ISO 3166-1 alpha-3 (lowercase); NULL for eu, un';
COMMENT ON COLUMN @extschema@.alignment_matrix_now.country_name IS 'English short name of the country';
COMMENT ON COLUMN @extschema@.alignment_matrix_now.clause_order IS 'Position of the clause in the instrument: sort by it';
COMMENT ON COLUMN @extschema@.alignment_matrix_now.clause IS 'The clause as an Akoma Ntoso eId (art_3__para_1)';
COMMENT ON COLUMN @extschema@.alignment_matrix_now.heading IS 'The clause''s heading';
COMMENT ON COLUMN @extschema@.alignment_matrix_now.status IS 'conflicting, absent, partial, largely, full or not_applicable; NULL when not assessed';
COMMENT ON COLUMN @extschema@.alignment_matrix_now.status_label IS 'The status, or ''not assessed''';
COMMENT ON COLUMN @extschema@.alignment_matrix_now.derived IS 'True when the status comes from the clauses of other instruments this clause references';

CREATE VIEW @extschema@.treaty_status_now WITH (security_invoker = true) AS
SELECT e.instrument, e.jurisdiction, j.country AS iso_alpha2, c.alpha3 AS iso_alpha3,
       coalesce(c.name, j.name) AS country_name,
       last_event.event AS status, last_event.occurred_on AS status_date,
       consent.occurred_on AS consent_date,
       consent.occurred_on IS NOT NULL
           AND (denounced.occurred_on IS NULL OR denounced.occurred_on < consent.occurred_on) AS is_party,
       (SELECT count(*) FROM @extschema@.treaty_event r
        WHERE r.jurisdiction = e.jurisdiction AND r.instrument = e.instrument
          AND r.event = 'reservation' AND r.occurred_on <= current_date)::int4 AS reservations
FROM (SELECT DISTINCT t.instrument, t.jurisdiction FROM @extschema@.treaty_event t
      WHERE t.occurred_on <= current_date) e
JOIN @extschema@.jurisdiction j ON j.code = e.jurisdiction
LEFT JOIN @extschema@.country c ON c.alpha2 = j.country
CROSS JOIN LATERAL (SELECT t.event, t.occurred_on FROM @extschema@.treaty_event t
                    WHERE t.jurisdiction = e.jurisdiction AND t.instrument = e.instrument
                      AND t.occurred_on <= current_date
                    -- reservations, declarations and objections qualify a status, they are not one
                    ORDER BY t.event NOT IN ('reservation', 'declaration', 'objection') DESC,
                             t.occurred_on DESC, t.id DESC LIMIT 1) last_event
LEFT JOIN LATERAL (SELECT max(t.occurred_on) AS occurred_on FROM @extschema@.treaty_event t
                   WHERE t.jurisdiction = e.jurisdiction AND t.instrument = e.instrument
                     AND t.occurred_on <= current_date
                     AND t.event IN ('ratification', 'accession', 'acceptance', 'approval', 'succession')) consent ON true
LEFT JOIN LATERAL (SELECT max(t.occurred_on) AS occurred_on FROM @extschema@.treaty_event t
                   WHERE t.jurisdiction = e.jurisdiction AND t.instrument = e.instrument
                     AND t.occurred_on <= current_date AND t.event = 'denunciation') denounced ON true;
COMMENT ON VIEW @extschema@.treaty_status_now IS
    'Where each jurisdiction stands today in each treaty: its latest event, whether it is a party, its reservations';
COMMENT ON COLUMN @extschema@.treaty_status_now.instrument IS 'The instrument''s code';
COMMENT ON COLUMN @extschema@.treaty_status_now.jurisdiction IS 'Jurisdiction code';
COMMENT ON COLUMN @extschema@.treaty_status_now.iso_alpha2 IS 'ISO 3166-1 alpha-2 (lowercase)';
COMMENT ON COLUMN @extschema@.treaty_status_now.iso_alpha3 IS 'ISO 3166-1 alpha-3 (lowercase); NULL for eu, un';
COMMENT ON COLUMN @extschema@.treaty_status_now.country_name IS 'English short name of the country';
COMMENT ON COLUMN @extschema@.treaty_status_now.status IS 'The latest step: signature, ratification, accession, acceptance, approval, succession, entry_into_force, denunciation (reservations are counted apart)';
COMMENT ON COLUMN @extschema@.treaty_status_now.status_date IS 'The date of the latest event';
COMMENT ON COLUMN @extschema@.treaty_status_now.consent_date IS 'The latest consent to be bound (ratification, accession, acceptance, approval, succession)';
COMMENT ON COLUMN @extschema@.treaty_status_now.is_party IS 'True when consent was given and not denounced since';
COMMENT ON COLUMN @extschema@.treaty_status_now.reservations IS 'Number of reservations recorded';

CREATE VIEW @extschema@.alignment_history WITH (security_invoker = true) AS
SELECT p.instrument, p.jurisdiction, j.country AS iso_alpha2, c.alpha3 AS iso_alpha3,
       coalesce(c.name, j.name) AS country_name,
       t.date::timestamptz AS "time", t.score, t.coverage, t.clauses_assessed
FROM (-- every jurisdiction assessed on the instrument or on one its clauses reference
      SELECT DISTINCT i.code AS instrument, a.jurisdiction
      FROM @extschema@.instrument i
      JOIN @extschema@.assessment a
        ON a.instrument = i.code
        OR a.instrument IN (SELECT r.to_instrument FROM @extschema@.clause_reference r WHERE r.instrument = i.code)) p
JOIN @extschema@.jurisdiction j ON j.code = p.jurisdiction
LEFT JOIN @extschema@.country c ON c.alpha2 = j.country
CROSS JOIN LATERAL @extschema@.alignment_timeline(p.instrument, p.jurisdiction) t;
COMMENT ON VIEW @extschema@.alignment_history IS
    'Score and coverage of each jurisdiction with assessments, per instrument, on each date they change: a time series (column time)';
COMMENT ON COLUMN @extschema@.alignment_history.instrument IS 'The instrument''s code';
COMMENT ON COLUMN @extschema@.alignment_history.jurisdiction IS 'Jurisdiction code';
COMMENT ON COLUMN @extschema@.alignment_history.iso_alpha2 IS 'ISO 3166-1 alpha-2 (lowercase)';
COMMENT ON COLUMN @extschema@.alignment_history.iso_alpha3 IS 'ISO 3166-1 alpha-3 (lowercase); NULL for eu, un';
COMMENT ON COLUMN @extschema@.alignment_history.country_name IS 'English short name of the country';
COMMENT ON COLUMN @extschema@.alignment_history."time" IS 'The start of the day on which the values take effect';
COMMENT ON COLUMN @extschema@.alignment_history.score IS 'Weighted alignment from that day, 0 to 1; NULL when nothing is assessed';
COMMENT ON COLUMN @extschema@.alignment_history.coverage IS 'Share of the applicable clauses assessed from that day';
COMMENT ON COLUMN @extschema@.alignment_history.clauses_assessed IS 'Clauses assessed from that day';
-- Roles (DESIGN.md "Security and reliability"): lexalign_reader reads every
-- table, view and report, and needs nothing else; lexalign_editor also
-- records assessments, which is an INSERT: no role but the owner may update
-- or delete one (42_assessments.sql).  Roles belong to the cluster, not to a
-- database: they are made if missing, and stay when the extension is dropped.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'lexalign_reader') THEN
        CREATE ROLE lexalign_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'lexalign_editor') THEN
        CREATE ROLE lexalign_editor NOLOGIN;
    END IF;
    IF NOT pg_catalog.pg_has_role('lexalign_editor', 'lexalign_reader', 'MEMBER') THEN
        GRANT lexalign_reader TO lexalign_editor;
    END IF;
END $$;
COMMENT ON ROLE lexalign_reader IS 'lexalign: reads every table, view and report';
COMMENT ON ROLE lexalign_editor IS 'lexalign: a reader who also records assessments';

GRANT USAGE ON SCHEMA @extschema@ TO lexalign_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA @extschema@ TO lexalign_reader;
GRANT INSERT ON @extschema@.assessment TO lexalign_editor;
