/*
 * lr_convert.h — ELI URIs and URN:LEX names to and from Akoma Ntoso URIs.
 *
 * A lexref is stored in the Akoma Ntoso (AKN) form only; the other two
 * identifier families are input and output syntaxes.  The readers here turn
 * an ELI or a URN:LEX into AKN text, which the type's input function then
 * gives to lr_parse_akn, so there is one parser of the stored form.  The
 * writers go back where a mapping exists, and reverse(convert(x)) is x's
 * canonical form (the table below says what is canonical).
 *
 * The mapping, decided for issue 3 (shared/reference/identifiers.md §3, §4):
 *
 * | input                                                  | Akoma Ntoso                                   |
 * |--------------------------------------------------------|-----------------------------------------------|
 * | ELI, EU Publications Office, host data.europa.eu       |                                               |
 * |   /eli/{typedoc}/{year}/{number}/oj                    | /akn/eu/act/{typedoc}/{year}/{number}         |
 * |   /eli/{typedoc}/{year}/{number}/oj/{lang}             | /akn/eu/act/{typedoc}/{year}/{number}/{lang}@ |
 * |   /eli/{typedoc}/{year}/{number}/{yyyy-mm-dd}          | .../{number}/mul@{yyyy-mm-dd}                 |
 * |   /eli/{typedoc}/{year}/{number}/{yyyy-mm-dd}/{lang}   | .../{number}/{lang}@{yyyy-mm-dd}              |
 * |   /eli/.../{number}/corrigendum/{yyyy-mm-dd}/oj        | .../{number}/mul@corrigendum-{yyyy-mm-dd}     |
 * |   /eli/.../{number}/corrigendum/{yyyy-mm-dd}/oj/{lang} | .../{number}/{lang}@corrigendum-{yyyy-mm-dd}  |
 * | ELI, Spain, host www.boe.es                            |                                               |
 * |   /eli/es/{type}/{yyyy}/{mm}/{dd}/{number}             | /akn/es/act/{type}/{yyyy}-{mm}-{dd}/{number}  |
 * | ELI, Luxembourg, host data.legilux.public.lu           |                                               |
 * |   /eli/etat/leg/{type}/{yyyy}/{mm}/{dd}/{number}       | /akn/lu/act/{type}/{yyyy}-{mm}-{dd}/{number}  |
 * | ELI, Denmark, host www.retsinformation.dk              |                                               |
 * |   /eli/{type}/{yyyy}/{number}                          | /akn/dk/act/{type}/{yyyy}/{number}            |
 * | ELI, Ireland, host www.irishstatutebook.ie             |                                               |
 * |   /eli/{yyyy}/act/{number}                             | /akn/ie/act/{yyyy}/{number}                   |
 * |   /eli/{yyyy}/act/{number}/enacted                     | /akn/ie/act/{yyyy}/{number}/mul@              |
 * |   /eli/{yyyy}/act/{number}/enacted/{lang2}             | /akn/ie/act/{yyyy}/{number}/{lang3}@          |
 * |   /eli/{yyyy}/act/{number}/enacted/{lang2}/{format}    | /akn/ie/act/{yyyy}/{number}/{lang3}@.{format} |
 * | URN:LEX (RFC 9676)                                     |                                               |
 * |   urn:lex:{cc}:{authority}:{measure}:{date};{number}   | /akn/{cc}/act/{measure}/{authority}/{date}/{number} |
 * |   ... "@" {vdate}                                      | .../mul@{vdate}                               |
 * |   ... "@" {vdate} ":" {lang}                           | .../{lang3}@{vdate}                           |
 * |   ... "~" art15;par3                                   | .../~art_15__para_3                           |
 * |   urn:lex:{cc};{sub}:... or urn:lex:{cc}-{sub}:...     | /akn/{cc}-{sub}/...                           |
 *
 * ELI details:
 *   - "http" and "https" are both read, the scheme and host in any case; one
 *     trailing "/" is ignored.  A host, or a path shape, not in the table is
 *     an error naming what was expected: nothing is guessed.
 *   - {typedoc} and {type} are [a-z_]+ and become the AKN subtype verbatim
 *     (reg, dir_impl, agree_internation, lo, loi, lta, ...).
 *   - {number} is letters, digits, "-" and "_"; a "." is refused, since in
 *     the AKN form a final ".name" is the format.
 *   - EU {lang} is a three-letter ISO 639 code, as ELI writes it.  Irish
 *     {lang2} is ISO 639-1 (en, ga) and becomes the three-letter code (eng,
 *     gle); {format} is html, xml or pdf.
 *   - "mul" for a consolidated version or corrigendum without a language:
 *     EU law is equally authentic in all its official languages, so the
 *     version is that of every language at once, not of an invented one.
 *     Likewise Ireland's "/enacted" without a language is the original text
 *     in all its languages, "mul@".  ("/oj" without a language is the act as
 *     published, the work, which needs no language.)
 *   - A corrigendum is the AKN version label "corrigendum-{yyyy-mm-dd}".
 *   - Written ELIs use the scheme publishers mint: http for data.europa.eu,
 *     data.legilux.public.lu and www.irishstatutebook.ie, https for
 *     www.boe.es and www.retsinformation.dk; the host in lowercase, no
 *     trailing "/".  A dated EU version or corrigendum in "mul" is written
 *     without a language (".../2020-01-01/mul" reads as, and writes back as,
 *     ".../2020-01-01"); ".../oj/mul" stays as it is.
 *   - lr_akn_to_eli writes only what one of these rows reads back to the very
 *     same AKN: any other country, doctype, date shape, version, a component,
 *     a portion or another format gives -1.
 *
 * URN:LEX details:
 *   - "urn:lex:" in any case; everything after it as written (lowercase
 *     country, as AKN requires).
 *   - The measure is the AKN subtype, the authority the AKN actor; both keep
 *     their dots (ministero.giustizia) and must not start with a digit (in
 *     the AKN form a digit starts the date).  The doctype is always "act".
 *   - {date} and a version {vdate} are full YYYY-MM-DD dates; ";number" is
 *     required (letters, digits, "-", "_").
 *   - The language after the version is a three-letter ISO 639 code, or a
 *     two-letter ISO 639-1 code mapped to its three-letter code (it -> ita);
 *     no language gives "mul", for the same reason as ELI.  A language
 *     without a version, a version that is not a date, and a "$"
 *     manifestation are refused.
 *   - Sub-national jurisdictions: "it;lazio" and "it-lazio" are both the AKN
 *     locality "it-lazio"; written back as "it;lazio".
 *   - A partition is ";"-separated parts, each a prefix and a number:
 *     art -> art, par -> para, com -> para, let -> point, num -> item.  The
 *     number starts with a digit, except after "let" (leta -> point_a).  Any
 *     other prefix is an error naming it.
 *   - lr_akn_to_urnlex needs doctype "act", a subtype, an actor, a full date,
 *     and a number of the characters above; an expression only as
 *     "{lang}@{date}" ("mul@{date}" writes "@{date}" alone), the language
 *     written in three letters; a portion whose every part maps back
 *     (para -> par, so "com" reads but is never written).  Anything it cannot
 *     express (a component, a range, a format, "@", ":", a label) gives -1:
 *     a part is never dropped.
 *
 * No function here allocates or includes a PostgreSQL header.
 */
