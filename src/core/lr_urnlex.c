/*
 * lr_urnlex.c — URN:LEX names (RFC 9676) to and from Akoma Ntoso URIs (see
 * lr_convert.h for the mapping and the decisions behind it).
 *
 *   urn:lex:{cc}[;sub|-sub]:{authority}:{measure}:{date};{number}
 *          ["@" {vdate} [":" {lang}]] ["~" {part} *(";" {part})]
 *
 * The reader goes left to right, one field at a time, and checks each field
 * as the Akoma Ntoso reader would, so that an error points into the URN the
 * user wrote rather than into the converted text.  It writes through a
 * bounded writer: partitions grow when converted ("let1" -> "point_1"), so
 * the output can outgrow the input.
 *
 * This file also holds the ISO 639-1 wrappers both converters use (URN:LEX
 * languages, Irish ELI languages) over the table of lr_iso.h.
 */
#include "lexref.h"
#include "lr_convert.h"
#include "lr_iso.h"
#include "cp_text.h"

#include <stdio.h>
#include <string.h>

/* ISO 639-1 (see lr_convert.h): the generated table of lr_iso.h does the work. */
const char *
lr_language_from_alpha2(const char *s, int len)
{
	const lr_language_alpha2 *l = lr_language_by_alpha2(s, len);

	return l == NULL ? NULL : l->alpha3;
}

const char *
lr_language_to_alpha2(const char *code3)
{
	const lr_language_alpha2 *l = lr_language_alpha2_of(code3, (int) strlen(code3));

	return l == NULL ? NULL : l->alpha2;
}

/* URN:LEX partition prefixes and the Akoma Ntoso elements they name. */
typedef struct partition_part
{
	const char *urn;			/* "par": the first of a element is what is written */
	const char *eid;			/* "para" */
	int			letter_number;	/* its number may start with a letter (leta) */
} partition_part;

static const partition_part partition_parts[] = {
	{"art", "art", 0},
	{"par", "para", 0},
	{"com", "para", 0},			/* Italian "comma": read, never written */
	{"let", "point", 1},
	{"num", "item", 0},
};

#define N_PARTITION_PARTS ((int) (sizeof(partition_parts) / sizeof(partition_parts[0])))

/* Writes into a buffer of cap bytes (with the NUL); full once it overflows. */
typedef struct writer
{
	char	   *buf;
	int			len;
	int			cap;
	int			full;
} writer;

static void
put(writer *w, const char *s, int n)
{
	if (w->full || w->len + n >= w->cap)
	{
		w->full = 1;
		return;
	}
	memcpy(w->buf + w->len, s, (size_t) n);
	w->len += n;
	w->buf[w->len] = '\0';
}

static void
put_str(writer *w, const char *s)
{
	put(w, s, (int) strlen(s));
}

static void
put_span(writer *w, lr_span sp)
{
	put(w, sp.ptr, sp.len);
}

typedef struct urn_reader
{
	const char *in;				/* the whole input, for positions */
	const char *end;
	cp_error   *err;
} urn_reader;

static cp_status
fail(urn_reader *r, const char *at, const char *detail)
{
	r->err->status = CP_SYNTAX;
	r->err->position = cp_char_position(r->in, (size_t) (at - r->in));
	snprintf(r->err->detail, sizeof(r->err->detail), "%s", detail);
	return CP_SYNTAX;
}

/* The first of the stop characters at or after p, or the end. */
static const char *
field_end(const char *p, const char *end, const char *stops)
{
	while (p < end && strchr(stops, *p) == NULL)
		p++;
	return p;
}

/* Characters of an AKN name (authority, measure, locality). */
static int
is_name_char(char c)
{
	return cp_is_alnum(c) || c == '-' || c == '_' || c == '.';
}

/* No "." in a number: at the end of an AKN URI ".name" is the format. */
static int
is_number_char(char c)
{
	return cp_is_alnum(c) || c == '-' || c == '_';
}

static int
is_lower(char c)
{
	return c >= 'a' && c <= 'z';
}

static const char *
first_bad(const char *p, const char *e, int (*ok) (char c))
{
	for (; p < e; p++)
		if (!ok(*p))
			return p;
	return NULL;
}

static int
is_country(const char *p)
{
	if (!(p[0] >= 'a' && p[0] <= 'z') || !(p[1] >= 'a' && p[1] <= 'z'))
		return 0;
	return lr_country_by_alpha2(p, 2) != NULL ||
		memcmp(p, "eu", 2) == 0 || memcmp(p, "un", 2) == 0;
}

