/*
 * test_lexref.c — unit tests of the lexref core's Akoma Ntoso reader and
 * writer: every example of shared/reference/identifiers.md §1, valid and
 * invalid, with its canonical form and its parts.
 */
#include "lexref.h"
#include "unit.h"

#include <string.h>

static const char *const canonical[][2] = {
	{"/akn/za/act/2009/1/eng@2012-04-26/!main~sec_2__subsec_1", NULL},
	{"/akn/za-jhb/act/by-law/2003/public-health/eng:2015-01-01/!main~part_1.xml", NULL},
	{"/akn/za/act/1980/2/!schedule1/schedule2/schedule3", NULL},
	{"/akn/za/act/2005/5/eng@2002-03-01/~sec_5.xml", NULL},
	{"/akn/ke/act/decree/MinistryForeignAffairs/2005-07-12/3", NULL},
	{"/akn/it-45/act/legge/consiglio/2004-05-24/11", NULL},
	{"/akn/sl/act/2004-02-13/2/eng@2004-07-21", NULL},
	{"/akn/eu/act/2003-11-13/87/~art_3->art_5", NULL},
	{"/akn/us/act/2011-11-29/112-61", NULL},
	{"/gh/act/2020/1013/eng@2020-04-03", "/akn/gh/act/2020/1013/eng@2020-04-03"},
	{"/akn/ru/act/federal-law/1998-01-08/3-fz/rus@2023-09-01/~art_1", NULL},
	{"/akn/za/act/1980/01/", "/akn/za/act/1980/01"},
	{"/akn/za/act/1980/02.xml", NULL},
	{"/akn/za/act/1980/1/eng@", NULL},
	{"/akn/za/act/1980/1/eng:", NULL},
	{"/akn/za/act/1980/1/eng@first", NULL},
	{"/akn/za/act/1980-02/nn", NULL},
	{"/akn/un/doc/2017-12-04/moscow-declaration/eng/~recs__rec_6", NULL},
};

static void
test_canonical(void)
{
	for (size_t i = 0; i < sizeof(canonical) / sizeof(canonical[0]); i++)
	{
		const char *in = canonical[i][0];
		const char *want = canonical[i][1] ? canonical[i][1] : in;
		lr_parts	parts;
		lr_parts	again;
		cp_error	err;
		char		out[LR_MAX_INPUT + 8];
		char		out2[LR_MAX_INPUT + 8];

		CHECK(lr_parse_akn(in, strlen(in), &parts, &err) == CP_OK, "%s rejected: %s (at %d)", in, err.detail, err.position);
		if (err.status != CP_OK)
			continue;
		lr_format(&parts, out);
		CHECK(strcmp(out, want) == 0, "%s wrote %s, expected %s", in, out, want);
		CHECK(lr_parse_akn(out, strlen(out), &again, &err) == CP_OK, "%s does not read back", out);
		lr_format(&again, out2);
		CHECK(strcmp(out, out2) == 0, "out(in(x)) is not a fixed point for %s", out);
	}
}

#define SPAN_IS(sp, text) ((sp).ptr ? ((int) strlen(text) == (sp).len && memcmp((sp).ptr, text, (size_t) (sp).len) == 0) \
						   : (text)[0] == '\0')

static void
test_parts(void)
{
	lr_parts	p;
	cp_error	err;
	const char *in = "/akn/za-jhb/act/by-law/2003/public-health/eng:2015-01-01/!main~part_1.xml";

	CHECK(lr_parse_akn(in, strlen(in), &p, &err) == CP_OK, "parts example accepted");
	CHECK(strcmp(p.country, "za") == 0 && SPAN_IS(p.locality, "jhb"), "country and locality");
	CHECK(SPAN_IS(p.doctype, "act") && SPAN_IS(p.subtype, "by-law") && SPAN_IS(p.actor, ""), "type, subtype, no actor");
	CHECK(SPAN_IS(p.date, "2003") && SPAN_IS(p.number, "public-health"), "date and number");
	CHECK(strcmp(p.language, "eng") == 0 && p.version == LR_VERSION_IN_FORCE &&
		  SPAN_IS(p.version_label, "2015-01-01"), "language and in-force version");
	CHECK(SPAN_IS(p.component, "main") && SPAN_IS(p.portion, "part_1") && SPAN_IS(p.format, "xml"),
		  "component, portion, format");

	in = "/akn/ke/act/decree/MinistryForeignAffairs/2005-07-12/3";
	CHECK(lr_parse_akn(in, strlen(in), &p, &err) == CP_OK &&
		  SPAN_IS(p.subtype, "decree") && SPAN_IS(p.actor, "MinistryForeignAffairs") &&
		  p.language[0] == '\0' && p.version == LR_VERSION_CURRENT, "actor after subtype; a work has no language");

	in = "/akn/eu/act/2003-11-13/87/~art_3->art_5";
	CHECK(lr_parse_akn(in, strlen(in), &p, &err) == CP_OK &&
		  SPAN_IS(p.portion, "art_3") && SPAN_IS(p.portion_end, "art_5") && !p.component.ptr,
		  "a portion range without a component or version is kept");

	in = "/akn/za/act/1980/02.xml";
	CHECK(lr_parse_akn(in, strlen(in), &p, &err) == CP_OK && SPAN_IS(p.number, "02") && SPAN_IS(p.format, "xml"),
		  "a final .xml is the format, not part of the number");
	in = "/akn/za/act/1980/1.2";
	CHECK(lr_parse_akn(in, strlen(in), &p, &err) == CP_OK && SPAN_IS(p.number, "1.2") && !p.format.ptr,
		  "a dot followed by a digit stays in the number");
}

