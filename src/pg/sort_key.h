/*
 * sort_key.h — what clause_path and lexref share inside PostgreSQL.
 *
 * Both store a plain varlena holding their core's sort key: a byte string
 * whose memcmp order (the shorter first on a common prefix) is the type's
 * order, and whose bytes are the value.  Comparison, equality, hashing, sort
 * support and the btree range of a subtree are therefore the same code for
 * both (sort_key_ops.c, sort_key_sort.c, subtree_index.c); each type's SQL
 * functions name these C functions.
 */
#ifndef LEXALIGN_SORT_KEY_H
#define LEXALIGN_SORT_KEY_H

#include "postgres.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "nodes/pg_list.h"
#include "nodes/supportnodes.h"

/* Read access without copying short (1-byte header) values. */
#define DatumGetSortKeyPP(d)	((struct varlena *) PG_DETOAST_DATUM_PACKED(d))
#define SORT_KEY(v)				((const uint8_t *) VARDATA_ANY(v))
#define SORT_KEY_LEN(v)			((size_t) VARSIZE_ANY_EXHDR(v))

/* A new datum holding key[0..len). */
struct varlena *sort_key_datum(const uint8_t *key, size_t len);

/*
 * The text of a binary message that starts with a format version byte, for
 * both types' recv: 22P03 for an empty message or another version.
 */
char	   *sort_key_recv_text(StringInfo buf, int version, const char *type_name, int *len);

/* memcmp order, the shorter key first on a common prefix: -1, 0 or 1. */
int			sort_key_compare(const struct varlena *a, const struct varlena *b);

/*
 * Index conditions for "descendant <@ ancestor" (or "@>") served by a btree
 * range: descendant >= <type>_subtree_start(ancestor) (or ancestor itself
 * when with_start is false) and descendant < <type>_subtree_end(ancestor).
 * Only for an index of the extension's own btree family (its "<type>_ge" and
 * "<type>_lt"); lossy ranges keep the original clause as a recheck.
 */
List	   *subtree_index_conditions(SupportRequestIndexCondition *req, int descendant_arg,
									 const char *type_name, bool with_start, bool lossy);

/* A planner support function's answer: the conditions above, or NULL. */
Node	   *subtree_support(Node *request, int descendant_arg, const char *type_name,
							bool with_start, bool lossy);

#endif							/* LEXALIGN_SORT_KEY_H */
