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

static const char *const element_names[] = {
	"heading", "subheading", "intro",
	"cits", "cit", "recs", "rec",
	"book", "part", "subpart", "title", "subtitle",
	"chp", "subchp", "sec", "subsec", "dvs", "subdvs",
	"art", "para", "subpara", "al", "cl", "subcl",
	"list", "point", "item", "indent", "hcontainer",
	"content", "p", "mod", "qstr", "qtext", "cmp",
	"wrapup", "wrap",
};

#define N_ELEMENTS ((int) (sizeof(element_names) / sizeof(element_names[0])))

int
cp_element_rank(const char *name, int len)
{
	for (int i = 0; i < N_ELEMENTS; i++)
	{
		if ((int) strlen(element_names[i]) == len &&
			memcmp(element_names[i], name, (size_t) len) == 0)
			return i;
	}
	return -1;
}

const char *
cp_element_name(int rank)
{
	return (rank >= 0 && rank < N_ELEMENTS) ? element_names[rank] : NULL;
}
