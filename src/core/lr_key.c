/*
 * lr_key.c — encoding a lexref into its sort key and decoding it (lr_key.h).
 *
 * Layout (END is 0x01; every level ends with END or with a clause_path key,
 * whose components end with 0x01 too, and the next level starts with its tag):
 *
 *   work        country (2 letters) locality END doctype END subtype END
 *               actor END date END number END      (an absent name is just END)
 *   expression  0x02 language (3 letters) version [label END]
 *                 version: 1 original "@", 2 "@date", 3 "@label", 4 current
 *                 (none), 5 ":date", 6 any ":", so a language's versions run
 *                 original, amendments by date, labelled ones, the current
 *                 text, then the texts in force at dates, and ":"
 *   component   0x03 name END, once per name of a nested component
 *               ("!schedule1/schedule2"), so a component contains its children
 *   portion     0x04 the clause_path key of the eId
 *   range end   0x05 the clause_path key of the last eId of "a->b"
 *   format      0x06 name END
 *
 * Names (locality, doctype, subtype, actor, label, component, format) keep
 * their characters, all >= '-' (0x2D).  The number of the act does too,
 * except its digit runs, written so that acts of a year come in numeric order
 * ("9" < "10"): a length byte (0x0F + n for n <= 28 significant digits, else
 * 0x2C and n in two bytes), then the digits without their leading zeros.  If
 * any run had leading zeros, a trailer follows before END: 0x09, then per run
 * its count of leading zeros (0x10 + z, or 0xFF and z in two bytes), so that
 * zeros only break ties and the text can be restored: "2" < "02" < "2a" <
 * "02a" < "2b" < "3".  Only the number: elsewhere the byte a run costs would
 * make the key longer than the text for no order anyone asked for.  Dates are
 * written as they are: YYYY, YYYY-MM and YYYY-MM-DD sort in time order.
 *
 * The decoder checks the form of every part (and the calendar), but not the
 * vocabularies (ISO codes, document types): those may change between
 * releases, and a stored value must stay readable whatever the tables say.
 *
 * Absent levels sort first (END and the tags are below every name byte), and
 * since a key is read left to right without look-ahead, a key that is a prefix
 * of another ends at one of its level boundaries: "a contains b" is mostly a
 * prefix test, and a subtree is one btree range.  Like cp_key.c, this format
 * is the on-disk format and feeds the hash opclass (and a Citus distribution
 * key): it must not change without a new type version.
 */
#include "lr_key.h"
#include "cp_text.h"

#include <string.h>

#define NAME_ZEROS		0x09	/* starts the trailer of leading-zero counts */
#define NAME_RUN		0x0F	/* + n: a run of n significant digits, n <= 28 */
#define NAME_LONG_RUN	0x2C	/* then n in two bytes, big-endian */
#define NAME_MAX_SHORT	28
#define ZEROS_BASE		0x10	/* + z: a run's z leading zeros, z < 0xEF */
#define ZEROS_LONG		0xFF	/* then z in two bytes, big-endian */

enum
{
	V_ORIGINAL = 1, V_AMENDED_DATE, V_AMENDED_LABEL, V_CURRENT, V_IN_FORCE, V_ANY
};

/* ------------------------------------------------------------- encoding */

static size_t
put_count(uint8_t *k, size_t o, int z)
{
	if (z < ZEROS_LONG - ZEROS_BASE)
		k[o++] = (uint8_t) (ZEROS_BASE + z);
	else
	{
		k[o++] = ZEROS_LONG;
		k[o++] = (uint8_t) (z >> 8);
		k[o++] = (uint8_t) (z & 0xFF);
	}
	return o;
}

