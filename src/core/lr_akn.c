/*
 * lr_akn.c — reading and writing Akoma Ntoso FRBR URIs (see lexref.h).
 *
 *   [/akn] /country[-locality] /doctype [/subtype [/actor]] /date /number
 *          [/language[version]] [/ [!component] [~portion]] [.format]
 *
 * The reader works left to right on '/'-separated segments.  What separates a
 * subtype or actor from the date is the first character: a digit starts a
 * date.  The component and portion are found first, since a component may
 * itself hold '/' ("!schedule1/schedule2"); the format last, at the very end.
 */
#include "lexref.h"
#include "lr_iso.h"
#include "cp_text.h"

#include <stdio.h>
#include <string.h>

/* The errors about vocabularies rather than syntax: see lr_is_vocabulary_error. */
#define VOCABULARY_COUNTRY		"Unknown country code"
#define VOCABULARY_DOCTYPE		"Expected an Akoma Ntoso document type"
#define VOCABULARY_LANGUAGE		"Unknown language code"
#define VOCABULARY_TERMINOLOGY	"Expected the ISO 639-2/T code"

int
lr_is_vocabulary_error(const cp_error *err)
{
	static const char *const prefixes[] = {
		VOCABULARY_COUNTRY, VOCABULARY_DOCTYPE, VOCABULARY_LANGUAGE, VOCABULARY_TERMINOLOGY,
	};

	for (size_t i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++)
		if (strncmp(err->detail, prefixes[i], strlen(prefixes[i])) == 0)
			return 1;
	return 0;
}

/* Codes that are not ISO 3166-1 countries but issue law the data needs. */
static const char *const international_codes[] = {"eu", "un"};

/* Akoma Ntoso document types (the names of its document elements). */
static const char *const doctypes[] = {
	"act", "amendment", "amendmentList", "bill", "debate", "debateReport", "doc",
	"documentCollection", "judgment", "officialGazette", "portion", "statement",
};

typedef struct reader
{
	const char *s;				/* the whole input, for positions */
	cp_error   *err;
} reader;

static cp_status
fail(reader *r, const char *at, const char *detail)
{
	r->err->status = CP_SYNTAX;
	r->err->position = cp_char_position(r->s, (size_t) (at - r->s));
	snprintf(r->err->detail, sizeof(r->err->detail), "%s", detail);
	return CP_SYNTAX;
}

static lr_span
span(const char *ptr, int len)
{
	lr_span		sp = {ptr, len};

	return sp;
}

/* Characters of a name segment (subtype, actor, number, locality, label). */
int
lr_ends_like_format(const char *s, int len)
{
	int			i = len;

	while (i > 0 && ((s[i - 1] >= 'a' && s[i - 1] <= 'z') || cp_is_digit(s[i - 1])))
		i--;
	return i > 0 && i < len && s[i - 1] == '.' && s[i] >= 'a' && s[i] <= 'z';
}

/* Refuse a number or label that ends like a format (see lexref.h). */
static cp_status
check_not_format_like(reader *r, const char *p, int len, const char *what)
{
	char		msg[128];
	int			dot = len - 1;

	if (!lr_ends_like_format(p, len))
		return CP_OK;
	while (p[dot] != '.')
		dot--;
	snprintf(msg, sizeof(msg), "Expected a %s that does not end in \".letters\", which reads as a format", what);
	return fail(r, p + dot, msg);
}

static int
is_name_char(char c)
{
	return cp_is_alnum(c) || c == '-' || c == '_' || c == '.';
}

static const char *
check_name(const char *p, int len)
{
	for (int i = 0; i < len; i++)
		if (!is_name_char(p[i]))
			return p + i;
	return NULL;
}

static int
two_digits(const char *p)
{
	return (p[0] - '0') * 10 + (p[1] - '0');
}

/* YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date. */
static cp_status
check_date(reader *r, const char *p, int len)
{
	int			year;
	int			month;
	int			day;

	if (len < 4 || !cp_all_digits(p, 4) || (len > 4 && p[4] != '-'))
		return fail(r, p, "Expected a 4-digit year");
	year = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + two_digits(p + 2);
	if (len == 4)
		return CP_OK;
	if (len < 7 || !cp_all_digits(p + 5, 2) || (len > 7 && p[7] != '-'))
		return fail(r, p + 5, "Expected a 2-digit month after the year");
	month = two_digits(p + 5);
	if (lr_check_ymd(year, month, 1) != 0)
		return fail(r, p + 5, "Expected a month from 01 to 12");
	if (len == 7)
		return CP_OK;
	if (len != 10 || !cp_all_digits(p + 8, 2))
		return fail(r, p + 8, "Expected a 2-digit day after the month");
	day = two_digits(p + 8);
	if (lr_check_ymd(year, month, day) != 0)
		return fail(r, p + 8, "Expected a day that exists in that month");
	return CP_OK;
}

static int
is_jurisdiction_code(const char *p)
{
	if (lr_country_by_alpha2(p, 2) != NULL)
		return 1;
	for (size_t i = 0; i < sizeof(international_codes) / sizeof(international_codes[0]); i++)
		if (memcmp(international_codes[i], p, 2) == 0)
			return 1;
	return 0;
}

static int
is_doctype(const char *p, int len)
{
	for (size_t i = 0; i < sizeof(doctypes) / sizeof(doctypes[0]); i++)
		if ((int) strlen(doctypes[i]) == len && memcmp(doctypes[i], p, (size_t) len) == 0)
			return 1;
	return 0;
}

static cp_status
read_country(reader *r, const char *p, int len, lr_parts *parts)
{
	const char *dash = memchr(p, '-', (size_t) len);
	int			code_len = dash ? (int) (dash - p) : len;
	if (code_len != 2 || !(p[0] >= 'a' && p[0] <= 'z') || !(p[1] >= 'a' && p[1] <= 'z'))
		return fail(r, p, "Expected a two-letter lowercase country code (ISO 3166-1 alpha-2)");
	if (!is_jurisdiction_code(p))
	{
		char		msg[96];

		snprintf(msg, sizeof(msg), VOCABULARY_COUNTRY " \"%.2s\" (not an assigned ISO 3166-1 code, nor eu or un)", p);
		return fail(r, p, msg);
	}
	memcpy(parts->country, p, 2);
	parts->country[2] = '\0';
	if (dash)
	{
		const char *bad;

		parts->locality = span(dash + 1, len - code_len - 1);
		if (parts->locality.len == 0)
			return fail(r, dash + 1, "Expected a locality after \"-\"");
		if ((bad = check_name(dash + 1, parts->locality.len)) != NULL)
			return fail(r, bad, "Expected a letter, digit, \"-\", \"_\" or \".\" in the locality");
	}
	return CP_OK;
}

static cp_status
read_doctype(reader *r, const char *p, int len, lr_parts *parts)
{
	if (!is_doctype(p, len))
		return fail(r, p, VOCABULARY_DOCTYPE " (act, bill, judgment, doc, ...)");
	parts->doctype = span(p, len);
	return CP_OK;
}

