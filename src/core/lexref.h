/*
 * lexref.h — the pure C core of the lexref type (work in progress, issue 3).
 *
 * A lexref names a legal act (a work), optionally one language version of it
 * at a point in time (an expression), optionally a component and a portion of
 * it, in the Akoma Ntoso FRBR URI syntax (shared/reference/identifiers.md §1):
 *
 *   /akn/ru/act/federal-law/1998-01-08/3-fz/rus@2023-09-01/~art_1
 *
 * This part of the core reads that syntax into its parts (lr_parse_akn) and
 * writes the canonical URI back (lr_format).  Decisions the reference leaves
 * open, taken here and tested:
 *   - the "/akn" prefix is optional on input and always written;
 *   - one trailing "/" is ignored;
 *   - a work reference has no language (nothing is invented);
 *   - every part read is written back, a portion without a version included;
 *   - a final ".name" starting with a letter is the format ("02.xml" is number
 *     "02" in format "xml"); a dot elsewhere belongs to the number;
 *   - a component needs its "!": "/1980/02/eng/main" is an error.
 * Like the clause_path core, nothing here allocates or includes PostgreSQL.
 */
#ifndef LEXALIGN_LEXREF_H
#define LEXALIGN_LEXREF_H

#include "clause_path.h"

#define LR_MAX_INPUT		2048	/* characters of any accepted input */

typedef struct lr_span
{
	const char *ptr;			/* into the parsed input; NULL when absent */
	int			len;
} lr_span;

typedef enum lr_version
{
	LR_VERSION_CURRENT = 0,		/* no version: the current text */
	LR_VERSION_ORIGINAL,		/* "@": the original text */
	LR_VERSION_AMENDED,			/* "@2012-04-26" or "@label": as amended */
	LR_VERSION_IN_FORCE,		/* ":2015-01-01": the text in force at a date */
	LR_VERSION_ANY				/* ":": any version */
} lr_version;

typedef struct lr_parts
{
	char		country[3];		/* ISO 3166-1 alpha-2 or an international code, NUL ended */
	lr_span		locality;		/* after "-": "jhb" of "za-jhb" */
	lr_span		doctype;		/* act, bill, judgment, ... */
	lr_span		subtype;		/* federal-law */
	lr_span		actor;			/* only with a subtype */
	lr_span		date;			/* YYYY, YYYY-MM or YYYY-MM-DD, as written */
	lr_span		number;			/* 3-fz, or nn when the act has none */
	char		language[4];	/* ISO 639-2/3, empty for a work reference */
	lr_version	version;
	lr_span		version_label;	/* the date or label after "@" or ":" */
	lr_span		component;		/* after "!": main, schedule1/schedule2 */
	lr_span		portion;		/* after "~": an eId */
	lr_span		portion_end;	/* after "->" in a range of eIds */
	lr_span		format;			/* xml, akn, html, pdf */
} lr_parts;

/*
 * Start of every lexref reader: clear err, and refuse an input whose result
 * would have more than LR_MAX_INPUT characters (length + grows_by).
 */
cp_status	lr_begin_input(size_t length, size_t grows_by, cp_error *err);

/* Read an Akoma Ntoso FRBR URI; errors as for clause_path (cp_error). */
cp_status	lr_parse_akn(const char *input, size_t input_len, lr_parts *parts, cp_error *err);

/* Write the canonical URI; out holds LR_MAX_INPUT + 8 bytes.  Returns the length. */
int			lr_format(const lr_parts *parts, char *out);

/*
 * Is err a refusal of a code that is well formed but not in a vocabulary (a
 * country, language or document type unknown to this release)?  A stored key
 * is decoded without those checks, which belong to input only, so that the
 * tables can change without making stored values unreadable.
 */
int			lr_is_vocabulary_error(const cp_error *err);

/*
 * Does s[0..len) end in "." and a letter then letters and digits?  In a URI
 * that is a format ("1.xml" is number 1 in xml), so a number or a version
 * label may not end so: it could not be written back, alone, as itself.
 */
int			lr_ends_like_format(const char *s, int len);

/*
 * Is year-month-day a calendar date?  0 if so, 1 for a bad month, 2 for a bad
 * day, so that a reader can point at the wrong field.  Shared by the AKN
 * reader and the ELI and URN:LEX readers, which check dates themselves to
 * report positions in their own input rather than in the converted text.
 */
static inline int
lr_check_ymd(int year, int month, int day)
{
	static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (month < 1 || month > 12)
		return 1;
	if (day < 1 || day > days[month - 1] ||
		(month == 2 && day == 29 && !((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)))
		return 2;
	return 0;
}

#endif							/* LEXALIGN_LEXREF_H */
