/* Why a converted document needs a person's eye (review.c). */
#ifndef PK_REVIEW_H
#define PK_REVIEW_H

#include <stddef.h>

/*
 * The reasons, "; " between them, into out[0..size) ("" when there are
 * none): no item found, a profile that scores below PK_SEGMENT_FITS_WELL,
 * pages OCR read with low confidence (ocr_low, "3,5"; NULL or "" for
 * none).  pk-batch lists a document to review for them, pk-pack notes
 * them in the package's PREMIS.
 */
void	pk_review_reasons(char *out, size_t size, int items, int score,
	    const char *profile, const char *ocr_low);

#endif
