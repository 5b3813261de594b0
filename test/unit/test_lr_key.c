/*
 * test_lr_key.c — the stored form of a lexref: round trips, the order,
 * containment and its btree bounds, and the decoder's refusal of any byte
 * string the encoder does not write.
 */
#include "lr_key.h"
#include "unit.h"

#include <stdlib.h>
#include <string.h>

typedef struct keyed
{
	uint8_t		key[LR_MAX_KEY];
	size_t		len;
} keyed;

static int	quiet;

static int
key_of(const char *uri, keyed *k)
{
	lr_parts	parts;
	cp_error	err;

	if (lr_parse_akn(uri, strlen(uri), &parts, &err) != CP_OK)
	{
		if (!quiet)
			printf("# %s: %s at %d\n", uri, err.detail, err.position);
		return -1;
	}
	return lr_encode(&parts, k->key, &k->len, &err) == CP_OK ? 0 : -1;
}

static int
text_of(const keyed *k, char *out)
{
	lr_parts	parts;
	char		buf[LR_DECODE_BUF];

	if (lr_decode(k->key, k->len, &parts, buf) < 0)
		return -1;
	return lr_format(&parts, out);
}

static int
compare(const keyed *a, const keyed *b)
{
	return cp_compare(a->key, a->len, b->key, b->len);
}

/* Every accepted shape, already canonical, so decode(encode(x)) == x. */
static const char *const round_trip[] = {
	"/akn/za/act/2009/1/eng@2012-04-26/!main~sec_2__subsec_1",
	"/akn/za-jhb/act/by-law/2003/public-health/eng:2015-01-01/!main~part_1.xml",
	"/akn/za/act/1980/2/!schedule1/schedule2/schedule3",
	"/akn/za/act/2005/5/eng@2002-03-01/~sec_5.xml",
	"/akn/ke/act/decree/MinistryForeignAffairs/2005-07-12/3",
	"/akn/it-45/act/legge/consiglio/2004-05-24/11",
	"/akn/eu/act/2003-11-13/87/~art_3->art_5",
	"/akn/us/act/2011-11-29/112-61",
	"/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2023-09-01/~art_1",
	"/akn/za/act/1980/01",
	"/akn/za/act/1980/0",
	"/akn/za/act/1980/000",
	"/akn/za/act/1980/007a08",
	"/akn/za/act/1980/1234567890123456789012345678901234567890",
	"/akn/za/act/1980/02.xml",
	"/akn/za/act/1980/1/eng@",
	"/akn/za/act/1980/1/eng:",
	"/akn/za/act/1980/1/eng",
	"/akn/za/act/1980/1/eng@first.v2",
	"/akn/za/act/1980-02/nn",
	"/akn/un/doc/2017-12-04/moscow-declaration/eng/~recs__rec_6",
	"/akn/eu/act/reg/2013/216/mul@corrigendum-2014-01-30",
	"/akn/it/act/legge/stato/2003-09-21/456/ita@2020-01-01/~art_3__para_1->art_3__para_4",
	"/akn/za/act/1980/1/!main~art_3bis.pdf",
	"/akn/za/act/1980/1/~art_03",
	"/akn/za/act/1980/2/!schedule1/schedule2",
	"/akn/za/act/1980/1/!a/b-c/d_e~sec_1",
	"/akn/za/act/1980/0a00b000c1",
	"/akn/za/act/1980/"
	"0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
	"0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
	"0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
	"1x"
	"0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
	"/akn/za/act/1980/a.b12345678901234567890123456789",
	"/akn/za/act/1980/1.5.pdf2",
};

static void
test_round_trip(void)
{
	size_t		key_bytes = 0;
	size_t		text_bytes = 0;

	for (size_t i = 0; i < sizeof(round_trip) / sizeof(round_trip[0]); i++)
	{
		keyed		k;
		char		out[LR_MAX_INPUT + 8];
		size_t		text_len = strlen(round_trip[i]);

		CHECK(key_of(round_trip[i], &k) == 0, "%s does not encode", round_trip[i]);
		CHECK(text_of(&k, out) >= 0 && strcmp(out, round_trip[i]) == 0,
			  "%s decodes as %s", round_trip[i], out);
		key_bytes += k.len;
		text_bytes += text_len;
	}
	/*
	 * The key is the stored value: smaller than the text it replaces.  One
	 * value can be a byte or two longer (a label and a format each cost an
	 * END, a number of more than 28 digits two length bytes), the whole list
	 * must not.
	 */
	CHECK(key_bytes < text_bytes, "keys take %zu bytes for %zu characters of text", key_bytes, text_bytes);
}

