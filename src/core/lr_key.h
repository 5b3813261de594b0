/*
 * lr_key.h — the stored form of a lexref: a sort key in levels (lr_key.c).
 *
 * As for clause_path, the value is a byte string whose memcmp order is the
 * order researchers expect (acts of one jurisdiction together, then by type,
 * date and number, each act followed by its versions in date order, then its
 * components and portions in reading order), from which the canonical URI is
 * decoded back.  Equality is byte equality, the hash a hash of the bytes, and
 * "a work contains its expressions, components and portions" is a key prefix.
 */
#ifndef LEXALIGN_LR_KEY_H
#define LEXALIGN_LR_KEY_H

#include "lexref.h"

/*
 * A key never needs more than this: a name costs at most 2 bytes a character
 * (a one-digit run between letters: length byte and digit), a portion or a
 * range end at most 4 (CP_MAX_KEY), and the fixed bytes are few.
 */
#define LR_MAX_KEY			(4 * LR_MAX_INPUT + 64)

/* Decoded text never exceeds the canonical form's limit; buffers for lr_decode. */
#define LR_DECODE_BUF		(LR_MAX_INPUT + 2 * (CP_MAX_TEXT + 1) + 16)

/* Level tags: each follows the END of the level before it (see lr_key.c). */
#define LR_KEY_END			0x01
#define LR_TAG_EXPRESSION	0x02
#define LR_TAG_COMPONENT	0x03
#define LR_TAG_PORTION		0x04
#define LR_TAG_RANGE		0x05
#define LR_TAG_FORMAT		0x06

/* Where each level of a key starts; a missing level has start == end. */
typedef struct lr_levels
{
	size_t		work_end;		/* key[0..work_end) is the work */
	size_t		expression_end; /* work + expression */
	size_t		component_end;	/* work + expression + component */
	size_t		portion_start;	/* the clause_path key of the portion, after its tag */
	size_t		portion_end;
	size_t		range_start;	/* the clause_path key of a range's last eId */
	size_t		range_end;
	size_t		format_start;	/* the format tag, or the key length */
} lr_levels;

/*
 * Encode parsed parts (lr_parse_akn's output: parts are trusted) into key,
 * which holds LR_MAX_KEY bytes.  Fails only on an invalid portion eId.
 */
cp_status	lr_encode(const lr_parts *parts, uint8_t *key, size_t *key_len, cp_error *err);

/* Find the levels of a key; 0, or -1 if the key is not a valid encoding. */
int			lr_key_levels(const uint8_t *key, size_t key_len, lr_levels *levels);

/*
 * Decode a key into parts whose spans point into buf (LR_DECODE_BUF bytes),
 * for lr_format.  0, or -1 if the key is not a valid encoding.
 */
int			lr_decode(const uint8_t *key, size_t key_len, lr_parts *parts, char *buf);

/*
 * Does a contain b?  A work contains its expressions, components and
 * portions; an expression or component what follows it; a portion its
 * sub-portions (a range only if both its ends are inside); a range what lies
 * between its first eId and the end of its last; a reference with a format
 * contains only itself.  Both keys must be valid.
 */
int			lr_contains(const uint8_t *a, size_t a_len, const uint8_t *b, size_t b_len);

/*
 * The key range [start, end) of a btree scan that finds every key a contains
 * (and possibly some more: recheck with lr_contains).  start and end hold
 * a_len + 1 bytes; the end is a bound, not a valid key.
 */
void		lr_subtree_bounds(const uint8_t *a, size_t a_len,
							  uint8_t *start, size_t *start_len,
							  uint8_t *end, size_t *end_len);

#endif							/* LEXALIGN_LR_KEY_H */
