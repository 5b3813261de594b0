/*
 * clause_path_pg.h — the clause_path type inside PostgreSQL.
 *
 * The stored value is a plain varlena holding the core's sort key (see
 * src/core/cp_key.c); nothing else, so that comparison, hashing and
 * containment are byte operations on the datum itself.
 */
#ifndef LEXALIGN_CLAUSE_PATH_PG_H
#define LEXALIGN_CLAUSE_PATH_PG_H

#include "postgres.h"
#include "fmgr.h"

#include "../core/clause_path.h"
#include "sort_key.h"

/* Read access without copying short (1-byte header) values. */
#define DatumGetClausePathPP(d)	((struct varlena *) PG_DETOAST_DATUM_PACKED(d))
#define PG_GETARG_CLAUSE_PATH_PP(n)	DatumGetClausePathPP(PG_GETARG_DATUM(n))
#define CP_KEY(v)				((const uint8_t *) VARDATA_ANY(v))
#define CP_KEY_LEN(v)			((size_t) VARSIZE_ANY_EXHDR(v))

/* A new datum holding key[0..len). */
#define clause_path_from_key(key, len)	sort_key_datum((key), (len))

/* The canonical eId of a stored value (ereports if storage is corrupted). */
char	   *clause_path_text(const struct varlena *v, int *len);

#endif							/* LEXALIGN_CLAUSE_PATH_PG_H */
