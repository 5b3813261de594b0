/*
 * test_lr_iso.c — unit tests of the ISO code lookups and of the generated tables.
 *
 * The lookups are only as good as the tables' order, so besides known codes
 * and near misses this walks every table and checks it is strictly sorted by
 * memcmp, that every entry is found by its own code, and that the alpha-3
 * indexes are permutations.  Slices are passed without a terminator, the way a
 * parser will pass them.
 */
#include "lr_iso.h"
#include "unit.h"

#include <string.h>

static const lr_country *
alpha2(const char *s)
{
	return lr_country_by_alpha2(s, (int) strlen(s));
}

static const lr_country *
alpha3(const char *s)
{
	return lr_country_by_alpha3(s, (int) strlen(s));
}

static const char *
language(const char *s)
{
	return lr_language_name(s, (int) strlen(s));
}

static int
is_lower_code(const char *s, int len)
{
	if ((int) strlen(s) != len)
		return 0;
	for (int i = 0; i < len; i++)
		if (s[i] < 'a' || s[i] > 'z')
			return 0;
	return 1;
}

/* ------------------------------------------------------------ countries */

static void
test_countries(void)
{
	static const char *const present[][3] = {
		{"ru", "rus", "Russian Federation"},
		{"nl", "nld", "Netherlands"},
		{"gb", "gbr", "United Kingdom"},
		{"us", "usa", "United States"},
		{"kz", "kaz", "Kazakhstan"},
		{"kg", "kgz", "Kyrgyzstan"},
		{"tj", "tjk", "Tajikistan"},
		{"uz", "uzb", "Uzbekistan"},
		{"cn", "chn", "China"},
		{"in", "ind", "India"},
		{"pk", "pak", "Pakistan"},
	};
	static const char *const absent2[] = {
		"zz",					/* user-assigned */
		"uk",					/* exceptionally reserved; the UK is gb */
		"eu",					/* exceptionally reserved */
		"su",					/* withdrawn (ISO 3166-3) */
		"xk",					/* Kosovo: user-assigned, not ISO */
		"ZA", "Ru", "rU",		/* lookups are case-sensitive */
		"", "r", "rus",			/* wrong lengths */
		"a@", "`z", "{a",		/* just outside the letters */
	};
	static const char *const absent3[] = {
		"zzz", "sun", "RUS", "ru", "russ", "", "ru ",
	};
	const lr_country *c;

	for (size_t i = 0; i < sizeof(present) / sizeof(present[0]); i++)
	{
		c = alpha2(present[i][0]);
		CHECK(c != NULL, "alpha-2 %s is a country", present[i][0]);
		if (c == NULL)
			continue;
		CHECK(strcmp(c->alpha2, present[i][0]) == 0, "alpha-2 %s gives %s", present[i][0], c->alpha2);
		CHECK(strcmp(c->alpha3, present[i][1]) == 0, "alpha-2 %s has alpha-3 %s, not %s",
			  present[i][0], c->alpha3, present[i][1]);
		CHECK(strcmp(c->name, present[i][2]) == 0, "alpha-2 %s is named \"%s\", not \"%s\"",
			  present[i][0], c->name, present[i][2]);
		CHECK(alpha3(present[i][1]) == c, "alpha-3 %s finds the entry of %s",
			  present[i][1], present[i][0]);
	}

	c = alpha2("ru");
	CHECK(c != NULL && c->numeric == 643, "ru is numeric 643");
	c = alpha2("af");
	CHECK(c != NULL && c->numeric == 4, "af is numeric 4 (written 004, not octal)");
	c = alpha2("ax");
	CHECK(c != NULL && strcmp(c->name, "\xc3\x85land Islands") == 0, "ax is named in UTF-8");
	c = alpha2("cw");
	CHECK(c != NULL && strcmp(c->name, "Cura\xc3\xa7" "ao") == 0,
		  "a hex escape does not swallow the letters after it");
	c = alpha2("bo");
	CHECK(c != NULL && strcmp(c->name, "Bolivia") == 0, "bo has its common name");
	c = alpha3("ata");
	CHECK(c != NULL && strcmp(c->alpha2, "aq") == 0, "alpha-3 ata is aq");

	for (size_t i = 0; i < sizeof(absent2) / sizeof(absent2[0]); i++)
		CHECK(alpha2(absent2[i]) == NULL, "\"%s\" is not an alpha-2 code", absent2[i]);
	for (size_t i = 0; i < sizeof(absent3) / sizeof(absent3[0]); i++)
		CHECK(alpha3(absent3[i]) == NULL, "\"%s\" is not an alpha-3 code", absent3[i]);

	/* A slice of a longer input, not terminated after the code. */
	CHECK(lr_country_by_alpha2("ru/act", 2) == alpha2("ru"), "a slice is looked up by its length");
	CHECK(lr_country_by_alpha3("rusx", 3) == alpha2("ru"), "an alpha-3 slice likewise");
	CHECK(lr_country_by_alpha2("ru", -1) == NULL, "a negative length finds nothing");
	CHECK(lr_country_by_alpha2(NULL, 2) == NULL, "NULL finds nothing");
	CHECK(lr_country_by_alpha3(NULL, 3) == NULL, "NULL finds nothing by alpha-3");
}