/* language[version]: "rus", "eng@", "eng@2012-04-26", "eng@first", "eng:2015-01-01", "eng:" */
static cp_status
read_expression(reader *r, const char *p, int len, lr_parts *parts)
{
	const char *v = p + 3;
	int			vlen = len - 3;
	const lr_language *lang;
	cp_status	st;

	if (len < 3 || !(p[0] >= 'a' && p[0] <= 'z') || !(p[1] >= 'a' && p[1] <= 'z') ||
		!(p[2] >= 'a' && p[2] <= 'z') || (len > 3 && p[3] != '@' && p[3] != ':'))
		return fail(r, p, "Expected a three-letter language code (ISO 639-2/3), or \"!\" before a component");
	if ((lang = lr_language_by_code(p, 3)) == NULL)
		return fail(r, p, VOCABULARY_LANGUAGE " (not in ISO 639-2 or 639-3)");
	if (memcmp(lang->code, lang->terminology, 3) != 0)
	{
		/* one language, one spelling: "fre" and "fra" must not be two references */
		char		msg[96];

		snprintf(msg, sizeof(msg), VOCABULARY_TERMINOLOGY " \"%.3s\", not the bibliographic \"%.3s\"",
				 lang->terminology, lang->code);
		return fail(r, p, msg);
	}
	memcpy(parts->language, p, 3);
	parts->language[3] = '\0';
	if (vlen == 0)
		return CP_OK;
	if (vlen == 1)
	{
		parts->version = v[0] == '@' ? LR_VERSION_ORIGINAL : LR_VERSION_ANY;
		return CP_OK;
	}
	parts->version_label = span(v + 1, vlen - 1);
	if (v[0] == ':')
	{
		parts->version = LR_VERSION_IN_FORCE;
		if (!cp_is_digit(v[1]))
			return fail(r, v + 1, "Expected a date after \":\" (the version in force at that date), or nothing (any version)");
		return check_date(r, v + 1, vlen - 1);
	}
	parts->version = LR_VERSION_AMENDED;
	if (cp_is_digit(v[1]))
		return check_date(r, v + 1, vlen - 1);
	if ((st = (check_name(v + 1, vlen - 1) ? CP_SYNTAX : CP_OK)) != CP_OK)
		return fail(r, check_name(v + 1, vlen - 1), "Expected a letter, digit, \"-\", \"_\" or \".\" in the version label");
	return check_not_format_like(r, v + 1, vlen - 1, "version label");
}

/*
 * An eId error counts positions within the eId: count them in the URI instead,
 * and point at the eId itself for errors without a position (limits).
 */
static cp_status
shift_eid_error(reader *r, const char *eid)
{
	int			base = cp_char_position(r->s, (size_t) (eid - r->s));

	r->err->position = r->err->position > 0 ? r->err->position + base - 1 : base;
	return r->err->status;
}

/* "!component[~portion]" or "~portion", after the last '/' of the head */
static cp_status
read_tail(reader *r, const char *p, int len, lr_parts *parts)
{
	const char *end = p + len;
	const char *tilde = memchr(p, '~', (size_t) len);
	uint8_t		key[CP_MAX_KEY];
	size_t		key_len;
	uint8_t		end_key[CP_MAX_KEY];
	size_t		end_key_len;

	if (*p == '!')
	{
		const char *c = p + 1;
		const char *c_end = tilde ? tilde : end;

		parts->component = span(c, (int) (c_end - c));
		if (parts->component.len == 0)
			return fail(r, c, "Expected a component name after \"!\"");
		for (const char *q = c; q < c_end; q++)
		{
			if (*q == '/' && (q == c || q + 1 == c_end || q[1] == '/'))
				return fail(r, q, "Expected a component name on both sides of \"/\"");
			if (*q != '/' && !cp_is_alnum(*q) && *q != '_' && *q != '-')
				return fail(r, q, "Expected a letter, digit, \"_\" or \"-\" in the component");
		}
	}
	if (tilde)
	{
		const char *q = tilde + 1;
		const char *arrow = NULL;

		for (const char *a = q; a + 1 < end; a++)
			if (a[0] == '-' && a[1] == '>')
			{
				arrow = a;
				break;
			}
		parts->portion = span(q, (int) ((arrow ? arrow : end) - q));
		if (arrow)
			parts->portion_end = span(arrow + 2, (int) (end - arrow - 2));
		if (parts->portion.len == 0)
			return fail(r, q, "Expected an eId after \"~\"");
		if (cp_parse_eid(parts->portion.ptr, (size_t) parts->portion.len, key, &key_len, r->err) != CP_OK)
			return shift_eid_error(r, q);
		if (arrow)
		{
			if (parts->portion_end.len == 0)
				return fail(r, arrow + 2, "Expected an eId after \"->\"");
			if (cp_parse_eid(parts->portion_end.ptr, (size_t) parts->portion_end.len, end_key, &end_key_len, r->err) != CP_OK)
				return shift_eid_error(r, arrow + 2);
			/* a range runs forward and neither end contains the other */
			if (cp_compare(key, key_len, end_key, end_key_len) >= 0 ||
				cp_is_ancestor_or_self(key, key_len, end_key, end_key_len) ||
				cp_is_ancestor_or_self(end_key, end_key_len, key, key_len))
				return fail(r, arrow + 2, "Expected the end of a range after its start and outside it");
		}
	}
	return CP_OK;
}

