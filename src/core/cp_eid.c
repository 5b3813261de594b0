/*
 * cp_eid.c — reading the Akoma Ntoso eId syntax.
 *
 * Strict eIds ("art_3__para_1") and the lenient forms real documents use
 * ("subpart_nn_1", "sec_1_content", "item_aA", "d1e62") are read the same way:
 * split on "__", then split each part at its first "_" into element and number.
 * What the convention writes as inner punctuation is "-" in a number; any other
 * character is an error naming its position.
 */
#include "clause_path.h"
#include "cp_citation.h"
#include "cp_elements.h"
#include "cp_text.h"

#include <stdio.h>
#include <string.h>

/*
 * A known element written in another case ("Art_3") or run into its number
 * ("chp2") would be stored as an unknown element that sorts and compares apart
 * from the real one: refuse it, naming the eId meant.
 */
static int
misspelt_element(const cp_component *c, cp_error *err)
{
	char		lower[CP_MAX_COMPONENT + 1];
	int			len = c->element_len;
	int			letters = 0;

	if (len > CP_MAX_COMPONENT || cp_element_rank(c->element, len) >= 0)
		return 0;
	for (int i = 0; i < len; i++)
		lower[i] = cp_ascii_tolower(c->element[i]);
	while (letters < len && cp_is_alpha(lower[letters]))
		letters++;
	if (letters == len && cp_element_rank(lower, len) >= 0)
	{
		snprintf(err->detail, sizeof(err->detail),
				 "Expected a lowercase element name (\"%.*s\")", len, lower);
	}
	else if (letters < len && cp_element_rank(lower, letters) >= 0 &&
			 cp_all_digits(c->element + letters, len - letters))
	{
		snprintf(err->detail, sizeof(err->detail),
				 "Expected \"_\" between the element and its number (\"%.*s_%.*s\")",
				 letters, lower, len - letters, c->element + letters);
	}
	else
		return 0;
	err->status = CP_SYNTAX;
	err->position = c->position;
	return 1;
}

cp_status
cp_parse_eid(const char *input, size_t input_len,
			 uint8_t *key, size_t *key_len, cp_error *err)
{
	cp_component parts[CP_MAX_DEPTH];
	int			n = 0;
	size_t		start = 0;

	if (cp_check_input_length(input_len, err) != CP_OK)
		return CP_LIMIT;
	for (;;)
	{
		size_t		end = start;
		cp_component *c;

		while (end < input_len &&
			   !(input[end] == '_' && end + 1 < input_len && input[end + 1] == '_'))
		{
			char		ch = input[end];

			if (!cp_is_alnum(ch) && ch != '_' && ch != '-')
			{
				err->status = CP_SYNTAX;
				err->position = cp_char_position(input, end);
				snprintf(err->detail, sizeof(err->detail),
						 "Expected a letter, digit, \"_\" or \"-\" in the eId");
				return CP_SYNTAX;
			}
			end++;
		}
		if (n == CP_MAX_DEPTH)
		{
			err->status = CP_LIMIT;
			err->position = 0;
			snprintf(err->detail, sizeof(err->detail),
					 "A clause_path has at most %d components", CP_MAX_DEPTH);
			return CP_LIMIT;
		}
		c = &parts[n++];
		c->element = input + start;
		c->position = (int) start + 1;
		c->number = NULL;
		c->number_len = 0;
		c->number_position = 0;
		{
			const char *us = memchr(input + start, '_', end - start);

			c->element_len = (int) ((us ? (size_t) (us - input) : end) - start);
			if (us)
			{
				c->number = us + 1;
				c->number_len = (int) (input + end - c->number);
				c->number_position = (int) (c->number - input) + 1;
			}
			else if (c->element_len > 0 && cp_is_alpha(c->element[0]) &&
					 !cp_looks_like_eid(c->element, (size_t) c->element_len))
			{
				err->status = CP_SYNTAX;
				err->position = c->position;
				snprintf(err->detail, sizeof(err->detail),
						 "Expected an eId element, not the citation \"%.*s\" (write its eId, such as art_3)",
						 c->element_len > 40 ? 40 : c->element_len, c->element);
				return CP_SYNTAX;
			}
		}
		if (misspelt_element(c, err))
			return CP_SYNTAX;
		if (end >= input_len)
			break;
		start = end + 2;
	}
	return cp_encode(parts, n, key, key_len, err);
}