/* {cc}, {cc};{sub} or {cc}-{sub}: the AKN "/akn/cc[-sub]/act". */
static cp_status
read_jurisdiction(urn_reader *r, const char *p, const char *e, writer *w)
{
	if (e - p < 2 || !is_country(p) || (e - p > 2 && p[2] != ';' && p[2] != '-'))
		return fail(r, p, "Expected the jurisdiction: a two-letter lowercase country code (ISO 3166-1 alpha-2), eu or un");
	put_str(w, "/akn/");
	put(w, p, 2);
	if (e - p > 2)
	{
		const char *bad = first_bad(p + 3, e, is_name_char);

		if (e - p == 3)
			return fail(r, p + 3, "Expected a sub-national jurisdiction after the country");
		if (bad)
			return fail(r, bad, "Expected a letter, digit, \"-\", \"_\" or \".\" in the sub-national jurisdiction");
		put_str(w, "-");
		put(w, p + 3, (int) (e - p - 3));
	}
	put_str(w, "/act");
	return CP_OK;
}

/* The authority or the measure: an AKN actor or subtype. */
static cp_status
read_name(urn_reader *r, const char *p, const char *e, const char *what)
{
	const char *bad = first_bad(p, e, is_name_char);
	char		msg[sizeof(r->err->detail)];

	if (p == e || cp_is_digit(*p))
	{
		/* in the AKN form a digit would start the date */
		snprintf(msg, sizeof(msg), "Expected the %s, starting with a letter", what);
		return fail(r, p, msg);
	}
	if (bad)
	{
		snprintf(msg, sizeof(msg), "Expected a letter, digit, \"-\", \"_\" or \".\" in the %s", what);
		return fail(r, bad, msg);
	}
	return CP_OK;
}

static int
two_digits(const char *p)
{
	return (p[0] - '0') * 10 + (p[1] - '0');
}

/* A full YYYY-MM-DD date that exists. */
static cp_status
read_date(urn_reader *r, const char *p, const char *e, const char *expected)
{
	static const int digit_at[] = {0, 1, 2, 3, 5, 6, 8, 9};

	if (e - p != 10 || p[4] != '-' || p[7] != '-')
		return fail(r, p, expected);
	for (int i = 0; i < 8; i++)
		if (!cp_is_digit(p[digit_at[i]]))
			return fail(r, p, expected);
	switch (lr_check_ymd(two_digits(p) * 100 + two_digits(p + 2), two_digits(p + 5), two_digits(p + 8)))
	{
		case 1:
			return fail(r, p + 5, "Expected a month from 01 to 12");
		case 2:
			return fail(r, p + 8, "Expected a day that exists in that month");
	}
	return CP_OK;
}

/* The language after "@date:": three letters, or two mapped by ISO 639-1. */
static cp_status
read_language(urn_reader *r, const char *p, const char *e, writer *w)
{
	int			len = (int) (e - p);
	const char *code3 = NULL;

	if ((len != 2 && len != 3) || first_bad(p, e, is_lower))
		return fail(r, p, "Expected a language code of two (ISO 639-1) or three (ISO 639-2/3) lowercase letters");
	if (len == 2 && (code3 = lr_language_from_alpha2(p, 2)) == NULL)
		return fail(r, p, "Unknown two-letter language code (not in ISO 639-1)");
	if (len == 3)
	{
		/* a bibliographic code ("fre") becomes its terminology code ("fra") */
		const lr_language *l = lr_language_by_code(p, 3);

		if (l == NULL)
			return fail(r, p, "Unknown language code (not in ISO 639-2 or 639-3)");
		code3 = l->terminology;
	}
	put(w, code3, 3);
	return CP_OK;
}

/* One partition part, "art15" or "leta", as the eId component "art_15". */
static cp_status
read_part(urn_reader *r, const char *p, const char *e, writer *w)
{
	const char *q = p;
	const partition_part *pp = NULL;
	const char *bad;
	char		msg[sizeof(r->err->detail)];

	while (q < e && cp_is_alpha(*q))
		q++;
	for (int i = 0; i < N_PARTITION_PARTS && !pp; i++)
		if ((int) strlen(partition_parts[i].urn) == q - p && memcmp(partition_parts[i].urn, p, (size_t) (q - p)) == 0)
			pp = &partition_parts[i];
	/* "leta": the letters after "let" are its number */
	for (int i = 0; i < N_PARTITION_PARTS && !pp; i++)
		if (partition_parts[i].letter_number && q - p > 3 && memcmp(partition_parts[i].urn, p, 3) == 0)
		{
			pp = &partition_parts[i];
			q = p + 3;
		}
	if (p == e)
		return fail(r, p, "Expected a partition part: a prefix (art, par, com, let, num) and a number");
	if (pp == NULL)
	{
		snprintf(msg, sizeof(msg), "Unknown partition prefix \"%.*s\" (expected art, par, com, let or num)",
				 (int) (q - p > 40 ? 40 : q - p), p);
		return fail(r, p, msg);
	}
	if (q == e || (!pp->letter_number && !cp_is_digit(*q)))
	{
		snprintf(msg, sizeof(msg), "Expected a number after \"%s\"", pp->urn);
		return fail(r, q, msg);
	}
	if ((bad = first_bad(q, e, cp_is_alnum)) != NULL)
		return fail(r, bad, "Expected letters and digits in the partition number");
	put_str(w, pp->eid);
	put_str(w, "_");
	put(w, q, (int) (e - q));
	return CP_OK;
}

