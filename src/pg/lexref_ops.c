/*
 * lexref_ops.c — containment of lexref and its btree range.
 *
 * A work contains its expressions, components and portions, which start with
 * its key; a range of eIds contains what lies between its ends, which is not
 * a prefix, so its scan starts at its first eId.  The bounds may take in
 * some keys that are not contained (a range that starts inside a portion and
 * ends outside it): the index conditions are lossy and lr_contains rechecks.
 */
#include "lexref_pg.h"

static bool
contains(struct varlena *a, struct varlena *b)
{
	return lr_contains(SORT_KEY(a), SORT_KEY_LEN(a), SORT_KEY(b), SORT_KEY_LEN(b)) != 0;
}

/* a @> b, or with swap b <@ a; frees detoasted copies (index rechecks loop) */
static Datum
contains_args(FunctionCallInfo fcinfo, bool swap)
{
	struct varlena *x = PG_GETARG_LEXREF_PP(0);
	struct varlena *y = PG_GETARG_LEXREF_PP(1);
	bool		r = swap ? contains(y, x) : contains(x, y);

	PG_FREE_IF_COPY(x, 0);
	PG_FREE_IF_COPY(y, 1);
	PG_RETURN_BOOL(r);
}

PG_FUNCTION_INFO_V1(lexref_contains);
Datum
lexref_contains(PG_FUNCTION_ARGS)
{
	return contains_args(fcinfo, false);
}

PG_FUNCTION_INFO_V1(lexref_contained);
Datum
lexref_contained(PG_FUNCTION_ARGS)
{
	return contains_args(fcinfo, true);
}

static Datum
bound(FunctionCallInfo fcinfo, bool want_end)
{
	struct varlena *a = PG_GETARG_LEXREF_PP(0);
	size_t		len = SORT_KEY_LEN(a);
	uint8_t    *start = palloc(len + 1);
	uint8_t    *end = palloc(len + 1);
	size_t		start_len;
	size_t		end_len;

	lr_subtree_bounds(SORT_KEY(a), len, start, &start_len, end, &end_len);
	PG_RETURN_POINTER(want_end ? sort_key_datum(end, end_len) : sort_key_datum(start, start_len));
}

PG_FUNCTION_INFO_V1(lexref_subtree_start);
Datum
lexref_subtree_start(PG_FUNCTION_ARGS)
{
	return bound(fcinfo, false);
}

PG_FUNCTION_INFO_V1(lexref_subtree_end);
Datum
lexref_subtree_end(PG_FUNCTION_ARGS)
{
	return bound(fcinfo, true);
}

/* "a <@ b" and "b @> a": a is the side an index can serve */
PG_FUNCTION_INFO_V1(lexref_contained_support);
Datum
lexref_contained_support(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(subtree_support((Node *) PG_GETARG_POINTER(0), 0, "lexref", true, true));
}

PG_FUNCTION_INFO_V1(lexref_contains_support);
Datum
lexref_contains_support(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(subtree_support((Node *) PG_GETARG_POINTER(0), 1, "lexref", true, true));
}
