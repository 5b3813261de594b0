/*
 * lexref_pg.h — the lexref type inside PostgreSQL.
 *
 * The stored value is a plain varlena holding the core's key (src/core/
 * lr_key.c), so comparison, equality, hashing and sort support are those of
 * every sort key (sort_key.h), and containment is mostly a key prefix.
 */
#ifndef LEXALIGN_LEXREF_PG_H
#define LEXALIGN_LEXREF_PG_H

#include "sort_key.h"

#include "../core/lr_key.h"

#define PG_GETARG_LEXREF_PP(n)	DatumGetSortKeyPP(PG_GETARG_DATUM(n))

/* The parts of a stored value, their text in buf (LR_DECODE_BUF bytes); ereports if corrupted. */
void		lexref_decode(const struct varlena *v, lr_parts *parts, char *buf);

/* The canonical URI of a stored value, palloc'd. */
char	   *lexref_text(const struct varlena *v, int *len);

#endif							/* LEXALIGN_LEXREF_PG_H */
