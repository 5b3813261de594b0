/*
 * test_lr_convert.c — unit tests of the ELI and URN:LEX readers and writers
 * (lr_convert.h): every example of the mapping both ways, the cases where no
 * reverse exists, and the errors with their positions in the original input.
 */
#include "lr_convert.h"
#include "unit.h"

#include <string.h>

typedef cp_status (*convert_fn) (const char *in, size_t len, char *out, int *out_len, cp_error *err);
typedef int (*reverse_fn) (const lr_parts *p, char *out);

/* An input, the canonical AKN it converts to, and its canonical form (NULL: itself). */
typedef struct example
{
	const char *input;
	const char *akn;
	const char *canonical;
} example;

static const example eli_examples[] = {
	/* EU Publications Office */
	{"http://data.europa.eu/eli/reg/2013/216/oj", "/akn/eu/act/reg/2013/216", NULL},
	{"https://data.europa.eu/eli/dir/2020/1057/oj", "/akn/eu/act/dir/2020/1057", "http://data.europa.eu/eli/dir/2020/1057/oj"},
	{"HTTP://Data.Europa.EU/eli/reg/2013/216/oj/", "/akn/eu/act/reg/2013/216", "http://data.europa.eu/eli/reg/2013/216/oj"},
	{"http://data.europa.eu/eli/reg_impl/2019/947/oj", "/akn/eu/act/reg_impl/2019/947", NULL},
	{"http://data.europa.eu/eli/reg_del/2019/945/oj", "/akn/eu/act/reg_del/2019/945", NULL},
	{"http://data.europa.eu/eli/dir_impl/2014/2/oj", "/akn/eu/act/dir_impl/2014/2", NULL},
	{"http://data.europa.eu/eli/dir_del/2015/13/oj", "/akn/eu/act/dir_del/2015/13", NULL},
	{"http://data.europa.eu/eli/dec/2010/405/oj", "/akn/eu/act/dec/2010/405", NULL},
	{"http://data.europa.eu/eli/dec_impl/2021/914/oj", "/akn/eu/act/dec_impl/2021/914", NULL},
	{"http://data.europa.eu/eli/dec_del/2019/1765/oj", "/akn/eu/act/dec_del/2019/1765", NULL},
	{"http://data.europa.eu/eli/agree_internation/2020/2/oj", "/akn/eu/act/agree_internation/2020/2", NULL},
	{"http://data.europa.eu/eli/convention/2005/3/oj", "/akn/eu/act/convention/2005/3", NULL},
	{"http://data.europa.eu/eli/declar/2007/1/oj", "/akn/eu/act/declar/2007/1", NULL},
	{"http://data.europa.eu/eli/prot/2011/4/oj", "/akn/eu/act/prot/2011/4", NULL},
	{"http://data.europa.eu/eli/memorandum_underst/2016/1/oj", "/akn/eu/act/memorandum_underst/2016/1", NULL},
	{"http://data.europa.eu/eli/reg/2016/679/oj/eng", "/akn/eu/act/reg/2016/679/eng@", NULL},
	{"http://data.europa.eu/eli/reg/2016/679/oj/mul", "/akn/eu/act/reg/2016/679/mul@", NULL},
	{"http://data.europa.eu/eli/reg/2016/679/2016-05-04", "/akn/eu/act/reg/2016/679/mul@2016-05-04", NULL},
	{"http://data.europa.eu/eli/reg/2016/679/2016-05-04/fra", "/akn/eu/act/reg/2016/679/fra@2016-05-04", NULL},
	{"http://data.europa.eu/eli/reg/2016/679/2016-05-04/mul", "/akn/eu/act/reg/2016/679/mul@2016-05-04",
	"http://data.europa.eu/eli/reg/2016/679/2016-05-04"},
	{"http://data.europa.eu/eli/reg/2016/679/corrigendum/2018-05-23/oj",
	"/akn/eu/act/reg/2016/679/mul@corrigendum-2018-05-23", NULL},
	{"http://data.europa.eu/eli/reg/2016/679/corrigendum/2018-05-23/oj/deu",
	"/akn/eu/act/reg/2016/679/deu@corrigendum-2018-05-23", NULL},
	/* Spain, Luxembourg, Denmark, Ireland */
	{"https://www.boe.es/eli/es/lo/2013/12/20/9", "/akn/es/act/lo/2013-12-20/9", NULL},
	{"http://WWW.BOE.ES/eli/es/rd/2020/02/29/463/", "/akn/es/act/rd/2020-02-29/463", "https://www.boe.es/eli/es/rd/2020/02/29/463"},
	{"http://data.legilux.public.lu/eli/etat/leg/loi/1989/06/16/n1", "/akn/lu/act/loi/1989-06-16/n1", NULL},
	{"https://www.retsinformation.dk/eli/lta/2012/925", "/akn/dk/act/lta/2012/925", NULL},
	{"http://www.irishstatutebook.ie/eli/1977/act/12/enacted/en/html", "/akn/ie/act/1977/12/eng@.html", NULL},
	{"http://www.irishstatutebook.ie/eli/1977/act/12", "/akn/ie/act/1977/12", NULL},
	{"http://www.irishstatutebook.ie/eli/1977/act/12/enacted", "/akn/ie/act/1977/12/mul@", NULL},
	{"https://www.irishstatutebook.ie/eli/1977/act/12/enacted/ga/", "/akn/ie/act/1977/12/gle@",
	"http://www.irishstatutebook.ie/eli/1977/act/12/enacted/ga"},
	{"http://www.irishstatutebook.ie/eli/2015/act/65/enacted/en/pdf", "/akn/ie/act/2015/65/eng@.pdf", NULL},
};

