/*
 * fuzz_convert.c — libFuzzer harness for the ELI and URN:LEX readers.  The
 * first byte picks the reader; the rest is the input.  What a reader accepts
 * must be an Akoma Ntoso URI that lr_parse_akn accepts (the readers never hand
 * the type an invalid value), and where a writer maps it back, reading that
 * again must give the same Akoma Ntoso URI.
 */
#include "lexref.h"
#include "lr_convert.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef cp_status (*reader_fn) (const char *, size_t, char *, int *, cp_error *);
typedef int (*writer_fn) (const lr_parts *, char *);

static void
die(const char *what, const char *ctx, size_t len)
{
	fprintf(stderr, "INVARIANT VIOLATION: %s\n  context: \"%.*s\"\n", what, (int) (len > 600 ? 600 : len), ctx);
	abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	reader_fn	read;
	writer_fn	write;
	char	   *in;
	char	   *akn = malloc(LR_CONVERT_OUT);
	char	   *canon = malloc(LR_MAX_INPUT + 8);
	char	   *back = malloc(LR_CONVERT_OUT);
	char	   *akn2 = malloc(LR_CONVERT_OUT);
	int			akn_len;
	int			akn2_len;
	lr_parts	parts;
	cp_error	err;
	size_t		len;

	if (size == 0)
		goto out;
	read = data[0] & 1 ? lr_urnlex_to_akn : lr_eli_to_akn;
	write = data[0] & 1 ? lr_akn_to_urnlex : lr_akn_to_eli;
	len = size - 1;
	in = malloc(len ? len : 1);
	memcpy(in, data + 1, len);
	if (read(in, len, akn, &akn_len, &err) == CP_OK)
	{
		int			n;

		if (akn_len < 0 || (size_t) akn_len != strlen(akn))
			die("reader length wrong", in, len);
		if (lr_parse_akn(akn, (size_t) akn_len, &parts, &err) != CP_OK)
			die("reader wrote an AKN URI that lr_parse_akn refuses", akn, (size_t) akn_len);
		n = lr_format(&parts, canon);
		if (n != akn_len || memcmp(canon, akn, (size_t) n) != 0)
			die("reader wrote a non-canonical AKN URI", akn, (size_t) akn_len);
		n = write(&parts, back);
		if (n >= 0)
		{
			if (read(back, (size_t) n, akn2, &akn2_len, &err) != CP_OK)
				die("writer output does not read back", back, (size_t) n);
			if (akn2_len != akn_len || memcmp(akn2, akn, (size_t) akn_len) != 0)
				die("writer output reads back as another reference", back, (size_t) n);
		}
	}
	else if (err.position < 0 || memchr(err.detail, '\0', sizeof(err.detail)) == NULL)
		die("bad error report", in, len);
	free(in);
out:
	free(akn);
	free(canon);
	free(back);
	free(akn2);
	return 0;
}