cp_status
lr_begin_input(size_t length, size_t grows_by, cp_error *err)
{
	err->status = CP_OK;
	err->position = 0;
	err->detail[0] = '\0';
	if (length + grows_by <= LR_MAX_INPUT)
		return CP_OK;
	err->status = CP_LIMIT;
	snprintf(err->detail, sizeof(err->detail), "A lexref input has at most %d characters", LR_MAX_INPUT);
	return CP_LIMIT;
}

static int
has_akn_prefix(const char *s, size_t len)
{
	return len >= 4 && memcmp(s, "/akn", 4) == 0 && (len == 4 || s[4] == '/');
}

cp_status
lr_parse_akn(const char *input, size_t input_len, lr_parts *parts, cp_error *err)
{
	reader		r = {input, err};
	const char *p = input;
	const char *end = input + input_len;
	const char *tail = NULL;
	const char *uri_end;
	const char *seg[8];
	int			seg_len[8];
	int			n = 0;
	int			i;
	cp_status	st;

	memset(parts, 0, sizeof(*parts));
	/* the limit is on the canonical form: always "/akn", no trailing "/" */
	if (lr_begin_input(input_len - (input_len > 1 && input[input_len - 1] == '/'),
					   has_akn_prefix(input, input_len) ? 0 : 4, err) != CP_OK)
		return CP_LIMIT;
	if (has_akn_prefix(input, input_len))
		p += 4;
	if (p >= end || *p != '/')
		return fail(&r, p, "Expected \"/\" to start the URI");
	p++;
	if (end > p && end[-1] == '/')
		end--;					/* one trailing slash is ignored */

	/* format: ".name" at the very end, after the last '/' */
	for (const char *q = end - 1; q > p && *q != '/'; q--)
	{
		if (*q == '.')
		{
			const char *f = q + 1;

			if (f < end && *f >= 'a' && *f <= 'z')
			{
				int			ok = 1;

				for (const char *x = f; x < end; x++)
					ok &= (*x >= 'a' && *x <= 'z') || cp_is_digit(*x);
				if (ok)
				{
					parts->format = span(f, (int) (end - f));
					end = q;
				}
			}
			break;
		}
	}

	uri_end = end;

	/* the tail: the first segment that starts with '!' or '~' */
	for (const char *q = p; q < end; q++)
		if ((*q == '!' || *q == '~') && q[-1] == '/')
		{
			tail = q;
			end = q - 1;
			break;
		}

	/* head segments */
	while (p <= end)
	{
		const char *slash = memchr(p, '/', (size_t) (end - p));
		const char *seg_end = slash ? slash : end;

		if (n == 8)
			return fail(&r, p, "Expected at most: country, type, subtype, actor, date, number, language");
		seg[n] = p;
		seg_len[n] = (int) (seg_end - p);
		if (seg_len[n] == 0)
			return fail(&r, p, "Expected a segment between \"/\" and \"/\"");
		n++;
		if (!slash)
			break;
		p = slash + 1;
	}
	if (n == 0)
		return fail(&r, p, "Expected a two-letter lowercase country code (ISO 3166-1 alpha-2)");
	if ((st = read_country(&r, seg[0], seg_len[0], parts)) != CP_OK)
		return st;
	if (n < 2)
		return fail(&r, end, "Expected a document type after the country");
	if ((st = read_doctype(&r, seg[1], seg_len[1], parts)) != CP_OK)
		return st;
	for (i = 2; i < n && !cp_is_digit(seg[i][0]); i++)
	{
		const char *bad = check_name(seg[i], seg_len[i]);

		if (i == 4)
			return fail(&r, seg[i], "Expected a date (a subtype and an actor at most come before it)");
		if (bad)
			return fail(&r, bad, "Expected a letter, digit, \"-\", \"_\" or \".\" in the subtype or actor");
		if (i == 2)
			parts->subtype = span(seg[i], seg_len[i]);
		else
			parts->actor = span(seg[i], seg_len[i]);
	}
	if (i >= n)
		return fail(&r, end, "Expected a date");
	if ((st = check_date(&r, seg[i], seg_len[i])) != CP_OK)
		return st;
	parts->date = span(seg[i], seg_len[i]);
	if (++i >= n)
		return fail(&r, end, "Expected the number after the date (\"nn\" when the act has none)");
	{
		const char *bad = check_name(seg[i], seg_len[i]);

		if (bad)
			return fail(&r, bad, "Expected a letter, digit, \"-\", \"_\" or \".\" in the number");
	}
	if ((st = check_not_format_like(&r, seg[i], seg_len[i], "number")) != CP_OK)
		return st;
	parts->number = span(seg[i], seg_len[i]);
	if (++i < n && (st = read_expression(&r, seg[i], seg_len[i], parts)) != CP_OK)
		return st;
	if (i + 1 < n)
		return fail(&r, seg[i + 1], "Expected \"!\" before a component or \"~\" before a portion");
	if (tail && (st = read_tail(&r, tail, (int) (uri_end - tail), parts)) != CP_OK)
		return st;
	return CP_OK;
}

