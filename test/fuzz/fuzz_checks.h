/*
 * fuzz_checks.h — invariant checks shared by the clause_path fuzz harnesses.
 * Every output buffer is a malloc of exactly the documented size, so that ASan
 * catches a write one byte past it.  Violations call die() -> abort().
 */
#ifndef LEXALIGN_FUZZ_CHECKS_H
#define LEXALIGN_FUZZ_CHECKS_H

#include "clause_path.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CP_UNUSED __attribute__((unused))

CP_UNUSED static void
die(const char *what, const char *ctx, size_t ctx_len)
{
	fprintf(stderr, "INVARIANT VIOLATION: %s\n  context (%zu bytes): \"", what, ctx_len);
	for (size_t i = 0; i < ctx_len && i < 600; i++)
	{
		unsigned char c = (unsigned char) ctx[i];

		if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\')
			fputc(c, stderr);
		else
			fprintf(stderr, "\\x%02X", c);
	}
	fprintf(stderr, "%s\"\n", ctx_len > 600 ? "..." : "");
	abort();
}

CP_UNUSED static uint8_t *
alloc_key(void)
{
	return malloc(CP_MAX_KEY);
}

CP_UNUSED static int
status_ok(cp_status st)
{
	return st == CP_OK || st == CP_SYNTAX || st == CP_LIMIT;
}

CP_UNUSED static void
check_error(const cp_error *err, cp_status st, const char *ctx, size_t ctx_len)
{
	char		sentence[256];

	if (err->status != st)
		die("err->status differs from the returned status", ctx, ctx_len);
	if (memchr(err->detail, '\0', sizeof(err->detail)) == NULL)
		die("err->detail not NUL terminated", ctx, ctx_len);
	if (err->position < 0)
		die("negative error position", ctx, ctx_len);
	cp_error_sentence(err, sentence, sizeof(sentence));
}

/*
 * The full set of checks on a key that some parser accepted, or that cp_format
 * accepted (from_format: then the key is arbitrary bytes and text was already
 * produced by cp_format).  ctx is what to print on failure.
 */
/*
 * Every sub-range of components (what subpath(), parent() and the leaf
 * functions of the glue store) must format alone and read back with cp_parse.
 */
static void
check_subpaths(const uint8_t *key, size_t key_len, int depth)
{
	char	   *text = malloc(CP_MAX_TEXT + 1);
	uint8_t    *k2 = alloc_key();
	size_t		k2_len;
	cp_error	err;

	for (int a = 0; a < depth; a++)
		for (int b = a + 1; b <= depth; b++)
		{
			size_t		from = cp_prefix_len(key, key_len, a);
			size_t		to = cp_prefix_len(key, key_len, b);
			int			n = cp_format(key + from, to - from, text);

			if (n < 0)
				die("subpath of a valid key does not format", (const char *) key, key_len);
			if (cp_parse(text, (size_t) n, k2, &k2_len, &err) != CP_OK ||
				k2_len != to - from || memcmp(k2, key + from, k2_len) != 0)
				die("subpath text does not cp_parse back to the subpath key", text, (size_t) n);
		}
	free(text);
	free(k2);
}