/* ------------------------------------------------------------ languages */

static void
test_languages(void)
{
	static const char *const present[][3] = {
		/* code, terminology code, name */
		{"rus", "rus", "Russian"},
		{"eng", "eng", "English"},
		{"fra", "fra", "French"},
		{"fre", "fra", "French"},
		{"deu", "deu", "German"},
		{"ger", "deu", "German"},
		{"spa", "spa", "Spanish"},
		{"nld", "nld", "Dutch"},
		{"dut", "nld", "Dutch"},
		{"und", "und", "Undetermined"},
		{"mul", "mul", "Multiple languages"},
		{"mis", "mis", "Uncoded languages"},
		{"zxx", "zxx", "No linguistic content"},
		{"kaz", "kaz", "Kazakh"},
		{"sla", "sla", "Slavic languages"},	/* ISO 639-2 collective only */
		{"grc", "grc", "Ancient Greek (to 1453)"},	/* 639-3 name, not 639-2's */
	};
	static const char *const absent[] = {
		"xxq", "english", "EN", "en", "Eng", "ENG", "", "qaa", "qtz", "qaa-qtz", "e",
	};
	const lr_language *l;

	for (size_t i = 0; i < sizeof(present) / sizeof(present[0]); i++)
	{
		const char *name = language(present[i][0]);

		CHECK(name != NULL, "%s is a language", present[i][0]);
		CHECK(name == NULL || strcmp(name, present[i][2]) == 0, "%s is named \"%s\", not \"%s\"",
			  present[i][0], name ? name : "(null)", present[i][2]);
		l = lr_language_by_code(present[i][0], 3);
		CHECK(l != NULL && strcmp(l->terminology, present[i][1]) == 0,
			  "%s has terminology code %s", present[i][0], present[i][1]);
	}
	for (size_t i = 0; i < sizeof(absent) / sizeof(absent[0]); i++)
		CHECK(language(absent[i]) == NULL, "\"%s\" is not a language code", absent[i]);

	CHECK(lr_language_name("rus@2023-09-01", 3) != NULL, "a language slice is looked up by its length");
	CHECK(lr_language_name(NULL, 3) == NULL, "NULL is not a language");
	CHECK(lr_language_by_code("rus", 0) == NULL, "an empty slice is not a language");
}

/* ------------------------------------------------------------ ISO 639-1 */

static const lr_language_alpha2 *
by_alpha2(const char *s)
{
	return lr_language_by_alpha2(s, (int) strlen(s));
}

static const lr_language_alpha2 *
alpha2_of(const char *s)
{
	return lr_language_alpha2_of(s, (int) strlen(s));
}

