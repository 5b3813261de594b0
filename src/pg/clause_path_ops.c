/*
 * clause_path_ops.c — comparison, containment and hashing of clause_path.
 *
 * All of them work on the stored sort key: document order is memcmp order,
 * equality is byte equality, and an ancestor's key is a prefix of its
 * descendants' keys.
 */
#include "clause_path_pg.h"

#include "common/hashfn.h"

static int
compare_args(FunctionCallInfo fcinfo)
{
	struct varlena *a = PG_GETARG_CLAUSE_PATH_PP(0);
	struct varlena *b = PG_GETARG_CLAUSE_PATH_PP(1);
	int			r = cp_compare(CP_KEY(a), CP_KEY_LEN(a), CP_KEY(b), CP_KEY_LEN(b));

	PG_FREE_IF_COPY(a, 0);
	PG_FREE_IF_COPY(b, 1);
	return r;
}

PG_FUNCTION_INFO_V1(clause_path_cmp);
Datum
clause_path_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(compare_args(fcinfo));
}

PG_FUNCTION_INFO_V1(clause_path_lt);
Datum
clause_path_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) < 0);
}

PG_FUNCTION_INFO_V1(clause_path_le);
Datum
clause_path_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) <= 0);
}

PG_FUNCTION_INFO_V1(clause_path_eq);
Datum
clause_path_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) == 0);
}

PG_FUNCTION_INFO_V1(clause_path_ne);
Datum
clause_path_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) != 0);
}

PG_FUNCTION_INFO_V1(clause_path_ge);
Datum
clause_path_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) >= 0);
}

PG_FUNCTION_INFO_V1(clause_path_gt);
Datum
clause_path_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) > 0);
}

static bool
is_ancestor_or_self(struct varlena *a, struct varlena *b)
{
	return cp_is_ancestor_or_self(CP_KEY(a), CP_KEY_LEN(a), CP_KEY(b), CP_KEY_LEN(b));
}

/* a @> b: a is b or one of its ancestors */
PG_FUNCTION_INFO_V1(clause_path_contains);
Datum
clause_path_contains(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(is_ancestor_or_self(PG_GETARG_CLAUSE_PATH_PP(0),
									   PG_GETARG_CLAUSE_PATH_PP(1)));
}

/* a <@ b: a is b or one of its descendants */
PG_FUNCTION_INFO_V1(clause_path_contained);
Datum
clause_path_contained(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(is_ancestor_or_self(PG_GETARG_CLAUSE_PATH_PP(1),
									   PG_GETARG_CLAUSE_PATH_PP(0)));
}

/*
 * Hashes of the key bytes.  The key is the on-disk format, so these values are
 * stable across releases, as a hash distribution key (Citus) needs: do not
 * change them without a new type.
 */
PG_FUNCTION_INFO_V1(clause_path_hash);
Datum
clause_path_hash(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_CLAUSE_PATH_PP(0);
	Datum		h = hash_any(CP_KEY(v), (int) CP_KEY_LEN(v));

	PG_FREE_IF_COPY(v, 0);
	return h;
}

PG_FUNCTION_INFO_V1(clause_path_hash_extended);
Datum
clause_path_hash_extended(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_CLAUSE_PATH_PP(0);
	Datum		h = hash_any_extended(CP_KEY(v), (int) CP_KEY_LEN(v), PG_GETARG_INT64(1));

	PG_FREE_IF_COPY(v, 0);
	return h;
}

/* min() and max() aggregates: the earlier or later of two positions */
PG_FUNCTION_INFO_V1(clause_path_smaller);
Datum
clause_path_smaller(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(compare_args(fcinfo) <= 0 ? PG_GETARG_DATUM(0) : PG_GETARG_DATUM(1));
}

PG_FUNCTION_INFO_V1(clause_path_larger);
Datum
clause_path_larger(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(compare_args(fcinfo) >= 0 ? PG_GETARG_DATUM(0) : PG_GETARG_DATUM(1));
}