static size_t
put_number(uint8_t *k, size_t o, const char *s, int len)
{
	int			i = 0;
	int			any_zeros = 0;

	while (i < len)
	{
		int			start = i;
		int			zeros = 0;
		int			n;

		if (!cp_is_digit(s[i]))
		{
			k[o++] = (uint8_t) s[i++];
			continue;
		}
		while (i < len && cp_is_digit(s[i]))
			i++;
		while (start + zeros < i - 1 && s[start + zeros] == '0')
			zeros++;
		any_zeros |= zeros > 0;
		n = i - start - zeros;
		if (n <= NAME_MAX_SHORT)
			k[o++] = (uint8_t) (NAME_RUN + n);
		else
		{
			k[o++] = NAME_LONG_RUN;
			k[o++] = (uint8_t) (n >> 8);
			k[o++] = (uint8_t) (n & 0xFF);
		}
		memcpy(k + o, s + start + zeros, (size_t) n);
		o += (size_t) n;
	}
	if (any_zeros)
	{
		/* the tie-break: every run's leading zeros, in order */
		k[o++] = NAME_ZEROS;
		for (i = 0; i < len;)
		{
			int			zeros = 0;
			int			start = i;

			if (!cp_is_digit(s[i]))
			{
				i++;
				continue;
			}
			while (i < len && cp_is_digit(s[i]))
				i++;
			while (start + zeros < i - 1 && s[start + zeros] == '0')
				zeros++;
			o = put_count(k, o, zeros);
		}
	}
	k[o++] = LR_KEY_END;
	return o;
}

/* A name or date as written, then END (just END when absent). */
static size_t
put_raw(uint8_t *k, size_t o, lr_span sp)
{
	if (sp.ptr)
	{
		memcpy(k + o, sp.ptr, (size_t) sp.len);
		o += (size_t) sp.len;
	}
	k[o++] = LR_KEY_END;
	return o;
}

cp_status
lr_encode(const lr_parts *parts, uint8_t *key, size_t *key_len, cp_error *err)
{
	size_t		o = 0;
	size_t		cp_len;

	key[o++] = (uint8_t) parts->country[0];
	key[o++] = (uint8_t) parts->country[1];
	o = put_raw(key, o, parts->locality);
	o = put_raw(key, o, parts->doctype);
	o = put_raw(key, o, parts->subtype);
	o = put_raw(key, o, parts->actor);
	o = put_raw(key, o, parts->date);
	o = put_number(key, o, parts->number.ptr, parts->number.len);
	if (parts->language[0])
	{
		key[o++] = LR_TAG_EXPRESSION;
		memcpy(key + o, parts->language, 3);
		o += 3;
		switch (parts->version)
		{
			case LR_VERSION_ORIGINAL:
				key[o++] = V_ORIGINAL;
				break;
			case LR_VERSION_AMENDED:
				if (cp_is_digit(parts->version_label.ptr[0]))
				{
					key[o++] = V_AMENDED_DATE;
					o = put_raw(key, o, parts->version_label);
				}
				else
				{
					key[o++] = V_AMENDED_LABEL;
					o = put_raw(key, o, parts->version_label);
				}
				break;
			case LR_VERSION_CURRENT:
				key[o++] = V_CURRENT;
				break;
			case LR_VERSION_IN_FORCE:
				key[o++] = V_IN_FORCE;
				o = put_raw(key, o, parts->version_label);
				break;
			case LR_VERSION_ANY:
				key[o++] = V_ANY;
				break;
		}
	}
	if (parts->component.ptr)
	{
		/* one level per name, so "!a" contains "!a/b" */
		const char *c = parts->component.ptr;
		const char *end = c + parts->component.len;

		while (c < end)
		{
			const char *slash = memchr(c, '/', (size_t) (end - c));
			lr_span		name = {c, (int) ((slash ? slash : end) - c)};

			key[o++] = LR_TAG_COMPONENT;
			o = put_raw(key, o, name);
			c += name.len + 1;
		}
	}
	if (parts->portion.ptr)
	{
		key[o++] = LR_TAG_PORTION;
		if (cp_parse_eid(parts->portion.ptr, (size_t) parts->portion.len, key + o, &cp_len, err) != CP_OK)
			return err->status;
		o += cp_len;
		if (parts->portion_end.ptr)
		{
			key[o++] = LR_TAG_RANGE;
			if (cp_parse_eid(parts->portion_end.ptr, (size_t) parts->portion_end.len, key + o, &cp_len, err) != CP_OK)
				return err->status;
			o += cp_len;
		}
	}
	if (parts->format.ptr)
	{
		key[o++] = LR_TAG_FORMAT;
		o = put_raw(key, o, parts->format);
	}
	*key_len = o;
	return CP_OK;
}

/* ------------------------------------------------------------- decoding */

typedef struct cursor
{
	const uint8_t *k;
	size_t		len;
	size_t		pos;
} cursor;

