/*
 * cp_citation.h — how people cite positions: the words of human citations, and
 * the subdivisions that parentheses and dots stand for under each element.
 * Shared by the citation reader (cp_human.c) and the label writer (cp_label.c),
 * so that what one writes the other reads.
 */
#ifndef LEXALIGN_CP_CITATION_H
#define LEXALIGN_CP_CITATION_H

#include <stddef.h>

#define CP_MAX_SUBLEVELS 4

typedef enum cp_keyword_kind
{
	KW_STRUCTURE,				/* article, section, chapter...: may start a group anywhere */
	KW_SUBDIVISION,				/* paragraph, point...: under the current group, or first */
	KW_FIRST_ONLY,				/* OP, PP, recital: only at the start of a citation */
	KW_FIRST_SUBLEVEL,			/* German "Abs.": the first subdivision of the group */
	KW_SECTION_SIGN				/* "§": a section, or under an article its paragraph */
} cp_keyword_kind;

typedef struct cp_keyword
{
	const char *word;			/* lowercase, without a final "." */
	const char *element;		/* eId element it names (NULL for KW_FIRST_SUBLEVEL) */
	cp_keyword_kind kind;
} cp_keyword;

typedef struct cp_style
{
	const char *element;
	const char *title;			/* the word that starts a label: "Article" */
	const char *word;			/* the word after a comma: "paragraph" */
	const char *container;		/* element that always encloses it ("recs"), or NULL */
	int			rank;			/* place in the structure, larger units first */
	const char *sublevels[CP_MAX_SUBLEVELS];	/* what "(1)(a)(ii)" stand for */
} cp_style;

/* The keyword spelled by s[0..len) (any case), or NULL. */
const cp_keyword *cp_citation_keyword(const char *s, int len);

/* How an element is cited, or NULL for elements people do not cite by name. */
const cp_style *cp_citation_style(const char *element, int len);

/* Index of element among style's sublevels, or -1. */
int			cp_sublevel_index(const cp_style *style, const char *element, int len);

/*
 * Does cp_parse read s[0..len) as an eId (not as a citation)?  cp_parse_eid
 * refuses a component without a number that fails this ("OP1", "art3", "pp"):
 * alone, as subpath() can leave it, its text would read back as a citation.
 */
int			cp_looks_like_eid(const char *s, size_t len);

#endif							/* LEXALIGN_CP_CITATION_H */
