/*
 * cp_key.c — the sort key of a clause_path: encoding components, decoding them.
 *
 * Why a key: comparing eIds token by token with context-dependent rules (is "i"
 * a letter between h and j, or the roman one?) is easy to make intransitive.
 * Instead every component is mapped to bytes whose memcmp order is the wanted
 * order, so the order is total and transitive by construction, and equality,
 * hashing, abbreviated keys and subtree ranges all work on the bytes.
 *
 * Layout of one component (every component ends with CP_KEY_END, a byte that
 * occurs nowhere else, so a key is a prefix of another exactly when the first
 * path is an ancestor of the second, and ancestors sort before descendants):
 *
 *   element   0x20 + rank for the names of cp_elements.c (in sibling order),
 *             or 0x80 followed by the name's own bytes (all >= '0', so the name
 *             needs no terminator: what follows is below 0x30)
 *   tokens    the number, split into runs, each a type byte and a payload:
 *               0x03 '-'   0x04 '_'   separators
 *               0x05 len digits        a digit run without its leading zeros,
 *                                      0x10 + length first, so 2 < 10
 *               0x06 slot              a letter run, see "slots" below
 *               0x06 0xF0 len letters  a letter run of two or more letters that
 *                                      is not a roman numeral, lowercased
 *               0x07 ord   a Latin ordinal (bis, ter, ...): 0x10 + table index
 *   trailer   only when needed: 0x02 then one byte per digit run (0x10 +
 *             number of leading zeros) and one byte per letter (0x10 lower,
 *             0x11 upper).  Case and leading zeros only break ties, so "a" <
 *             "A" < "b" and "1" < "01" < "2", and the text can be restored.
 *   end       0x01
 *
 * Slots interleave single letters and lowercase-or-uppercase roman numerals so
 * that both sequences come out right: a..h, i ii iii iv, j..u, v vi vii viii,
 * ix, w, x .. lxxxix, y, z, then longer letter runs by length (aa after z).
 * Single letters other than i, v and x are always letters ("l" is between k and
 * m, never fifty).  Separators sort first, then digits, letters and ordinals
 * (DESIGN.md: 3 < 3a < 3bis < 3ter < 4), so art_3 < art_3-1 < art_3a < art_3b
 * < art_3bis < art_3ter < art_4.
 *
 * The key format is the on-disk format and feeds the hash opclass: it must not
 * change without a new type version.
 */
#include "clause_path.h"
#include "cp_elements.h"
#include "cp_key.h"
#include "cp_text.h"

#include <stdio.h>
#include <string.h>

#define T_SEP_DASH		0x03
#define T_SEP_UNDER		0x04
#define T_DIGITS		0x05
#define T_ALPHA			0x06
#define T_ORD			0x07
#define ELEMENT_KNOWN	0x20
#define ELEMENT_OTHER	0x80
#define ALPHA_LONG		0xF0
#define SMALL			0x10	/* base of small counts and indexes */

/* Latin ordinal suffixes in their legal order; "nonies" is a spelling of "novies". */
static const char *const ordinals[] = {
	"bis", "ter", "quater", "quinquies", "sexies", "septies", "octies",
	"novies", "nonies", "decies", "undecies", "duodecies", "terdecies",
	"quaterdecies", "quinquiesdecies", "sexiesdecies", "septiesdecies",
	"octiesdecies", "noviesdecies", "vicies",
};
#define N_ORDINALS ((int) (sizeof(ordinals) / sizeof(ordinals[0])))

static const char *const roman_tens[] = {"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx"};
static const char *const roman_ones[] = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};

#define ROMAN_MAX		89		/* lxxxix; beyond it a run is read as letters */
#define SLOT_LAST		111		/* z */

/* ---------------------------------------------------------------- slots */

static int
letter_slot(char c)
{
	if (c >= 'a' && c <= 'h')
		return c - 'a' + 1;
	if (c >= 'j' && c <= 'u')
		return c - 'j' + 13;
	if (c == 'w')
		return 30;
	if (c == 'y')
		return 110;
	return 111;					/* z; i, v and x never get here */
}