/* Which characters a name may hold, besides digit runs. */
typedef enum name_kind
{
	NAME_NUMBER,				/* letters, '-', '_', '.' and digit runs */
	NAME_PLAIN,					/* letters, digits, '-', '_', '.' */
	NAME_COMPONENT,				/* letters, digits, '-', '_' */
	NAME_FORMAT					/* lowercase letters and digits */
} name_kind;

static int
name_char_ok(uint8_t c, name_kind kind)
{
	if (cp_is_alpha((char) c))
		return kind != NAME_FORMAT || (c >= 'a' && c <= 'z');
	if (cp_is_digit((char) c))
		return kind != NAME_NUMBER;
	if (kind == NAME_FORMAT)
		return 0;
	return c == '-' || c == '_' || (c == '.' && kind != NAME_COMPONENT);
}

/* A run's count of leading zeros in the trailer; -1 if malformed. */
static int
get_count(cursor *c)
{
	int			z;

	if (c->pos >= c->len || c->k[c->pos] < ZEROS_BASE)
		return -1;
	if (c->k[c->pos] != ZEROS_LONG)
		return c->k[c->pos++] - ZEROS_BASE;
	if (c->pos + 3 > c->len)
		return -1;
	z = (c->k[c->pos + 1] << 8) | c->k[c->pos + 2];
	c->pos += 3;
	return z >= ZEROS_LONG - ZEROS_BASE && z <= LR_MAX_INPUT ? z : -1;
}

/*
 * Read a name up to its END into out (capacity cap); its length, or -1 if
 * the bytes are not a name this encoder writes.
 */
static int
get_name(cursor *c, name_kind kind, char *out, int cap)
{
	int			o = 0;
	int			after_run = 0;
	int			runs = 0;
	int			run_at[LR_MAX_INPUT / 2 + 1];	/* where each run starts in out */
	int			zeros[LR_MAX_INPUT / 2 + 1];
	int			total = 0;
	int			trailer = 0;

	while (c->pos < c->len)
	{
		uint8_t		b = c->k[c->pos++];
		int			n;

		if (b == LR_KEY_END)
			return o;
		if (b == NAME_ZEROS && kind == NAME_NUMBER && runs > 0)
		{
			trailer = 1;
			break;
		}
		if (kind != NAME_NUMBER || b < NAME_RUN + 1 || b > NAME_LONG_RUN)
		{
			if (!name_char_ok(b, kind) || o + 1 > cap)
				return -1;
			out[o++] = (char) b;
			after_run = 0;
			continue;
		}
		if (after_run)
			return -1;			/* two runs in a row are one run */
		if (b == NAME_LONG_RUN)
		{
			if (c->pos + 2 > c->len)
				return -1;
			n = (c->k[c->pos] << 8) | c->k[c->pos + 1];
			c->pos += 2;
			if (n <= NAME_MAX_SHORT || n > LR_MAX_INPUT)
				return -1;
		}
		else
			n = b - NAME_RUN;
		if (c->pos + (size_t) n > c->len || (n > 1 && c->k[c->pos] == '0') ||
			!cp_all_digits((const char *) c->k + c->pos, n) || o + n > cap)
			return -1;
		memcpy(out + o, c->k + c->pos, (size_t) n);
		run_at[runs++] = o;
		o += n;
		c->pos += (size_t) n;
		after_run = 1;
	}
	if (!trailer)
		return -1;				/* no END */

	/* the trailer: each run's leading zeros, then END */
	for (int r = 0; r < runs; r++)
	{
		if ((zeros[r] = get_count(c)) < 0 || o + total + zeros[r] > cap)
			return -1;
		total += zeros[r];
	}
	if (total == 0 || c->pos >= c->len || c->k[c->pos++] != LR_KEY_END)
		return -1;				/* a trailer only when needed, then END */
	/* put the zeros back: move the text right, run by run from the last */
	for (int r = runs - 1, end = o; r >= 0; r--)
	{
		int			from = run_at[r];

		memmove(out + from + total, out + from, (size_t) (end - from));
		total -= zeros[r];
		memset(out + from + total, '0', (size_t) zeros[r]);
		end = from;
	}
	for (int r = 0; r < runs; r++)
		o += zeros[r];
	return o;
}

