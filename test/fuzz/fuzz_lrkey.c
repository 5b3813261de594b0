/*
 * fuzz_lrkey.c — libFuzzer harness: any bytes as a stored lexref key.  The
 * decoder must refuse them or decode them to a URI that reads back and
 * encodes to the very same bytes (else two stored values could print alike
 * and compare unequal); levels, containment and the btree bounds of any key
 * the decoder accepts must stay inside it.
 */
#include "lr_key.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
die(const char *what, const char *text)
{
	fprintf(stderr, "INVARIANT VIOLATION: %s\n  context: \"%.600s\"\n", what, text);
	abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t    *key = malloc(size ? size : 1);
	char	   *buf = malloc(LR_DECODE_BUF);
	char	   *text = malloc(LR_MAX_INPUT + 8);
	uint8_t    *again = malloc(LR_MAX_KEY);
	uint8_t    *start = malloc(size + 1);
	uint8_t    *end = malloc(size + 1);
	size_t		again_len;
	size_t		start_len;
	size_t		end_len;
	lr_parts	parts;
	lr_parts	reparsed;
	lr_levels	levels;
	cp_error	err;

	memcpy(key, data, size);
	if (lr_decode(key, size, &parts, buf) == 0)
	{
		int			n = lr_format(&parts, text);

		if (n > LR_MAX_INPUT)
			die("decoded text over the limit", text);
		/* the decoder checks codes' form, the parser also their vocabulary */
		if (lr_parse_akn(text, (size_t) n, &reparsed, &err) != CP_OK)
		{
			if (!lr_is_vocabulary_error(&err))
				die("a decoded key does not read back", text);
		}
		else if (lr_encode(&reparsed, again, &again_len, &err) != CP_OK ||
				 again_len != size || memcmp(again, key, size) != 0)
			die("a decoded key is not the encoding of its text", text);
		if (lr_key_levels(key, size, &levels) != 0 || levels.format_start > size)
			die("levels of a valid key", text);
		if (!lr_contains(key, size, key, size))
			die("a reference does not contain itself", text);
		lr_subtree_bounds(key, size, start, &start_len, end, &end_len);
		if (start_len > size + 1 || end_len > size + 1 ||
			cp_compare(start, start_len, key, size) > 0 || cp_compare(key, size, end, end_len) >= 0)
			die("a key outside its own bounds", text);
	}
	free(key);
	free(buf);
	free(text);
	free(again);
	free(start);
	free(end);
	return 0;
}
