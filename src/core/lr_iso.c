/*
 * lr_iso.c — lookups in the generated ISO code tables (lr_iso_tables.c).
 *
 * Every code of a table has the same length, so a lookup first rejects any
 * other length and then binary-searches with memcmp over exactly that many
 * bytes: no terminator is read from the input, and a code that merely starts
 * like a table entry ("rusx") can never match.  The generator guarantees the
 * tables are strictly sorted by memcmp, and test_lr_iso.c checks it again.
 */
#include "lr_iso.h"

#include <stddef.h>
#include <string.h>

/*
 * Index of the entry whose key equals s in a table of n entries, or -1.  key(i)
 * returns the key of the i-th entry in sorted order; len is the common length.
 * A function pointer keeps the searches one loop; the tables are small
 * enough (at most thirteen probes) that the indirect call does not matter.
 */
typedef const char *(*key_fn) (int i);

static int
search(const char *s, int len, int n, key_fn key)
{
	int			lo = 0;
	int			hi = n - 1;

	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2;
		int			c = memcmp(s, key(mid), (size_t) len);

		if (c == 0)
			return mid;
		if (c < 0)
			hi = mid - 1;
		else
			lo = mid + 1;
	}
	return -1;
}

static const char *
alpha2_key(int i)
{
	return lr_countries[i].alpha2;
}

static const char *
alpha3_key(int i)
{
	return lr_countries[lr_countries_by_alpha3[i]].alpha3;
}

static const char *
language_key(int i)
{
	return lr_languages[i].code;
}

static const char *
language_alpha2_key(int i)
{
	return lr_languages_alpha2[i].alpha2;
}

static const char *
language_alpha3_key(int i)
{
	return lr_languages_alpha2[lr_languages_alpha2_by_alpha3[i]].alpha3;
}

const lr_country *
lr_country_by_alpha2(const char *s, int len)
{
	int			i;

	if (s == NULL || len != 2)
		return NULL;
	i = search(s, len, lr_n_countries, alpha2_key);
	return i < 0 ? NULL : &lr_countries[i];
}

const lr_country *
lr_country_by_alpha3(const char *s, int len)
{
	int			i;

	if (s == NULL || len != 3)
		return NULL;
	i = search(s, len, lr_n_countries, alpha3_key);
	return i < 0 ? NULL : &lr_countries[lr_countries_by_alpha3[i]];
}

const lr_language *
lr_language_by_code(const char *s, int len)
{
	int			i;

	if (s == NULL || len != 3)
		return NULL;
	i = search(s, len, lr_n_languages, language_key);
	return i < 0 ? NULL : &lr_languages[i];
}

const char *
lr_language_name(const char *s, int len)
{
	const lr_language *l = lr_language_by_code(s, len);

	return l == NULL ? NULL : l->name;
}

const lr_language_alpha2 *
lr_language_by_alpha2(const char *s, int len)
{
	int			i;

	if (s == NULL || len != 2)
		return NULL;
	i = search(s, len, lr_n_languages_alpha2, language_alpha2_key);
	return i < 0 ? NULL : &lr_languages_alpha2[i];
}

/*
 * The index holds terminology codes only (the generator checks it), so a
 * bibliographic code is found through its lr_languages entry: one more search,
 * and only for a code that is not a terminology code with a two-letter code.
 */
const lr_language_alpha2 *
lr_language_alpha2_of(const char *s, int len)
{
	const lr_language *l;
	int			i;

	if (s == NULL || len != 3)
		return NULL;
	i = search(s, len, lr_n_languages_alpha2, language_alpha3_key);
	if (i < 0 && (l = lr_language_by_code(s, len)) != NULL &&
		memcmp(l->code, l->terminology, 3) != 0)
		i = search(l->terminology, 3, lr_n_languages_alpha2, language_alpha3_key);
	return i < 0 ? NULL : &lr_languages_alpha2[lr_languages_alpha2_by_alpha3[i]];
}
