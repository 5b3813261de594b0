/*
 * clause_path_ops.c — containment of clause_path: an ancestor's key is a
 * prefix of its descendants' keys.  Comparison and hashing are those of every
 * sort key (sort_key_ops.c).
 */
#include "clause_path_pg.h"

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
