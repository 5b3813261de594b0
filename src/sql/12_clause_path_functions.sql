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