static const example urnlex_examples[] = {
	{"urn:lex:it:stato:legge:2003-09-21;456", "/akn/it/act/legge/stato/2003-09-21/456", NULL},
	{"urn:lex:br:federal:lei:2008-06-19;11705", "/akn/br/act/lei/federal/2008-06-19/11705", NULL},
	{"urn:lex:fr:etat:lois:2004-12-06;321", "/akn/fr/act/lois/etat/2004-12-06/321", NULL},
	{"URN:LEX:it:stato:legge:2003-09-21;456", "/akn/it/act/legge/stato/2003-09-21/456", "urn:lex:it:stato:legge:2003-09-21;456"},
	{"urn:lex:it:ministero.giustizia:decreto:2010-01-07;12",
	"/akn/it/act/decreto/ministero.giustizia/2010-01-07/12", NULL},
	{"urn:lex:it:stato:legge:2003-09-21;456@2010-05-01", "/akn/it/act/legge/stato/2003-09-21/456/mul@2010-05-01", NULL},
	{"urn:lex:it:stato:legge:2003-09-21;456@2010-05-01:ita", "/akn/it/act/legge/stato/2003-09-21/456/ita@2010-05-01", NULL},
	{"urn:lex:it:stato:legge:2003-09-21;456@2010-05-01:it", "/akn/it/act/legge/stato/2003-09-21/456/ita@2010-05-01",
	"urn:lex:it:stato:legge:2003-09-21;456@2010-05-01:ita"},
	{"urn:lex:it:stato:legge:2003-09-21;456@2010-05-01:mul", "/akn/it/act/legge/stato/2003-09-21/456/mul@2010-05-01",
	"urn:lex:it:stato:legge:2003-09-21;456@2010-05-01"},
	{"urn:lex:it:stato:legge:2003-09-21;456~art15;par3", "/akn/it/act/legge/stato/2003-09-21/456/~art_15__para_3", NULL},
	{"urn:lex:it:stato:legge:2003-09-21;456~art15;com3", "/akn/it/act/legge/stato/2003-09-21/456/~art_15__para_3",
	"urn:lex:it:stato:legge:2003-09-21;456~art15;par3"},
	{"urn:lex:it:stato:legge:2003-09-21;456~art2;par1;leta;num4",
	"/akn/it/act/legge/stato/2003-09-21/456/~art_2__para_1__point_a__item_4", NULL},
	{"urn:lex:it:stato:legge:2003-09-21;456~art15bis;let2", "/akn/it/act/legge/stato/2003-09-21/456/~art_15bis__point_2", NULL},
	{"urn:lex:it:stato:legge:2003-09-21;456@2010-05-01:ita~art15",
	"/akn/it/act/legge/stato/2003-09-21/456/ita@2010-05-01/~art_15", NULL},
	{"urn:lex:it;lazio:regione:legge:2004-05-24;11", "/akn/it-lazio/act/legge/regione/2004-05-24/11", NULL},
	{"urn:lex:it-lazio:regione:legge:2004-05-24;11", "/akn/it-lazio/act/legge/regione/2004-05-24/11",
	"urn:lex:it;lazio:regione:legge:2004-05-24;11"},
	{"urn:lex:eu:commissione:regolamento:2013-03-05;216", "/akn/eu/act/regolamento/commissione/2013-03-05/216", NULL},
};

