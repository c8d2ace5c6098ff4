/* What laying out a PDF page finds on that page alone, so that the thread that made the page can find it (pdfprep.c). */
#ifndef PK_PDFPREP_H
#define PK_PDFPREP_H

#include <mupdf/fitz.h>

#include "pdfcolumns.h"
#include "pdftable.h"

/*
 * A page's blocks put in reading order and its cells split
 * (pdforder.c, pdfsplit.c), and what its layout reads off it alone:
 * no page before it changes any of this.  The blocks are relinked in
 * the page itself; tables is the owner's to free (pk_pdf_prep_free).
 */
struct pk_pdf_prep {
	int			 done;		/* 0: not made yet */
	float			 line_gap;	/* the usual space between a
						 * paragraph's lines, or -1 */
	float			 left, right;	/* the text blocks' extent */
	int			 short_page;	/* no line near as wide as a
						 * page's text */
	int			 invisible;	/* its text mostly drawn
						 * invisible: an OCR's layer,
						 * each word's size its guess */
	struct pk_pdf_tables	 tables;
	struct pk_pdf_columns	 columns;
};

/*
 * p made for st: with text_layer, st is the page's own text (not OCR's,
 * whose blocks come in order and whose lines pdfocr.c lays out), and
 * its blocks are reordered, its cells split, its tables and columns
 * found.  Throws (ctx) when memory runs out; p then holds nothing.
 */
void	pk_pdf_prep(fz_context *ctx, fz_stext_page *st, int text_layer,
	    struct pk_pdf_prep *p);
void	pk_pdf_prep_free(struct pk_pdf_prep *p);

/* qsort's comparison of floats. */
int	pk_pdf_cmpfloat(const void *a, const void *b);

#endif
