/*
 * cp_human.c — reading citations as people type them.
 *
 *   citation  = group { [","] group }
 *   group     = word number { subdivision }     (a first group may omit the
 *                                                word: "3.1(a)" is an article)
 *   number    = segment { "." segment } [ ordinal ]  |  "(" segment [ ordinal ] ")"
 *   segment   = alnum { alnum } { "-" alnum { alnum } }
 *   subdivision = "(" segment [ ordinal ] ")"   (the next sublevel, cp_citation.c)
 *
 * Dots: "art. 3.1.a.ii" descends like parentheses, and "11.2 bis" (a dotted
 * number with a Latin ordinal) is one number, "11-2bis", as the naming
 * convention cleans it.  A dotted number of digits only with nothing after it
 * ("228.1") is ambiguous, an article numbered 228.1 or paragraph 1 of article
 * 228, and is refused rather than guessed.
 */
#include "clause_path.h"
#include "cp_citation.h"
#include "cp_key.h"
#include "cp_text.h"

#include <stdio.h>
#include <string.h>

typedef struct reader
{
	const char *s;
	size_t		len;
	size_t		pos;
	cp_component comps[CP_MAX_DEPTH];
	int			n;
	char		numbers[CP_MAX_INPUT + 2 * CP_MAX_DEPTH];	/* cleaned numbers */
	size_t		numbers_len;
	const cp_style *style;		/* how the current group subdivides, or NULL */
	int			level;			/* last sublevel used, -1 at the group's head */
	int			rank;			/* rank of the current group's unit, -1 at the start */
	cp_error   *err;
} reader;

static cp_status
fail_at(reader *r, size_t at, cp_status status, const char *detail)
{
	r->err->status = status;
	r->err->position = status == CP_LIMIT ? 0 : cp_char_position(r->s, at);
	snprintf(r->err->detail, sizeof(r->err->detail), "%s", detail);
	return status;
}

/* ASCII white space, and the no-break space (U+00A0) of "§ 5" in typeset text */
static void
skip_space(reader *r)
{
	for (;;)
	{
		if (r->pos < r->len && cp_is_space(r->s[r->pos]))
			r->pos++;
		else if (r->pos + 1 < r->len && (unsigned char) r->s[r->pos] == 0xC2 &&
				 (unsigned char) r->s[r->pos + 1] == 0xA0)
			r->pos += 2;
		else
			return;
	}
}

static int
at_char(reader *r, char c)
{
	return r->pos < r->len && r->s[r->pos] == c;
}

static cp_status
add_component(reader *r, const char *element, const char *number, int number_len, size_t at)
{
	cp_component *c;

	if (r->n == CP_MAX_DEPTH)
	{
		char		msg[64];

		snprintf(msg, sizeof(msg), "A clause_path has at most %d components", CP_MAX_DEPTH);
		return fail_at(r, at, CP_LIMIT, msg);
	}
	c = &r->comps[r->n++];
	c->element = element;
	c->element_len = (int) strlen(element);
	c->number = number;
	c->number_len = number_len;
	c->position = cp_char_position(r->s, at);
	c->number_position = c->position;
	return CP_OK;
}

/* Append text to the numbers buffer; returns where it starts. */
static char *
keep(reader *r, const char *text, size_t len)
{
	char	   *start = r->numbers + r->numbers_len;

	memcpy(start, text, len);
	r->numbers_len += len;
	return start;
}

/*
 * Keep a number's text, with a Latin ordinal at its end in lowercase: "3 BIS"
 * and "3bis" are one article, and case elsewhere is the printed number's own.
 */
static char *
keep_number(reader *r, const char *text, size_t len)
{
	char	   *start = keep(r, text, len);
	int			ord = cp_ordinal_suffix_len(text, (int) len);

	for (size_t i = len - (size_t) ord; i < len; i++)
		start[i] = cp_ascii_tolower(start[i]);
	return start;
}

/* A segment: letters and digits, with single inner hyphens. Returns its length. */
static size_t
read_segment(reader *r)
{
	size_t		start = r->pos;

	while (r->pos < r->len)
	{
		if (cp_is_alnum(r->s[r->pos]))
			r->pos++;
		else if (r->s[r->pos] == '-' && r->pos > start && r->pos + 1 < r->len &&
				 cp_is_alnum(r->s[r->pos + 1]))
			r->pos++;
		else
			break;
	}
	return r->pos - start;
}

