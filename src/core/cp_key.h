/*
 * cp_key.h — what the key encoding tells the readers: which words are Latin
 * ordinal suffixes ("bis", "ter"), since a citation may write them apart
 * ("Article 11.2 bis") and the eId joins them ("art_11-2bis").
 */
#ifndef LEXALIGN_CP_KEY_H
#define LEXALIGN_CP_KEY_H

/* Is s[0..len) (any case) a Latin ordinal suffix? */
int			cp_is_ordinal(const char *s, int len);

/* Length of the longest Latin ordinal that ends s[0..len), or 0. */
int			cp_ordinal_suffix_len(const char *s, int len);

#endif							/* LEXALIGN_CP_KEY_H */
