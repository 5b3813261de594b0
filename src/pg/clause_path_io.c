/*
 * clause_path_io.c — text and binary input and output of clause_path.
 */
#include "clause_path_pg.h"

#include "input_error.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

/* Version of the binary format: a byte, then the canonical eId. */
#define CLAUSE_PATH_BINARY_VERSION 1

char *
clause_path_text(const struct varlena *v, int *len)
{
	char	   *out = palloc(CP_MAX_TEXT + 1);
	int			n = cp_format(CP_KEY(v), CP_KEY_LEN(v), out);

	if (n < 0)
	{
		/* the one invalid key the extension makes itself: an index range bound */
		size_t		key_len = CP_KEY_LEN(v);
		uint8_t    *bound = palloc(key_len + 1);

		memcpy(bound, CP_KEY(v), key_len);
		if (key_len > 0 && bound[key_len - 1] == CP_KEY_TRAILER)
		{
			bound[key_len - 1] = CP_KEY_END;
			if (cp_format(bound, key_len, out) >= 0)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("the subtree bound of \"%s\" is not a clause_path and cannot be printed", out),
						 errhint("clause_path_subtree_end() serves index scans only.")));
		}
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("invalid clause_path value in storage")));
	}
	if (len)
		*len = n;
	return out;
}

static Datum
parse_to_datum(const char *input, size_t len, bool binary)
{
	uint8_t		key[CP_MAX_KEY];
	size_t		key_len;
	cp_error	err;
	cp_status	st;

	if (binary)
	{
		err.status = CP_OK;
		st = cp_parse_eid(input, len, key, &key_len, &err);
	}
	else
		st = cp_parse(input, len, key, &key_len, &err);
	if (st != CP_OK)
		report_input_error(&err, "clause_path", input, binary);
	return PointerGetDatum(clause_path_from_key(key, key_len));
}

PG_FUNCTION_INFO_V1(clause_path_in);
Datum
clause_path_in(PG_FUNCTION_ARGS)
{
	const char *input = PG_GETARG_CSTRING(0);

	return parse_to_datum(input, strlen(input), false);
}

PG_FUNCTION_INFO_V1(clause_path_out);
Datum
clause_path_out(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_CLAUSE_PATH_PP(0);

	PG_RETURN_CSTRING(clause_path_text(v, NULL));
}

/*
 * Binary input: a version byte and the canonical eId, read by the same
 * validating parser as text input (only the eId form: that is what send
 * writes), so a corrupted message cannot build an invalid key.
 */
PG_FUNCTION_INFO_V1(clause_path_recv);
Datum
clause_path_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			len;
	char	   *text = sort_key_recv_text(buf, CLAUSE_PATH_BINARY_VERSION, "clause_path", &len);

	return parse_to_datum(text, (size_t) len, true);
}

PG_FUNCTION_INFO_V1(clause_path_send);
Datum
clause_path_send(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_CLAUSE_PATH_PP(0);
	StringInfoData buf;
	int			len;
	char	   *text = clause_path_text(v, &len);

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, CLAUSE_PATH_BINARY_VERSION);
	pq_sendtext(&buf, text, len);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}
