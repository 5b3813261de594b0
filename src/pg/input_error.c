/*
 * input_error.c — see input_error.h.
 */
#include "input_error.h"

void
report_input_error(const cp_error *err, const char *type_name, const char *input, bool binary)
{
	char		detail[256];

	cp_error_sentence(err, detail, sizeof(detail));
	if (err->status == CP_LIMIT)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s is too long", type_name),
				 errdetail("%s", detail)));
	ereport(ERROR,
			(errcode(binary ? ERRCODE_INVALID_BINARY_REPRESENTATION
					 : ERRCODE_INVALID_TEXT_REPRESENTATION),
			 binary ? errmsg("invalid external %s value \"%s\"", type_name, input)
			 : errmsg("invalid input syntax for type %s: \"%s\"", type_name, input),
			 errdetail("%s", detail)));
}