CP_UNUSED static void
check_key(const uint8_t *key, size_t key_len, const char *ctx, size_t ctx_len,
		  int check_parse_back)
{
	char	   *text = malloc(CP_MAX_TEXT + 1);
	char	   *label = malloc(CP_MAX_LABEL + 1);
	uint8_t    *k2 = alloc_key();
	size_t		k2_len = 0;
	cp_error	err;
	int			n, lab, depth, parts;
	cp_status	st;

	n = cp_format(key, key_len, text);
	if (n < 0)
	{
		if (check_parse_back)
			die("(b) cp_format refuses a key a parser produced", ctx, ctx_len);
		goto out;
	}
	if (n > CP_MAX_TEXT)
		die("cp_format text longer than CP_MAX_TEXT", ctx, ctx_len);
	if ((int) strlen(text) != n)
		die("cp_format length differs from strlen of its text", ctx, ctx_len);

	/* (b)/(d): the text parses back to exactly the same bytes */
	memset(&err, 0, sizeof(err));
	st = cp_parse_eid(text, (size_t) n, k2, &k2_len, &err);
	if (!status_ok(st))
		die("cp_parse_eid returned an unknown status", text, (size_t) n);
	if (st != CP_OK)
		die("(b/d) cp_parse_eid refuses cp_format's text", text, (size_t) n);
	if (k2_len != key_len || memcmp(k2, key, key_len) != 0)
		die("(b/d) cp_parse_eid(cp_format(key)) != key", text, (size_t) n);
	st = cp_parse(text, (size_t) n, k2, &k2_len, &err);
	if (st != CP_OK)
		die("(b/d) cp_parse refuses cp_format's text", text, (size_t) n);
	if (k2_len != key_len || memcmp(k2, key, key_len) != 0)
		die("(b/d) cp_parse(cp_format(key)) != key", text, (size_t) n);

	/* (c) */
	lab = cp_label(key, key_len, label);
	if (lab < 0)
		die("(c) cp_label < 0 for an accepted key", text, (size_t) n);
	if (lab > CP_MAX_LABEL || (int) strlen(label) != lab)
		die("(c) cp_label length wrong", text, (size_t) n);
	if (lab == CP_MAX_LABEL)
		die("(c) cp_label truncated (reached CP_MAX_LABEL)", text, (size_t) n);

	/* (e) depth = parts of the text */
	depth = cp_depth(key, key_len);
	parts = 1;
	for (int i = 0; i + 1 < n; i++)
		if (text[i] == '_' && text[i + 1] == '_')
		{
			parts++;
			i++;
		}
	if (depth != parts)
		die("(e) cp_depth != number of __ parts of the text", text, (size_t) n);
	if (depth > CP_MAX_DEPTH)
		die("(e) depth > CP_MAX_DEPTH", text, (size_t) n);

	/* (e) prefixes: key of the first m parts is the first prefix_len bytes */
	if (cp_prefix_len(key, key_len, 0) != 0)
		die("(e) cp_prefix_len(0) != 0", text, (size_t) n);
	if (cp_prefix_len(key, key_len, depth) != key_len)
		die("(e) cp_prefix_len(depth) != key_len", text, (size_t) n);
	{
		int			m = 0;
		size_t		prev = 0;

		for (int i = 0; i <= n; i++)
		{
			if (i == n || (text[i] == '_' && i + 1 < n && text[i + 1] == '_'))
			{
				size_t		pl;

				m++;
				pl = cp_prefix_len(key, key_len, m);
				if (pl <= prev || pl > key_len)
					die("(e) cp_prefix_len not increasing", text, (size_t) n);
				prev = pl;
				memset(&err, 0, sizeof(err));
				st = cp_parse_eid(text, (size_t) i, k2, &k2_len, &err);
				if (st != CP_OK)
					die("(e) a prefix of the text does not parse", text, (size_t) i);
				if (k2_len != pl || memcmp(k2, key, pl) != 0)
					die("(e) key of first m parts != first cp_prefix_len(m) bytes", text, (size_t) i);
				if (!cp_is_ancestor_or_self(k2, k2_len, key, key_len))
					die("(e) prefix is not cp_is_ancestor_or_self", text, (size_t) i);
				if (cp_compare(k2, k2_len, key, key_len) > 0)
					die("(e) ancestor sorts after descendant", text, (size_t) i);
				if (m < depth && cp_is_ancestor_or_self(key, key_len, k2, k2_len))
					die("(e) descendant claims to be an ancestor", text, (size_t) i);
				if (i < n)
					i++;
			}
		}
		if (m != depth)
			die("(e) prefix walk count != depth", text, (size_t) n);
	}
	check_subpaths(key, key_len, depth);
	if (!cp_is_ancestor_or_self(key, key_len, key, key_len) ||
		cp_compare(key, key_len, key, key_len) != 0)
		die("(e) key not ancestor-or-self / equal to itself", text, (size_t) n);
out:
	free(text);
	free(label);
	free(k2);
}

#endif							/* LEXALIGN_FUZZ_CHECKS_H */
