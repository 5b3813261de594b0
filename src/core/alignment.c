/*
 * alignment.c — reading the alignment scales in use (see alignment.h).
 */
#include "alignment.h"
#include "cp_text.h"

#include <stdio.h>
#include <string.h>

static const char *const labels[] = {
	"conflicting", "absent", "partial", "largely", "full", "not_applicable",
};

/* Every spelling, lowercase, with the level it means. */
static const struct
{
	const char *spelling;
	al_level	level;
}			spellings[] = {
	{"full", AL_FULL}, {"fully", AL_FULL}, {"c", AL_FULL}, {"+", AL_FULL},
	{"yes", AL_FULL}, {"implemented", AL_FULL},
	{"largely", AL_LARGELY}, {"lc", AL_LARGELY},
	{"partial", AL_PARTIAL}, {"partially", AL_PARTIAL}, {"partly", AL_PARTIAL},
	{"pc", AL_PARTIAL}, {"-/+", AL_PARTIAL}, {"+/-", AL_PARTIAL},
	{"absent", AL_ABSENT}, {"nc", AL_ABSENT}, {"0", AL_ABSENT}, {"no", AL_ABSENT},
	{"none", AL_ABSENT}, {"not implemented", AL_ABSENT},
	{"conflicting", AL_CONFLICTING}, {"conflict", AL_CONFLICTING},
	{"contradicts", AL_CONFLICTING},
	{"not_applicable", AL_NOT_APPLICABLE}, {"not applicable", AL_NOT_APPLICABLE},
	{"na", AL_NOT_APPLICABLE}, {"n/a", AL_NOT_APPLICABLE}, {"n.a.", AL_NOT_APPLICABLE},
};

const char *
al_label(al_level level)
{
	return labels[level];
}

cp_status
al_read(const char *input, size_t input_len, al_level *level, cp_error *err)
{
	const char *p = input;
	const char *end = input + input_len;

	err->status = CP_OK;
	err->position = 0;
	err->detail[0] = '\0';
	if (input_len > AL_MAX_INPUT)
	{
		err->status = CP_LIMIT;
		snprintf(err->detail, sizeof(err->detail), "An alignment level has at most %d characters", AL_MAX_INPUT);
		return CP_LIMIT;
	}
	while (p < end && cp_is_space(*p))
		p++;
	while (end > p && cp_is_space(end[-1]))
		end--;
	for (size_t i = 0; i < sizeof(spellings) / sizeof(spellings[0]); i++)
	{
		int			n = (int) strlen(spellings[i].spelling);

		if (n == end - p && cp_ascii_casecmp(p, spellings[i].spelling, n) == 0)
		{
			*level = spellings[i].level;
			return CP_OK;
		}
	}
	err->status = CP_SYNTAX;
	err->position = cp_char_position(input, (size_t) (p - input));
	snprintf(err->detail, sizeof(err->detail), "%s",
			 "Expected full, largely, partial, absent, conflicting or not_applicable, "
			 "or C, LC, PC, NC, NA, +, -/+, 0");
	return CP_SYNTAX;
}
