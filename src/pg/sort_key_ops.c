/*
 * sort_key_ops.c — comparison, hashing, min and max of a stored sort key, for
 * every type that stores one (sort_key.h).
 */
#include "sort_key.h"

#include "common/hashfn.h"
#include "libpq/pqformat.h"

struct varlena *
sort_key_datum(const uint8_t *key, size_t len)
{
	struct varlena *v = (struct varlena *) palloc(VARHDRSZ + len);

	SET_VARSIZE(v, VARHDRSZ + len);
	memcpy(VARDATA(v), key, len);
	return v;
}

char *
sort_key_recv_text(StringInfo buf, int version, const char *type_name, int *len)
{
	int			got;

	/* pq_getmsgbyte would call an empty message a protocol violation */
	if (buf->cursor >= buf->len)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external %s value: empty message", type_name)));
	got = pq_getmsgbyte(buf);
	if (got != version)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported %s binary format version %d", type_name, got)));
	return pq_getmsgtext(buf, buf->len - buf->cursor, len);
}

int
sort_key_compare(const struct varlena *a, const struct varlena *b)
{
	size_t		a_len = SORT_KEY_LEN(a);
	size_t		b_len = SORT_KEY_LEN(b);
	int			r = memcmp(SORT_KEY(a), SORT_KEY(b), Min(a_len, b_len));

	if (r != 0)
		return r < 0 ? -1 : 1;
	return (a_len > b_len) - (a_len < b_len);
}

static int
compare_args(FunctionCallInfo fcinfo)
{
	struct varlena *a = DatumGetSortKeyPP(PG_GETARG_DATUM(0));
	struct varlena *b = DatumGetSortKeyPP(PG_GETARG_DATUM(1));
	int			r = sort_key_compare(a, b);

	PG_FREE_IF_COPY(a, 0);
	PG_FREE_IF_COPY(b, 1);
	return r;
}

PG_FUNCTION_INFO_V1(sort_key_cmp);
Datum
sort_key_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(compare_args(fcinfo));
}

PG_FUNCTION_INFO_V1(sort_key_lt);
Datum
sort_key_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) < 0);
}

PG_FUNCTION_INFO_V1(sort_key_le);
Datum
sort_key_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) <= 0);
}

PG_FUNCTION_INFO_V1(sort_key_eq);
Datum
sort_key_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) == 0);
}

PG_FUNCTION_INFO_V1(sort_key_ne);
Datum
sort_key_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) != 0);
}

PG_FUNCTION_INFO_V1(sort_key_ge);
Datum
sort_key_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) >= 0);
}

PG_FUNCTION_INFO_V1(sort_key_gt);
Datum
sort_key_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) > 0);
}

/*
 * Hashes of the key bytes.  The key is the on-disk format, so these values are
 * stable across releases, as a hash distribution key (Citus) needs: do not
 * change them, nor any type's key encoding, without a new type.
 */
PG_FUNCTION_INFO_V1(sort_key_hash);
Datum
sort_key_hash(PG_FUNCTION_ARGS)
{
	struct varlena *v = DatumGetSortKeyPP(PG_GETARG_DATUM(0));
	Datum		h = hash_any(SORT_KEY(v), (int) SORT_KEY_LEN(v));

	PG_FREE_IF_COPY(v, 0);
	return h;
}

PG_FUNCTION_INFO_V1(sort_key_hash_extended);
Datum
sort_key_hash_extended(PG_FUNCTION_ARGS)
{
	struct varlena *v = DatumGetSortKeyPP(PG_GETARG_DATUM(0));
	Datum		h = hash_any_extended(SORT_KEY(v), (int) SORT_KEY_LEN(v), PG_GETARG_INT64(1));

	PG_FREE_IF_COPY(v, 0);
	return h;
}

/* min() and max() aggregates: the smaller or larger of two values */
PG_FUNCTION_INFO_V1(sort_key_smaller);
Datum
sort_key_smaller(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(compare_args(fcinfo) <= 0 ? PG_GETARG_DATUM(0) : PG_GETARG_DATUM(1));
}

PG_FUNCTION_INFO_V1(sort_key_larger);
Datum
sort_key_larger(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(compare_args(fcinfo) >= 0 ? PG_GETARG_DATUM(0) : PG_GETARG_DATUM(1));
}
