/*
 * A typewriter's page as the OCR engine read it: words it split at a
 * narrow letter joined, an l it misread where a compound joins mended.
 */
#ifndef PK_OCRTYPE_H
#define PK_OCRTYPE_H

#include <stddef.h>

#include "ocr.h"

/* Whether byte c is an ASCII letter or part of a character beyond. */
int	pk_ocr_letter_byte(unsigned char c);
/* How many letters s has (ASCII, or a character beyond, counted once). */
size_t	pk_ocr_letters(const char *s);
/*
 * Whether page is a typewriter's, set in one pitch (a word's width a
 * letter hardly varies), and read well enough (PK_OCR_LOW_CONF) to
 * trust its words' boxes: a page read poorly has poor boxes too
 * ("Närvarande ledamöter" came out one word on the batch's noisy
 * fixture).  1, 0, or -1 when memory ran out.
 */
int	pk_ocr_typewritten(const struct pk_ocr_page *);
/*
 * Join the words of page that the engine split at a typewriter's narrow
 * letter ("kommuna lnämnden"), on a page set in one pitch and read with
 * a confidence of PK_OCR_LOW_CONF or more: two words of a line whose gap
 * is under two thirds of the page's median gap between words, letters
 * only (the second may end in a stop or comma), one with l, L, I, i, t,
 * f or j at the gap.  Done by pk_ocr_recognise; exposed for the tests.
 * Returns 0, or -1 when memory ran out (the words as they were).
 */
int	pk_ocr_join_split_words(struct pk_ocr_page *);
/* A dictionary's lookup: whether word (UTF-8) is one of its words. */
struct pk_ocr_lexicon {
	int	(*has)(void *arg, const char *word);
	void	*arg;
};
/*
 * Mend the words of such a page, whose image (8-bit gray, stride bytes
 * a row, as large as the page says) is gray, by dict's dictionary: two
 * words of a line with an l's stroke in the white between them are one
 * where they make a compound joined at that l ("kommuna kontoret" is
 * "kommunalkontoret"); a word the dictionary lacks, whole or as a
 * compound of its words, is mended where one way of reading a t (or an
 * L or I among small letters) as l, or of dropping a t beside an l,
 * gives a word of it, or a compound joined at that l ("kommunatnämnden"
 * is "kommunalnämnden", "anstag" "anslag").  Done by pk_ocr_recognise;
 * exposed for the tests.  Returns 0, or -1 when memory ran out.
 */
int	pk_ocr_mend_words(const struct pk_ocr_lexicon *dict,
	    struct pk_ocr_page *,
	    const unsigned char *gray, int stride);

#endif
