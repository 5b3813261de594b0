/*
 * test_clause_path.c — unit tests of the clause_path core, without a server.
 *
 * Every accepted input form with its canonical eId, the required orders,
 * labels, limits, every error path with its position, and corrupted keys.
 */
#include "clause_path.h"
#include "unit.h"

#include <string.h>

typedef struct parsed
{
	cp_status	status;
	uint8_t		key[CP_MAX_KEY];
	size_t		len;
	cp_error	err;
	char		text[CP_MAX_TEXT + 1];
} parsed;

static parsed
parse(const char *in)
{
	parsed		p;

	memset(&p, 0, sizeof(p));
	p.status = cp_parse(in, strlen(in), p.key, &p.len, &p.err);
	if (p.status == CP_OK && cp_format(p.key, p.len, p.text) < 0)
		strcpy(p.text, "<unformattable>");
	return p;
}

static int
compare(const char *a, const char *b)
{
	parsed		x = parse(a);
	parsed		y = parse(b);

	if (x.status != CP_OK || y.status != CP_OK)
		return 99;
	return cp_compare(x.key, x.len, y.key, y.len);
}

/* ------------------------------------------------------------ input forms */

static const char *const forms[][2] = {
	/* strict eIds */
	{"art_3__para_1__subpara_a__point_ii", "art_3__para_1__subpara_a__point_ii"},
	{"book_I__chp_2", "book_I__chp_2"},
	{"sec_1__subsec_3A", "sec_1__subsec_3A"},
	{"recs__rec_6", "recs__rec_6"},
	{"art_15__cl_3__mod_1__qstr_1", "art_15__cl_3__mod_1__qstr_1"},
	{"sec_1__subsec_1__list_1__item_a__list_1__item_ii", "sec_1__subsec_1__list_1__item_a__list_1__item_ii"},
	{"art_12__content", "art_12__content"},
	{"art_11-2bis", "art_11-2bis"},
	{"art_3abis", "art_3abis"},
	/* lenient real-world eIds */
	{"chp_1__part_A__subpart_nn_1", "chp_1__part_A__subpart_nn_1"},
	{"sec_1_content", "sec_1_content"},
	{"item_aA", "item_aA"},
	{"d1e62", "d1e62"},
	{"f00001", "f00001"},
	{"art_007", "art_007"},
	{"hcontainer_1__p_2", "hcontainer_1__p_2"},
	{"  art_3  ", "art_3"},
	/* human citations */
	{"Article 3(1)(a)(ii)", "art_3__para_1__subpara_a__point_ii"},
	{"article 3 (1) (a) (ii)", "art_3__para_1__subpara_a__point_ii"},
	{"Art. 3, para. 1 (a)", "art_3__para_1__subpara_a"},
	{"art. 3.1.a.ii", "art_3__para_1__subpara_a__point_ii"},
	{"Article 11.2 bis", "art_11-2bis"},
	{"Article 11.2bis", "art_11-2bis"},
	{"Article 3 bis", "art_3bis"},
	{"Article 3a bis", "art_3abis"},
	{"Art. 3 ter(1)", "art_3ter__para_1"},
	{"s. 5(2)", "sec_5__subsec_2"},
	{"section 5(2)(b)", "sec_5__subsec_2__para_b"},
	{"Section 5(2)(b)(i)", "sec_5__subsec_2__para_b__subpara_i"},
	{"\xC2\xA7 5 Abs. 2", "sec_5__subsec_2"},
	{"\xC2\xA7" "5 Absatz 2", "sec_5__subsec_2"},
	{"Art. 5 Abs. 2", "art_5__para_2"},
	{"OP1", "para_1"},
	{"op 1", "para_1"},
	{"OP 1(a)", "para_1__subpara_a"},
	{"PP6", "recs__rec_6"},
	{"pp 6", "recs__rec_6"},
	{"Recital 6", "recs__rec_6"},
	{"Paragraph 4", "para_4"},
	{"3.1(a)", "art_3__para_1__subpara_a"},
	{"3", "art_3"},
	{"art3", "art_3"},
	{"Article 3, point (a)", "art_3__point_a"},
	{"Article 3, paragraph 1, point (b)", "art_3__para_1__point_b"},
	{"Chapter II, Article 3", "chp_II__art_3"},
	{"Part 2, section 5(2)", "part_2__sec_5__subsec_2"},
	{"Book IV, Title 2", "book_IV__title_2"},
	{"Article 228-1", "art_228-1"},
	{"ARTICLE 3(1)", "art_3__para_1"},
	{"Article 3(1 bis)", "art_3__para_1bis"},
	{"Article 3 BIS", "art_3bis"},
	{"Article 3BIS(1 TER)", "art_3bis__para_1ter"},
	{"Article 3.1(a)", "art_3__para_1__subpara_a"},
	{"Art. 3 \xC2\xA7 2", "art_3__para_2"},
	{"\xC2\xA7\xC2\xA0" "5 Abs.\xC2\xA0" "2", "sec_5__subsec_2"},
	{"Chapter II, Section 2, Article 3(1)", "chp_II__sec_2__art_3__para_1"},
	{"Part 2, Book I", "part_2__book_I"},
};