/* "~art15;par3" as "/~art_15__para_3", then checked as the eId it became. */
static cp_status
read_partition(urn_reader *r, const char *p, const char *e, writer *w)
{
	const char *partition = p;
	int			start = w->len + 2;
	uint8_t		key[CP_MAX_KEY];
	size_t		key_len;
	cp_status	st;

	put_str(w, "/~");
	for (;;)
	{
		const char *part_end = field_end(p, e, ";");

		if ((st = read_part(r, p, part_end, w)) != CP_OK)
			return st;
		if (part_end == e)
			break;
		put_str(w, "__");
		p = part_end + 1;
	}
	if (!w->full && cp_parse_eid(w->buf + start, (size_t) (w->len - start), key, &key_len, r->err) != CP_OK)
	{
		/* a limit of the eId syntax (depth, length): point at the partition */
		r->err->position = cp_char_position(r->in, (size_t) (partition - r->in));
		return r->err->status;
	}
	return CP_OK;
}

/* "@{vdate}[:{lang}]" as "/{lang}@{vdate}", "mul" without a language. */
static cp_status
read_version(urn_reader *r, const char *p, const char *e, writer *w)
{
	const char *date_end = field_end(p, e, ":");
	cp_status	st;

	if ((st = read_date(r, p, date_end, "Expected a version date YYYY-MM-DD after \"@\"")) != CP_OK)
		return st;
	put_str(w, "/");
	if (date_end == e)
		put_str(w, "mul");
	else if ((st = read_language(r, date_end + 1, e, w)) != CP_OK)
		return st;
	put_str(w, "@");
	put(w, p, (int) (date_end - p));
	return CP_OK;
}

/* The work: jurisdiction, authority, measure, date and number. */
static cp_status
read_work(urn_reader *r, const char *p, const char **rest, writer *w)
{
	const char *end = r->end;
	const char *authority;
	const char *measure;
	const char *date;
	const char *e;
	cp_status	st;

	e = field_end(p, end, ":");
	if ((st = read_jurisdiction(r, p, e, w)) != CP_OK)
		return st;
	if (e == end)
		return fail(r, e, "Expected \":\" and the authority after the jurisdiction");
	authority = e + 1;
	e = field_end(authority, end, ":");
	if ((st = read_name(r, authority, e, "authority")) != CP_OK)
		return st;
	if (e == end)
		return fail(r, e, "Expected \":\" and the measure after the authority");
	measure = e + 1;
	e = field_end(measure, end, ":");
	if ((st = read_name(r, measure, e, "measure")) != CP_OK)
		return st;
	if (e == end)
		return fail(r, e, "Expected \":\" and the date after the measure");
	put_str(w, "/");
	put(w, measure, (int) (e - measure));
	put_str(w, "/");
	put(w, authority, (int) (measure - 1 - authority));
	date = e + 1;
	e = field_end(date, end, ";@~$");
	if ((st = read_date(r, date, e, "Expected the date as YYYY-MM-DD")) != CP_OK)
		return st;
	if (e == end || *e != ';')
		return fail(r, e, "Expected \";\" and the number after the date");
	put_str(w, "/");
	put(w, date, 10);
	p = e + 1;
	e = field_end(p, end, "@~$");
	if (p == e)
		return fail(r, p, "Expected the number after \";\"");
	if (first_bad(p, e, is_number_char))
		return fail(r, first_bad(p, e, is_number_char), "Expected a letter, digit, \"-\" or \"_\" in the number");
	put_str(w, "/");
	put(w, p, (int) (e - p));
	*rest = e;
	return CP_OK;
}

