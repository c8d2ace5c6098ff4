/* Whether a PDF line starts the next entry of a list its paragraph began (pdflist.c). */
#ifndef PK_PDFLIST_H
#define PK_PDFLIST_H

#include <stddef.h>

/*
 * Whether line (UTF-8, len bytes) starts the entry after the one para
 * starts: the same bullet ("• ", "– ", "- "), or the next number ("2."
 * after "1.", "b)" after "a)").  Emphasis markers before either are
 * skipped.  A list's entry can end close to the margin, so that the
 * next entry's marker would not have fitted after it: it is no wrapped
 * line for all that.
 */
int	pk_pdf_list_next(const char *para, size_t plen, const char *line,
	    size_t llen);

#endif