static int
roman_slot(int value)
{
	if (value <= 4)
		return 8 + value;		/* 9..12, between h and j */
	if (value <= 9)
		return 20 + value;		/* 25..29: v..viii after u, ix */
	if (value < 50)
		return 21 + value;		/* 31..70: x..xlix after w */
	return 20 + value;			/* 71..109: li..lxxxix (l alone is a letter) */
}

/* Inverse of the two above: a letter, or a roman value (returned negated). */
static int
slot_content(int slot)
{
	if (slot >= 1 && slot <= 8)
		return 'a' + slot - 1;
	if (slot >= 9 && slot <= 12)
		return -(slot - 8);
	if (slot >= 13 && slot <= 24)
		return 'j' + slot - 13;
	if (slot >= 25 && slot <= 29)
		return -(slot - 20);
	if (slot == 30)
		return 'w';
	if (slot >= 31 && slot <= 70)
		return -(slot - 21);
	if (slot >= 71 && slot <= 109)
		return -(slot - 20);
	if (slot == 110)
		return 'y';
	if (slot == 111)
		return 'z';
	return 0;
}

/* Value of a lowercase run written as a canonical roman numeral, else 0. */
static int
roman_value(const char *s, int len)
{
	for (int t = 0; t < 9; t++)
	{
		int			tl = (int) strlen(roman_tens[t]);

		if (tl > len || memcmp(s, roman_tens[t], (size_t) tl) != 0)
			continue;
		for (int o = 0; o < 10; o++)
		{
			int			ol = (int) strlen(roman_ones[o]);

			if (tl + ol == len && memcmp(s + tl, roman_ones[o], (size_t) ol) == 0)
			{
				int			v = t * 10 + o;

				return (v > 0 && v <= ROMAN_MAX && v != 50) ? v : 0;
			}
		}
	}
	return 0;
}

/* Index of the longest ordinal that ends the run s[0..len), or -1. */
static int
ordinal_suffix(const char *s, int len)
{
	int			best = -1;
	int			best_len = 0;
	char		last = len > 0 ? cp_ascii_tolower(s[len - 1]) : '\0';

	/* every ordinal ends in "s" or "r": most letter runs stop here */
	if (last != 's' && last != 'r')
		return -1;
	for (int i = 0; i < N_ORDINALS; i++)
	{
		int			ol = (int) strlen(ordinals[i]);

		if (ol <= len && ol > best_len &&
			cp_ascii_casecmp(s + len - ol, ordinals[i], ol) == 0)
		{
			best = i;
			best_len = ol;
		}
	}
	return best;
}

int
cp_is_ordinal(const char *s, int len)
{
	int			o = ordinal_suffix(s, len);

	return o >= 0 && (int) strlen(ordinals[o]) == len;
}

int
cp_ordinal_suffix_len(const char *s, int len)
{
	int			o = ordinal_suffix(s, len);

	return o >= 0 ? (int) strlen(ordinals[o]) : 0;
}

/* ---------------------------------------------------------------- encoding */

typedef struct key_writer
{
	uint8_t    *key;
	size_t		len;
	uint8_t		trailer[CP_MAX_COMPONENT];
	int			trailer_len;
	int			trailer_needed;
	int			overflow;
} key_writer;

static void
put(key_writer *w, uint8_t b)
{
	/* unreachable within the limits (see CP_MAX_KEY); never write past it */
	if (w->len < CP_MAX_KEY)
		w->key[w->len++] = b;
	else
		w->overflow = 1;
}

static void
put_tiebreak(key_writer *w, uint8_t b)
{
	w->trailer[w->trailer_len++] = b;
	if (b != SMALL)
		w->trailer_needed = 1;
}

static void
put_letter_cases(key_writer *w, const char *s, int len)
{
	for (int i = 0; i < len; i++)
		put_tiebreak(w, (uint8_t) (SMALL + (s[i] >= 'A' && s[i] <= 'Z')));
}

