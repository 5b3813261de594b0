/*
 * cp_parse.c — which reader an input goes to.
 *
 * An input with a "_" is an eId: people do not type underscores in citations,
 * so an eId with a stray character gets the eId reader's precise error.  An
 * input of letters, digits and "-" that starts with a letter is an eId too
 * ("d1e62", "content"), unless it starts with a citation word followed by a
 * digit ("OP1", "PP6", "art3"): people type those, and no eId element is
 * spelled so; a citation word alone ("Article") is a citation missing its
 * number, unless it is also an eId element ("part", "para").  Everything
 * else (spaces, dots, parentheses, "§") is a citation.
 */
#include "clause_path.h"
#include "cp_citation.h"
#include "cp_elements.h"
#include "cp_text.h"

#include <stdio.h>
#include <string.h>

int
cp_looks_like_eid(const char *s, size_t len)
{
	size_t		letters = 0;

	if (memchr(s, '_', len) != NULL)
		return 1;
	if (len == 0 || !cp_is_alpha(s[0]))
		return 0;
	for (size_t i = 0; i < len; i++)
		if (!cp_is_alnum(s[i]) && s[i] != '-')
			return 0;
	while (letters < len && cp_is_alpha(s[letters]))
		letters++;
	if (cp_citation_keyword(s, (int) letters) == NULL)
		return 1;
	/* "OP1", "art3": a citation; "Article" alone: a citation missing its number */
	if (letters < len)
		return !cp_is_digit(s[letters]);
	return cp_element_rank(s, (int) len) >= 0;	/* "part", "para": eId elements */
}

cp_status
cp_check_input_length(size_t input_len, cp_error *err)
{
	if (input_len <= CP_MAX_INPUT)
		return CP_OK;
	err->status = CP_LIMIT;
	err->position = 0;
	snprintf(err->detail, sizeof(err->detail),
			 "A clause_path input has at most %d characters", CP_MAX_INPUT);
	return CP_LIMIT;
}

cp_status
cp_parse(const char *input, size_t input_len,
		 uint8_t *key, size_t *key_len, cp_error *err)
{
	size_t		lead = 0;
	size_t		len = input_len;
	cp_status	st;

	err->status = CP_OK;
	err->position = 0;
	err->detail[0] = '\0';
	if (cp_check_input_length(input_len, err) != CP_OK)
		return CP_LIMIT;
	while (lead < len && cp_is_space(input[lead]))
		lead++;
	while (len > lead && cp_is_space(input[len - 1]))
		len--;
	if (lead == len)
	{
		err->status = CP_SYNTAX;
		err->position = 1;
		snprintf(err->detail, sizeof(err->detail), "Expected an eId or a citation, found nothing");
		return CP_SYNTAX;
	}
	if (memchr(input, '\0', input_len) != NULL)
	{
		err->status = CP_SYNTAX;
		err->position = cp_char_position(input, (size_t) ((const char *) memchr(input, '\0', input_len) - input));
		snprintf(err->detail, sizeof(err->detail), "Unexpected NUL byte");
		return CP_SYNTAX;
	}

	if (cp_looks_like_eid(input + lead, len - lead))
		st = cp_parse_eid(input + lead, len - lead, key, key_len, err);
	else
		st = cp_parse_human(input + lead, len - lead, key, key_len, err);

	/* positions were counted within the trimmed text */
	if (st != CP_OK && err->position > 0)
		err->position += cp_char_position(input, lead) - 1;
	return st;
}
