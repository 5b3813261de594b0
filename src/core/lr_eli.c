/*
 * lr_eli.c — ELI URIs to and from Akoma Ntoso URIs (see lr_convert.h).
 *
 * ELI has no grammar of its own: each publisher mints URIs from its own
 * templates.  So what this file knows is a table, one row per publisher with
 * its hosts and its path shapes, each shape a pair of templates (ELI path,
 * AKN URI) naming the same placeholders.  Reading matches the ELI path
 * against the publisher's shapes and expands the AKN template; writing
 * formats the parts canonically, matches that against the AKN templates and
 * expands the ELI one.  One matcher and one expander serve both directions,
 * so reverse(convert(x)) == x holds by construction, not by care.
 *
 * Shapes of one publisher are disjoint, except where a literal "mul" row
 * comes before the "{lang3}" row it overlaps: reading either gives the same
 * AKN, and writing takes the first, the shorter ELI.
 */
#include "lexref.h"
#include "lr_convert.h"
#include "lr_iso.h"
#include "cp_text.h"

#include <stdio.h>
#include <string.h>

typedef enum slot
{
	SLOT_TYPE,
	SLOT_YEAR,
	SLOT_MONTH,
	SLOT_DAY,
	SLOT_NUMBER,
	SLOT_LANG,					/* always the three-letter code once captured */
	SLOT_DATE,
	SLOT_FORMAT,
	N_SLOTS
} slot;

typedef enum check
{
	CHECK_NONE,
	CHECK_MONTH,
	CHECK_DAY,
	CHECK_DATE,
	CHECK_LANG3,
	CHECK_LANG2,
	CHECK_FORMAT
} check;

typedef struct placeholder
{
	const char *name;			/* as written between braces in a template */
	slot		slot;
	int			(*accepts) (char c);	/* the characters of its run */
	int			min_len;
	int			max_len;
	check		check;			/* what the run must also be */
	const char *expected;		/* the error detail when the run is wrong */
} placeholder;

static int
is_type_char(char c)
{
	return (c >= 'a' && c <= 'z') || c == '_';
}

static int
is_lower(char c)
{
	return c >= 'a' && c <= 'z';
}

static int
is_digit(char c)
{
	return cp_is_digit(c);
}

/* No ".": in the AKN form a final ".name" is the format. */
static int
is_number_char(char c)
{
	return cp_is_alnum(c) || c == '-' || c == '_';
}

static int
is_date_char(char c)
{
	return cp_is_digit(c) || c == '-';
}

static const placeholder placeholders[] = {
	{"type", SLOT_TYPE, is_type_char, 1, 64, CHECK_NONE,
	"Expected a document type of lowercase letters and \"_\""},
	{"yyyy", SLOT_YEAR, is_digit, 4, 4, CHECK_NONE, "Expected a 4-digit year"},
	{"mm", SLOT_MONTH, is_digit, 2, 2, CHECK_MONTH, "Expected a 2-digit month"},
	{"dd", SLOT_DAY, is_digit, 2, 2, CHECK_DAY, "Expected a 2-digit day"},
	{"number", SLOT_NUMBER, is_number_char, 1, LR_MAX_INPUT, CHECK_NONE,
	"Expected a number of letters, digits, \"-\" or \"_\""},
	{"lang3", SLOT_LANG, is_lower, 3, 3, CHECK_LANG3, "Expected a three-letter language code (ISO 639)"},
	{"lang2", SLOT_LANG, is_lower, 2, 2, CHECK_LANG2, "Expected a two-letter language code (ISO 639-1)"},
	{"date", SLOT_DATE, is_date_char, 10, 10, CHECK_DATE, "Expected a date YYYY-MM-DD"},
	{"format", SLOT_FORMAT, is_lower, 1, 8, CHECK_FORMAT, "Expected the format html, xml or pdf"},
};

typedef struct eli_shape
{
	const char *eli;			/* the path after the host */
	const char *akn;			/* the canonical Akoma Ntoso URI */
} eli_shape;

