/*
 * lexref_funcs.c — the parts of a lexref, and its other syntaxes.
 *
 * The levels of the key (lr_key.h) give work(), expression(), portion() and
 * with_portion() as byte slices, without decoding; the rest decode the parts.
 */
#include "lexref_pg.h"

#include "../core/lr_convert.h"
#include "access/htup_details.h"
#include "funcapi.h"
#include "utils/builtins.h"

static void
levels_of(const struct varlena *v, lr_levels *lv)
{
	if (lr_key_levels(SORT_KEY(v), SORT_KEY_LEN(v), lv) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("invalid lexref value: not a stored reference")));
}

static text *
span_text(lr_span sp)
{
	return cstring_to_text_with_len(sp.ptr, sp.len);
}

/* "ru", or "za-jhb" with the locality */
static text *
jurisdiction_text(const lr_parts *p)
{
	if (!p->locality.ptr)
		return cstring_to_text_with_len(p->country, 2);
	return (text *) DatumGetPointer(DirectFunctionCall1(textin,
														CStringGetDatum(psprintf("%s-%.*s", p->country,
																				 p->locality.len, p->locality.ptr))));
}

PG_FUNCTION_INFO_V1(lexref_jurisdiction);
Datum
lexref_jurisdiction(PG_FUNCTION_ARGS)
{
	char		buf[LR_DECODE_BUF];
	lr_parts	p;

	lexref_decode(PG_GETARG_LEXREF_PP(0), &p, buf);
	PG_RETURN_TEXT_P(jurisdiction_text(&p));
}

PG_FUNCTION_INFO_V1(lexref_country);
Datum
lexref_country(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_LEXREF_PP(0);

	/* the key starts with the two letters */
	PG_RETURN_TEXT_P(cstring_to_text_with_len((const char *) SORT_KEY(v), 2));
}

PG_FUNCTION_INFO_V1(lexref_doctype);
Datum
lexref_doctype(PG_FUNCTION_ARGS)
{
	char		buf[LR_DECODE_BUF];
	lr_parts	p;

	lexref_decode(PG_GETARG_LEXREF_PP(0), &p, buf);
	PG_RETURN_TEXT_P(span_text(p.doctype));
}

PG_FUNCTION_INFO_V1(lexref_date);
Datum
lexref_date(PG_FUNCTION_ARGS)
{
	char		buf[LR_DECODE_BUF];
	lr_parts	p;

	lexref_decode(PG_GETARG_LEXREF_PP(0), &p, buf);
	PG_RETURN_TEXT_P(span_text(p.date));
}

PG_FUNCTION_INFO_V1(lexref_language);
Datum
lexref_language(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_LEXREF_PP(0);
	lr_levels	lv;

	levels_of(v, &lv);
	if (lv.expression_end == lv.work_end)
		PG_RETURN_NULL();
	/* the expression level: its tag, then the three letters */
	PG_RETURN_TEXT_P(cstring_to_text_with_len((const char *) SORT_KEY(v) + lv.work_end + 1, 3));
}

PG_FUNCTION_INFO_V1(lexref_work);
Datum
lexref_work(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_LEXREF_PP(0);
	lr_levels	lv;

	levels_of(v, &lv);
	PG_RETURN_POINTER(sort_key_datum(SORT_KEY(v), lv.work_end));
}

/* The work and its expression (language and version); NULL without one. */
PG_FUNCTION_INFO_V1(lexref_expression);
Datum
lexref_expression(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_LEXREF_PP(0);
	lr_levels	lv;

	levels_of(v, &lv);
	if (lv.expression_end == lv.work_end)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(sort_key_datum(SORT_KEY(v), lv.expression_end));
}

/* key[from..to) as a new datum (a clause_path key, for the portion levels), or NULL if empty. */
static Datum
key_slice(FunctionCallInfo fcinfo, const struct varlena *v, size_t from, size_t to)
{
	if (to == from)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(sort_key_datum(SORT_KEY(v) + from, to - from));
}

/* The portion's eId as a clause_path (the first eId of a range); NULL without one. */
PG_FUNCTION_INFO_V1(lexref_portion);
Datum
lexref_portion(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_LEXREF_PP(0);
	lr_levels	lv;

	levels_of(v, &lv);
	/* the portion level holds a clause_path key as it is */
	return key_slice(fcinfo, v, lv.portion_start, lv.portion_end);
}

/* The last eId of a range; NULL when the portion is not a range. */
PG_FUNCTION_INFO_V1(lexref_portion_end);
Datum
lexref_portion_end(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_LEXREF_PP(0);
	lr_levels	lv;

	levels_of(v, &lv);
	return key_slice(fcinfo, v, lv.range_start, lv.range_end);
}

/*
 * The same reference with another portion (replacing any portion or range;
 * the format stays): with_portion('/akn/ru/act/2001/1/rus', 'art_3').
 */
