/*
 * cp_text.h — ASCII character tests for the parsers.  Locale-free on purpose:
 * identifiers are ASCII, and the server's locale must not change what parses.
 */
#ifndef LEXALIGN_CP_TEXT_H
#define LEXALIGN_CP_TEXT_H

#include <stddef.h>

static inline int
cp_is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static inline int
cp_is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline int
cp_is_alnum(char c)
{
	return cp_is_digit(c) || cp_is_alpha(c);
}

/* Is s[0..len) all digits?  Inputs have no terminating NUL: never read past len. */
static inline int
cp_all_digits(const char *s, int len)
{
	for (int i = 0; i < len; i++)
		if (!cp_is_digit(s[i]))
			return 0;
	return 1;
}

static inline int
cp_is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static inline char
cp_ascii_tolower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : c;
}

/* Compare n bytes of s with the lowercase word w, ignoring ASCII case. */
static inline int
cp_ascii_casecmp(const char *s, const char *w, int n)
{
	for (int i = 0; i < n; i++)
	{
		if (cp_ascii_tolower(s[i]) != w[i])
			return 1;
	}
	return 0;
}

/* 1-based character (not byte) position of byte offset off in UTF-8 text s. */
static inline int
cp_char_position(const char *s, size_t off)
{
	int			pos = 1;

	for (size_t i = 0; i < off; i++)
		pos += (((unsigned char) s[i]) & 0xC0) != 0x80;
	return pos;
}

#endif							/* LEXALIGN_CP_TEXT_H */
