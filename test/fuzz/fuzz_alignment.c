/*
 * fuzz_alignment.c — libFuzzer harness: any bytes into al_read.  An accepted
 * spelling's level must read back from its own label (round trip); a refusal
 * must carry a sane error.
 */
#include "alignment.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *in = malloc(size ? size : 1);
	al_level	level;
	al_level	again;
	cp_error	err;
	cp_status	st;

	memcpy(in, data, size);
	st = al_read(in, size, &level, &err);
	if (st == CP_OK)
	{
		const char *label = al_label(level);

		if (al_read(label, strlen(label), &again, &err) != CP_OK || again != level)
			abort();
	}
	else if ((st != CP_SYNTAX && st != CP_LIMIT) || err.status != st || err.position < 0 ||
			 memchr(err.detail, '\0', sizeof(err.detail)) == NULL)
		abort();
	free(in);
	return 0;
}
