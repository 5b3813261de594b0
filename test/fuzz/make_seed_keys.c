/*
 * make_seed_keys.c — turns seeds.txt into the fuzzers' starting corpora:
 * parse/ gets each line three times, behind the byte that picks the entry
 * point of fuzz_parse (cp_parse, cp_parse_eid, cp_parse_human); format/ gets
 * the key of each line that parses; lrkey/ the lexref key of each line of
 * LEXREF_SEEDS that parses.   make_seed_keys SEEDS LEXREF_SEEDS OUTDIR
 */
#include "clause_path.h"
#include "lr_key.h"

#include <stdio.h>
#include <string.h>

static int
lexref_keys(const char *seed_file, const char *dir)
{
	FILE	   *seeds = fopen(seed_file, "r");
	char		line[LR_MAX_INPUT + 2];
	int			n = 0;

	if (seeds == NULL)
		return 1;
	while (fgets(line, sizeof(line), seeds))
	{
		size_t		len = strcspn(line, "\n");
		lr_parts	parts;
		uint8_t		key[LR_MAX_KEY];
		size_t		key_len;
		cp_error	err;
		char		path[4096];
		FILE	   *out;

		if (lr_parse_akn(line, len, &parts, &err) != CP_OK ||
			lr_encode(&parts, key, &key_len, &err) != CP_OK)
			continue;
		snprintf(path, sizeof(path), "%s/lrkey/seed%03d", dir, n++);
		if ((out = fopen(path, "wb")) == NULL)
			return 1;
		fwrite(key, 1, key_len, out);
		fclose(out);
	}
	fclose(seeds);
	return 0;
}

int
main(int argc, char **argv)
{
	char		line[CP_MAX_INPUT + 2];
	FILE	   *seeds;
	int			n = 0;

	if (argc != 4 || (seeds = fopen(argv[1], "r")) == NULL)
	{
		fprintf(stderr, "usage: make_seed_keys SEEDS LEXREF_SEEDS OUTDIR\n");
		return 2;
	}
	while (fgets(line, sizeof(line), seeds))
	{
		size_t		len = strcspn(line, "\n");
		uint8_t		key[CP_MAX_KEY];
		size_t		key_len;
		cp_error	err;
		char		path[4096];
		FILE	   *out;

		for (int mode = 0; mode < 3; mode++)
		{
			snprintf(path, sizeof(path), "%s/parse/seed%03d_%d", argv[3], n, mode);
			if ((out = fopen(path, "wb")) == NULL)
				return 1;
			fputc(mode, out);
			fwrite(line, 1, len, out);
			fclose(out);
		}
		if (cp_parse(line, len, key, &key_len, &err) == CP_OK)
		{
			snprintf(path, sizeof(path), "%s/format/seed%03d", argv[3], n);
			if ((out = fopen(path, "wb")) == NULL)
				return 1;
			fwrite(key, 1, key_len, out);
			fclose(out);
		}
		n++;
	}
	fclose(seeds);
	return lexref_keys(argv[2], argv[3]);
}
