/* Whether a PDF page prints a word elsewhere (pdfwords.c). */
#ifndef PK_PDFWORDS_H
#define PK_PDFWORDS_H

#include <stddef.h>

#include <mupdf/fitz.h>

/*
 * Whether a text line of the blocks from first on, other than skip_a
 * and skip_b, holds the word w[0..n) (code points), case aside, with no
 * letter before it and, when whole, none after it either.  The evidence
 * that a word a line's end broke is one word: the page prints it
 * unbroken ("närvarande" in a table's legend, "nej-röster" beside
 * "Nej-" over "röst").
 */
int	pk_pdf_word_elsewhere(fz_stext_block *first, const int *w, size_t n,
	    int whole, const fz_stext_line *skip_a,
	    const fz_stext_line *skip_b);

#endif