static void
encode_letters(key_writer *w, const char *s, int len)
{
	char		lower[CP_MAX_COMPONENT];
	int			upper = 0;
	int			roman = 0;

	for (int i = 0; i < len; i++)
	{
		lower[i] = cp_ascii_tolower(s[i]);
		upper += (s[i] != lower[i]);
	}
	put(w, T_ALPHA);
	if (len == 1 && (lower[0] == 'i' || lower[0] == 'v' || lower[0] == 'x'))
		roman = roman_value(lower, 1);
	else if (len > 1 && (upper == 0 || upper == len))
		roman = roman_value(lower, len);

	if (roman > 0)
		put(w, (uint8_t) (SMALL + roman_slot(roman)));
	else if (len == 1)
		put(w, (uint8_t) (SMALL + letter_slot(lower[0])));
	else
	{
		put(w, ALPHA_LONG);
		put(w, (uint8_t) (SMALL + len));
		for (int i = 0; i < len; i++)
			put(w, (uint8_t) lower[i]);
	}
	put_letter_cases(w, s, len);
}

/* A run of letters: leading letters, then any Latin ordinals that end it. */
static void
encode_letter_run(key_writer *w, const char *s, int len)
{
	int			found[CP_MAX_COMPONENT];
	int			n_found = 0;
	int			end = len;

	for (;;)
	{
		int			o = ordinal_suffix(s, end);

		if (o < 0)
			break;
		found[n_found++] = o;
		end -= (int) strlen(ordinals[o]);
	}
	if (end > 0)
		encode_letters(w, s, end);
	while (n_found > 0)
	{
		int			o = found[--n_found];
		int			ol = (int) strlen(ordinals[o]);

		put(w, T_ORD);
		put(w, (uint8_t) (SMALL + o));
		put_letter_cases(w, s + end, ol);
		end += ol;
	}
}

static void
encode_digit_run(key_writer *w, const char *s, int len)
{
	int			zeros = 0;

	while (zeros < len - 1 && s[zeros] == '0')
		zeros++;
	put(w, T_DIGITS);
	put(w, (uint8_t) (SMALL + len - zeros));
	for (int i = zeros; i < len; i++)
		put(w, (uint8_t) s[i]);
	put_tiebreak(w, (uint8_t) (SMALL + zeros));
}

static cp_status
fail(cp_error *err, cp_status status, int position, const char *detail)
{
	err->status = status;
	err->position = position;
	snprintf(err->detail, sizeof(err->detail), "%s", detail);
	return status;
}

void
cp_error_sentence(const cp_error *err, char *out, size_t out_size)
{
	if (err->position > 0)
		snprintf(out, out_size, "%s at character %d.", err->detail, err->position);
	else
		snprintf(out, out_size, "%s.", err->detail);
}

static cp_status
encode_element(key_writer *w, const cp_component *c, cp_error *err)
{
	int			rank;

	if (c->element_len == 0)
		return fail(err, CP_SYNTAX, c->position, "Expected an element name");
	if (!cp_is_alpha(c->element[0]))
		return fail(err, CP_SYNTAX, c->position, "Expected a letter to start the element name");
	for (int i = 1; i < c->element_len; i++)
		if (!cp_is_alnum(c->element[i]))
			return fail(err, CP_SYNTAX, c->position + i,
						"Expected a letter or digit in the element name");

	rank = cp_element_rank(c->element, c->element_len);
	if (rank >= 0)
		put(w, (uint8_t) (ELEMENT_KNOWN + rank));
	else
	{
		put(w, ELEMENT_OTHER);
		for (int i = 0; i < c->element_len; i++)
			put(w, (uint8_t) c->element[i]);
	}
	return CP_OK;
}