#define MAX_HOSTS	2
#define MAX_SHAPES	6

typedef struct eli_publisher
{
	const char *hosts[MAX_HOSTS];	/* lowercase; unused entries NULL */
	const char *written;		/* scheme and host that lr_akn_to_eli writes */
	const char *expected;		/* the shapes in words, for errors */
	eli_shape	shapes[MAX_SHAPES]; /* first match wins, both ways */
} eli_publisher;

static const eli_publisher publishers[] = {
	{
		{"data.europa.eu"}, "http://data.europa.eu",
		"Expected an EU ELI path: /eli/{typedoc}/{year}/{number} then /oj[/{lang}], "
		"/{yyyy-mm-dd}[/{lang}] or /corrigendum/{yyyy-mm-dd}/oj[/{lang}]",
		{
			{"/eli/{type}/{yyyy}/{number}/oj", "/akn/eu/act/{type}/{yyyy}/{number}"},
			{"/eli/{type}/{yyyy}/{number}/oj/{lang3}", "/akn/eu/act/{type}/{yyyy}/{number}/{lang3}@"},
			{"/eli/{type}/{yyyy}/{number}/{date}", "/akn/eu/act/{type}/{yyyy}/{number}/mul@{date}"},
			{"/eli/{type}/{yyyy}/{number}/{date}/{lang3}", "/akn/eu/act/{type}/{yyyy}/{number}/{lang3}@{date}"},
			{"/eli/{type}/{yyyy}/{number}/corrigendum/{date}/oj",
			"/akn/eu/act/{type}/{yyyy}/{number}/mul@corrigendum-{date}"},
			{"/eli/{type}/{yyyy}/{number}/corrigendum/{date}/oj/{lang3}",
			"/akn/eu/act/{type}/{yyyy}/{number}/{lang3}@corrigendum-{date}"},
		},
	},
	{
		{"www.boe.es"}, "https://www.boe.es",
		"Expected a Spanish ELI path: /eli/es/{type}/{yyyy}/{mm}/{dd}/{number}",
		{
			{"/eli/es/{type}/{yyyy}/{mm}/{dd}/{number}", "/akn/es/act/{type}/{yyyy}-{mm}-{dd}/{number}"},
		},
	},
	{
		{"data.legilux.public.lu"}, "http://data.legilux.public.lu",
		"Expected a Luxembourg ELI path: /eli/etat/leg/{type}/{yyyy}/{mm}/{dd}/{number}",
		{
			{"/eli/etat/leg/{type}/{yyyy}/{mm}/{dd}/{number}", "/akn/lu/act/{type}/{yyyy}-{mm}-{dd}/{number}"},
		},
	},
	{
		{"www.retsinformation.dk"}, "https://www.retsinformation.dk",
		"Expected a Danish ELI path: /eli/{type}/{yyyy}/{number}",
		{
			{"/eli/{type}/{yyyy}/{number}", "/akn/dk/act/{type}/{yyyy}/{number}"},
		},
	},
	{
		{"www.irishstatutebook.ie"}, "http://www.irishstatutebook.ie",
		"Expected an Irish ELI path: /eli/{yyyy}/act/{number}[/enacted[/{lang}[/{format}]]]",
		{
			{"/eli/{yyyy}/act/{number}", "/akn/ie/act/{yyyy}/{number}"},
			{"/eli/{yyyy}/act/{number}/enacted", "/akn/ie/act/{yyyy}/{number}/mul@"},
			{"/eli/{yyyy}/act/{number}/enacted/{lang2}", "/akn/ie/act/{yyyy}/{number}/{lang3}@"},
			{"/eli/{yyyy}/act/{number}/enacted/{lang2}/{format}",
			"/akn/ie/act/{yyyy}/{number}/{lang3}@.{format}"},
		},
	},
};

#define N_PUBLISHERS ((int) (sizeof(publishers) / sizeof(publishers[0])))

typedef struct captures
{
	lr_span		v[N_SLOTS];
} captures;