static void
test_examples(const char *family, const example *ex, size_t n, convert_fn convert, reverse_fn reverse)
{
	for (size_t i = 0; i < n; i++)
	{
		const char *want = ex[i].canonical ? ex[i].canonical : ex[i].input;
		char		akn[LR_CONVERT_OUT];
		char		again[LR_CONVERT_OUT];
		char		back[LR_CONVERT_OUT];
		int			len;
		lr_parts	parts;
		cp_error	err;

		CHECK(convert(ex[i].input, strlen(ex[i].input), akn, &len, &err) == CP_OK,
			  "%s %s rejected: %s (at %d)", family, ex[i].input, err.detail, err.position);
		if (err.status != CP_OK)
			continue;
		CHECK(len == (int) strlen(akn) && strcmp(akn, ex[i].akn) == 0, "%s became %s, expected %s", ex[i].input, akn, ex[i].akn);
		CHECK(lr_parse_akn(akn, (size_t) len, &parts, &err) == CP_OK, "%s does not parse: %s (at %d)", akn, err.detail, err.position);
		if (err.status != CP_OK)
			continue;
		lr_format(&parts, again);
		CHECK(strcmp(again, ex[i].akn) == 0, "%s formats as %s", akn, again);
		len = reverse(&parts, back);
		CHECK(len >= 0 && len == (int) strlen(back) && strcmp(back, want) == 0,
			  "%s written back as %s (%d), expected %s", akn, len >= 0 ? back : "nothing", len, want);
		/* the canonical form is a fixed point */
		CHECK(convert(want, strlen(want), again, &len, &err) == CP_OK && strcmp(again, ex[i].akn) == 0,
			  "canonical %s does not convert to %s", want, ex[i].akn);
	}
}

/* AKN URIs with no ELI, or no URN:LEX, form. */
static const char *const no_eli[] = {
	"/akn/eu/act/2003-11-13/87",
	"/akn/eu/act/reg/2013-05-01/216",
	"/akn/eu/act/reg/2013/216/eng",
	"/akn/eu/act/reg/2013/216/eng:2020-01-01",
	"/akn/eu/act/reg/2013/216/eng@first",
	"/akn/eu/act/reg/2013/216/~art_1",
	"/akn/eu/act/reg/2013/216/!main",
	"/akn/eu/act/reg/2013/216.xml",
	"/akn/eu/bill/reg/2013/216",
	"/akn/eu/act/reg-impl/2013/216",
	"/akn/za/act/1980/1",
	"/akn/es/act/lo/2013/9",
	"/akn/es-ct/act/lo/2013-12-20/9",
	"/akn/dk/act/lta/2012-01-01/925",
	"/akn/ie/act/1977/12/eng@.akn",
	"/akn/ie/act/1977/12/sco@",
	"/akn/ie/act/1977/12/eng@2020-01-01",
	"/akn/ie/act/1977/12.html",
	"/akn/ie/act/1977/1.2",
	"/akn/it/act/legge/stato/2003-09-21/456",
};

static const char *const no_urnlex[] = {
	"/akn/za/act/1980/1",
	"/akn/eu/act/reg/2013/216",
	"/akn/ke/act/decree/MinistryForeignAffairs/2005-07/3",
	"/akn/it/bill/legge/stato/2003-09-21/456",
	"/akn/it/act/legge/stato/2003-09-21/456/ita",
	"/akn/it/act/legge/stato/2003-09-21/456/ita@",
	"/akn/it/act/legge/stato/2003-09-21/456/ita:2010-01-01",
	"/akn/it/act/legge/stato/2003-09-21/456/ita:",
	"/akn/it/act/legge/stato/2003-09-21/456/ita@first",
	"/akn/it/act/legge/stato/2003-09-21/456/ita@2010-01",
	"/akn/it/act/legge/stato/2003-09-21/456/!main",
	"/akn/it/act/legge/stato/2003-09-21/456.xml",
	"/akn/it/act/legge/stato/2003-09-21/456/~art_15__intro",
	"/akn/it/act/legge/stato/2003-09-21/456/~art_15__subpara_1",
	"/akn/it/act/legge/stato/2003-09-21/456/~art_a",
	"/akn/it/act/legge/stato/2003-09-21/456/~art_15->art_16",
	"/akn/it/act/legge/stato/2003-09-21/1.2",
};