static cp_status
encode_number(key_writer *w, const cp_component *c, cp_error *err)
{
	const char *s = c->number;
	int			n = c->number_len;
	int			base = c->number_position;
	int			i = 0;

	if (n == 0)
		return fail(err, CP_SYNTAX, base, "Expected a number after \"_\"");
	while (i < n)
	{
		int			j = i + 1;

		if (cp_is_digit(s[i]))
		{
			while (j < n && cp_is_digit(s[j]))
				j++;
			encode_digit_run(w, s + i, j - i);
		}
		else if (cp_is_alpha(s[i]))
		{
			while (j < n && cp_is_alpha(s[j]))
				j++;
			encode_letter_run(w, s + i, j - i);
		}
		else if (s[i] == '-' || s[i] == '_')
		{
			if (i == 0 || i == n - 1 || s[i + 1] == '-' || s[i + 1] == '_')
				return fail(err, CP_SYNTAX, base + i,
							"Expected a letter or digit on both sides of the separator");
			put(w, s[i] == '-' ? T_SEP_DASH : T_SEP_UNDER);
		}
		else
			return fail(err, CP_SYNTAX, base + i,
						"Expected a letter, digit, \"-\" or \"_\" in the number");
		i = j;
	}
	return CP_OK;
}

cp_status
cp_encode(const cp_component *components, int count,
		  uint8_t *key, size_t *key_len, cp_error *err)
{
	key_writer	w;
	int			text_len = 0;

	w.key = key;
	w.len = 0;
	w.overflow = 0;
	if (count <= 0)
		return fail(err, CP_SYNTAX, 1, "Expected an element name");
	if (count > CP_MAX_DEPTH)
	{
		char		msg[96];

		snprintf(msg, sizeof(msg), "A clause_path has at most %d components", CP_MAX_DEPTH);
		return fail(err, CP_LIMIT, 0, msg);
	}
	for (int k = 0; k < count; k++)
	{
		const cp_component *c = &components[k];
		int			len = c->element_len + (c->number ? 1 + c->number_len : 0);
		cp_status	st;

		if (len > CP_MAX_COMPONENT)
		{
			char		msg[128];

			snprintf(msg, sizeof(msg),
					 "A component has at most %d characters; this one has %d",
					 CP_MAX_COMPONENT, len);
			return fail(err, CP_LIMIT, c->position, msg);
		}
		text_len += len + (k > 0 ? 2 : 0);
		if (text_len > CP_MAX_TEXT)
		{
			char		msg[96];

			snprintf(msg, sizeof(msg), "A clause_path has at most %d characters", CP_MAX_TEXT);
			return fail(err, CP_LIMIT, 0, msg);
		}

		w.trailer_len = 0;
		w.trailer_needed = 0;
		if ((st = encode_element(&w, c, err)) != CP_OK)
			return st;
		if (c->number && (st = encode_number(&w, c, err)) != CP_OK)
			return st;
		if (w.trailer_needed)
		{
			put(&w, CP_KEY_TRAILER);
			for (int i = 0; i < w.trailer_len; i++)
				put(&w, w.trailer[i]);
		}
		put(&w, CP_KEY_END);
	}
	if (w.overflow)
		return fail(err, CP_LIMIT, 0, "The clause_path is too long to encode");
	*key_len = w.len;
	return CP_OK;
}

/* ---------------------------------------------------------------- decoding */

typedef struct token
{
	uint8_t		type;
	const uint8_t *bytes;		/* digits or lowercase letters, if stored */
	int			len;
	int			value;			/* ordinal index, or slot */
} token;

/* Text of a letter token (lowercase) into buf; returns its length. */
static int
token_letters(const token *t, char *buf)
{
	int			c;

	if (t->type == T_ORD)
	{
		int			len = (int) strlen(ordinals[t->value]);

		memcpy(buf, ordinals[t->value], (size_t) len);
		return len;
	}
	if (t->bytes)
	{
		memcpy(buf, t->bytes, (size_t) t->len);
		return t->len;
	}
	c = slot_content(t->value);
	if (c > 0)
	{
		buf[0] = (char) c;
		return 1;
	}
	c = -c;
	{
		int			tl = (int) strlen(roman_tens[c / 10]);
		int			ol = (int) strlen(roman_ones[c % 10]);

		memcpy(buf, roman_tens[c / 10], (size_t) tl);
		memcpy(buf + tl, roman_ones[c % 10], (size_t) ol);
		return tl + ol;
	}
}