/* A date as written, YYYY[-MM[-DD]], up to its END. */
static int
get_date(cursor *c, char *out)
{
	const uint8_t *p = c->k + c->pos;
	const uint8_t *end = memchr(p, LR_KEY_END, c->len - c->pos);
	int			n;

	if (!end)
		return -1;
	n = (int) (end - p);
	if ((n != 4 && n != 7 && n != 10) || !cp_all_digits((const char *) p, 4))
		return -1;
	for (int i = 4; i < n; i += 3)
		if (p[i] != '-' || !cp_all_digits((const char *) p + i + 1, 2))
			return -1;
	if (n > 4 && lr_check_ymd((p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0'),
							  (p[5] - '0') * 10 + (p[6] - '0'),
							  n == 10 ? (p[8] - '0') * 10 + (p[9] - '0') : 1) != 0)
		return -1;
	if (out)
		memcpy(out, p, (size_t) n);
	c->pos += (size_t) n + 1;
	return n;
}

/* The bytes of a clause_path key: whole components, up to a tag or the end. */
static int
skip_clause_path(cursor *c)
{
	size_t		start = c->pos;

	for (;;)
	{
		const uint8_t *end;

		if (c->pos >= c->len || c->k[c->pos] < 0x20)
			return c->pos > start ? 0 : -1;
		end = memchr(c->k + c->pos, CP_KEY_END, c->len - c->pos);
		if (!end)
			return -1;
		c->pos = (size_t) (end - c->k) + 1;
	}
}

/*
 * Walk a key, filling levels and, when parts is not NULL, the parts (their
 * text in buf).  The one reader of keys, so that lr_key_levels and lr_decode
 * agree on what a valid key is.
 */
static int
walk(const uint8_t *key, size_t key_len, lr_levels *lv, lr_parts *parts, char *buf)
{
	cursor		c = {key, key_len, 0};
	lr_parts	scratch_parts;
	char		scratch[LR_DECODE_BUF];
	char	   *b;
	int			n;

	/* names are always decoded, to check them; into the caller's buffer or ours */
	if (!parts)
	{
		parts = &scratch_parts;
		buf = scratch;
	}
	memset(parts, 0, sizeof(*parts));
	b = buf;

#define NAME(field, kind, required) \
	do { \
		n = get_name(&c, (kind), b, LR_MAX_INPUT - (int) (b - buf)); \
		if (n < 0 || ((required) && n == 0)) \
			return -1; \
		if (n > 0) \
		{ \
			parts->field.ptr = b; \
			parts->field.len = n; \
			b += n; \
		} \
	} while (0)
#define DATE(field) \
	do { \
		if ((n = get_date(&c, b)) < 0) \
			return -1; \
		parts->field.ptr = b; \
		parts->field.len = n; \
		b += n; \
	} while (0)

	/* the form of a country code; which codes exist is the parser's business */
	if (key_len < 2 || !(key[0] >= 'a' && key[0] <= 'z') || !(key[1] >= 'a' && key[1] <= 'z'))
		return -1;
	parts->country[0] = (char) key[0];
	parts->country[1] = (char) key[1];
	c.pos = 2;
	NAME(locality, NAME_PLAIN, 0);
	NAME(doctype, NAME_PLAIN, 1);
	for (int i = 0; i < n; i++)
		if (!cp_is_alpha(parts->doctype.ptr[i]))
			return -1;			/* a document type is an element name */
	/* a digit starts the date, so neither a subtype nor an actor */
	if (c.pos < key_len && cp_is_digit((char) key[c.pos]))
		return -1;
	NAME(subtype, NAME_PLAIN, 0);
	if (c.pos < key_len && cp_is_digit((char) key[c.pos]))
		return -1;
	NAME(actor, NAME_PLAIN, 0);
	if (parts->actor.ptr && !parts->subtype.ptr)
		return -1;				/* an actor only after a subtype */
	DATE(date);
	NAME(number, NAME_NUMBER, 1);
	if (lr_ends_like_format(parts->number.ptr, parts->number.len))
		return -1;
	lv->work_end = c.pos;

	if (c.pos < key_len && key[c.pos] == LR_TAG_EXPRESSION)
	{
		const uint8_t *l = key + c.pos + 1;

		if (c.pos + 5 > key_len)
			return -1;
		for (int i = 0; i < 3; i++)
			if (!(l[i] >= 'a' && l[i] <= 'z'))
				return -1;
		memcpy(parts->language, l, 3);
		c.pos += 5;
		switch (l[3])
		{
			case V_ORIGINAL:
				parts->version = LR_VERSION_ORIGINAL;
				break;
			case V_AMENDED_DATE:
				DATE(version_label);
				parts->version = LR_VERSION_AMENDED;
				break;
			case V_AMENDED_LABEL:
				if (c.pos < key_len && cp_is_digit((char) key[c.pos]))
					return -1;	/* a label never starts with a digit */
				NAME(version_label, NAME_PLAIN, 1);
				if (lr_ends_like_format(parts->version_label.ptr, parts->version_label.len))
					return -1;
				parts->version = LR_VERSION_AMENDED;
				break;
			case V_CURRENT:
				break;
			case V_IN_FORCE:
				DATE(version_label);
				parts->version = LR_VERSION_IN_FORCE;
				break;
			case V_ANY:
				parts->version = LR_VERSION_ANY;
				break;
			default:
				return -1;
		}
	}
	lv->expression_end = c.pos;

	/* nested components, one level each, joined by '/' in the text */
	while (c.pos < key_len && key[c.pos] == LR_TAG_COMPONENT)
	{
		char	   *name_at;

		c.pos++;
		if (parts->component.ptr)
		{
			if (b - buf + 1 > LR_MAX_INPUT)
				return -1;
			*b++ = '/';
		}
		name_at = b;
		n = get_name(&c, NAME_COMPONENT, b, LR_MAX_INPUT - (int) (b - buf));
		if (n <= 0)
			return -1;
		b += n;
		if (!parts->component.ptr)
			parts->component.ptr = name_at;
		parts->component.len = (int) (b - parts->component.ptr);
	}
	lv->component_end = c.pos;

	lv->portion_start = lv->portion_end = lv->range_start = lv->range_end = c.pos;
	if (c.pos < key_len && key[c.pos] == LR_TAG_PORTION)
	{
		lv->portion_start = ++c.pos;
		if (skip_clause_path(&c) < 0)
			return -1;
		lv->portion_end = lv->range_start = lv->range_end = c.pos;
		if (c.pos < key_len && key[c.pos] == LR_TAG_RANGE)
		{
			lv->range_start = ++c.pos;
			if (skip_clause_path(&c) < 0)
				return -1;
			lv->range_end = c.pos;
			/* as lr_parse_akn requires: forward, neither end inside the other */
			if (cp_compare(key + lv->portion_start, lv->portion_end - lv->portion_start,
						   key + lv->range_start, lv->range_end - lv->range_start) >= 0 ||
				cp_is_ancestor_or_self(key + lv->portion_start, lv->portion_end - lv->portion_start,
									   key + lv->range_start, lv->range_end - lv->range_start))
				return -1;
		}
	}

	lv->format_start = c.pos;
	if (c.pos < key_len && key[c.pos] == LR_TAG_FORMAT)
	{
		c.pos++;
		NAME(format, NAME_FORMAT, 1);
		if (!(parts->format.ptr[0] >= 'a' && parts->format.ptr[0] <= 'z'))
			return -1;			/* a format starts with a letter */
	}
	return c.pos == key_len ? 0 : -1;
#undef NAME
#undef DATE
}

int
lr_key_levels(const uint8_t *key, size_t key_len, lr_levels *levels)
{
	return walk(key, key_len, levels, NULL, NULL);
}

/* The canonical text's length, without writing it (lr_format's layout). */
static size_t
formatted_length(const lr_parts *p)
{
	size_t		n = 4 + 1 + 2;	/* "/akn/" country */

#define OPT(sp, sep) ((sp).ptr ? (size_t) (sp).len + (sep) : 0)
	n += OPT(p->locality, 1) + OPT(p->doctype, 1) + OPT(p->subtype, 1) + OPT(p->actor, 1);
	n += OPT(p->date, 1) + OPT(p->number, 1);
	if (p->language[0])
		n += 4 + (p->version != LR_VERSION_CURRENT ? 1 + OPT(p->version_label, 0) : 0);
	n += (p->component.ptr || p->portion.ptr) ? 1 : 0;
	n += OPT(p->component, 1) + OPT(p->portion, 1) + OPT(p->portion_end, 2) + OPT(p->format, 1);
#undef OPT
	return n;
}

int
lr_decode(const uint8_t *key, size_t key_len, lr_parts *parts, char *buf)
{
	lr_levels	lv;
	char	   *eids = buf + LR_MAX_INPUT + 8;
	int			n;

	if (walk(key, key_len, &lv, parts, buf) < 0)
		return -1;
	if (lv.portion_end > lv.portion_start)
	{
		if ((n = cp_format(key + lv.portion_start, lv.portion_end - lv.portion_start, eids)) < 0)
			return -1;
		parts->portion.ptr = eids;
		parts->portion.len = n;
		eids += n + 1;
	}
	if (lv.range_end > lv.range_start)
	{
		if ((n = cp_format(key + lv.range_start, lv.range_end - lv.range_start, eids)) < 0)
			return -1;
		parts->portion_end.ptr = eids;
		parts->portion_end.len = n;
	}
	return formatted_length(parts) <= LR_MAX_INPUT ? 0 : -1;
}

/* ---------------------------------------------------- containment, ranges */

/* Does portion (or range end) x end inside the subtree ending with last?  (cp keys) */
static int
ends_within(const uint8_t *x, size_t x_len, const uint8_t *last, size_t last_len)
{
	/* inside last's subtree, or before last and not an ancestor of it (which runs past it) */
	return cp_is_ancestor_or_self(last, last_len, x, x_len) ||
		(cp_compare(x, x_len, last, last_len) < 0 && !cp_is_ancestor_or_self(x, x_len, last, last_len));
}

int
lr_contains(const uint8_t *a, size_t a_len, const uint8_t *b, size_t b_len)
{
	lr_levels	la;
	lr_levels	lb;
	int			a_has_portion;

	/* what a contains shares a's key up to its portion: most pairs stop here */
	if (lr_key_levels(a, a_len, &la) < 0 || b_len < la.portion_start ||
		memcmp(a, b, la.portion_start) != 0)
		return 0;
	if (la.format_start < a_len)
		return a_len == b_len && memcmp(a, b, a_len) == 0;
	if (lr_key_levels(b, b_len, &lb) < 0)
		return 0;
	a_has_portion = la.portion_end > la.portion_start;

	if (la.range_end > la.range_start)
	{
		/* a range: b's portion from a's first eId to the end of a's last */
		const uint8_t *b_last = b + (lb.range_end > lb.range_start ? lb.range_start : lb.portion_start);
		size_t		b_last_len = lb.range_end > lb.range_start ? lb.range_end - lb.range_start
			: lb.portion_end - lb.portion_start;

		return lb.portion_start == la.portion_start && lb.portion_end > lb.portion_start &&
			cp_compare(a + la.portion_start, la.portion_end - la.portion_start,
					   b + lb.portion_start, lb.portion_end - lb.portion_start) <= 0 &&
			ends_within(b_last, b_last_len, a + la.range_start, la.range_end - la.range_start);
	}

	/* a work, expression, component or single portion: a prefix of b's key */
	if (a_len > b_len || memcmp(a, b, a_len) != 0)
		return 0;
	/* a portion contains a range only if the range's last eId is inside it too */
	if (a_has_portion && lb.range_end > lb.range_start)
		return cp_is_ancestor_or_self(a + la.portion_start, la.portion_end - la.portion_start,
									  b + lb.range_start, lb.range_end - lb.range_start);
	return 1;
}

void
lr_subtree_bounds(const uint8_t *a, size_t a_len,
				  uint8_t *start, size_t *start_len,
				  uint8_t *end, size_t *end_len)
{
	lr_levels	la;

	if (lr_key_levels(a, a_len, &la) < 0 || la.format_start < a_len)
	{
		/* only a itself: [a, a 0x00) */
		memcpy(start, a, a_len);
		*start_len = a_len;
		memcpy(end, a, a_len);
		end[a_len] = 0x00;
		*end_len = a_len + 1;
		return;
	}
	if (la.range_end > la.range_start)
	{
		/* from the first eId itself to past the last eId's subtree */
		size_t		e = la.range_end - la.range_start;

		memcpy(start, a, la.portion_end);
		*start_len = la.portion_end;
		memcpy(end, a, la.portion_start);
		memcpy(end + la.portion_start, a + la.range_start, e);
		end[la.portion_start + e - 1]++;
		*end_len = la.portion_start + e;
		return;
	}
	/* every key that starts with a: its last byte (END or a version) raised */
	memcpy(start, a, a_len);
	*start_len = a_len;
	memcpy(end, a, a_len);
	end[a_len - 1]++;
	*end_len = a_len;
}
