/*
 * property_clause_path.c — the order of clause_path is a total order, checked
 * over generated paths (a fixed seed, so a failure reproduces):
 *
 *   antisymmetry   cmp(a, b) = -cmp(b, a)
 *   transitivity   a <= b and b <= c imply a <= c, over triples
 *   equality       cmp(a, b) = 0 exactly when the canonical texts are equal,
 *                  and then the key bytes, which the hash opclass hashes, are equal
 *   round trip     parse(format(a)) = a
 *   containment    a prefix of n components contains the path and sorts
 *                  before it; contains() agrees with the texts
 *
 * The generator mixes what makes ordering hard: digits with leading zeros,
 * single letters that are also roman numerals (i, v, x, l), roman runs, long
 * letter runs, mixed case, Latin ordinals, separators, known and unknown
 * elements, and shared prefixes.
 */
#include "clause_path.h"
#include "unit.h"

#include <stdlib.h>
#include <string.h>

#define PAIRS	1000000
#define TRIPLES	300000

typedef struct path
{
	uint8_t		key[CP_MAX_KEY];
	size_t		len;
	char		text[CP_MAX_TEXT + 1];
} path;

static uint64_t rng_state = 0x9E3779B97F4A7C15ULL;

static uint32_t
rnd(uint32_t n)
{
	/* xorshift64*: small, fast and the same everywhere */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return (uint32_t) ((rng_state * 0x2545F4914F6CDD1DULL) >> 33) % n;
}

static const char *const elements[] = {
	"art", "para", "subpara", "point", "item", "sec", "subsec", "chp", "book",
	"list", "intro", "wrapup", "content", "recs", "rec", "hcontainer", "p",
	"subpart", "d1e62", "zz", "Art",
};
static const char *const letters[] = {
	"a", "b", "h", "i", "j", "l", "u", "v", "w", "x", "y", "z", "A", "I", "V", "X",
	"ii", "iii", "iv", "vi", "ix", "xi", "xl", "lx", "lxxxix", "xc", "iiii", "IV", "Iv",
	"aa", "ab", "zz", "aaa", "nn", "content",
};
static const char *const ordinals[] = {"bis", "ter", "quater", "decies", "BIS", "nonies"};

static void
gen_number(char *out)
{
	int			parts = 1 + (int) rnd(3);
	size_t		n = 0;

	for (int k = 0; k < parts; k++)
	{
		int			kind = (int) rnd(10);

		if (k > 0 && rnd(3) == 0)
			out[n++] = rnd(4) ? '-' : '_';
		if (kind < 5 || (k > 0 && out[n - 1] != '-' && out[n - 1] != '_' &&
						 out[n - 1] >= '0' && out[n - 1] <= '9' && kind < 7))
		{
			/* digits, after letters or a separator, or first */
			n += (size_t) sprintf(out + n, "%s%u", rnd(8) == 0 ? "0" : "", rnd(4) ? rnd(12) + 1 : rnd(1000));
		}
		else
		{
			const char *l = letters[rnd(sizeof(letters) / sizeof(letters[0]))];

			n += (size_t) sprintf(out + n, "%s", l);
		}
		if (rnd(8) == 0)
			n += (size_t) sprintf(out + n, "%s", ordinals[rnd(sizeof(ordinals) / sizeof(ordinals[0]))]);
	}
	out[n] = '\0';
}

/* A path, often sharing a prefix with base so that comparisons go deep. */
static void
gen_path(path *p, const path *base)
{
	char		text[CP_MAX_TEXT + 8];
	size_t		n = 0;
	int			depth = 1 + (int) rnd(5);
	cp_error	err;

	if (base && rnd(20) == 0)
	{
		/* the same position written with surrounding space: an equal value */
		n = (size_t) sprintf(text, "  %s ", base->text);
		depth = 0;
	}
	else if (base && rnd(2))
	{
		/* keep 1..depth-1 components of the base text */
		const char *t = base->text;
		int			keep = 1 + (int) rnd(4);
		const char *cut = t;

		for (int i = 0; i < keep && cut; i++)
		{
			cut = strstr(cut, "__");
			if (cut)
				cut += 2;
		}
		if (cut)
		{
			n = (size_t) (cut - t - 2);
			memcpy(text, t, n);
			depth = (int) rnd(3);
		}
	}
	for (int i = 0; i < depth; i++)
	{
		char		number[64];

		if (n > 0)
		{
			text[n++] = '_';
			text[n++] = '_';
		}
		n += (size_t) sprintf(text + n, "%s", elements[rnd(sizeof(elements) / sizeof(elements[0]))]);
		if (rnd(6))
		{
			gen_number(number);
			n += (size_t) sprintf(text + n, "_%s", number);
		}
	}
	text[n] = '\0';
	if (n == 0 || cp_parse(text, n, p->key, &p->len, &err) != CP_OK ||
		cp_format(p->key, p->len, p->text) < 0)
	{
		/* generator produced something the grammar refuses: try again */
		gen_path(p, NULL);
		return;
	}
}