/*
 * A stored run at key[*pos]: a length byte (SMALL + n, n >= min_len), then n
 * bytes between lo and hi.  Returns 0 and fills t->bytes and t->len, or -1.
 */
static int
read_run(const uint8_t *key, size_t key_len, size_t *pos, token *t,
		 int min_len, uint8_t lo, uint8_t hi)
{
	size_t		p = *pos;

	if (p >= key_len || key[p] < SMALL + min_len)
		return -1;
	t->len = key[p++] - SMALL;
	if (t->len > CP_MAX_COMPONENT || p + (size_t) t->len > key_len)
		return -1;
	for (int i = 0; i < t->len; i++)
		if (key[p + i] < lo || key[p + i] > hi)
			return -1;
	t->bytes = key + p;
	*pos = p + (size_t) t->len;
	return 0;
}

/*
 * Decode one component starting at key[*pos] and append its eId text to out at
 * *out_len.  Returns 0 on success, -1 on a malformed key.
 */
static int
decode_component(const uint8_t *key, size_t key_len, size_t *pos,
				 char *out, int *out_len)
{
	size_t		p = *pos;
	int			o = *out_len;
	token		toks[CP_MAX_COMPONENT];
	int			n_toks = 0;
	int			tiebreaks = 0;
	const uint8_t *trailer = NULL;

	if (p >= key_len)
		return -1;
	if (key[p] >= ELEMENT_KNOWN && key[p] < ELEMENT_OTHER)
	{
		const char *name = cp_element_name(key[p] - ELEMENT_KNOWN);
		int			len;

		if (!name)
			return -1;
		len = (int) strlen(name);
		memcpy(out + o, name, (size_t) len);
		o += len;
		p++;
	}
	else if (key[p] == ELEMENT_OTHER)
	{
		p++;
		if (p >= key_len || !cp_is_alpha((char) key[p]))
			return -1;
		while (p < key_len && key[p] >= '0')
		{
			if (!cp_is_alnum((char) key[p]) || o >= CP_MAX_TEXT)
				return -1;
			out[o++] = (char) key[p++];
		}
	}
	else
		return -1;

	/* tokens */
	while (p < key_len && key[p] > CP_KEY_TRAILER)
	{
		token	   *t = &toks[n_toks];

		if (n_toks >= CP_MAX_COMPONENT)
			return -1;
		t->type = key[p++];
		t->bytes = NULL;
		t->len = 0;
		t->value = 0;
		switch (t->type)
		{
			case T_SEP_DASH:
			case T_SEP_UNDER:
				break;
			case T_ORD:
				if (p >= key_len || key[p] < SMALL || key[p] >= SMALL + N_ORDINALS)
					return -1;
				t->value = key[p++] - SMALL;
				tiebreaks += (int) strlen(ordinals[t->value]);
				break;
			case T_DIGITS:
				if (read_run(key, key_len, &p, t, 1, '0', '9') != 0)
					return -1;
				tiebreaks += 1;
				break;
			case T_ALPHA:
				if (p >= key_len)
					return -1;
				if (key[p] == ALPHA_LONG)
				{
					p++;
					if (read_run(key, key_len, &p, t, 2, 'a', 'z') != 0)
						return -1;
					tiebreaks += t->len;
				}
				else
				{
					char		buf[16];

					t->value = key[p++] - SMALL;
					if (t->value < 1 || t->value > SLOT_LAST)
						return -1;
					tiebreaks += token_letters(t, buf);
				}
				break;
			default:
				return -1;
		}
		n_toks++;
	}
	if (p < key_len && key[p] == CP_KEY_TRAILER)
	{
		p++;
		if (p + (size_t) tiebreaks > key_len)
			return -1;
		trailer = key + p;
		p += (size_t) tiebreaks;
	}
	if (p >= key_len || key[p] != CP_KEY_END)
		return -1;
	p++;

	/* text of the number, with case and leading zeros restored from the trailer */
	if (n_toks > 0)
	{
		int			tb = 0;

		out[o++] = '_';
		for (int k = 0; k < n_toks; k++)
		{
			const token *t = &toks[k];

			if (o > CP_MAX_TEXT)	/* the buffer has room for one more token */
				return -1;
			if (t->type == T_SEP_DASH || t->type == T_SEP_UNDER)
				out[o++] = t->type == T_SEP_DASH ? '-' : '_';
			else if (t->type == T_DIGITS)
			{
				int			zeros = trailer ? trailer[tb] - SMALL : 0;

				tb++;
				if (zeros < 0 || zeros + t->len > CP_MAX_COMPONENT)
					return -1;
				memset(out + o, '0', (size_t) zeros);
				o += zeros;
				memcpy(out + o, t->bytes, (size_t) t->len);
				o += t->len;
			}
			else
			{
				int			len = token_letters(t, out + o);

				for (int i = 0; i < len; i++, tb++)
				{
					if (trailer && trailer[tb] == SMALL + 1)
						out[o + i] = (char) (out[o + i] - 'a' + 'A');
					else if (trailer && trailer[tb] != SMALL)
						return -1;
				}
				o += len;
			}
		}
	}
	if (o > CP_MAX_TEXT)
		return -1;
	*pos = p;
	*out_len = o;
	return 0;
}