static void
test_forms(void)
{
	for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++)
	{
		parsed		p = parse(forms[i][0]);
		parsed		again;

		CHECK(p.status == CP_OK, "input \"%s\" rejected: %s", forms[i][0], p.err.detail);
		if (p.status != CP_OK)
			continue;
		CHECK(strcmp(p.text, forms[i][1]) == 0, "\"%s\" gave %s, expected %s",
			  forms[i][0], p.text, forms[i][1]);
		/* out(in(x)) is a fixed point, through the eId reader too */
		again = parse(p.text);
		CHECK(again.status == CP_OK && again.len == p.len &&
			  memcmp(again.key, p.key, p.len) == 0, "round trip of %s", p.text);
		memset(&again, 0, sizeof(again));
		again.status = cp_parse_eid(p.text, strlen(p.text), again.key, &again.len, &again.err);
		CHECK(again.status == CP_OK && again.len == p.len &&
			  memcmp(again.key, p.key, p.len) == 0, "eId reader round trip of %s", p.text);
	}
}

/* ------------------------------------------------------------ order */

/* Each row must be strictly increasing, and so every pair in it (transitivity). */
static const char *const chains[][12] = {
	{"art_2", "art_10"},
	{"art_3", "art_3a", "art_3b", "art_3bis", "art_3ter", "art_4"},
	{"art_3", "art_3bis", "art_3ter", "art_3quater", "art_3quinquies", "art_3sexies", "art_3septies",
	"art_3octies", "art_3novies", "art_3decies", "art_4"},
	{"point_a", "point_b", "point_h", "point_i", "point_j", "point_u", "point_w", "point_y", "point_z", "point_aa"},
	{"point_i", "point_ii", "point_iii", "point_iv", "point_v", "point_vi", "point_viii", "point_ix", "point_x", "point_xi"},
	{"point_xi", "point_xx", "point_xxxix", "point_xl", "point_xlix", "point_li", "point_lxxxix", "point_y"},
	{"book_I", "book_II", "book_IV", "book_V", "book_IX", "book_X"},
	{"art_3", "art_3__para_1", "art_3__para_2", "art_3__para_10", "art_4"},
	{"art_3", "art_3__para_1__subpara_a__point_ii", "art_3-1", "art_3a", "art_3A", "art_3b", "art_3bis", "art_3ter", "art_4"},
	{"point_a", "point_A", "point_b"},
	{"art_1", "art_01", "art_1a", "art_2"},
	{"point_k", "point_l", "point_m"},
	{"point_z", "point_aa", "point_ab", "point_zz", "point_aaa"},
	{"recs__rec_1", "recs__rec_6", "art_1"},
	{"list_1__intro", "list_1__point_a", "list_1__wrapup"},
	{"art_3", "art_3__point_a", "art_3__hcontainer_1", "art_3__zzz"},
	{"art_9", "art_9__para_2", "art_10", "art_10__para_1", "art_100"},
};

