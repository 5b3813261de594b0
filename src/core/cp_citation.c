/*
 * cp_citation.c — the citation vocabulary (README "clause_path input forms").
 *
 * Sublevels follow drafting practice: under an article, "(1)" is a paragraph,
 * "(a)" a subparagraph and "(ii)" a point (the 1988 Convention's article
 * 3(1)(a)(ii)); under a section (UK "s. 5(2)(b)", German "§ 5 Abs. 2"), a
 * subsection, then a paragraph and a subparagraph; an operative paragraph of a
 * declaration ("OP 1(a)") is a top-level paragraph.  Preambular paragraphs
 * ("PP6") are recitals, which Akoma Ntoso encloses in "recs".
 */
#include "cp_citation.h"
#include "cp_text.h"

#include <string.h>

static const cp_keyword keywords[] = {
	{"article", "art", KW_STRUCTURE},
	{"art", "art", KW_STRUCTURE},
	{"artikel", "art", KW_STRUCTURE},
	{"section", "sec", KW_STRUCTURE},
	{"sec", "sec", KW_STRUCTURE},
	{"s", "sec", KW_STRUCTURE},
	{"chapter", "chp", KW_STRUCTURE},
	{"chap", "chp", KW_STRUCTURE},
	{"ch", "chp", KW_STRUCTURE},
	{"part", "part", KW_STRUCTURE},
	{"book", "book", KW_STRUCTURE},
	{"title", "title", KW_STRUCTURE},
	{"paragraph", "para", KW_SUBDIVISION},
	{"para", "para", KW_SUBDIVISION},
	{"par", "para", KW_SUBDIVISION},
	{"subsection", "subsec", KW_SUBDIVISION},
	{"subsec", "subsec", KW_SUBDIVISION},
	{"subparagraph", "subpara", KW_SUBDIVISION},
	{"subpara", "subpara", KW_SUBDIVISION},
	{"point", "point", KW_SUBDIVISION},
	{"pt", "point", KW_SUBDIVISION},
	{"item", "item", KW_SUBDIVISION},
	{"op", "para", KW_FIRST_ONLY},
	{"pp", "rec", KW_FIRST_ONLY},
	{"recital", "rec", KW_FIRST_ONLY},
	{"abs", NULL, KW_FIRST_SUBLEVEL},
	{"absatz", NULL, KW_FIRST_SUBLEVEL},
};

/*
 * Ranks order the units of a citation from the largest: "Part 2, Chapter II,
 * Article 3(1)" goes down, and a citation that goes back up ("Article 3,
 * Chapter II") or repeats a level ("Article 3, Article 4") is refused.
 * French codes put Livre below Partie, so book ranks below part.
 */
static const cp_style styles[] = {
	{"part", "Part", "Part", NULL, 0, {NULL}},
	{"book", "Book", "Book", NULL, 1, {NULL}},
	{"title", "Title", "Title", NULL, 2, {NULL}},
	{"chp", "Chapter", "Chapter", NULL, 3, {NULL}},
	{"sec", "Section", "Section", NULL, 4, {"subsec", "para", "subpara", "item"}},
	{"art", "Article", "Article", NULL, 5, {"para", "subpara", "point", "item"}},
	{"para", "Paragraph", "paragraph", NULL, 6, {"subpara", "point", "item"}},
	{"rec", "Recital", "recital", "recs", 6, {"point"}},
	{"subsec", "Subsection", "subsection", NULL, 7, {"para", "subpara", "item"}},
	{"subpara", "Subparagraph", "subparagraph", NULL, 8, {"point", "item"}},
	{"point", "Point", "point", NULL, 9, {"item"}},
	{"item", "Item", "item", NULL, 10, {NULL}},
};

#define LENGTH(a) ((int) (sizeof(a) / sizeof((a)[0])))

static int
same(const char *name, const char *s, int len)
{
	return (int) strlen(name) == len && memcmp(name, s, (size_t) len) == 0;
}

const cp_keyword *
cp_citation_keyword(const char *s, int len)
{
	for (int i = 0; i < LENGTH(keywords); i++)
	{
		if ((int) strlen(keywords[i].word) == len &&
			cp_ascii_casecmp(s, keywords[i].word, len) == 0)
			return &keywords[i];
	}
	return NULL;
}

const cp_style *
cp_citation_style(const char *element, int len)
{
	for (int i = 0; i < LENGTH(styles); i++)
		if (same(styles[i].element, element, len))
			return &styles[i];
	return NULL;
}

int
cp_sublevel_index(const cp_style *style, const char *element, int len)
{
	for (int i = 0; i < CP_MAX_SUBLEVELS && style->sublevels[i]; i++)
		if (same(style->sublevels[i], element, len))
			return i;
	return -1;
}