static void
test_languages_alpha2(void)
{
	static const char *const pairs[][2] = {
		/* alpha-2, ISO 639-2/T code */
		{"en", "eng"},
		{"fr", "fra"},			/* the terminology code, not "fre" */
		{"de", "deu"},
		{"ga", "gle"},
		{"ru", "rus"},
		{"nl", "nld"},
		{"zh", "zho"},
		{"kk", "kaz"},
		{"aa", "aar"},			/* first by alpha-2 */
		{"zu", "zul"},			/* last by alpha-2 */
		{"kw", "cor"},			/* far apart in the two orders */
		{"bh", "bih"},			/* only in iso_639-2.json: an ISO 639-2 collective code */
	};
	static const char *const bibliographic[][2] = {
		{"fre", "fr"}, {"ger", "de"}, {"dut", "nl"}, {"chi", "zh"}, {"tib", "bo"}, {"wel", "cy"},
	};
	static const char *const absent2[] = {
		"xx", "zz", "qa",
		"sh",					/* Serbo-Croatian: withdrawn, only in iso_639-3.json */
		"iw", "in", "ji", "jw", "mo",	/* withdrawn (he, id, yi, jv, ro) */
		"EN", "En", "eN",		/* lookups are case-sensitive */
		"", "e", "eng",			/* wrong lengths */
		"a@", "`z", "{a",		/* just outside the letters */
	};
	static const char *const absent3[] = {
		"sco", "mul", "und", "zxx", "mis",	/* languages without a two-letter code */
		"hbs",					/* its "sh" is not in ISO 639-2 */
		"sla", "grc",			/* a collective and a historical code */
		"xxq", "qaa", "ENG", "Eng", "en", "engl", "",
	};
	const lr_language_alpha2 *l;

	for (size_t i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++)
	{
		l = by_alpha2(pairs[i][0]);
		CHECK(l != NULL && strcmp(l->alpha2, pairs[i][0]) == 0 && strcmp(l->alpha3, pairs[i][1]) == 0,
			  "%s is %s", pairs[i][0], pairs[i][1]);
		CHECK(l != NULL && alpha2_of(pairs[i][1]) == l, "%s is %s", pairs[i][1], pairs[i][0]);
		CHECK(lr_language_by_code(pairs[i][1], 3) != NULL, "%s is a language code", pairs[i][1]);
	}
	for (size_t i = 0; i < sizeof(bibliographic) / sizeof(bibliographic[0]); i++)
	{
		l = alpha2_of(bibliographic[i][0]);
		CHECK(l != NULL && strcmp(l->alpha2, bibliographic[i][1]) == 0,
			  "bibliographic %s is %s", bibliographic[i][0], bibliographic[i][1]);
	}
	for (size_t i = 0; i < sizeof(absent2) / sizeof(absent2[0]); i++)
		CHECK(by_alpha2(absent2[i]) == NULL, "\"%s\" is not an ISO 639-1 code", absent2[i]);
	for (size_t i = 0; i < sizeof(absent3) / sizeof(absent3[0]); i++)
		CHECK(alpha2_of(absent3[i]) == NULL, "\"%s\" has no ISO 639-1 code", absent3[i]);

	CHECK(lr_language_by_alpha2("ru@2023", 2) == by_alpha2("ru"), "an alpha-2 slice is looked up by its length");
	CHECK(lr_language_alpha2_of("rus@2023", 3) == by_alpha2("ru"), "an alpha-3 slice likewise");
	CHECK(lr_language_alpha2_of("fre@2023", 3) == by_alpha2("fr"), "a bibliographic slice likewise");
	CHECK(lr_language_by_alpha2("ru", -1) == NULL && lr_language_alpha2_of("rus", 0) == NULL,
		  "a bad length finds nothing");
	CHECK(lr_language_by_alpha2(NULL, 2) == NULL && lr_language_alpha2_of(NULL, 3) == NULL,
		  "NULL finds nothing");
}

