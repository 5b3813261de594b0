/*
 * alignment_read.c — alignment_from(text): the scales people use, read into
 * the lexalign.alignment enum by the core's reader (src/core/alignment.c).
 */
#include "postgres.h"
#include "fmgr.h"

#include "../core/alignment.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(alignment_from_text);
Datum
alignment_from_text(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	al_level	level;
	cp_error	err;
	char		detail[256];

	if (al_read(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &level, &err) != CP_OK)
	{
		cp_error_sentence(&err, detail, sizeof(detail));
		if (err.status == CP_LIMIT)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("alignment level is too long"),
					 errdetail("%s", detail)));
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for an alignment level: \"%s\"", text_to_cstring(t)),
				 errdetail("%s", detail)));
	}
	/* the enum's labels are the core's labels; its type is our declared result */
	PG_RETURN_DATUM(DirectFunctionCall2(enum_in, CStringGetDatum(al_label(level)),
										ObjectIdGetDatum(get_fn_expr_rettype(fcinfo->flinfo))));
}