static void
test_no_reverse(const char *const *list, size_t n, reverse_fn reverse, const char *family)
{
	for (size_t i = 0; i < n; i++)
	{
		lr_parts	parts;
		cp_error	err;
		char		out[LR_CONVERT_OUT];
		int			len;

		CHECK(lr_parse_akn(list[i], strlen(list[i]), &parts, &err) == CP_OK, "%s should parse: %s", list[i], err.detail);
		if (err.status != CP_OK)
			continue;
		len = reverse(&parts, out);
		CHECK(len == -1, "%s has no %s form, yet wrote %s", list[i], family, len >= 0 ? out : "");
	}
}

typedef struct bad
{
	const char *input;
	int			position;
	const char *detail;
} bad;

static const bad bad_eli[] = {
	{"https://www.example.org/eli/es/lo/2013/12/20/9", 9, "Expected an ELI publisher host: data.europa.eu, www.boe.es"},
	{"http://data.europa.eu:80/eli/reg/2013/216/oj", 8, "Expected an ELI publisher host"},
	{"data.europa.eu/eli/reg/2013/216/oj", 1, "starting with \"http://\" or \"https://\""},
	{"ftp://data.europa.eu/eli/reg/2013/216/oj", 1, "starting with \"http://\" or \"https://\""},
	{"http://data.europa.eu/eli/reg/2013/216/consolidated", 40, "Expected an EU ELI path"},
	{"http://data.europa.eu/eli/reg/2013/216", 39, "Expected an EU ELI path"},
	{"http://data.europa.eu/eli/reg/2013/216/oj/eng/html", 47, "Expected an EU ELI path"},
	{"http://data.europa.eu/eli/reg/2013/216/corrigendum/2013-05-01", 62, "Expected an EU ELI path"},
	{"http://data.europa.eu/eli/reg/20x3/216/oj", 31, "Expected a 4-digit year"},
	{"http://data.europa.eu/eli/reg/20133/216/oj", 31, "Expected a 4-digit year"},
	{"http://data.europa.eu/eli/REG/2013/216/oj", 27, "document type of lowercase letters"},
	{"http://data.europa.eu/eli/reg/2016/679/2016-02-30", 48, "day that exists"},
	{"http://data.europa.eu/eli/reg/2016/679/2016-13-01/eng", 45, "month from 01 to 12"},
	{"http://data.europa.eu/eli/reg/2016/679/oj/english", 43, "three-letter language code"},
	{"http://data.europa.eu/eli/reg/2016/679/oj/qqq", 43, "Unknown language code"},
	{"http://data.europa.eu/eli/reg/2013/216/oj/\xc3\xb1", 43, "Expected only ASCII"},
	{"https://www.boe.es/eli/es/lo/2013/13/40/9", 35, "month from 01 to 12"},
	{"https://www.boe.es/eli/es/lo/2013/02/29/9", 38, "day that exists"},
	{"https://www.boe.es/eli/es/lo/2013/2/9/9", 35, "2-digit month"},
	{"https://www.boe.es/eli/fr/lo/2013/12/20/9", 24, "Expected a Spanish ELI path"},
	{"https://www.boe.es/eli/es/lo/2013/12/20", 40, "Expected a Spanish ELI path"},
	{"https://www.boe.es", 19, "Expected a Spanish ELI path"},
	{"https://www.boe.es/eli/es/lo/2013/12/20/9?x=1", 42, "number of letters"},
	{"http://data.legilux.public.lu/eli/etat/leg/loi/1989/06/16/n1/jo", 62, "Expected a Luxembourg ELI path"},
	{"https://www.retsinformation.dk/eli/lta/twelve/925", 40, "Expected a 4-digit year"},
	{"https://www.retsinformation.dk/eli/lta/2012/925.5", 48, "number of letters"},
	{"https://www.retsinformation.dk/eli/lta/2012/925/extra", 49, "Expected a Danish ELI path"},
	{"http://www.irishstatutebook.ie/eli/1977/act/12/enacted/xx/html", 56, "Unknown two-letter language code"},
	{"http://www.irishstatutebook.ie/eli/1977/act/12/enacted/eng", 56, "two-letter language code (ISO 639-1)"},
	{"http://www.irishstatutebook.ie/eli/1977/act/12/enacted/en/doc", 59, "html, xml or pdf"},
	{"http://www.irishstatutebook.ie/eli/1977/act/12/revised/en", 48, "Expected an Irish ELI path"},
};