/*
 * The furthest point any shape reached before failing, and what it wanted.
 * A shape that ended where the input goes on is a weak miss: at that point
 * a longer shape's own expectation ("a language code") says more.
 */
typedef struct miss
{
	const char *at;
	const char *detail;			/* NULL: a literal, so the publisher's shapes */
	int			weak;			/* only "the end" was expected there */
	int			several;		/* shapes wanted different things there */
} miss;

static int
missed(miss *m, const char *at, const char *detail, int weak)
{
	if (m->at == NULL || at > m->at || (at == m->at && m->weak && !weak))
	{
		m->at = at;
		m->detail = detail;
		m->weak = weak;
		m->several = 0;
	}
	else if (at == m->at && !weak &&
			 (detail == NULL || m->detail == NULL || strcmp(detail, m->detail) != 0))
		m->several = 1;
	return 0;
}

/* The placeholder whose "{name}" starts at *tpl; *tpl moves past the "}". */
static const placeholder *
placeholder_at(const char **tpl)
{
	const char *name = *tpl + 1;
	const char *close = strchr(name, '}');

	if (close == NULL)
		return NULL;
	*tpl = close + 1;
	for (size_t i = 0; i < sizeof(placeholders) / sizeof(placeholders[0]); i++)
		if (strlen(placeholders[i].name) == (size_t) (close - name) &&
			memcmp(placeholders[i].name, name, (size_t) (close - name)) == 0)
			return &placeholders[i];
	return NULL;
}

static int
two_digits(const char *p)
{
	return (p[0] - '0') * 10 + (p[1] - '0');
}

static int
year_of(const char *p)
{
	return two_digits(p) * 100 + two_digits(p + 2);
}

static const char *
check_format(const char *p, int len)
{
	static const char *const formats[] = {"html", "xml", "pdf"};

	for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++)
		if ((int) strlen(formats[i]) == len && memcmp(formats[i], p, (size_t) len) == 0)
			return NULL;
	return "Expected the format html, xml or pdf";
}

/*
 * What a run of the right characters must also be: a real date, a known
 * language.  Returns NULL, or the detail and *bad pointing at the culprit.
 * A two-letter language is replaced by its three-letter code here, so that
 * a captured language is always the AKN one.
 */
static const char *
check_value(const placeholder *ph, const char *p, int len, captures *c, const char **bad)
{
	const lr_span *y = &c->v[SLOT_YEAR];
	const lr_span *m = &c->v[SLOT_MONTH];
	const char *code3;

	*bad = p;
	switch (ph->check)
	{
		case CHECK_NONE:
			return NULL;
		case CHECK_MONTH:
			return lr_check_ymd(2000, two_digits(p), 1) ? "Expected a month from 01 to 12" : NULL;
		case CHECK_DAY:
			if (y->ptr && m->ptr && lr_check_ymd(year_of(y->ptr), two_digits(m->ptr), two_digits(p)))
				return "Expected a day that exists in that month";
			return NULL;
		case CHECK_DATE:
			if (p[4] != '-' || p[7] != '-' || !cp_is_digit(p[0]) || !cp_is_digit(p[1]) ||
				!cp_is_digit(p[2]) || !cp_is_digit(p[3]) || !cp_is_digit(p[5]) ||
				!cp_is_digit(p[6]) || !cp_is_digit(p[8]) || !cp_is_digit(p[9]))
				return ph->expected;
			switch (lr_check_ymd(year_of(p), two_digits(p + 5), two_digits(p + 8)))
			{
				case 1:
					*bad = p + 5;
					return "Expected a month from 01 to 12";
				case 2:
					*bad = p + 8;
					return "Expected a day that exists in that month";
			}
			return NULL;
		case CHECK_LANG3:
			{
				/* a bibliographic code ("fre") becomes its terminology code ("fra") */
				const lr_language *l = lr_language_by_code(p, len);

				if (l == NULL)
					return "Unknown language code (not in ISO 639-2 or 639-3)";
				c->v[SLOT_LANG].ptr = l->terminology;
				c->v[SLOT_LANG].len = 3;
				return NULL;
			}
		case CHECK_LANG2:
			if ((code3 = lr_language_from_alpha2(p, len)) == NULL)
				return "Unknown two-letter language code (not in ISO 639-1)";
			c->v[SLOT_LANG].ptr = code3;
			c->v[SLOT_LANG].len = 3;
			return NULL;
		case CHECK_FORMAT:
			return check_format(p, len);
	}
	return NULL;
}

