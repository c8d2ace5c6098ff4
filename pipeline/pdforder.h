/* The order a PDF page's blocks are read in, where MuPDF's (the order they are drawn) is not the page's (pdforder.c). */
#ifndef PK_PDFORDER_H
#define PK_PDFORDER_H

#include <mupdf/fitz.h>

/*
 * Relink the blocks of st so that a page's foot (a footer) that MuPDF
 * gives between its head and its body is read after the body.
 * Returns how many blocks were moved.
 */
int	pk_pdf_order_foot(fz_stext_page *st);
/*
 * Relink the blocks of st so that text drawn after the page's text
 * that lies in a hole of it (a chart's labels, drawn after the text
 * around the chart) is read in that hole, row by row.  Returns how
 * many blocks were moved.
 */
int	pk_pdf_order_figures(fz_stext_page *st);
/* Whether ln holds more than blanks (spaces, no-break spaces). */
int	pk_pdf_line_inked(const fz_stext_line *ln);

#endif
