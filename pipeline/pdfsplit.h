/* Lines MuPDF ran across two table cells, cut apart (pdfsplit.c). */
#ifndef PK_PDFSPLIT_H
#define PK_PDFSPLIT_H

#include <mupdf/fitz.h>

/*
 * Cut each line of st that runs from one cell into the next: where a
 * space wider than its others ends at the left edge other lines of the
 * page start at (a column's).  The new lines come from st's pool;
 * throws as MuPDF does when that is out of memory.  Returns how many
 * lines were cut.
 */
int	pk_pdf_split_cells(fz_context *, fz_stext_page *st);

#endif