/*
 * Where a literal failed to match: the start of the segment it is in, which
 * is what a reader looks at; the end when a whole segment is missing, and
 * the segment after the "/" when there is one too many.
 */
static const char *
segment_start(const char *path, const char *end, const char *s, char wanted)
{
	if (s == end && wanted == '/')
		return s;
	if (s < end && *s == '/' && wanted == '\0')
		return s + 1;
	while (s > path && s[-1] != '/')
		s--;
	return s;
}

/*
 * Match s..end against a template, filling c.  Each placeholder takes the
 * whole run of its characters, which the next template character never
 * belongs to, so no backtracking is needed.  On failure, m learns where.
 */
static int
match(const char *tpl, const char *s, const char *end, captures *c, miss *m)
{
	const char *path = s;

	memset(c, 0, sizeof(*c));
	while (*tpl)
	{
		if (*tpl == '{')
		{
			const placeholder *ph = placeholder_at(&tpl);
			const char *run = s;
			const char *bad;
			const char *detail;

			if (ph == NULL)
				return missed(m, s, "Internal error: unknown placeholder in an ELI template", 0);
			while (s < end && ph->accepts(*s))
				s++;
			if (s - run < ph->min_len || s - run > ph->max_len)
				return missed(m, run, ph->expected, 0);
			if (s < end && *s != '/' && *s != *tpl)
				return missed(m, s, ph->expected, 0);
			c->v[ph->slot].ptr = run;
			c->v[ph->slot].len = (int) (s - run);
			if ((detail = check_value(ph, run, (int) (s - run), c, &bad)) != NULL)
				return missed(m, bad, detail, 0);
			continue;
		}
		if (s == end || *s != *tpl)
			return missed(m, segment_start(path, end, s, *tpl), NULL, 0);
		s++;
		tpl++;
	}
	if (s != end)
		return missed(m, segment_start(path, end, s, '\0'), NULL, 1);
	return 1;
}

/*
 * Write a template with the captured values into out (cap bytes with the
 * NUL).  Returns the length, or -1 when it does not fit or a value has no
 * spelling in the template's terms (a language with no two-letter code).
 */
static int
expand(const char *tpl, const captures *c, char *out, int cap)
{
	int			o = 0;

	while (*tpl)
	{
		const char *val = tpl;
		int			n = 1;

		if (*tpl == '{')
		{
			const placeholder *ph = placeholder_at(&tpl);
			char		code3[4];

			if (ph == NULL || c->v[ph->slot].ptr == NULL)
				return -1;
			val = c->v[ph->slot].ptr;
			n = c->v[ph->slot].len;
			if (ph->check == CHECK_LANG2)
			{
				if (n != 3)
					return -1;
				memcpy(code3, val, 3);
				code3[3] = '\0';
				if (n != 3 || (val = lr_language_to_alpha2(code3)) == NULL)
					return -1;
				n = 2;
			}
		}
		else
			tpl++;
		if (o + n >= cap)
			return -1;
		memcpy(out + o, val, (size_t) n);
		o += n;
	}
	out[o] = '\0';
	return o;
}

static cp_status
fail(cp_error *err, const char *in, const char *at, const char *detail)
{
	err->status = CP_SYNTAX;
	err->position = cp_char_position(in, (size_t) (at - in));
	snprintf(err->detail, sizeof(err->detail), "%s", detail);
	return CP_SYNTAX;
}

/* The host, just after "http://" or "https://" in any case, or NULL. */
static const char *
after_scheme(const char *in, const char *end)
{
	if (end - in >= 7 && cp_ascii_casecmp(in, "http://", 7) == 0)
		return in + 7;
	if (end - in >= 8 && cp_ascii_casecmp(in, "https://", 8) == 0)
		return in + 8;
	return NULL;
}

