/*
 * unit.h — the smallest test harness that says what failed.
 *
 * CHECK(cond, fmt, ...) counts a test; a failure prints "not ok" with the
 * message.  unit_summary() prints "N passed, N failed" and gives the exit code.
 */
#ifndef LEXALIGN_UNIT_H
#define LEXALIGN_UNIT_H

#include <stdio.h>

static int	unit_passed;
static int	unit_failed;

#define CHECK(cond, ...) \
	do { \
		if (cond) \
			unit_passed++; \
		else \
		{ \
			unit_failed++; \
			printf("not ok %d - %s:%d: ", unit_passed + unit_failed, __FILE__, __LINE__); \
			printf(__VA_ARGS__); \
			printf("\n"); \
		} \
	} while (0)

static inline int
unit_summary(const char *suite)
{
	printf("%s: %d passed, %d failed\n", suite, unit_passed, unit_failed);
	return unit_failed == 0 ? 0 : 1;
}

#endif							/* LEXALIGN_UNIT_H */
