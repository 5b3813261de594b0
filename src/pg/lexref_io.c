/*
 * lexref_io.c — text and binary input and output of lexref.
 *
 * Text input reads three syntaxes, told apart by their start: an ELI is an
 * http(s) URI, a URN:LEX starts with "urn:lex:", anything else is an Akoma
 * Ntoso URI.  The first two are converted to Akoma Ntoso text by the core
 * (lr_convert.h) and then read by the one parser of the stored form.
 */
#include "lexref_pg.h"

#include "../core/lr_convert.h"
#include "input_error.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

/* Version of the binary format: a byte, then the canonical Akoma Ntoso URI. */
#define LEXREF_BINARY_VERSION 1

/*
 * Is key an upper bound lr_subtree_bounds makes from a valid key: that key
 * with its last byte raised, or with a 0x00 appended, or a range's bound?
 */
static bool
is_subtree_bound(const uint8_t *key, size_t len)
{
	uint8_t    *k;
	lr_levels	lv;
	bool		found = false;

	if (len < 2)
		return false;
	if (key[len - 1] == 0x00)
		return lr_key_levels(key, len - 1, &lv) == 0;
	k = palloc(len);
	memcpy(k, key, len);
	k[len - 1]--;
	found = lr_key_levels(k, len, &lv) == 0;
	pfree(k);
	return found;
}

void
lexref_decode(const struct varlena *v, lr_parts *parts, char *buf)
{
	if (lr_decode(SORT_KEY(v), SORT_KEY_LEN(v), parts, buf) == 0)
		return;
	if (is_subtree_bound(SORT_KEY(v), SORT_KEY_LEN(v)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a subtree bound is not a lexref and cannot be printed"),
				 errhint("lexref_subtree_end() serves index scans only.")));
	ereport(ERROR,
			(errcode(ERRCODE_DATA_CORRUPTED),
			 errmsg("invalid lexref value in storage")));
}

char *
lexref_text(const struct varlena *v, int *len)
{
	char		buf[LR_DECODE_BUF];
	lr_parts	parts;
	char	   *out = palloc(LR_MAX_INPUT + 8);
	int			n;

	lexref_decode(v, &parts, buf);
	n = lr_format(&parts, out);
	if (len)
		*len = n;
	return out;
}

static bool
starts_with_ci(const char *s, size_t len, const char *prefix)
{
	size_t		n = strlen(prefix);

	return len >= n && pg_strncasecmp(s, prefix, n) == 0;
}

static Datum
parse_to_datum(const char *input, size_t len, bool binary)
{
	char		converted[LR_CONVERT_OUT];
	const char *akn = input;
	size_t		akn_len = len;
	lr_parts	parts;
	uint8_t		key[LR_MAX_KEY];
	size_t		key_len;
	cp_error	err;
	cp_status	st = CP_OK;

	if (!binary && (starts_with_ci(input, len, "http://") || starts_with_ci(input, len, "https://") ||
					starts_with_ci(input, len, "urn:lex:")))
	{
		int			n;

		st = input[0] == 'u' || input[0] == 'U'
			? lr_urnlex_to_akn(input, len, converted, &n, &err)
			: lr_eli_to_akn(input, len, converted, &n, &err);
		if (st != CP_OK)
			report_input_error(&err, "lexref", input, binary);
		akn = converted;
		akn_len = (size_t) n;
	}
	if (lr_parse_akn(akn, akn_len, &parts, &err) != CP_OK)
	{
		if (akn != input && err.status == CP_SYNTAX)
		{
			/* the converted form names a part the AKN reader refuses: show it */
			char		detail[256];

			cp_error_sentence(&err, detail, sizeof(detail));
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type lexref: \"%s\"", input),
					 errdetail("Its Akoma Ntoso form \"%s\" is not valid: %s", akn, detail)));
		}
		report_input_error(&err, "lexref", binary ? pnstrdup(input, len) : input, binary);
	}
	if (lr_encode(&parts, key, &key_len, &err) != CP_OK)
		report_input_error(&err, "lexref", input, binary);
	return PointerGetDatum(sort_key_datum(key, key_len));
}

PG_FUNCTION_INFO_V1(lexref_in);
Datum
lexref_in(PG_FUNCTION_ARGS)
{
	const char *input = PG_GETARG_CSTRING(0);

	return parse_to_datum(input, strlen(input), false);
}

PG_FUNCTION_INFO_V1(lexref_out);
Datum
lexref_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(lexref_text(PG_GETARG_LEXREF_PP(0), NULL));
}

/*
 * Binary input: a version byte and the canonical Akoma Ntoso URI, read by
 * the same validating parser as text input (only that syntax: it is what
 * send writes), so a corrupted message cannot build an invalid key.
 */
PG_FUNCTION_INFO_V1(lexref_recv);
Datum
lexref_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			len;
	char	   *text = sort_key_recv_text(buf, LEXREF_BINARY_VERSION, "lexref", &len);

	return parse_to_datum(text, (size_t) len, true);
}

PG_FUNCTION_INFO_V1(lexref_send);
Datum
lexref_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;
	int			len;
	char	   *text = lexref_text(PG_GETARG_LEXREF_PP(0), &len);

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, LEXREF_BINARY_VERSION);
	pq_sendtext(&buf, text, len);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}