static const bad bad_urnlex[] = {
	{"urn:lex:it:stato:legge:2003-09-21", 34, "Expected \";\" and the number after the date"},
	{"urn:lex:it:stato:legge:2003-09-21@2010-01-01", 34, "Expected \";\" and the number after the date"},
	{"urn:lex:it:stato:legge:2003-09-21;", 35, "Expected the number after \";\""},
	{"urn:lex:it:stato:legge:2003-09-21;456;789", 38, "in the number"},
	{"urn:lex:it:stato:legge:2003-09-21;456~art15;xyz3", 45, "Unknown partition prefix \"xyz\" (expected art, par, com, let or num)"},
	{"urn:lex:it:stato:legge:2003-09-21;456~artx", 39, "Unknown partition prefix \"artx\""},
	{"urn:lex:it:stato:legge:2003-09-21;456~art", 42, "Expected a number after \"art\""},
	{"urn:lex:it:stato:legge:2003-09-21;456~art15;", 45, "Expected a partition part"},
	{"urn:lex:it:stato:legge:2003-09-21;456~art15-bis", 44, "letters and digits in the partition number"},
	{"urn:lex:it:stato:legge:2003-9-21;456", 24, "Expected the date as YYYY-MM-DD"},
	{"urn:lex:it:stato:legge:2003-13-21;456", 29, "month from 01 to 12"},
	{"urn:lex:it:stato:legge:2003-02-29;456", 32, "day that exists"},
	{"urn:lex:it:stato:legge:2003;456", 24, "Expected the date as YYYY-MM-DD"},
	{"urn:lex:it:citt\xc3\xa0:legge:2003-09-21;456", 16, "Expected only ASCII"},
	{"urn:nbn:it:stato:legge:2003-09-21;456", 1, "starting with \"urn:lex:\""},
	{"urn:lex:xx:stato:legge:2003-09-21;456", 9, "Expected the jurisdiction"},
	{"urn:lex:IT:stato:legge:2003-09-21;456", 9, "Expected the jurisdiction"},
	{"urn:lex:it;:stato:legge:2003-09-21;456", 12, "sub-national jurisdiction after the country"},
	{"urn:lex:it", 11, "Expected \":\" and the authority"},
	{"urn:lex:it:stato:2003-09-21;456", 18, "Expected the measure, starting with a letter"},
	{"urn:lex:it:stato/x:legge:2003-09-21;456", 17, "in the authority"},
	{"urn:lex:it:stato:legge:2003-09-21;456@vigente", 39, "Expected a version date YYYY-MM-DD after \"@\""},
	{"urn:lex:it:stato:legge:2003-09-21;456@2010-05-01:xx", 50, "Unknown two-letter language code"},
	{"urn:lex:it:stato:legge:2003-09-21;456@2010-05-01:Italian", 50, "language code of two (ISO 639-1) or three"},
	{"urn:lex:it:stato:legge:2003-09-21;456$html", 38, "manifestation"},
};

static void
test_errors(const char *family, const bad *list, size_t n, convert_fn convert)
{
	for (size_t i = 0; i < n; i++)
	{
		char		out[LR_CONVERT_OUT];
		int			len;
		cp_error	err;
		cp_status	st = convert(list[i].input, strlen(list[i].input), out, &len, &err);

		CHECK(st == CP_SYNTAX, "%s %s should be rejected (gave %s)", family, list[i].input, out);
		if (st != CP_SYNTAX)
			continue;
		CHECK(err.position == list[i].position, "%s: position %d, expected %d (%s)",
			  list[i].input, err.position, list[i].position, err.detail);
		CHECK(strstr(err.detail, list[i].detail) != NULL, "%s: detail \"%s\" lacks \"%s\"",
			  list[i].input, err.detail, list[i].detail);
		CHECK(err.detail[strlen(err.detail) - 1] != '.', "%s: detail ends with a period", list[i].input);
	}
}

