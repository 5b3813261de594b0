/*
 * cp_label.c — the human label of a clause_path: "Article 3(1)(a)(ii)".
 *
 * Written with the vocabulary of cp_citation.c, so that a label of a path that
 * follows the usual subdivisions reads back as the same path.  Components that
 * skip a level are named ("Article 3, point (a)"); elements nobody cites by
 * name keep their eId part ("Article 12, content").
 */
#include "clause_path.h"
#include "cp_citation.h"

#include <stdio.h>
#include <string.h>

typedef struct label_writer
{
	char	   *out;
	int			len;
} label_writer;

static void
append(label_writer *w, const char *s, int len)
{
	if (w->len + len > CP_MAX_LABEL)
		len = CP_MAX_LABEL - w->len;	/* cannot happen for a valid key */
	memcpy(w->out + w->len, s, (size_t) len);
	w->len += len;
}

static void
append_str(label_writer *w, const char *s)
{
	append(w, s, (int) strlen(s));
}

int
cp_label(const uint8_t *key, size_t key_len, char *out)
{
	char		eid[CP_MAX_TEXT + 1];
	int			eid_len = cp_format(key, key_len, eid);
	label_writer w = {out, 0};
	const cp_style *style = NULL;
	int			level = -1;
	int			first = 1;
	int			in_container = 0;	/* the previous part was skipped as "recs" */
	int			pos = 0;

	if (eid_len < 0)
		return -1;
	while (pos < eid_len)
	{
		const char *part = eid + pos;
		const char *sep = strstr(part, "__");
		int			part_len = sep ? (int) (sep - part) : eid_len - pos;
		const char *us = memchr(part, '_', (size_t) part_len);
		int			elem_len = us ? (int) (us - part) : part_len;
		const char *num = us ? us + 1 : NULL;
		int			num_len = us ? part_len - elem_len - 1 : 0;
		const cp_style *own = cp_citation_style(part, elem_len);
		int			idx = style ? cp_sublevel_index(style, part, elem_len) : -1;

		pos += part_len + (sep ? 2 : 0);

		/* "recs__rec_6" is cited as "Recital 6" */
		if (first && !num && sep && own == NULL)
		{
			const cp_style *next = cp_citation_style(sep + 2, (int) strcspn(sep + 2, "_"));

			if (next && next->container && (int) strlen(next->container) == elem_len &&
				memcmp(next->container, part, (size_t) elem_len) == 0)
			{
				in_container = 1;
				continue;
			}
		}

		if (num && idx > level)
		{
			if (idx > level + 1)
			{
				append_str(&w, ", ");
				append_str(&w, own ? own->word : "");
				append_str(&w, " ");
			}
			append_str(&w, "(");
			append(&w, num, num_len);
			append_str(&w, ")");
			level = idx;
			continue;
		}
		if (!first)
			append_str(&w, ", ");
		/* "Recital 6" reads back as recs__rec_6: a rec elsewhere keeps its eId */
		if (own && own->container && !in_container)
			own = NULL;
		in_container = 0;
		if (own && num)
		{
			append_str(&w, first ? own->title : own->word);
			append_str(&w, " ");
			append(&w, num, num_len);
			style = own;
		}
		else
		{
			append(&w, part, part_len);
			style = NULL;
		}
		level = -1;
		first = 0;
	}
	out[w.len] = '\0';
	return w.len;
}