static void
test_order(void)
{
	for (size_t r = 0; r < sizeof(chains) / sizeof(chains[0]); r++)
	{
		for (int i = 0; i < 12 && chains[r][i]; i++)
			for (int j = i + 1; j < 12 && chains[r][j]; j++)
			{
				CHECK(compare(chains[r][i], chains[r][j]) == -1, "%s < %s", chains[r][i], chains[r][j]);
				CHECK(compare(chains[r][j], chains[r][i]) == 1, "%s > %s", chains[r][j], chains[r][i]);
			}
	}
	/* two citations of one position are one value */
	CHECK(compare("Article 3(1)(a)(ii)", "art. 3.1.a.ii") == 0, "citation forms equal");
	CHECK(compare("s. 5(2)", "\xC2\xA7 5 Abs. 2") == 0, "s. 5(2) = § 5 Abs. 2");
	CHECK(compare("OP1", "para_1") == 0, "OP1 = para_1");
	CHECK(compare("art_3", "art_3 ") == 0, "surrounding space ignored");
	CHECK(compare("art_3", "art_03") != 0, "leading zeros are kept apart");
	CHECK(compare("point_a", "point_A") != 0, "case is kept apart");
}

/* ------------------------------------------------------------ structure */

static void
test_structure(void)
{
	parsed		p = parse("art_3__para_1__subpara_a");
	parsed		q = parse("art_3__para_1");
	parsed		r = parse("art_3__para_10");
	parsed		s = parse("art_31");

	CHECK(cp_depth(p.key, p.len) == 3, "depth 3");
	CHECK(cp_prefix_len(p.key, p.len, 2) == q.len &&
		  memcmp(p.key, q.key, q.len) == 0, "prefix of 2 components is art_3__para_1");
	CHECK(cp_prefix_len(p.key, p.len, 0) == 0, "prefix of 0 components is empty");
	CHECK(cp_prefix_len(p.key, p.len, 3) == p.len, "prefix of all components is the key");
	CHECK(cp_is_ancestor_or_self(q.key, q.len, p.key, p.len), "art_3__para_1 @> art_3__para_1__subpara_a");
	CHECK(cp_is_ancestor_or_self(q.key, q.len, q.key, q.len), "a path contains itself");
	CHECK(!cp_is_ancestor_or_self(p.key, p.len, q.key, q.len), "a child does not contain its parent");
	CHECK(!cp_is_ancestor_or_self(q.key, q.len, r.key, r.len), "para_1 does not contain para_10");
	p = parse("art_3");
	CHECK(!cp_is_ancestor_or_self(p.key, p.len, s.key, s.len), "art_3 does not contain art_31");
}

/* ------------------------------------------------------------ labels */

static const char *const labels[][2] = {
	{"art_3__para_1__subpara_a__point_ii", "Article 3(1)(a)(ii)"},
	{"sec_5__subsec_2__para_b", "Section 5(2)(b)"},
	{"para_1", "Paragraph 1"},
	{"para_1__subpara_a", "Paragraph 1(a)"},
	{"recs__rec_6", "Recital 6"},
	{"art_3__point_a", "Article 3, point (a)"},
	{"chp_II__art_3", "Chapter II, Article 3"},
	{"art_3bis", "Article 3bis"},
	{"art_12__content", "Article 12, content"},
	{"d1e62", "d1e62"},
	{"rec_6", "rec_6"},
	{"art_2__recs__rec_6", "Article 2, recs, rec_6"},
};

