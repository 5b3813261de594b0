/*
 * fuzz_format.c — libFuzzer harness: arbitrary bytes (up to CP_MAX_KEY) as a
 * stored key, as corrupted storage would hand them to the output function.
 * cp_format must return -1 or a text that parses back to the same bytes;
 * cp_label, cp_depth, cp_prefix_len and the comparisons must not crash on any
 * bytes; keys that cp_format accepts get the full checks of fuzz_checks.h.
 */
#include "fuzz_checks.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t    *key;
	char	   *text;
	char	   *label;
	int			depth;

	if (size > CP_MAX_KEY)
		return 0;
	key = malloc(size ? size : 1);
	memcpy(key, data, size);
	text = malloc(CP_MAX_TEXT + 1);
	label = malloc(CP_MAX_LABEL + 1);

	/* structure functions on raw bytes: no crash, no out-of-range answer */
	depth = cp_depth(key, size);
	for (int m = 0; m <= depth; m++)
	{
		size_t		pl = cp_prefix_len(key, size, m);

		if (pl > size)
			die("cp_prefix_len > key_len on raw bytes", (const char *) key, size);
		(void) cp_is_ancestor_or_self(key, pl, key, size);
		(void) cp_compare(key, pl, key, size);
	}
	(void) cp_label(key, size, label);

	if (cp_format(key, size, text) >= 0)
		check_key(key, size, (const char *) key, size, 0);
	free(key);
	free(text);
	free(label);
	return 0;
}