cp_status
lr_urnlex_to_akn(const char *in, size_t len, char *out, int *out_len, cp_error *err)
{
	urn_reader	r = {in, in + len, err};
	writer		w = {out, 0, LR_MAX_INPUT + 1, 0};
	const char *p;
	cp_status	st;

	out[0] = '\0';
	*out_len = 0;
	if (lr_begin_input(len, 0, err) != CP_OK)
		return CP_LIMIT;
	for (p = in; p < r.end; p++)
		if ((unsigned char) *p >= 0x80)
			return fail(&r, p, "Expected only ASCII characters (a URN is ASCII)");
	if (len < 8 || cp_ascii_casecmp(in, "urn:lex:", 8) != 0)
		return fail(&r, in, "Expected a URN:LEX name starting with \"urn:lex:\"");
	if ((st = read_work(&r, in + 8, &p, &w)) != CP_OK)
		return st;
	if (p < r.end && *p == '@')
	{
		const char *e = field_end(p + 1, r.end, "~$");

		if ((st = read_version(&r, p + 1, e, &w)) != CP_OK)
			return st;
		p = e;
	}
	if (p < r.end && *p == '$')
		return fail(&r, p, "Expected \"@\" or \"~\" (a \"$\" manifestation has no lexref form)");
	if (p < r.end && (st = read_partition(&r, p + 1, r.end, &w)) != CP_OK)
		return st;
	if (w.full)
	{
		out[0] = '\0';
		err->status = CP_LIMIT;
		snprintf(err->detail, sizeof(err->detail),
				 "The Akoma Ntoso URI would have more than %d characters", LR_MAX_INPUT);
		return CP_LIMIT;
	}
	*out_len = w.len;
	return CP_OK;
}

static int
span_is(lr_span sp, const char *s)
{
	return sp.ptr && (int) strlen(s) == sp.len && memcmp(sp.ptr, s, (size_t) sp.len) == 0;
}

static int
span_all(lr_span sp, int (*ok) (char c))
{
	return sp.ptr && sp.len > 0 && first_bad(sp.ptr, sp.ptr + sp.len, ok) == NULL;
}

/* One eId component back as a partition part, or 0 if it has none. */
static int
write_part(const char *p, const char *e, writer *w)
{
	const char *us = memchr(p, '_', (size_t) (e - p));
	const char *num = us ? us + 1 : e;

	if (us == NULL || num == e || first_bad(num, e, cp_is_alnum))
		return 0;
	for (int i = 0; i < N_PARTITION_PARTS; i++)
	{
		const partition_part *pp = &partition_parts[i];

		if ((int) strlen(pp->eid) != us - p || memcmp(pp->eid, p, (size_t) (us - p)) != 0)
			continue;
		/* what read_part would not read back is not written */
		if (!pp->letter_number && !cp_is_digit(*num))
			return 0;
		put_str(w, pp->urn);
		put(w, num, (int) (e - num));
		return 1;
	}
	return 0;
}

/* "art_15__para_3" as "~art15;par3", or 0 if a component cannot be. */
static int
write_partition(lr_span portion, writer *w)
{
	const char *p = portion.ptr;
	const char *end = portion.ptr + portion.len;

	put_str(w, "~");
	for (;;)
	{
		const char *e = p;

		while (e < end && !(e + 1 < end && e[0] == '_' && e[1] == '_'))
			e++;
		if (!write_part(p, e, w))
			return 0;
		if (e == end)
			return 1;
		put_str(w, ";");
		p = e + 2;
	}
}

int
lr_akn_to_urnlex(const lr_parts *p, char *out)
{
	writer		w = {out, 0, LR_CONVERT_OUT, 0};

	if (!span_is(p->doctype, "act") || !span_all(p->subtype, is_name_char) ||
		!span_all(p->actor, is_name_char) || p->date.len != 10 ||
		!span_all(p->number, is_number_char) || p->component.ptr ||
		p->portion_end.ptr || p->format.ptr)
		return -1;
	put_str(&w, "urn:lex:");
	put_str(&w, p->country);
	if (p->locality.ptr)
	{
		put_str(&w, ";");
		put_span(&w, p->locality);
	}
	put_str(&w, ":");
	put_span(&w, p->actor);
	put_str(&w, ":");
	put_span(&w, p->subtype);
	put_str(&w, ":");
	put_span(&w, p->date);
	put_str(&w, ";");
	put_span(&w, p->number);
	if (p->language[0] || p->version != LR_VERSION_CURRENT)
	{
		/* only "{lang}@{date}" has a URN:LEX form */
		if (!p->language[0] || p->version != LR_VERSION_AMENDED ||
			p->version_label.len != 10 || !cp_is_digit(p->version_label.ptr[0]))
			return -1;
		put_str(&w, "@");
		put_span(&w, p->version_label);
		if (strcmp(p->language, "mul") != 0)
		{
			put_str(&w, ":");
			put_str(&w, p->language);
		}
	}
	if (p->portion.ptr && !write_partition(p->portion, &w))
		return -1;
	/* a name longer than the readers accept is no name at all */
	return w.full || w.len > LR_MAX_INPUT ? -1 : w.len;
}
