/*
 * fuzz_lexref.c — libFuzzer harness: any bytes into lr_parse_akn.  An accepted
 * URI must write a canonical form that reads back to itself (out(in(x)) is a
 * fixed point), fits its buffer, and starts with "/akn/"; a refusal must carry
 * a sane error.
 */
#include "lexref.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
die(const char *what, const char *ctx, size_t len)
{
	fprintf(stderr, "INVARIANT VIOLATION: %s\n  context: \"%.*s\"\n", what, (int) (len > 600 ? 600 : len), ctx);
	abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *in = malloc(size ? size : 1);
	char	   *out = malloc(LR_MAX_INPUT + 8);
	char	   *again = malloc(LR_MAX_INPUT + 8);
	lr_parts	parts;
	lr_parts	parts2;
	cp_error	err;
	cp_status	st;

	memcpy(in, data, size);
	st = lr_parse_akn(in, size, &parts, &err);
	if (st != CP_OK)
	{
		if ((st != CP_SYNTAX && st != CP_LIMIT) || err.status != st || err.position < 0 ||
			memchr(err.detail, '\0', sizeof(err.detail)) == NULL)
			die("bad error report", in, size);
	}
	else
	{
		int			n = lr_format(&parts, out);

		if (n < 5 || n > LR_MAX_INPUT + 4 || memcmp(out, "/akn/", 5) != 0 || (int) strlen(out) != n)
			die("canonical form out of shape", in, size);
		/* the canonical text is a fresh input: its parts point into out */
		if (lr_parse_akn(out, (size_t) n, &parts2, &err) != CP_OK)
			die("canonical form does not read back", out, (size_t) n);
		if (lr_format(&parts2, again) != n || memcmp(out, again, (size_t) n) != 0)
			die("out(in(x)) is not a fixed point", out, (size_t) n);
	}
	free(in);
	free(out);
	free(again);
	return 0;
}