/* ------------------------------------------------------------ the tables */

static void
test_tables(void)
{
	static unsigned char seen[65536];	/* by index into lr_countries */
	int			sorted = 1;
	int			found = 1;
	int			shaped = 1;
	int			permutation = 1;
	int			b_codes = 0;

	CHECK(lr_n_countries == 249, "%d countries, expected 249", lr_n_countries);
	CHECK(lr_n_languages > 7000, "%d languages, expected more than 7000", lr_n_languages);
	CHECK(strlen(lr_iso_codes_version) > 0, "the iso-codes version is recorded");

	for (int i = 0; i < lr_n_countries; i++)
	{
		const lr_country *c = &lr_countries[i];

		if (!is_lower_code(c->alpha2, 2) || !is_lower_code(c->alpha3, 3) ||
			c->name[0] == '\0' || c->numeric <= 0 || c->numeric > 999)
		{
			shaped = 0;
			printf("# malformed country %d: %s %s\n", i, c->alpha2, c->alpha3);
		}
		if (i > 0 && memcmp(lr_countries[i - 1].alpha2, c->alpha2, 2) >= 0)
		{
			sorted = 0;
			printf("# alpha-2 %s after %s\n", c->alpha2, lr_countries[i - 1].alpha2);
		}
		if (lr_country_by_alpha2(c->alpha2, 2) != c || lr_country_by_alpha3(c->alpha3, 3) != c)
		{
			found = 0;
			printf("# country %s not found by its own codes\n", c->alpha2);
		}
	}
	CHECK(shaped, "every country has lowercase codes, a name and a numeric code");
	CHECK(sorted, "the countries are strictly sorted by alpha-2");
	CHECK(found, "every country is found by its alpha-2 and alpha-3");

	sorted = 1;
	for (int i = 0; i < lr_n_countries; i++)
	{
		int			k = lr_countries_by_alpha3[i];

		if (k >= lr_n_countries || seen[k] != 0)
			permutation = 0;
		else
			seen[k] = 1;
	}
	CHECK(permutation, "the alpha-3 index names every country once");
	/* Only an index within bounds can be followed. */
	for (int i = 1; permutation && i < lr_n_countries; i++)
	{
		const char *prev = lr_countries[lr_countries_by_alpha3[i - 1]].alpha3;
		const char *cur = lr_countries[lr_countries_by_alpha3[i]].alpha3;

		if (memcmp(prev, cur, 3) >= 0)
		{
			sorted = 0;
			printf("# alpha-3 %s after %s\n", cur, prev);
		}
	}
	CHECK(permutation && sorted, "the alpha-3 index is strictly sorted");

	sorted = 1;
	found = 1;
	shaped = 1;
	for (int i = 0; i < lr_n_languages; i++)
	{
		const lr_language *l = &lr_languages[i];
		const lr_language *t;

		if (!is_lower_code(l->code, 3) || !is_lower_code(l->terminology, 3) || l->name[0] == '\0')
		{
			shaped = 0;
			printf("# malformed language %d: %.3s\n", i, l->code);
		}
		if (i > 0 && memcmp(lr_languages[i - 1].code, l->code, 3) >= 0)
		{
			sorted = 0;
			printf("# language %.3s after %.3s\n", l->code, lr_languages[i - 1].code);
		}
		if (lr_language_by_code(l->code, 3) != l)
		{
			found = 0;
			printf("# language %.3s not found by its code\n", l->code);
		}
		/* A bibliographic code points at a terminology code of the same name. */
		if (memcmp(l->code, l->terminology, 3) != 0)
		{
			b_codes++;
			t = lr_language_by_code(l->terminology, 3);
			if (t == NULL || memcmp(t->terminology, t->code, 3) != 0 || strcmp(t->name, l->name) != 0)
			{
				found = 0;
				printf("# bibliographic %.3s has a bad terminology code %.3s\n", l->code, l->terminology);
			}
		}
	}
	CHECK(shaped, "every language has a lowercase code, a terminology code and a name");
	CHECK(sorted, "the languages are strictly sorted by code");
	CHECK(found, "every language is found by its code, and B codes lead to T codes");
	CHECK(b_codes == 20, "%d ISO 639-2/B codes, expected 20", b_codes);

	/*
	 * ISO 639-1: 184, the two-letter codes of iso_639-2.json.  That is the 183
	 * on which iso_639-3.json agrees, plus "bh" (Bihari languages, "bih").
	 */
	CHECK(lr_n_languages_alpha2 == 184, "%d ISO 639-1 codes, expected 184", lr_n_languages_alpha2);
	memset(seen, 0, sizeof(seen));
	sorted = 1;
	found = 1;
	shaped = 1;
	permutation = 1;
	for (int i = 0; i < lr_n_languages_alpha2; i++)
	{
		const lr_language_alpha2 *l = &lr_languages_alpha2[i];
		const lr_language *t = lr_language_by_code(l->alpha3, 3);
		int			k = lr_languages_alpha2_by_alpha3[i];

		if (!is_lower_code(l->alpha2, 2) || !is_lower_code(l->alpha3, 3) ||
			t == NULL || memcmp(t->terminology, l->alpha3, 3) != 0)
		{
			shaped = 0;
			printf("# malformed ISO 639-1 entry %d: %s %s\n", i, l->alpha2, l->alpha3);
		}
		if (i > 0 && memcmp(lr_languages_alpha2[i - 1].alpha2, l->alpha2, 2) >= 0)
		{
			sorted = 0;
			printf("# alpha-2 %s after %s\n", l->alpha2, lr_languages_alpha2[i - 1].alpha2);
		}
		if (lr_language_by_alpha2(l->alpha2, 2) != l || lr_language_alpha2_of(l->alpha3, 3) != l)
		{
			found = 0;
			printf("# ISO 639-1 %s not found by its own codes\n", l->alpha2);
		}
		if (k >= lr_n_languages_alpha2 || seen[k] != 0)
			permutation = 0;
		else
			seen[k] = 1;
	}
	CHECK(shaped, "every ISO 639-1 entry has lowercase codes and a terminology code");
	CHECK(sorted, "the ISO 639-1 codes are strictly sorted by alpha-2");
	CHECK(found, "every ISO 639-1 entry is found by its alpha-2 and its alpha-3");
	CHECK(permutation, "the ISO 639-1 alpha-3 index names every entry once");
	sorted = 1;
	for (int i = 1; permutation && i < lr_n_languages_alpha2; i++)
	{
		const char *prev = lr_languages_alpha2[lr_languages_alpha2_by_alpha3[i - 1]].alpha3;
		const char *cur = lr_languages_alpha2[lr_languages_alpha2_by_alpha3[i]].alpha3;

		if (memcmp(prev, cur, 3) >= 0)
		{
			sorted = 0;
			printf("# ISO 639-1 alpha-3 %s after %s\n", cur, prev);
		}
	}
	CHECK(permutation && sorted, "the ISO 639-1 alpha-3 index is strictly sorted");

	/* Every bibliographic code of a language with a two-letter code reaches it. */
	found = 1;
	for (int i = 0; i < lr_n_languages; i++)
	{
		const lr_language *l = &lr_languages[i];
		const lr_language_alpha2 *a = lr_language_alpha2_of(l->terminology, 3);

		if (lr_language_alpha2_of(l->code, 3) != a)
		{
			found = 0;
			printf("# %.3s and its terminology code %.3s differ in ISO 639-1\n", l->code, l->terminology);
		}
	}
	CHECK(found, "a code and its terminology code have the same ISO 639-1 code");
}

int
main(void)
{
	test_countries();
	test_languages();
	test_languages_alpha2();
	test_tables();
	return unit_summary("lr_iso");
}
