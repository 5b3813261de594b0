/*
 * fuzz_parse.c — libFuzzer harness: any bytes into cp_parse / cp_parse_eid /
 * cp_parse_human; every accepted key must format, round trip, label, and have
 * consistent depth and prefixes (invariants a, b, c, e).
 *
 * The first byte chooses the entry point; the rest is the input, copied into an
 * exact-size heap buffer (no NUL terminator) so ASan sees any over-read.
 */
#include "fuzz_checks.h"

static void
check_eid_identity(const char *in, size_t len, const uint8_t *key, size_t key_len)
{
	/* a differential: the eId reader keeps everything, so format is identity */
	char	   *text = malloc(CP_MAX_TEXT + 1);
	int			n = cp_format(key, key_len, text);

	if (n < 0 || (size_t) n != len || memcmp(text, in, len) != 0)
		die("cp_format(cp_parse_eid(x)) != x for an accepted eId", in, len);
	free(text);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t    *key = alloc_key();
	size_t		key_len = (size_t) -1;
	cp_error	err;
	cp_status	st;
	char	   *in;
	size_t		len;
	int			mode;

	if (size == 0)
	{
		free(key);
		return 0;
	}
	mode = data[0] % 3;
	len = size - 1;
	in = malloc(len ? len : 1);
	memcpy(in, data + 1, len);

	memset(&err, 0x5A, sizeof(err));
	if (mode == 0)
		st = cp_parse(in, len, key, &key_len, &err);
	else if (mode == 1)
		st = cp_parse_eid(in, len, key, &key_len, &err);
	else
		st = cp_parse_human(in, len, key, &key_len, &err);
	if (!status_ok(st))
		die("(a) unknown status", in, len);
	if (st != CP_OK)
	{
		check_error(&err, st, in, len);
		goto out;
	}
	if (key_len == 0 || key_len > CP_MAX_KEY)
		die("(a) key_len 0 or > CP_MAX_KEY", in, len);
	if (key[key_len - 1] != CP_KEY_END)
		die("key does not end with CP_KEY_END", in, len);
	if (mode == 1)
		check_eid_identity(in, len, key, key_len);
	check_key(key, key_len, in, len, 1);
out:
	free(in);
	free(key);
	return 0;
}
