/*
 * Why a converted document needs a person's eye: one wording for
 * pk-batch's list and pk-pack's PREMIS, so an archivist reads the same
 * reasons in both.
 */
#include <stdio.h>
#include <string.h>

#include "choice.h"
#include "ocr.h"
#include "review.h"

void
pk_review_reasons(char *out, size_t size, int items, int score,
    const char *profile, const char *ocr_low)
{
	size_t	 used = 0;
	int	 n;

	if (size == 0)
		return;
	out[0] = '\0';
	if (items == 0 && (n = snprintf(out, size, "no item")) > 0)
		used = (size_t)n;
	if (score < PK_SEGMENT_FITS_WELL && used < size &&
	    (n = snprintf(out + used, size - used, "%sprofile %s scores %d, "
	    "below %d", used ? "; " : "", profile, score,
	    PK_SEGMENT_FITS_WELL)) > 0)
		used += (size_t)n;
	if (ocr_low != NULL && ocr_low[0] != '\0' && used < size)
		(void)snprintf(out + used, size - used, "%sOCR confidence "
		    "below %d on page%s %s", used ? "; " : "", PK_OCR_LOW_CONF,
		    strchr(ocr_low, ',') ? "s" : "", ocr_low);
}