int
cp_format(const uint8_t *key, size_t key_len, char *out)
{
	size_t		pos = 0;
	int			len = 0;

	/* a component may overshoot CP_MAX_TEXT by one component before the check */
	char		buf[CP_MAX_TEXT + 4 * CP_MAX_COMPONENT];

	if (key_len == 0)
		return -1;
	while (pos < key_len)
	{
		if (len > 0)
		{
			buf[len++] = '_';
			buf[len++] = '_';
		}
		if (decode_component(key, key_len, &pos, buf, &len) != 0)
			return -1;
	}
	/*
	 * The decoder accepts keys that no text encodes to ("para" spelled as an
	 * unknown element, leading zeros in a digit payload, two adjacent digit
	 * runs, an all-lowercase trailer, a roman numeral stored as a long run, a
	 * separator at either end...); such keys break equality and order, and
	 * their text does not read back.  A valid key is the encoding of its text.
	 */
	{
		uint8_t		again[CP_MAX_KEY];
		size_t		again_len;
		cp_error	err;

		if (cp_parse_eid(buf, (size_t) len, again, &again_len, &err) != CP_OK ||
			again_len != key_len || memcmp(again, key, key_len) != 0)
			return -1;
	}
	memcpy(out, buf, (size_t) len);
	out[len] = '\0';
	return len;
}

/* ---------------------------------------------------------------- structure */

int
cp_depth(const uint8_t *key, size_t key_len)
{
	int			depth = 0;

	for (size_t i = 0; i < key_len; i++)
		depth += (key[i] == CP_KEY_END);
	return depth;
}

size_t
cp_prefix_len(const uint8_t *key, size_t key_len, int n)
{
	size_t		i = 0;

	while (n > 0 && i < key_len)
	{
		const uint8_t *end = memchr(key + i, CP_KEY_END, key_len - i);

		if (!end)
			return key_len;
		i = (size_t) (end - key) + 1;
		n--;
	}
	return i;
}

int
cp_compare(const uint8_t *a, size_t a_len, const uint8_t *b, size_t b_len)
{
	int			r = memcmp(a, b, a_len < b_len ? a_len : b_len);

	if (r != 0)
		return r < 0 ? -1 : 1;
	return (a_len > b_len) - (a_len < b_len);
}

int
cp_is_ancestor_or_self(const uint8_t *a, size_t a_len, const uint8_t *b, size_t b_len)
{
	/* a ends with CP_KEY_END, which ends components only: a prefix is a whole path */
	return a_len > 0 && a_len <= b_len && memcmp(a, b, a_len) == 0;
}