#ifndef LEXALIGN_LR_CONVERT_H
#define LEXALIGN_LR_CONVERT_H

#include "lexref.h"

/* Capacity of every out buffer below. */
#define LR_CONVERT_OUT		(LR_MAX_INPUT + 64)

/*
 * Convert an ELI URI, or a URN:LEX name, to Akoma Ntoso text in out (NUL
 * ended, *out_len set).  Errors are positioned in the original input.
 */
cp_status	lr_eli_to_akn(const char *in, size_t len, char *out, int *out_len, cp_error *err);
cp_status	lr_urnlex_to_akn(const char *in, size_t len, char *out, int *out_len, cp_error *err);

/*
 * Write the canonical ELI or URN:LEX of parts; the length, or -1 if there is
 * none (also when it would be longer than LR_MAX_INPUT, which no reader takes).
 */
int			lr_akn_to_eli(const lr_parts *p, char *out);
int			lr_akn_to_urnlex(const lr_parts *p, char *out);

/*
 * ISO 639-1: the three-letter (ISO 639-2/T) code of a lowercase two-letter
 * code, or NULL; and back, from any code lr_language_by_code knows.  Both
 * ELI (Ireland) and URN:LEX write two-letter codes.  Wrappers over
 * lr_language_by_alpha2 and lr_language_alpha2_of (lr_iso.h).
 */
const char *lr_language_from_alpha2(const char *s, int len);
const char *lr_language_to_alpha2(const char *code3);

#endif							/* LEXALIGN_LR_CONVERT_H */