static int
sign(int x)
{
	return (x > 0) - (x < 0);
}

static int
cmp(const path *a, const path *b)
{
	return cp_compare(a->key, a->len, b->key, b->len);
}

/* Does text a name an ancestor-or-self of text b? */
static int
text_ancestor(const char *a, const char *b)
{
	size_t		n = strlen(a);

	return strncmp(a, b, n) == 0 && (b[n] == '\0' || (b[n] == '_' && b[n + 1] == '_'));
}

int
main(void)
{
	static path pool[3];
	long		antisym = 0,
				equality = 0,
				roundtrip = 0,
				contain = 0,
				trans = 0,
				equal_pairs = 0;
	path	   *a = &pool[0];
	path	   *b = &pool[1];
	path	   *c = &pool[2];

	for (long i = 0; i < PAIRS; i++)
	{
		int			ab;
		int			ba;
		path		again;
		cp_error	err;

		gen_path(a, i ? b : NULL);
		gen_path(b, a);
		ab = cmp(a, b);
		ba = cmp(b, a);
		antisym += sign(ab) != -sign(ba);
		equality += (ab == 0) != (strcmp(a->text, b->text) == 0);
		equality += (ab == 0) != (a->len == b->len && memcmp(a->key, b->key, a->len) == 0);
		equal_pairs += (ab == 0);

		if (cp_parse(a->text, strlen(a->text), again.key, &again.len, &err) != CP_OK ||
			again.len != a->len || memcmp(again.key, a->key, a->len) != 0)
			roundtrip++;

		/* containment agrees with the text, and ancestors sort first */
		{
			int			anc = cp_is_ancestor_or_self(a->key, a->len, b->key, b->len);

			contain += anc != text_ancestor(a->text, b->text);
			contain += anc && ab > 0;
		}
		{
			int			d = cp_depth(b->key, b->len);
			size_t		plen = cp_prefix_len(b->key, b->len, 1 + (int) rnd((uint32_t) d));

			contain += !cp_is_ancestor_or_self(b->key, plen, b->key, b->len);
			contain += cp_compare(b->key, plen, b->key, b->len) > 0;
		}
	}
	CHECK(antisym == 0, "antisymmetry failed %ld times", antisym);
	CHECK(equality == 0, "equality inconsistent %ld times", equality);
	CHECK(roundtrip == 0, "round trip failed %ld times", roundtrip);
	CHECK(contain == 0, "containment inconsistent %ld times", contain);
	CHECK(equal_pairs > 1000, "the generator produced equal pairs (%ld) to test equality on", equal_pairs);

	for (long i = 0; i < TRIPLES; i++)
	{
		gen_path(a, c);
		gen_path(b, a);
		gen_path(c, rnd(2) ? b : a);
		if (cmp(a, b) <= 0 && cmp(b, c) <= 0 && cmp(a, c) > 0)
			trans++;
		if (cmp(a, c) <= 0 && cmp(c, b) <= 0 && cmp(a, b) > 0)
			trans++;
		if (cmp(b, a) <= 0 && cmp(a, c) <= 0 && cmp(b, c) > 0)
			trans++;
		if (cmp(b, c) <= 0 && cmp(c, a) <= 0 && cmp(b, a) > 0)
			trans++;
		if (cmp(c, a) <= 0 && cmp(a, b) <= 0 && cmp(c, b) > 0)
			trans++;
		if (cmp(c, b) <= 0 && cmp(b, a) <= 0 && cmp(c, a) > 0)
			trans++;
	}
	CHECK(trans == 0, "transitivity failed %ld times", trans);
	printf("generated %d pairs (%ld equal) and %d triples\n", PAIRS, equal_pairs, TRIPLES);
	return unit_summary("core property tests (clause_path)");
}