/* A Latin ordinal written apart ("3 bis"): its length, consumed, or 0. */
static size_t
read_spaced_ordinal(reader *r)
{
	size_t		save = r->pos;
	size_t		start;
	size_t		len;

	skip_space(r);
	if (r->pos == save)
		return 0;
	start = r->pos;
	while (r->pos < r->len && cp_is_alpha(r->s[r->pos]))
		r->pos++;
	len = r->pos - start;
	if (len > 0 && cp_is_ordinal(r->s + start, (int) len) &&
		!(r->pos < r->len && (cp_is_alnum(r->s[r->pos]) || r->s[r->pos] == '.')))
		return len;
	r->pos = save;
	return 0;
}

/* "(" segment [ordinal] ")": the cleaned number into the numbers buffer. */
static cp_status
read_parenthesised(reader *r, const char **number, int *number_len)
{
	size_t		seg_start;
	size_t		seg_len;
	size_t		ord_len;
	char	   *out;

	r->pos++;					/* "(" */
	skip_space(r);
	seg_start = r->pos;
	seg_len = read_segment(r);
	if (seg_len == 0)
		return fail_at(r, r->pos, CP_SYNTAX, "Expected a number or letter inside the parentheses");
	if (memchr(r->s + seg_start, '-', seg_len))
		return fail_at(r, seg_start, CP_SYNTAX,
					   "A hyphen inside parentheses reads as a range, such as (1-3); cite one position");
	out = keep_number(r, r->s + seg_start, seg_len);
	*number_len = (int) seg_len;
	ord_len = read_spaced_ordinal(r);
	if (ord_len)
	{
		keep_number(r, r->s + r->pos - ord_len, ord_len);
		*number_len += (int) ord_len;
	}
	skip_space(r);
	if (!at_char(r, ')'))
		return fail_at(r, r->pos, CP_SYNTAX, "Expected \")\" to close the parenthesis");
	r->pos++;
	*number = out;
	return CP_OK;
}

/* Is the text at r->pos "(" and a letter? */
static int
letter_in_parentheses(reader *r)
{
	size_t		p = r->pos;

	if (!at_char(r, '('))
		return 0;
	p++;
	while (p < r->len && cp_is_space(r->s[p]))
		p++;
	return p < r->len && cp_is_alpha(r->s[p]);
}

/* The next sublevel of the current group, for "(x)" or a dotted segment. */
static cp_status
add_sublevel(reader *r, const char *number, int number_len, size_t at)
{
	const char *element = NULL;

	if (r->style && r->level + 1 < CP_MAX_SUBLEVELS)
		element = r->style->sublevels[r->level + 1];
	if (!element)
		return fail_at(r, at, CP_SYNTAX,
					   "Expected no further subdivision here (write the eId, such as art_3__para_1__point_a, for deeper positions)");
	r->level++;
	return add_component(r, element, number, number_len, at);
}

/*
 * The number of the group's element, then dotted and parenthesised
 * subdivisions.
 */
