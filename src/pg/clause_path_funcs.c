/*
 * clause_path_funcs.c — the functions of clause_path: structure and labels.
 */
#include "clause_path_pg.h"

#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(clause_path_depth);
Datum
clause_path_depth(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_CLAUSE_PATH_PP(0);

	PG_RETURN_INT32(cp_depth(CP_KEY(v), CP_KEY_LEN(v)));
}

PG_FUNCTION_INFO_V1(clause_path_parent);
Datum
clause_path_parent(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_CLAUSE_PATH_PP(0);
	int			depth = cp_depth(CP_KEY(v), CP_KEY_LEN(v));

	if (depth <= 1)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(clause_path_from_key(CP_KEY(v),
										   cp_prefix_len(CP_KEY(v), CP_KEY_LEN(v), depth - 1)));
}

/*
 * subpath(p, offset, len): components offset .. offset+len-1, counted from 0;
 * a negative offset counts from the end, a negative len leaves that many
 * components off the end (ltree's conventions, so users need learn nothing).
 */
static Datum
subpath(struct varlena *v, int32 offset, int32 len, bool has_len)
{
	int			depth = cp_depth(CP_KEY(v), CP_KEY_LEN(v));
	int64		start = offset < 0 ? (int64) depth + offset : offset;
	int64		end = !has_len ? depth : (len < 0 ? (int64) depth + len : start + len);
	size_t		from;
	size_t		to;

	if (end > depth)
		end = depth;
	if (start < 0 || start >= depth || end <= start)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid positions for subpath of a clause_path of depth %d", depth),
				 has_len ? errdetail("Offset %d and length %d select no component.", offset, len)
				 : errdetail("Offset %d selects no component.", offset)));
	from = cp_prefix_len(CP_KEY(v), CP_KEY_LEN(v), (int) start);
	to = cp_prefix_len(CP_KEY(v), CP_KEY_LEN(v), (int) end);
	return PointerGetDatum(clause_path_from_key(CP_KEY(v) + from, to - from));
}

PG_FUNCTION_INFO_V1(clause_path_subpath);
Datum
clause_path_subpath(PG_FUNCTION_ARGS)
{
	return subpath(PG_GETARG_CLAUSE_PATH_PP(0), PG_GETARG_INT32(1), PG_GETARG_INT32(2), true);
}

PG_FUNCTION_INFO_V1(clause_path_subpath_from);
Datum
clause_path_subpath_from(PG_FUNCTION_ARGS)
{
	return subpath(PG_GETARG_CLAUSE_PATH_PP(0), PG_GETARG_INT32(1), 0, false);
}

/* a || b: b's components appended under a's last one */
PG_FUNCTION_INFO_V1(clause_path_concat);
Datum
clause_path_concat(PG_FUNCTION_ARGS)
{
	struct varlena *a = PG_GETARG_CLAUSE_PATH_PP(0);
	struct varlena *b = PG_GETARG_CLAUSE_PATH_PP(1);
	int			a_text;
	int			b_text;
	int			depth = cp_depth(CP_KEY(a), CP_KEY_LEN(a)) + cp_depth(CP_KEY(b), CP_KEY_LEN(b));
	struct varlena *r;

	pfree(clause_path_text(a, &a_text));
	pfree(clause_path_text(b, &b_text));
	if (depth > CP_MAX_DEPTH || a_text + 2 + b_text > CP_MAX_TEXT)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("clause_path is too long"),
				 errdetail("A clause_path has at most %d components and %d characters; the result would have %d and %d.",
						   CP_MAX_DEPTH, CP_MAX_TEXT, depth, a_text + 2 + b_text)));
	r = (struct varlena *) palloc(VARHDRSZ + CP_KEY_LEN(a) + CP_KEY_LEN(b));
	SET_VARSIZE(r, VARHDRSZ + CP_KEY_LEN(a) + CP_KEY_LEN(b));
	memcpy(VARDATA(r), CP_KEY(a), CP_KEY_LEN(a));
	memcpy(VARDATA(r) + CP_KEY_LEN(a), CP_KEY(b), CP_KEY_LEN(b));
	PG_RETURN_POINTER(r);
}

PG_FUNCTION_INFO_V1(clause_path_label);
Datum
clause_path_label(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_CLAUSE_PATH_PP(0);
	char	   *out = palloc(CP_MAX_LABEL + 1);
	int			len = cp_label(CP_KEY(v), CP_KEY_LEN(v), out);

	if (len < 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("invalid clause_path value in storage")));
	PG_RETURN_TEXT_P(cstring_to_text_with_len(out, len));
}

/* The last component's element name and number, as text. */
static void
leaf_parts(struct varlena *v, text **element, text **number)
{
	int			depth = cp_depth(CP_KEY(v), CP_KEY_LEN(v));
	size_t		from = cp_prefix_len(CP_KEY(v), CP_KEY_LEN(v), depth - 1);
	struct varlena *leaf = clause_path_from_key(CP_KEY(v) + from, CP_KEY_LEN(v) - from);
	int			len;
	char	   *eid = clause_path_text(leaf, &len);
	char	   *us = memchr(eid, '_', len);

	*element = cstring_to_text_with_len(eid, us ? (int) (us - eid) : len);
	*number = us ? cstring_to_text_with_len(us + 1, len - (int) (us - eid) - 1) : NULL;
}

PG_FUNCTION_INFO_V1(clause_path_leaf_element);
Datum
clause_path_leaf_element(PG_FUNCTION_ARGS)
{
	text	   *element;
	text	   *number;

	leaf_parts(PG_GETARG_CLAUSE_PATH_PP(0), &element, &number);
	PG_RETURN_TEXT_P(element);
}

PG_FUNCTION_INFO_V1(clause_path_leaf_number);
Datum
clause_path_leaf_number(PG_FUNCTION_ARGS)
{
	text	   *element;
	text	   *number;

	leaf_parts(PG_GETARG_CLAUSE_PATH_PP(0), &element, &number);
	if (!number)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(number);
}
