/* Compact Language Detector 2, loaded on first use; used by langid.c only. */
#ifndef PK_CLD2_H
#define PK_CLD2_H

/*
 * The language of s[0..len) as CLD2's code ("sv", "no", "un" when it
 * cannot tell), the share of the text in it (0-100) and whether CLD2
 * holds the answer reliable.  Invalid UTF-8, or a library that cannot be
 * loaded, gives "un".  Not thread-safe on its first call (it loads).
 */
const char *pk_cld2_detect(const char *s, int len, int *percent,
	    int *reliable);

/*
 * Load the library now, not on the first detection (pk-segment does
 * it before its input comes: dlopen of libcld2 and libstdc++ was half
 * the time language detection took).  Returns 0, or -1 when it cannot
 * be loaded (pk_cld2_detect then gives "un").
 */
int	pk_cld2_load(void);

#endif
