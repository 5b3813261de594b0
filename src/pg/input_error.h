/*
 * input_error.h — the ereport of a core parser's error, for every type's
 * text and binary input (22P02 or 22P03 with the position in the detail,
 * 54000 for a documented limit).
 */
#ifndef LEXALIGN_INPUT_ERROR_H
#define LEXALIGN_INPUT_ERROR_H

#include "postgres.h"

#include "../core/clause_path.h"

void		report_input_error(const cp_error *err, const char *type_name, const char *input,
							   bool binary) pg_attribute_noreturn();

#endif							/* LEXALIGN_INPUT_ERROR_H */
