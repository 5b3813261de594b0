/*
 * cp_elements.h — the Akoma Ntoso element names a clause_path knows, in the order
 * in which siblings of different kinds appear in a legal text.
 */
#ifndef LEXALIGN_CP_ELEMENTS_H
#define LEXALIGN_CP_ELEMENTS_H

/* Rank of a known element (0-based), or -1 for a name the table does not hold. */
int			cp_element_rank(const char *name, int len);

/* Name of the element of a rank, or NULL past the table. */
const char *cp_element_name(int rank);

#endif							/* LEXALIGN_CP_ELEMENTS_H */
