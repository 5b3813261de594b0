/*
 * cp_elements.c — known eId element names and their sibling order.
 *
 * When two siblings are different elements (an intro and the points of a list,
 * the recitals and the articles of an act), their order comes from this table:
 * it follows the usual layout of a legal text (heading and intro first, then the
 * preamble, the structural containers from book down to point, then content and
 * the wrap-up).  Names not listed sort after all listed ones, by their bytes.
 * The table is part of the on-disk sort key: append only in a new key version.
 */
#include "cp_elements.h"

#include <string.h>

typedef struct element
{
	const char *name;
	int			len;
} element;

#define E(name) {name, (int) sizeof(name) - 1}

static const element elements[] = {
	E("heading"), E("subheading"), E("intro"),
	E("cits"), E("cit"), E("recs"), E("rec"),
	E("book"), E("part"), E("subpart"), E("title"), E("subtitle"),
	E("chp"), E("subchp"), E("sec"), E("subsec"), E("dvs"), E("subdvs"),
	E("art"), E("para"), E("subpara"), E("al"), E("cl"), E("subcl"),
	E("list"), E("point"), E("item"), E("indent"), E("hcontainer"),
	E("content"), E("p"), E("mod"), E("qstr"), E("qtext"), E("cmp"),
	E("wrapup"), E("wrap"),
};

#define N_ELEMENTS ((int) (sizeof(elements) / sizeof(elements[0])))

/* Called for every component of every input: compare lengths and first bytes first. */
int
cp_element_rank(const char *name, int len)
{
	for (int i = 0; i < N_ELEMENTS; i++)
	{
		if (elements[i].len == len && elements[i].name[0] == name[0] &&
			memcmp(elements[i].name, name, (size_t) len) == 0)
			return i;
	}
	return -1;
}

const char *
cp_element_name(int rank)
{
	return (rank >= 0 && rank < N_ELEMENTS) ? elements[rank].name : NULL;
}