static void
test_labels(void)
{
	for (size_t i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
	{
		parsed		p = parse(labels[i][0]);
		char		out[CP_MAX_LABEL + 1];
		int			n = cp_label(p.key, p.len, out);

		CHECK(n >= 0 && strcmp(out, labels[i][1]) == 0, "label of %s: got \"%s\", expected \"%s\"",
			  labels[i][0], n >= 0 ? out : "(error)", labels[i][1]);
		/* a label of named, conventional parts reads back as the same path */
		if (strncmp(out, "Article 12", 10) != 0 && strcmp(out, "d1e62") != 0 &&
			strcmp(out, "rec_6") != 0 && strncmp(out, "Article 2,", 10) != 0)
			CHECK(compare(out, labels[i][0]) == 0, "label \"%s\" reads back as %s", out, labels[i][0]);
	}
}

/* ------------------------------------------------------------ errors */

typedef struct error_case
{
	const char *input;
	cp_status	status;
	int			position;
	const char *detail;			/* a substring of the detail */
} error_case;

static const error_case errors[] = {
	{"", CP_SYNTAX, 1, "found nothing"},
	{"   ", CP_SYNTAX, 1, "found nothing"},
	{"art_", CP_SYNTAX, 5, "Expected a number after \"_\""},
	{"art_3__", CP_SYNTAX, 8, "Expected an element name"},
	{"__art_3", CP_SYNTAX, 1, "Expected an element name"},
	{"art_3____para_1", CP_SYNTAX, 8, "Expected an element name"},
	{"art_3__1para", CP_SYNTAX, 8, "Expected a letter to start the element name"},
	{"art_3__x y", CP_SYNTAX, 9, "in the eId"},
	{"art_3.1", CP_SYNTAX, 6, "in the eId"},
	{"art_3-", CP_SYNTAX, 6, "both sides of the separator"},
	{"art_-3", CP_SYNTAX, 5, "both sides of the separator"},
	{"art_3--1", CP_SYNTAX, 6, "both sides of the separator"},
	{"art_3_-1", CP_SYNTAX, 6, "both sides of the separator"},
	{"  art_", CP_SYNTAX, 7, "Expected a number after"},
	{"Article 228.1", CP_SYNTAX, 9, "ambiguous"},
	{"art. 3.1", CP_SYNTAX, 6, "ambiguous"},
	{"Satz 3", CP_SYNTAX, 1, "Unknown citation word \"Satz\""},
	{"Article", CP_SYNTAX, 8, "Expected a number"},
	{"Article 3(", CP_SYNTAX, 11, "inside the parentheses"},
	{"Article 3(1", CP_SYNTAX, 12, "Expected \")\""},
	{"Article 3(1)(a)(ii)(A)(B)", CP_SYNTAX, 23, "no further subdivision"},
	{"Chapter 2(1)", CP_SYNTAX, 10, "no further subdivision"},
	{"Article 3, PP 6", CP_SYNTAX, 12, "only at the start"},
	{"Article 3(1), paragraph 2", CP_SYNTAX, 15, "does not fall under it"},
	{"Article 3(1) Abs. 2", CP_SYNTAX, 14, "Abs."},
	{"Article 3,", CP_SYNTAX, 10, "after \",\""},
	{"(a)", CP_SYNTAX, 1, "Expected a citation word"},
	{"Article 3 \xC3\xA9", CP_SYNTAX, 11, "Expected a citation word"},
	{"\xC3\xA9t\xC3\xA9_1", CP_SYNTAX, 1, "in the eId"},
	{"caf\xC3\xA9_1", CP_SYNTAX, 4, "in the eId"},
	{"art_3__\xC3\xA9", CP_SYNTAX, 8, "in the eId"},
	/* a part without a number that reads as a citation: alone (subpath) it would change */
	{"Article 228.1(3)", CP_SYNTAX, 9, "ambiguous"},
	{"Article 3, Chapter II", CP_SYNTAX, 12, "smaller unit"},
	{"Article 3 Article 4", CP_SYNTAX, 11, "smaller unit"},
	{"Paragraph 1, Article 3", CP_SYNTAX, 14, "smaller unit"},
	{"Article 5(1-3)", CP_SYNTAX, 11, "range"},
	{"Art_3", CP_SYNTAX, 1, "lowercase element name (\"art\")"},
	{"chp2", CP_SYNTAX, 1, "(\"chp_2\")"},
	{"art_1__rec6", CP_SYNTAX, 8, "(\"rec_6\")"},
	{"x__OP1", CP_SYNTAX, 4, "not the citation \"OP1\""},
	{"pp__rec_1", CP_SYNTAX, 1, "not the citation \"pp\""},
	{"art_1__article", CP_SYNTAX, 8, "not the citation"},
};

static void
test_errors(void)
{
	for (size_t i = 0; i < sizeof(errors) / sizeof(errors[0]); i++)
	{
		const error_case *e = &errors[i];
		parsed		p = parse(e->input);
		char		sentence[256];

		cp_error_sentence(&p.err, sentence, sizeof(sentence));
		CHECK(p.status == e->status, "\"%s\" should be rejected (status %d), got %d (%s)",
			  e->input, e->status, p.status, p.status == CP_OK ? p.text : sentence);
		if (p.status == CP_OK)
			continue;
		CHECK(p.err.position == e->position, "\"%s\": position %d, expected %d (%s)",
			  e->input, p.err.position, e->position, sentence);
		CHECK(strstr(p.err.detail, e->detail) != NULL, "\"%s\": detail \"%s\" lacks \"%s\"",
			  e->input, p.err.detail, e->detail);
		CHECK(sentence[strlen(sentence) - 1] == '.', "\"%s\": the detail is a sentence", e->input);
	}
}

/* ------------------------------------------------------------ limits */

static void
test_limits(void)
{
	char		buf[CP_MAX_INPUT + 16];
	parsed		p;
	size_t		n = 0;

	/* depth: 32 components pass, 33 do not */
	for (int i = 0; i < CP_MAX_DEPTH; i++)
		n += (size_t) sprintf(buf + n, "%sp_%d", i ? "__" : "", i + 1);
	p = parse(buf);
	CHECK(p.status == CP_OK && cp_depth(p.key, p.len) == CP_MAX_DEPTH, "%d components accepted", CP_MAX_DEPTH);
	sprintf(buf + n, "__p_33");
	p = parse(buf);
	CHECK(p.status == CP_LIMIT, "%d components refused", CP_MAX_DEPTH + 1);

	/* component length: 64 characters pass, 65 do not */
	memset(buf, 0, sizeof(buf));
	strcpy(buf, "art_");
	memset(buf + 4, '1', CP_MAX_COMPONENT - 4);
	p = parse(buf);
	CHECK(p.status == CP_OK && strcmp(p.text, buf) == 0, "a component of %d characters round-trips", CP_MAX_COMPONENT);
	buf[CP_MAX_COMPONENT] = '1';
	p = parse(buf);
	CHECK(p.status == CP_LIMIT && strstr(p.err.detail, "at most 64 characters"), "a component of 65 characters is refused");

	/* total text: 1024 characters */
	n = 0;
	memset(buf, 0, sizeof(buf));
	for (int i = 0; i < 17; i++)
		n += (size_t) sprintf(buf + n, "%shcontainer_%050d", i ? "__" : "", i);
	p = parse(buf);
	CHECK(p.status == CP_LIMIT && strstr(p.err.detail, "1024 characters"), "a path over %d characters is refused (%zu)", CP_MAX_TEXT, n);

	/* the costliest key: one-digit runs between uppercase letters, near every limit */
	n = 0;
	memset(buf, 0, sizeof(buf));
	for (int i = 0; i < 16; i++)
	{
		n += (size_t) sprintf(buf + n, "%sp_", i ? "__" : "");
		for (int j = 0; j < 30; j++)
			n += (size_t) sprintf(buf + n, "1A");
	}
	p = parse(buf);
	CHECK(p.status == CP_OK && strcmp(p.text, buf) == 0 && p.len <= CP_MAX_KEY,
		  "a %zu-character path of costly tokens round-trips (key %zu bytes)", n, p.len);

	/* whole input */
	memset(buf, ' ', CP_MAX_INPUT + 1);
	buf[0] = 'a';
	buf[CP_MAX_INPUT + 1] = '\0';
	p = parse(buf);
	CHECK(p.status == CP_LIMIT, "an input over %d characters is refused", CP_MAX_INPUT);
	/* each reader checks on its own too */
	memset(buf, '1', CP_MAX_INPUT + 1);
	memcpy(buf, "Article ", 8);
	CHECK(cp_parse_human(buf, CP_MAX_INPUT + 1, p.key, &p.len, &p.err) == CP_LIMIT,
		  "the citation reader refuses an over-long input");
	buf[3] = '_';
	CHECK(cp_parse_eid(buf, CP_MAX_INPUT + 1, p.key, &p.len, &p.err) == CP_LIMIT,
		  "the eId reader refuses an over-long input");
}

/* ------------------------------------------------------------ corrupted keys */

static void
test_corrupted_keys(void)
{
	static const uint8_t bad[][8] = {
		{0x00},					/* no element */
		{0x20 + 100, 0x01},		/* rank past the table */
		{0x32},					/* no end */
		{0x32, 0x05, 0x11},		/* digit run cut short */
		{0x32, 0x05, 0x11, 'x', 0x01},	/* not a digit */
		{0x32, 0x06, 0x10 + 120, 0x01},	/* slot past z */
		{0x32, 0x07, 0x10 + 40, 0x01},	/* ordinal past the table */
		{0x32, 0x05, 0x11, '1', 0x02, 0x01},	/* trailer cut short */
	};
	static const size_t lens[] = {1, 2, 1, 3, 5, 4, 4, 6};
	char		out[CP_MAX_TEXT + 1];
	char		label[CP_MAX_LABEL + 1];

	for (size_t i = 0; i < sizeof(lens) / sizeof(lens[0]); i++)
	{
		CHECK(cp_format(bad[i], lens[i], out) == -1, "corrupted key %zu refused", i);
		CHECK(cp_label(bad[i], lens[i], label) == -1, "corrupted key %zu has no label", i);
	}
	CHECK(cp_format((const uint8_t *) "", 0, out) == -1, "empty key refused");

	/* well-formed bytes that no text encodes to (found by fuzzing): refused */
	{
		static const uint8_t noncanonical[][12] = {
			{0x80, 'p', 'a', 'r', 'a', 0x01},	/* a known element spelled as unknown */
			{0x33, 0x05, 0x12, '0', '1', 0x01},	/* a leading zero in the digits */
			{0x33, 0x05, 0x11, '1', 0x02, 0x10, 0x01},	/* an all-default trailer */
			{0x33, 0x06, 0xF0, 0x12, 'i', 'v', 0x01},	/* roman iv as a letter run */
			{0x33, 0x05, 0x11, '1', 0x05, 0x11, '2', 0x01},	/* two digit runs side by side */
			{0x33, 0x04, 0x05, 0x11, '1', 0x01},	/* a separator first */
		};
		static const size_t nc_lens[] = {6, 6, 7, 7, 8, 6};

		for (size_t i = 0; i < sizeof(nc_lens) / sizeof(nc_lens[0]); i++)
			CHECK(cp_format(noncanonical[i], nc_lens[i], out) == -1, "non-canonical key %zu refused", i);
	}
}

int
main(void)
{
	test_forms();
	test_order();
	test_structure();
	test_labels();
	test_errors();
	test_limits();
	test_corrupted_keys();
	return unit_summary("core unit tests (clause_path)");
}