static cp_status
read_numbers(reader *r, const char *element)
{
	size_t		starts[CP_MAX_DEPTH];
	size_t		lens[CP_MAX_DEPTH];
	int			n_seg = 0;
	int			all_digits = 1;
	size_t		first = r->pos;
	size_t		ord_len = 0;
	int			ordinal_attached = 0;
	cp_status	st;

	skip_space(r);
	if (at_char(r, '('))
	{
		const char *number;
		int			number_len;
		size_t		at = r->pos;

		if ((st = read_parenthesised(r, &number, &number_len)) != CP_OK)
			return st;
		if ((st = add_component(r, element, number, number_len, at)) != CP_OK)
			return st;
	}
	else
	{
		first = r->pos;
		for (;;)
		{
			if (n_seg == CP_MAX_DEPTH)
			{
				char		msg[64];

				snprintf(msg, sizeof(msg), "A clause_path has at most %d components", CP_MAX_DEPTH);
				return fail_at(r, r->pos, CP_LIMIT, msg);
			}
			starts[n_seg] = r->pos;
			lens[n_seg] = read_segment(r);
			if (lens[n_seg] == 0)
				return fail_at(r, r->pos, CP_SYNTAX, "Expected a number");
			for (size_t i = 0; i < lens[n_seg]; i++)
				all_digits &= cp_is_digit(r->s[starts[n_seg] + i]);
			n_seg++;
			if (at_char(r, '.') && r->pos + 1 < r->len && cp_is_alnum(r->s[r->pos + 1]))
				r->pos++;
			else
				break;
		}
		ord_len = read_spaced_ordinal(r);
		if (n_seg > 1 && ord_len == 0)
		{
			size_t		last = starts[n_seg - 1];
			size_t		last_len = lens[n_seg - 1];

			/* an ordinal written onto the last segment: "11.2bis" */
			if (cp_ordinal_suffix_len(r->s + last, (int) last_len) > 0 &&
				cp_is_digit(r->s[last]))
				ordinal_attached = 1;
		}

		if (n_seg == 1 || ord_len > 0 || ordinal_attached)
		{
			/* one number: segments joined by "-", the ordinal appended */
			char	   *out = r->numbers + r->numbers_len;
			size_t		at = first;

			for (int k = 0; k < n_seg; k++)
			{
				if (k > 0)
					keep(r, "-", 1);
				keep_number(r, r->s + starts[k], lens[k]);
			}
			if (ord_len > 0)
				keep_number(r, r->s + r->pos - ord_len, ord_len);
			if ((st = add_component(r, element, out,
									(int) (r->numbers + r->numbers_len - out), at)) != CP_OK)
				return st;
		}
		else
		{
			size_t		after = r->pos;

			/*
			 * Digits only: "3.1(a)" is article 3, paragraph 1, point (a) (a
			 * letter in parentheses is a subdivision of a paragraph), but
			 * "228.1" and "228.1(3)" may be article 228.1 and its part 3.
			 */
			skip_space(r);
			if (all_digits && !letter_in_parentheses(r))
			{
				char		msg[160];

				snprintf(msg, sizeof(msg),
						 "The dotted number \"%.*s\" is ambiguous (one number, or a number and its subdivision); write the eId or use parentheses",
						 (int) (after - first > 40 ? 40 : after - first), r->s + first);
				return fail_at(r, first, CP_SYNTAX, msg);
			}
			r->pos = after;
			if ((st = add_component(r, element, keep(r, r->s + starts[0], lens[0]),
									(int) lens[0], starts[0])) != CP_OK)
				return st;
			for (int k = 1; k < n_seg; k++)
				if ((st = add_sublevel(r, keep(r, r->s + starts[k], lens[k]),
									   (int) lens[k], starts[k])) != CP_OK)
					return st;
		}
	}

	/* parenthesised subdivisions, spaces allowed before each: "1 (a) (ii)" */
	for (;;)
	{
		size_t		save = r->pos;
		const char *number;
		int			number_len;
		size_t		at;

		skip_space(r);
		if (!at_char(r, '('))
		{
			r->pos = save;
			return CP_OK;
		}
		at = r->pos;
		if ((st = read_parenthesised(r, &number, &number_len)) != CP_OK)
			return st;
		if ((st = add_sublevel(r, number, number_len, at)) != CP_OK)
			return st;
	}
}

/* A citation word at r->pos, with its optional final ".", or a "§". */
static cp_status
read_keyword(reader *r, const cp_keyword **kw)
{
	static const cp_keyword section_sign = {"\xC2\xA7", "sec", KW_SECTION_SIGN};
	size_t		start = r->pos;

	if (r->pos + 1 < r->len && (unsigned char) r->s[r->pos] == 0xC2 &&
		(unsigned char) r->s[r->pos + 1] == 0xA7)
	{
		r->pos += 2;
		*kw = &section_sign;
		return CP_OK;
	}
	while (r->pos < r->len && cp_is_alpha(r->s[r->pos]))
		r->pos++;
	if (r->pos == start)
		return fail_at(r, start, CP_SYNTAX,
					   "Expected a citation word (Article, Section, \xC2\xA7, paragraph, point, OP, PP...) or a number");
	*kw = cp_citation_keyword(r->s + start, (int) (r->pos - start));
	if (!*kw)
	{
		char		msg[128];

		snprintf(msg, sizeof(msg), "Unknown citation word \"%.*s\"",
				 (int) (r->pos - start > 40 ? 40 : r->pos - start), r->s + start);
		return fail_at(r, start, CP_SYNTAX, msg);
	}
	if (at_char(r, '.'))
		r->pos++;
	return CP_OK;
}

