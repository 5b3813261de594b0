/*
 * sort_key_sort.c — btree sort support with abbreviated keys, for every type
 * that stores a sort key (sort_key.h).
 *
 * The abbreviated key is the first eight bytes of the sort key, big-endian in
 * a Datum, compared as an unsigned integer: zero padding orders a short key
 * no later than the keys it prefixes, and equal abbreviations fall back to
 * the full comparison.  As in core's uuid and text support, abbreviation is
 * abandoned when a HyperLogLog estimate shows the prefixes do not tell rows
 * apart (every row under one article or one act, say).
 */
#include "sort_key.h"

#include "common/hashfn.h"
#include "lib/hyperloglog.h"
#include "port/pg_bswap.h"
#include "utils/sortsupport.h"

typedef struct abbrev_state
{
	int64		seen;
	hyperLogLogState distinct;
} abbrev_state;

static int
full_compare(Datum x, Datum y, SortSupport ssup)
{
	struct varlena *a = DatumGetSortKeyPP(x);
	struct varlena *b = DatumGetSortKeyPP(y);
	int			r = sort_key_compare(a, b);

	if ((Pointer) a != DatumGetPointer(x))
		pfree(a);
	if ((Pointer) b != DatumGetPointer(y))
		pfree(b);
	return r;
}

static Datum
abbrev_convert(Datum original, SortSupport ssup)
{
	abbrev_state *st = (abbrev_state *) ssup->ssup_extra;
	struct varlena *v = DatumGetSortKeyPP(original);
	size_t		len = Min(SORT_KEY_LEN(v), sizeof(Datum));
	Datum		res = 0;
	uint32		h;

	memcpy(&res, SORT_KEY(v), len);
	st->seen++;
	h = DatumGetUInt32(hash_uint32((uint32) (res ^ (res >> 32))));
	addHyperLogLog(&st->distinct, h);
	if ((Pointer) v != DatumGetPointer(original))
		pfree(v);
	return DatumBigEndianToNative(res);
}

static bool
abbrev_abort(int memtupcount, SortSupport ssup)
{
	abbrev_state *st = (abbrev_state *) ssup->ssup_extra;

	/* too early to tell, or too few rows for abbreviation to matter */
	if (memtupcount < 10000 || st->seen < 10000)
		return false;
	/*
	 * Ties on the prefix only cost a memcmp of the full keys, so abbreviation
	 * is given up only when hardly any prefixes differ (core's uuid rule).
	 */
	return estimateHyperLogLog(&st->distinct) < st->seen / 2000.0 + 0.5;
}

PG_FUNCTION_INFO_V1(sort_key_sortsupport);
Datum
sort_key_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

#if SIZEOF_DATUM == 8
	if (ssup->abbreviate)
	{
		MemoryContext old = MemoryContextSwitchTo(ssup->ssup_cxt);
		abbrev_state *st = palloc0(sizeof(abbrev_state));

		initHyperLogLog(&st->distinct, 10);
		MemoryContextSwitchTo(old);
		ssup->ssup_extra = st;
		ssup->comparator = ssup_datum_unsigned_cmp;
		ssup->abbrev_converter = abbrev_convert;
		ssup->abbrev_abort = abbrev_abort;
		ssup->abbrev_full_comparator = full_compare;
		PG_RETURN_VOID();
	}
#endif
	ssup->comparator = full_compare;
	PG_RETURN_VOID();
}