/* Inputs over the limit, and partitions that outgrow it or the eId syntax. */
static void
test_limits(void)
{
	static char in[LR_MAX_INPUT + 100];
	char		out[LR_CONVERT_OUT];
	int			len;
	int			o;
	cp_error	err;

	memset(in, 'a', sizeof(in));
	CHECK(lr_eli_to_akn(in, LR_MAX_INPUT + 1, out, &len, &err) == CP_LIMIT, "ELI over the limit");
	CHECK(lr_urnlex_to_akn(in, LR_MAX_INPUT + 1, out, &len, &err) == CP_LIMIT, "URN:LEX over the limit");

	/* 400 parts: 2 000 characters that would become 3 600 */
	o = sprintf(in, "urn:lex:it:stato:legge:2003-09-21;456~let1");
	while (o < LR_MAX_INPUT - 5)
		o += sprintf(in + o, ";let1");
	CHECK(lr_urnlex_to_akn(in, (size_t) o, out, &len, &err) == CP_LIMIT && strstr(err.detail, "more than"),
		  "a partition that outgrows the limit: %s", err.detail);

	/* 40 parts: deeper than an eId may be */
	o = sprintf(in, "urn:lex:it:stato:legge:2003-09-21;456~art1");
	for (int i = 0; i < 39; i++)
		o += sprintf(in + o, ";num%d", i + 1);
	CHECK(lr_urnlex_to_akn(in, (size_t) o, out, &len, &err) == CP_LIMIT && err.position == 39,
		  "a partition deeper than an eId: %d %s", err.position, err.detail);
}

/* The ISO 639-1 table both ways. */
/* A bibliographic language code becomes its terminology code: one language, one spelling. */
static void
test_bibliographic(void)
{
	char		out[LR_CONVERT_OUT];
	int			n;
	cp_error	err;
	const char *eli = "http://data.europa.eu/eli/reg/2013/216/oj/fre";
	const char *urn = "urn:lex:it:stato:legge:2003-09-21;456@2010-01-01:ger";

	CHECK(lr_eli_to_akn(eli, strlen(eli), out, &n, &err) == CP_OK &&
		  strcmp(out, "/akn/eu/act/reg/2013/216/fra@") == 0, "ELI /oj/fre gives fra@ (got %s)", out);
	CHECK(lr_urnlex_to_akn(urn, strlen(urn), out, &n, &err) == CP_OK &&
		  strcmp(out, "/akn/it/act/legge/stato/2003-09-21/456/deu@2010-01-01") == 0,
		  "URN:LEX :ger gives deu (got %s)", out);
}

static void
test_alpha2(void)
{
	CHECK(lr_language_from_alpha2("en", 2) && strcmp(lr_language_from_alpha2("en", 2), "eng") == 0, "en is eng");
	CHECK(lr_language_from_alpha2("ga", 2) && strcmp(lr_language_from_alpha2("ga", 2), "gle") == 0, "ga is gle");
	CHECK(lr_language_from_alpha2("fr", 2) && strcmp(lr_language_from_alpha2("fr", 2), "fra") == 0, "fr is fra, not fre");
	CHECK(lr_language_from_alpha2("zu", 2) != NULL && lr_language_from_alpha2("aa", 2) != NULL, "first and last entries");
	CHECK(lr_language_from_alpha2("xx", 2) == NULL && lr_language_from_alpha2("eng", 3) == NULL, "no such code");
	CHECK(lr_language_to_alpha2("fre") && strcmp(lr_language_to_alpha2("fre"), "fr") == 0, "fre (bibliographic) is fr");
	CHECK(lr_language_to_alpha2("gle") && strcmp(lr_language_to_alpha2("gle"), "ga") == 0, "gle is ga");
	CHECK(lr_language_to_alpha2("sco") == NULL && lr_language_to_alpha2("mul") == NULL, "no two-letter code");
}

int
main(void)
{
	test_examples("ELI", eli_examples, sizeof(eli_examples) / sizeof(eli_examples[0]), lr_eli_to_akn, lr_akn_to_eli);
	test_examples("URN:LEX", urnlex_examples, sizeof(urnlex_examples) / sizeof(urnlex_examples[0]),
				  lr_urnlex_to_akn, lr_akn_to_urnlex);
	test_no_reverse(no_eli, sizeof(no_eli) / sizeof(no_eli[0]), lr_akn_to_eli, "ELI");
	test_no_reverse(no_urnlex, sizeof(no_urnlex) / sizeof(no_urnlex[0]), lr_akn_to_urnlex, "URN:LEX");
	test_errors("ELI", bad_eli, sizeof(bad_eli) / sizeof(bad_eli[0]), lr_eli_to_akn);
	test_errors("URN:LEX", bad_urnlex, sizeof(bad_urnlex) / sizeof(bad_urnlex[0]), lr_urnlex_to_akn);
	test_limits();
	test_alpha2();
	test_bibliographic();
	return unit_summary("core unit tests (lexref: ELI and URN:LEX conversion)");
}