static const eli_publisher *
publisher_of(const char *host, int len)
{
	for (int i = 0; i < N_PUBLISHERS; i++)
		for (int h = 0; h < MAX_HOSTS && publishers[i].hosts[h]; h++)
			if ((int) strlen(publishers[i].hosts[h]) == len &&
				cp_ascii_casecmp(host, publishers[i].hosts[h], len) == 0)
				return &publishers[i];
	return NULL;
}

/* "Expected an ELI publisher host: a, b or c", from the table itself. */
static cp_status
fail_host(cp_error *err, const char *in, const char *host)
{
	char		list[sizeof(err->detail)];
	int			o = snprintf(list, sizeof(list), "Expected an ELI publisher host:");

	for (int i = 0; i < N_PUBLISHERS && o < (int) sizeof(list); i++)
		o += snprintf(list + o, sizeof(list) - (size_t) o, "%s %s",
					  i == 0 ? "" : (i == N_PUBLISHERS - 1 ? " or" : ","),
					  publishers[i].hosts[0]);
	return fail(err, in, host, list);
}

cp_status
lr_eli_to_akn(const char *in, size_t len, char *out, int *out_len, cp_error *err)
{
	const char *end = in + len;
	const char *host;
	const char *path;
	const eli_publisher *pub;
	miss		m = {NULL, NULL, 0, 0};

	out[0] = '\0';
	*out_len = 0;
	if (lr_begin_input(len, 0, err) != CP_OK)
		return CP_LIMIT;
	for (const char *q = in; q < end; q++)
		if ((unsigned char) *q >= 0x80)
			return fail(err, in, q, "Expected only ASCII characters (an ELI is an ASCII URI)");
	if ((host = after_scheme(in, end)) == NULL)
		return fail(err, in, in, "Expected an ELI URI starting with \"http://\" or \"https://\"");
	path = memchr(host, '/', (size_t) (end - host));
	if (path == NULL)
		path = end;
	if ((pub = publisher_of(host, (int) (path - host))) == NULL)
		return fail_host(err, in, host);
	if (end - path > 1 && end[-1] == '/')
		end--;					/* one trailing slash is ignored */
	for (int i = 0; i < MAX_SHAPES && pub->shapes[i].eli; i++)
	{
		captures	c;

		if (match(pub->shapes[i].eli, path, end, &c, &m))
		{
			if ((*out_len = expand(pub->shapes[i].akn, &c, out, LR_MAX_INPUT + 1)) < 0)
			{
				*out_len = 0;
				err->status = CP_LIMIT;
				snprintf(err->detail, sizeof(err->detail),
						 "The Akoma Ntoso URI would have more than %d characters", LR_MAX_INPUT);
				return CP_LIMIT;
			}
			return CP_OK;
		}
	}
	return fail(err, in, m.at, (m.several || m.detail == NULL) ? pub->expected : m.detail);
}

int
lr_akn_to_eli(const lr_parts *p, char *out)
{
	char		akn[LR_CONVERT_OUT];
	int			len = lr_format(p, akn);

	for (int i = 0; i < N_PUBLISHERS; i++)
	{
		const eli_publisher *pub = &publishers[i];

		for (int k = 0; k < MAX_SHAPES && pub->shapes[k].akn; k++)
		{
			captures	c;
			miss		m = {NULL, NULL, 0, 0};
			int			n = (int) strlen(pub->written);
			int			rest;

			if (!match(pub->shapes[k].akn, akn, akn + len, &c, &m))
				continue;
			memcpy(out, pub->written, (size_t) n);
			rest = expand(pub->shapes[k].eli, &c, out + n, LR_CONVERT_OUT - n);
			/* an ELI longer than the readers accept is no ELI at all */
			return rest < 0 || n + rest > LR_MAX_INPUT ? -1 : n + rest;
		}
	}
	return -1;
}
