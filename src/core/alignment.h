/*
 * alignment.h — the alignment scale (DESIGN.md "alignment") and the reader of
 * the scales people already use for it.
 *
 * The levels, in the order of the SQL enum lexalign.alignment:
 *
 *   conflicting < absent < partial < largely < full < not_applicable
 *
 * Accepted spellings (ASCII case ignored, surrounding spaces ignored):
 *
 *   full            full, fully, C (compliant), + , yes, implemented
 *   largely         largely, LC (largely compliant)
 *   partial         partial, partially, partly, PC (partially compliant), -/+, +/-
 *   absent          absent, NC (non-compliant), 0, no, none, not implemented
 *   conflicting     conflicting, conflict, contradicts
 *   not_applicable  not_applicable, not applicable, NA, N/A, n.a.
 *
 * Anything else is an error, never a guess: "-" alone is refused, since
 * tables use it both for "absent" and for "not applicable".
 */
#ifndef LEXALIGN_ALIGNMENT_H
#define LEXALIGN_ALIGNMENT_H

#include "clause_path.h"

typedef enum al_level
{
	AL_CONFLICTING = 0,
	AL_ABSENT,
	AL_PARTIAL,
	AL_LARGELY,
	AL_FULL,
	AL_NOT_APPLICABLE
} al_level;

#define AL_MAX_INPUT	64		/* characters of an accepted spelling, spaces included */

/* The enum label of a level: "conflicting", ..., "not_applicable". */
const char *al_label(al_level level);

/* Read one of the spellings above; errors as for clause_path (22P02 at the first non-space, 54000). */
cp_status	al_read(const char *input, size_t input_len, al_level *level, cp_error *err);

#endif							/* LEXALIGN_ALIGNMENT_H */
