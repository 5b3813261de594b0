/*
 * test_alignment.c — the reader of alignment scales: every documented
 * spelling, case and spaces, and the refusals.
 */
#include "alignment.h"
#include "unit.h"

#include <string.h>

static const struct
{
	const char *input;
	al_level	level;
}			good[] = {
	{"full", AL_FULL}, {"FULL", AL_FULL}, {" Fully ", AL_FULL}, {"C", AL_FULL}, {"+", AL_FULL},
	{"yes", AL_FULL}, {"Implemented", AL_FULL},
	{"largely", AL_LARGELY}, {"LC", AL_LARGELY}, {"lc", AL_LARGELY},
	{"partial", AL_PARTIAL}, {"PC", AL_PARTIAL}, {"-/+", AL_PARTIAL}, {"+/-", AL_PARTIAL},
	{"partly", AL_PARTIAL}, {"partially", AL_PARTIAL},
	{"absent", AL_ABSENT}, {"NC", AL_ABSENT}, {"0", AL_ABSENT}, {"no", AL_ABSENT},
	{"none", AL_ABSENT}, {"not implemented", AL_ABSENT},
	{"conflicting", AL_CONFLICTING}, {"conflict", AL_CONFLICTING}, {"Contradicts", AL_CONFLICTING},
	{"not_applicable", AL_NOT_APPLICABLE}, {"Not applicable", AL_NOT_APPLICABLE},
	{"NA", AL_NOT_APPLICABLE}, {"N/A", AL_NOT_APPLICABLE}, {"n.a.", AL_NOT_APPLICABLE},
};

static const struct
{
	const char *input;
	int			position;
}			bad[] = {
	{"-", 1}, {"", 1}, {"  ", 3}, {"ful", 1}, {"  partial-ish", 3}, {"not  applicable", 1},
	{"C+", 1}, {"1", 1}, {"compliant", 1},
};

int
main(void)
{
	al_level	level;
	cp_error	err;
	char		longer[AL_MAX_INPUT + 2];

	for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++)
	{
		cp_status	st = al_read(good[i].input, strlen(good[i].input), &level, &err);

		CHECK(st == CP_OK && level == good[i].level, "\"%s\" read as %s (status %d)",
			  good[i].input, st == CP_OK ? al_label(level) : "an error", st);
	}
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
	{
		cp_status	st = al_read(bad[i].input, strlen(bad[i].input), &level, &err);

		CHECK(st == CP_SYNTAX && err.position == bad[i].position && strstr(err.detail, "Expected full") != NULL,
			  "\"%s\": status %d at %d (%s)", bad[i].input, st, err.position, err.detail);
	}
	memset(longer, ' ', sizeof(longer) - 1);
	longer[sizeof(longer) - 2] = 'C';
	CHECK(al_read(longer, sizeof(longer) - 1, &level, &err) == CP_LIMIT, "an over-long input is a limit error");
	for (int l = AL_CONFLICTING; l <= AL_NOT_APPLICABLE; l++)
		CHECK(al_read(al_label((al_level) l), strlen(al_label((al_level) l)), &level, &err) == CP_OK &&
			  level == (al_level) l, "the label of level %d reads back", l);
	return unit_summary("alignment");
}