/* Start a group of the keyword's unit, checking that the citation goes down. */
static cp_status
start_group(reader *r, const char *element, int first, size_t at)
{
	const cp_style *style = cp_citation_style(element, (int) strlen(element));
	cp_status	st;

	if (!first && style->rank <= r->rank)
		return fail_at(r, at, CP_SYNTAX,
					   "Expected a smaller unit than the one before: a citation goes from the larger unit to the smaller (Chapter II, Article 3)");
	r->style = style;
	r->level = -1;
	r->rank = style->rank;
	if (style->container && (st = add_component(r, style->container, NULL, 0, at)) != CP_OK)
		return st;
	return CP_OK;
}

/* The first subdivision of the current group ("Abs. 2", "§ 2" after an article). */
static cp_status
first_sublevel(reader *r, size_t at, const char **element)
{
	if (r->style && r->level == -1 && r->style->sublevels[0])
	{
		r->level = 0;
		*element = r->style->sublevels[0];
		return CP_OK;
	}
	return fail_at(r, at, CP_SYNTAX,
				   "Expected \"Abs.\" right after an article or section number");
}

/* Set up the group a keyword starts, or the subdivision it names. */
static cp_status
apply_keyword(reader *r, const cp_keyword *kw, int first, size_t at, const char **element)
{
	int			idx;

	switch (kw->kind)
	{
		case KW_FIRST_ONLY:
			if (!first)
				return fail_at(r, at, CP_SYNTAX,
							   "Expected OP, PP or Recital only at the start of a citation");
			/* fall through */
		case KW_STRUCTURE:
			*element = kw->element;
			return start_group(r, kw->element, first, at);
		case KW_SECTION_SIGN:
			/* Polish, Belgian and French "art. 3 § 2": a paragraph of the article */
			if (r->style && strcmp(r->style->element, "art") == 0)
				return first_sublevel(r, at, element);
			*element = kw->element;
			return start_group(r, kw->element, first, at);
		case KW_SUBDIVISION:
			idx = r->style ? cp_sublevel_index(r->style, kw->element, (int) strlen(kw->element)) : -1;
			if (idx > r->level)
			{
				r->level = idx;
				*element = kw->element;
				return CP_OK;
			}
			if (first)
			{
				*element = kw->element;
				return start_group(r, kw->element, first, at);
			}
			return fail_at(r, at, CP_SYNTAX,
						   "Expected a subdivision of the preceding part; this word names a level that does not fall under it");
		case KW_FIRST_SUBLEVEL:
			return first_sublevel(r, at, element);
	}
	return fail_at(r, at, CP_SYNTAX, "Unknown citation word");
}

cp_status
cp_parse_human(const char *input, size_t input_len,
			   uint8_t *key, size_t *key_len, cp_error *err)
{
	reader		r;
	int			first = 1;

	/* r.numbers holds CP_MAX_INPUT bytes of the input */
	if (cp_check_input_length(input_len, err) != CP_OK)
		return CP_LIMIT;
	r.s = input;
	r.len = input_len;
	r.pos = 0;
	r.n = 0;
	r.numbers_len = 0;
	r.style = NULL;
	r.level = -1;
	r.rank = -1;
	r.err = err;

	for (;;)
	{
		const cp_keyword *kw = NULL;
		const char *element = NULL;
		size_t		at;
		cp_status	st;

		skip_space(&r);
		if (r.pos >= r.len)
			break;
		if (!first && at_char(&r, ','))
		{
			r.pos++;
			skip_space(&r);
			if (r.pos >= r.len)
				return fail_at(&r, r.pos - 1, CP_SYNTAX, "Expected a citation word after \",\"");
		}
		at = r.pos;
		if (first && cp_is_digit(r.s[r.pos]))
		{
			static const cp_keyword article = {"article", "art", KW_STRUCTURE};

			kw = &article;		/* a bare number is an article: "3.1(a)" */
		}
		else if ((st = read_keyword(&r, &kw)) != CP_OK)
			return st;
		if ((st = apply_keyword(&r, kw, first, at, &element)) != CP_OK)
			return st;
		if ((st = read_numbers(&r, element)) != CP_OK)
			return st;
		first = 0;
	}
	if (first)
		return fail_at(&r, 0, CP_SYNTAX, "Expected an eId or a citation, found nothing");
	return cp_encode(r.comps, r.n, key, key_len, err);
}