PG_FUNCTION_INFO_V1(lexref_with_portion);
Datum
lexref_with_portion(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_LEXREF_PP(0);
	struct varlena *cp = DatumGetSortKeyPP(PG_GETARG_DATUM(1));
	size_t		len = SORT_KEY_LEN(v);
	size_t		cp_len = SORT_KEY_LEN(cp);
	lr_levels	lv;
	uint8_t    *key;
	size_t		o;
	char		buf[LR_DECODE_BUF];
	lr_parts	parts;

	levels_of(v, &lv);
	/* the one invalid clause_path there is: an index bound (clause_path_subtree_end) */
	if (cp_depth(SORT_KEY(cp), cp_len) <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the portion is not a clause_path")));
	key = palloc(len + cp_len + 1);
	memcpy(key, SORT_KEY(v), lv.component_end);
	o = lv.component_end;
	key[o++] = LR_TAG_PORTION;
	memcpy(key + o, SORT_KEY(cp), cp_len);
	o += cp_len;
	memcpy(key + o, SORT_KEY(v) + lv.format_start, len - lv.format_start);
	o += len - lv.format_start;
	/* both parts are valid, so only the length of the text can fail */
	if (lr_decode(key, o, &parts, buf) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("lexref is too long"),
				 errdetail("A lexref has at most %d characters.", LR_MAX_INPUT)));
	PG_RETURN_POINTER(sort_key_datum(key, o));
}

static const char *
version_name(lr_version v)
{
	switch (v)
	{
		case LR_VERSION_ORIGINAL:
			return "original";
		case LR_VERSION_AMENDED:
			return "amended";
		case LR_VERSION_IN_FORCE:
			return "in_force";
		case LR_VERSION_ANY:
			return "any";
		case LR_VERSION_CURRENT:
			break;
	}
	return "current";
}

/* Column i of the parts record: a value, or NULL when the part is absent. */
static void
set_column(Datum *values, bool *nulls, int *i, bool present, Datum value)
{
	nulls[*i] = !present;
	values[*i] = present ? value : (Datum) 0;
	(*i)++;
}

#define SPAN_COLUMN(sp) \
	set_column(values, nulls, &i, (sp).ptr != NULL, (sp).ptr ? PointerGetDatum(span_text(sp)) : (Datum) 0)
#define KEY_COLUMN(from, to) \
	set_column(values, nulls, &i, (to) > (from), \
			   (to) > (from) ? PointerGetDatum(sort_key_datum(SORT_KEY(v) + (from), (to) - (from))) : (Datum) 0)

/* One record with every part by name (NULL where absent); see the SQL declaration. */
PG_FUNCTION_INFO_V1(lexref_parts);
Datum
lexref_parts(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_LEXREF_PP(0);
	char		buf[LR_DECODE_BUF];
	lr_parts	p;
	lr_levels	lv;
	TupleDesc	desc;
	Datum		values[15];
	bool		nulls[15];
	int			i = 0;
	bool		expression;

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE || desc->natts != 15)
		elog(ERROR, "lexref_parts must return a record of 15 columns");
	desc = BlessTupleDesc(desc);
	lexref_decode(v, &p, buf);
	levels_of(v, &lv);
	expression = p.language[0] != '\0';

	set_column(values, nulls, &i, true, PointerGetDatum(jurisdiction_text(&p)));
	set_column(values, nulls, &i, true, PointerGetDatum(cstring_to_text_with_len(p.country, 2)));
	SPAN_COLUMN(p.locality);
	SPAN_COLUMN(p.doctype);
	SPAN_COLUMN(p.subtype);
	SPAN_COLUMN(p.actor);
	SPAN_COLUMN(p.date);
	SPAN_COLUMN(p.number);
	set_column(values, nulls, &i, expression, expression ? PointerGetDatum(cstring_to_text(p.language)) : 0);
	set_column(values, nulls, &i, expression,
			   expression ? PointerGetDatum(cstring_to_text(version_name(p.version))) : 0);
	SPAN_COLUMN(p.version_label);
	SPAN_COLUMN(p.component);
	KEY_COLUMN(lv.portion_start, lv.portion_end);
	KEY_COLUMN(lv.range_start, lv.range_end);
	SPAN_COLUMN(p.format);
	Assert(i == 15);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}

static Datum
written_as(FunctionCallInfo fcinfo, int (*writer) (const lr_parts *, char *))
{
	char		buf[LR_DECODE_BUF];
	char		out[LR_CONVERT_OUT];
	lr_parts	p;
	int			n;

	lexref_decode(PG_GETARG_LEXREF_PP(0), &p, buf);
	if ((n = writer(&p, out)) < 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text_with_len(out, n));
}

PG_FUNCTION_INFO_V1(lexref_to_eli);
Datum
lexref_to_eli(PG_FUNCTION_ARGS)
{
	return written_as(fcinfo, lr_akn_to_eli);
}

PG_FUNCTION_INFO_V1(lexref_to_urn_lex);
Datum
lexref_to_urn_lex(PG_FUNCTION_ARGS)
{
	return written_as(fcinfo, lr_akn_to_urnlex);
}