/* Strictly increasing, as researchers read a list of references. */
static const char *const ordered[] = {
	"/akn/it/act/legge/stato/2003-09-21/456",
	"/akn/it-45/act/legge/consiglio/2004-05-24/11",
	"/akn/ru/act/2001/1",
	"/akn/ru/act/federal-law/1998-01-08/3-fz",
	"/akn/ru/act/federal-law/1998-01-08/3-fz/rus@",
	"/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2010-01-01",
	"/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2023-09-01",
	"/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2023-09-01/~art_1",
	"/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2023-09-01/~art_1__para_2",
	"/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2023-09-01/~art_2",
	"/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2023-09-01/~art_10",
	"/akn/ru/act/federal-law/1998-01-08/3-fz/rus@amended",
	"/akn/ru/act/federal-law/1998-01-08/3-fz/rus",
	"/akn/ru/act/federal-law/1998-01-08/3-fz/rus:2020",
	"/akn/ru/act/federal-law/1998-01-08/3-fz/rus:2020-05-01",
	"/akn/ru/act/federal-law/1998-01-08/3-fz/rus:",
	"/akn/ru/act/federal-law/1998-01-08/3-fz.xml",
	"/akn/ru/act/federal-law/1998-01-08/4-fz",
	"/akn/ru/act/federal-law/1998-01-08/10-fz",
	"/akn/ru/act/federal-law/1998-02/1",
	"/akn/ru/act/federal-law/1998-02-01/1",
	"/akn/ru/act/federal-law/1999/1",
	"/akn/ru/bill/2001/1",
	"/akn/za/act/1980/2",
	"/akn/za/act/1980/02",
	"/akn/za/act/1980/2a",
	"/akn/za/act/1980/02a",
	"/akn/za/act/1980/2b",
	"/akn/za/act/1980/9",
	"/akn/za/act/1980/10",
	"/akn/za/act/1980/1234567890123456789012345678901234567890",
	"/akn/za/act/1980/12345678901234567890123456789012345678901",
};

static void
test_order(void)
{
	keyed	   *keys = calloc(sizeof(ordered) / sizeof(ordered[0]), sizeof(keyed));
	size_t		n = sizeof(ordered) / sizeof(ordered[0]);

	for (size_t i = 0; i < n; i++)
		CHECK(key_of(ordered[i], &keys[i]) == 0, "%s does not encode", ordered[i]);
	for (size_t i = 0; i + 1 < n; i++)
		CHECK(compare(&keys[i], &keys[i + 1]) < 0, "%s should sort before %s", ordered[i], ordered[i + 1]);
	free(keys);
}

static const struct
{
	const char *a;
	const char *b;
	int			contains;
}			containment[] = {
	{"/akn/ru/act/2001/1", "/akn/ru/act/2001/1", 1},
	{"/akn/ru/act/2001/1", "/akn/ru/act/2001/1/rus@2020-01-01", 1},
	{"/akn/ru/act/2001/1", "/akn/ru/act/2001/1/rus@/!main~art_1", 1},
	{"/akn/ru/act/2001/1", "/akn/ru/act/2001/1/~art_1->art_3", 1},
	{"/akn/ru/act/2001/1", "/akn/ru/act/2001/1.xml", 1},
	{"/akn/ru/act/2001/1", "/akn/ru/act/2001/10", 0},
	{"/akn/ru/act/2001/1", "/akn/ru/act/2001/1-fz", 0},
	{"/akn/ru/act/2001/1", "/akn/ru/act/2001-01/1", 0},
	{"/akn/ru/act/2001/1/rus@2020-01-01", "/akn/ru/act/2001/1", 0},
	{"/akn/ru/act/2001/1/rus@2020-01-01", "/akn/ru/act/2001/1/rus@2020-01-01/~art_1", 1},
	{"/akn/ru/act/2001/1/rus@2020-01-01", "/akn/ru/act/2001/1/rus@2021-01-01/~art_1", 0},
	{"/akn/ru/act/2001/1/rus@2020-01-01", "/akn/ru/act/2001/1/rus/~art_1", 0},
	{"/akn/ru/act/2001/1/rus@", "/akn/ru/act/2001/1/rus@2020-01-01", 0},
	{"/akn/ru/act/2001/1/~art_1", "/akn/ru/act/2001/1/~art_1__para_2", 1},
	{"/akn/ru/act/2001/1/~art_1", "/akn/ru/act/2001/1/~art_10", 0},
	{"/akn/ru/act/2001/1/~art_1", "/akn/ru/act/2001/1/~art_1__para_1->art_1__para_3", 1},
	{"/akn/ru/act/2001/1/~art_1", "/akn/ru/act/2001/1/~art_1->art_3", 0},
	{"/akn/ru/act/2001/1/~art_1", "/akn/ru/act/2001/1/rus/~art_1", 0},
	{"/akn/ru/act/2001/1/~art_1->art_3", "/akn/ru/act/2001/1/~art_1", 1},
	{"/akn/ru/act/2001/1/~art_1->art_3", "/akn/ru/act/2001/1/~art_2__para_1", 1},
	{"/akn/ru/act/2001/1/~art_1->art_3", "/akn/ru/act/2001/1/~art_3__para_9", 1},
	{"/akn/ru/act/2001/1/~art_1->art_3", "/akn/ru/act/2001/1/~art_2->art_3__para_1", 1},
	{"/akn/ru/act/2001/1/~art_1->art_3", "/akn/ru/act/2001/1/~art_4", 0},
	{"/akn/ru/act/2001/1/~art_1->art_3", "/akn/ru/act/2001/1/~art_2->art_4", 0},
	{"/akn/ru/act/2001/1/~art_2->art_3", "/akn/ru/act/2001/1/~art_1__para_1", 0},
	{"/akn/ru/act/2001/1/~art_1->art_3", "/akn/ru/act/2001/1", 0},
	{"/akn/ru/act/2001/1.xml", "/akn/ru/act/2001/1.xml", 1},
	{"/akn/ru/act/2001/1.xml", "/akn/ru/act/2001/1/~art_1.xml", 0},
	{"/akn/ru/act/2001/1/!schedule1", "/akn/ru/act/2001/1/!schedule1/schedule2~sec_1", 1},
	{"/akn/ru/act/2001/1/!schedule1", "/akn/ru/act/2001/1/!schedule10", 0},
	{"/akn/ru/act/2001/1/!schedule1/schedule2", "/akn/ru/act/2001/1/!schedule1", 0},
	{"/akn/ru/act/2001/1/~art_1->art_2", "/akn/ru/act/2001/1/~art_1->art_2__para_1", 1},
	{"/akn/ru/act/2001/1/~art_1->art_2__para_1", "/akn/ru/act/2001/1/~art_1->art_2", 0},
	{"/akn/ru/act/2001/1/~art_1->art_2__para_1", "/akn/ru/act/2001/1/~art_2", 0},
	{"/akn/ru/act/2001/1/~art_1->art_2__para_1", "/akn/ru/act/2001/1/~art_1__para_5", 1},
	{"/akn/ru/act/2001/1/~art_1->art_3", "/akn/ru/act/2001/1/!main~art_2", 0},
};

