/*
 * clause_path.h — the pure C core of the clause_path type.
 *
 * A clause_path names a position inside one legal text, in the Akoma Ntoso eId
 * syntax: components joined by "__", each an element name optionally followed by
 * "_" and a number ("art_3__para_1__subpara_a__point_ii").
 *
 * The value is stored as a *sort key*: a byte string whose memcmp order is the
 * reading order of a legal text, and from which the canonical eId can be decoded
 * back (the encoding is injective).  Every operation of the type is therefore a
 * byte operation: comparison is memcmp, equality is byte equality, hashing hashes
 * the bytes, and "q is an ancestor of p" is "key(q) is a prefix of key(p)".  See
 * cp_key.c for the encoding and why it is transitive by construction.
 *
 * This header includes no PostgreSQL header: the core is unit-tested and fuzzed
 * outside the server.  Functions never allocate; callers pass buffers, and errors
 * come back as a cp_error the glue turns into an ereport.
 */
#ifndef LEXALIGN_CLAUSE_PATH_H
#define LEXALIGN_CLAUSE_PATH_H

#include <stddef.h>
#include <stdint.h>

/* Documented limits (README "clause_path limits"). */
#define CP_MAX_DEPTH		32		/* components in one path */
#define CP_MAX_COMPONENT	64		/* characters of one component, element + "_" + number */
#define CP_MAX_TEXT			1024	/* characters of the canonical eId */
#define CP_MAX_INPUT		4096	/* characters of any accepted input form */

/*
 * A key never needs more than this.  The costliest character is a one-digit
 * run between letters ("1A1A"): type byte, length byte, the digit and its
 * tiebreak byte, so 4 bytes a character; each component adds at most its
 * trailer marker and end byte.  cp_encode also checks as it writes.
 */
#define CP_MAX_KEY			(4 * CP_MAX_TEXT + 2 * CP_MAX_DEPTH)

/* Bytes of the key with a fixed meaning (see cp_key.c). */
#define CP_KEY_END			0x01	/* ends every component */
#define CP_KEY_TRAILER		0x02	/* starts a component's tiebreak bytes */

typedef enum cp_status
{
	CP_OK = 0,
	CP_SYNTAX,					/* invalid input: SQLSTATE 22P02 */
	CP_LIMIT					/* a documented limit exceeded: SQLSTATE 54000 */
} cp_status;

typedef struct cp_error
{
	cp_status	status;
	int			position;		/* 1-based character position in the input, 0 if none */
	char		detail[160];	/* what was expected, without the position and final period */
} cp_error;

/* The errdetail sentence: detail, " at character N" when there is a position, "." */
void		cp_error_sentence(const cp_error *err, char *out, size_t out_size);

/* One component as text, pointing into a caller's buffer. */
typedef struct cp_component
{
	const char *element;
	int			element_len;
	const char *number;			/* NULL when the element has no number */
	int			number_len;
	int			position;		/* 1-based input position of the element, for errors */
	int			number_position;	/* the same, of the number */
} cp_component;

/* CP_OK, or CP_LIMIT in err when an input is longer than CP_MAX_INPUT. */
cp_status	cp_check_input_length(size_t input_len, cp_error *err);

/*
 * Parse any accepted input form (eId, or a human citation) into a sort key.
 * Returns CP_OK and sets *key_len, or fills *err.  key must hold CP_MAX_KEY bytes.
 */
cp_status	cp_parse(const char *input, size_t input_len,
					 uint8_t *key, size_t *key_len, cp_error *err);

/* The same, for the eId syntax only (strict and lenient forms). */
cp_status	cp_parse_eid(const char *input, size_t input_len,
						 uint8_t *key, size_t *key_len, cp_error *err);

/* The same, for the human citation forms only ("Article 3(1)(a)", "s. 5(2)", "OP1"). */
cp_status	cp_parse_human(const char *input, size_t input_len,
						   uint8_t *key, size_t *key_len, cp_error *err);

/* Encode components into a key; errors point at the components' positions. */
cp_status	cp_encode(const cp_component *components, int count,
					  uint8_t *key, size_t *key_len, cp_error *err);

/*
 * Write the canonical eId of a key into out (capacity CP_MAX_TEXT + 1, NUL
 * terminated).  Returns the text length, or -1 if the key is not a valid
 * encoding (only possible for corrupted storage).
 */
int			cp_format(const uint8_t *key, size_t key_len, char *out);

/* The human label ("Article 3(1)(a)(ii)"); out holds CP_MAX_LABEL + 1 bytes. */
#define CP_MAX_LABEL		(CP_MAX_TEXT * 2)
int			cp_label(const uint8_t *key, size_t key_len, char *out);

/* Number of components, or -1 for a corrupted key. */
int			cp_depth(const uint8_t *key, size_t key_len);

/*
 * Byte offset just past component n (1-based) of key: the length of the key of
 * the path's first n components.  n must be between 0 and cp_depth().
 */
size_t		cp_prefix_len(const uint8_t *key, size_t key_len, int n);

/* memcmp order with the shorter key first on a common prefix: document order. */
int			cp_compare(const uint8_t *a, size_t a_len, const uint8_t *b, size_t b_len);

/* Is a an ancestor of b, or equal to it? */
int			cp_is_ancestor_or_self(const uint8_t *a, size_t a_len,
								   const uint8_t *b, size_t b_len);

#endif							/* LEXALIGN_CLAUSE_PATH_H */
