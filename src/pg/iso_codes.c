/*
 * iso_codes.c — the ISO 3166-1 table the core carries (src/core/lr_iso_tables.c,
 * generated from Debian's iso-codes), as rows, to fill lexalign.country when
 * the extension is created: the SQL side and the lexref parser then agree on
 * which countries exist.
 */
#include "postgres.h"
#include "fmgr.h"

#include "../core/lr_iso.h"
#include "funcapi.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(iso_countries);
Datum
iso_countries(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	InitMaterializedSRF(fcinfo, 0);
	for (int i = 0; i < lr_n_countries; i++)
	{
		const lr_country *c = &lr_countries[i];
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};

		values[0] = CStringGetTextDatum(c->alpha2);
		values[1] = CStringGetTextDatum(c->alpha3);
		values[2] = Int32GetDatum(c->numeric);
		values[3] = CStringGetTextDatum(c->name);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