static void
test_contains(void)
{
	for (size_t i = 0; i < sizeof(containment) / sizeof(containment[0]); i++)
	{
		keyed		a;
		keyed		b;
		uint8_t		start[LR_MAX_KEY + 1];
		uint8_t		end[LR_MAX_KEY + 1];
		size_t		start_len;
		size_t		end_len;
		int			got;

		if (key_of(containment[i].a, &a) != 0 || key_of(containment[i].b, &b) != 0)
		{
			CHECK(0, "%s or %s does not encode", containment[i].a, containment[i].b);
			continue;
		}
		got = lr_contains(a.key, a.len, b.key, b.len);
		CHECK(got == containment[i].contains, "%s @> %s gave %d", containment[i].a, containment[i].b, got);
		/* what a contains lies in the btree range of its bounds */
		lr_subtree_bounds(a.key, a.len, start, &start_len, end, &end_len);
		if (got)
			CHECK(cp_compare(start, start_len, b.key, b.len) <= 0 &&
				  cp_compare(b.key, b.len, end, end_len) < 0,
				  "%s is outside the bounds of %s", containment[i].b, containment[i].a);
	}
}

/*
 * Mutated keys: whatever the decoder accepts must be the encoding of its own
 * text, or two stored values could print alike and compare unequal.
 */
static void
test_mutations(void)
{
	unsigned	seed = 12345;
	int			accepted = 0;
	int			mismatches = 0;
	int			unknown_codes = 0;
	lr_parts	parts;
	cp_error	err;

	quiet = 1;
	for (int round = 0; round < 200000; round++)
	{
		keyed		k;
		keyed		again;
		char		out[LR_MAX_INPUT + 8];
		const char *src = round_trip[round % (sizeof(round_trip) / sizeof(round_trip[0]))];

		if (key_of(src, &k) != 0)
			continue;
		for (int m = 0; m <= round % 3; m++)
		{
			seed = seed * 1103515245u + 12345u;
			switch ((seed >> 16) % 3)
			{
				case 0:
					k.key[(seed >> 4) % k.len] = (uint8_t) (seed >> 20);
					break;
				case 1:
					k.len = (seed >> 4) % k.len + 1;
					break;
				case 2:
					k.key[(seed >> 4) % k.len] ^= (uint8_t) (1u << ((seed >> 12) % 8));
					break;
			}
		}
		if (text_of(&k, out) < 0)
			continue;
		accepted++;
		/* the decoder checks the form of codes, not their vocabulary */
		if (lr_parse_akn(out, strlen(out), &parts, &err) != CP_OK)
		{
			if (lr_is_vocabulary_error(&err))
				unknown_codes++;
			else if (mismatches++ < 8)
				printf("# a mutated key decodes to %s, which does not parse: %s\n", out, err.detail);
			continue;
		}
		if (key_of(out, &again) != 0 || compare(&k, &again) != 0)
		{
			if (mismatches++ < 8)
				printf("# a mutated key decodes to %s, which encodes differently\n", out);
		}
	}
	CHECK(mismatches == 0, "%d of %d accepted mutated keys are not canonical", mismatches, accepted);
	CHECK(accepted - unknown_codes > 1000, "only %d mutated keys decoded to known codes: the mutation is too blunt to test",
		  accepted - unknown_codes);
}

int
main(void)
{
	test_round_trip();
	test_order();
	test_contains();
	test_mutations();
	return unit_summary("lr_key");
}