typedef struct bad
{
	const char *input;
	int			position;
	const char *detail;
} bad;

static const bad invalid[] = {
	{"/badness", 2, "two-letter lowercase country code"},
	{"/akn/za", 8, "Expected a document type"},
	{"/akn/fr/act/2004/1/fre", 20, "ISO 639-2/T code \"fra\""},
	{"/akn/eu/act/2003-11-13/87/~art_5->art_3", 35, "after its start"},
	{"/akn/eu/act/2003-11-13/87/~art_5__para_1->art_5", 43, "after its start"},
	{"/~/:e", 2, "two-letter lowercase country code"},
	{"/akn/!main", 6, "two-letter lowercase country code"},
	{"/akn/za/act", 12, "Expected a date"},
	{"/ukpga/2015/1", 2, "two-letter lowercase country code"},
	{"/akn/ZA/act/1980/1", 6, "two-letter lowercase country code"},
	{"/akn/za/act/80/1", 13, "Expected a 4-digit year"},
	{"/akn/za/act/1980/1/english", 20, "three-letter language code"},
	{"/akn/za/act/1980/02/eng/main", 25, "Expected \"!\" before a component"},
	{"/akn/zz/act/1980/1", 6, "Unknown country code \"zz\""},
	{"/akn/za/law/1980/1", 9, "document type"},
	{"/akn/za/act/1980-13/1", 18, "month from 01 to 12"},
	{"/akn/za/act/1980-1/1", 18, "2-digit month"},
	{"/akn/za/act/2023-02-29/1", 21, "day that exists"},
	{"/akn/za/act/1980/1/eng@2012-04-31", 32, "day that exists"},
	{"/akn/za/act/a/b/c/1980/1", 17, "a subtype and an actor at most"},
	{"/akn/za/act/1980/1/~", 21, "Expected an eId after \"~\""},
	{"/akn/za/act/1980/1/~art 3", 24, "in the eId"},
	{"/akn/za/act/1980/1/!", 21, "component name"},
	{"/akn/za/act/1980/1/xyz", 20, "Unknown language code"},
	{"akn/za/act/1980/1", 1, "Expected \"/\""},
	{"/akn/za/act/1980", 17, "Expected the number"},
	{"/akn/za/act/1980/1/eng:first", 24, "Expected a date after \":\""},
	{"/akn/ke/act/2000/1.x.pdf", 19, "number that does not end in \".letters\""},
	{"/akn/ke/act/2000/1/eng@v.x/!main", 25, "version label that does not end"},
};

static void
test_invalid(void)
{
	for (size_t i = 0; i < sizeof(invalid) / sizeof(invalid[0]); i++)
	{
		lr_parts	p;
		cp_error	err;
		cp_status	st = lr_parse_akn(invalid[i].input, strlen(invalid[i].input), &p, &err);

		CHECK(st == CP_SYNTAX, "%s should be rejected", invalid[i].input);
		if (st != CP_SYNTAX)
			continue;
		CHECK(err.position == invalid[i].position, "%s: position %d, expected %d (%s)",
			  invalid[i].input, err.position, invalid[i].position, err.detail);
		CHECK(strstr(err.detail, invalid[i].detail) != NULL, "%s: detail \"%s\" lacks \"%s\"",
			  invalid[i].input, err.detail, invalid[i].detail);
	}
}

/* The limit is on the canonical form: an input without "/akn" gets 4 more characters. */
static void
test_limit(void)
{
	char		in[LR_MAX_INPUT + 8];
	lr_parts	p;
	cp_error	err;
	int			n = sprintf(in, "/za/act/1980/");

	memset(in + n, '1', (size_t) (LR_MAX_INPUT - n));
	CHECK(lr_parse_akn(in, LR_MAX_INPUT, &p, &err) == CP_LIMIT,
		  "an input whose canonical form exceeds the limit is refused");
	CHECK(lr_parse_akn(in, LR_MAX_INPUT - 4, &p, &err) == CP_OK,
		  "an input whose canonical form is at the limit is accepted");

	/* a limit inside the portion's eId points at the component, counted in the URI */
	n = sprintf(in, "/akn/za/act/1980/2/~art_1__para_");
	memset(in + n, '1', 70);
	CHECK(lr_parse_akn(in, (size_t) n + 70, &p, &err) == CP_LIMIT && err.position == 28,
		  "a too-long portion component is reported at character 28 (got %d: %s)", err.position, err.detail);
}

int
main(void)
{
	test_limit();
	test_canonical();
	test_parts();
	test_invalid();
	return unit_summary("core unit tests (lexref: Akoma Ntoso URIs)");
}
