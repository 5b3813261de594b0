/*
 * fuzz_lexref.c — libFuzzer harness: any bytes into lr_parse_akn.  An accepted
 * URI must write a canonical form that reads back to itself (out(in(x)) is a
 * fixed point), fits its buffer, and starts with "/akn/"; a refusal must carry
 * a sane error.  Both writers (ELI, URN:LEX) must write, for any accepted URI,
 * either nothing (-1) or a text that reads back as the same reference.  The
 * stored key of an accepted URI must decode to the same canonical text.
 */
#include "lexref.h"
#include "lr_convert.h"
#include "lr_key.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
die(const char *what, const char *ctx, size_t len)
{
	fprintf(stderr, "INVARIANT VIOLATION: %s\n  context: \"%.*s\"\n", what, (int) (len > 600 ? 600 : len), ctx);
	abort();
}

static void
check_writer(const lr_parts *parts, const char *canon, int n,
			 int (*write) (const lr_parts *, char *),
			 cp_status (*read) (const char *, size_t, char *, int *, cp_error *))
{
	char	   *text = malloc(LR_CONVERT_OUT);
	char	   *akn = malloc(LR_CONVERT_OUT);
	int			len = write(parts, text);
	int			akn_len;
	cp_error	err;

	if (len >= 0 && (read(text, (size_t) len, akn, &akn_len, &err) != CP_OK ||
					 akn_len != n || memcmp(akn, canon, (size_t) n) != 0))
		die("a writer's text does not read back as the same reference", canon, (size_t) n);
	free(text);
	free(akn);
}

static void
check_key(const lr_parts *parts, const char *canon, int n)
{
	uint8_t    *key = malloc(LR_MAX_KEY);
	char	   *buf = malloc(LR_DECODE_BUF);
	char	   *text = malloc(LR_MAX_INPUT + 8);
	size_t		key_len;
	lr_parts	decoded;
	cp_error	err;
	lr_levels	levels;

	if (lr_encode(parts, key, &key_len, &err) != CP_OK)
		die("an accepted URI does not encode", canon, (size_t) n);
	if (lr_decode(key, key_len, &decoded, buf) != 0 ||
		lr_format(&decoded, text) != n || memcmp(text, canon, (size_t) n) != 0)
		die("the key does not decode to the canonical form", canon, (size_t) n);
	/* work() and expression() cut the key at a level: those must be references too */
	if (lr_key_levels(key, key_len, &levels) != 0 ||
		lr_decode(key, levels.work_end, &decoded, buf) != 0 ||
		lr_decode(key, levels.expression_end, &decoded, buf) != 0 ||
		lr_decode(key, levels.component_end, &decoded, buf) != 0)
		die("a level of the key is not a reference", canon, (size_t) n);
	free(key);
	free(buf);
	free(text);
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
		check_key(&parts2, out, n);
		check_writer(&parts2, out, n, lr_akn_to_eli, lr_eli_to_akn);
		check_writer(&parts2, out, n, lr_akn_to_urnlex, lr_urnlex_to_akn);
	}
	free(in);
	free(out);
	free(again);
	return 0;
}
