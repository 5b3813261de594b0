/*
 * clause_path_index.c — "p <@ q" and "q @> p" as a btree range scan.
 *
 * A path's descendants are the keys that start with its key, and they sort
 * right after it, so the subtree is the range
 *
 *     q <= p < clause_path_subtree_end(q)
 *
 * where the end is q's key with its final component terminator (0x01) raised
 * to 0x02: every key with the prefix is below it, and nothing else is between,
 * so the range is exact (no recheck).  subtree_index.c builds the conditions.
 */
#include "clause_path_pg.h"
#include "sort_key.h"

PG_FUNCTION_INFO_V1(clause_path_subtree_end);
Datum
clause_path_subtree_end(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_CLAUSE_PATH_PP(0);
	struct varlena *end = clause_path_from_key(CP_KEY(v), CP_KEY_LEN(v));

	/* the last byte of every key is CP_KEY_END */
	((uint8_t *) VARDATA(end))[CP_KEY_LEN(v) - 1] = CP_KEY_TRAILER;
	PG_RETURN_POINTER(end);
}

/* for clause_path_contained(p, q), "p <@ q": p is the descendant */
PG_FUNCTION_INFO_V1(clause_path_contained_support);
Datum
clause_path_contained_support(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(subtree_support((Node *) PG_GETARG_POINTER(0), 0, "clause_path", false, false));
}

/* for clause_path_contains(q, p), "q @> p": p is the descendant */
PG_FUNCTION_INFO_V1(clause_path_contains_support);
Datum
clause_path_contains_support(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(subtree_support((Node *) PG_GETARG_POINTER(0), 1, "clause_path", false, false));
}
