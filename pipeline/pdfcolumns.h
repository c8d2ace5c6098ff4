/* Columns of text on a PDF page, found from the gutters no line crosses (pdfcolumns.c). */
#ifndef PK_PDFCOLUMNS_H
#define PK_PDFCOLUMNS_H

#include <mupdf/fitz.h>

#include "pdftable.h"

#define PK_COLUMNS_MAX	32

/*
 * A column: the band of the page it holds text in, and where its
 * text starts and ends; the lines of a band's columns are read column
 * by column.
 */
struct pk_pdf_column {
	float		 x0, x1;	/* its lines' left and right edges */
	float		 y0, y1;	/* the band it shares with the others */
	int		 band;		/* the columns of one band share it */
	int		 index;		/* left to right within the band */
	int		 ncols;		/* columns in its band */
	int		 nlines;	/* its lines in the band */
	int		 text;		/* most lines end at x1: running
					 * text that wraps there */
	int		 even;		/* the band's columns start at even
					 * steps (a word processor's
					 * section of columns) */
};

struct pk_pdf_columns {
	struct pk_pdf_column	 v[PK_COLUMNS_MAX];
	int			 n;
};

/*
 * The columns of the page, the lines of tables (if not NULL) left out:
 * those are cells, not columns; c is emptied first.  A page of one column has
 * none.
 */
void	pk_pdf_columns_find(fz_stext_page *, const struct pk_pdf_tables *,
	    struct pk_pdf_columns *c);
/*
 * Take out of ts the tables that are lists set in a section of three
 * or more columns (c found with no tables left out): their lines are
 * read column by column.
 */
void	pk_pdf_columns_untable(const struct pk_pdf_columns *c,
	    struct pk_pdf_tables *ts);
/* The column r lies in, or NULL. */
const struct pk_pdf_column *pk_pdf_column_of(const struct pk_pdf_columns *,
	    fz_rect r);

#endif