/* Append s[0..len) at out[o]; the new length.  (memcpy, not sprintf: output is hot.) */
static int
put(char *out, int o, const char *s, int len)
{
	memcpy(out + o, s, (size_t) len);
	return o + len;
}

static int
put_span(char *out, int o, const char *prefix, lr_span sp)
{
	if (!sp.ptr)
		return o;
	o = put(out, o, prefix, (int) strlen(prefix));
	return put(out, o, sp.ptr, sp.len);
}

int
lr_format(const lr_parts *parts, char *out)
{
	int			o = put(out, 0, "/akn/", 5);

	o = put(out, o, parts->country, 2);
	o = put_span(out, o, "-", parts->locality);
	o = put_span(out, o, "/", parts->doctype);
	o = put_span(out, o, "/", parts->subtype);
	o = put_span(out, o, "/", parts->actor);
	o = put_span(out, o, "/", parts->date);
	o = put_span(out, o, "/", parts->number);
	if (parts->language[0])
	{
		o = put(out, o, "/", 1);
		o = put(out, o, parts->language, 3);
		switch (parts->version)
		{
			case LR_VERSION_CURRENT:
				break;
			case LR_VERSION_ORIGINAL:
			case LR_VERSION_AMENDED:
				o = put_span(out, put(out, o, "@", 1), "", parts->version_label);
				break;
			case LR_VERSION_IN_FORCE:
			case LR_VERSION_ANY:
				o = put_span(out, put(out, o, ":", 1), "", parts->version_label);
				break;
		}
	}
	if (parts->component.ptr || parts->portion.ptr)
		o = put(out, o, "/", 1);
	o = put_span(out, o, "!", parts->component);
	o = put_span(out, o, "~", parts->portion);
	o = put_span(out, o, "->", parts->portion_end);
	o = put_span(out, o, ".", parts->format);
	out[o] = '\0';
	return o;
}
