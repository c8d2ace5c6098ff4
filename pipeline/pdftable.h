/* Tables on a PDF page, found from where its lines stand (pdftable.c). */
#ifndef PK_PDFTABLE_H
#define PK_PDFTABLE_H

#include <mupdf/fitz.h>

#define PK_TABLE_COLS	16

/*
 * A table: where its columns start, and its lines top down, each with
 * the row it belongs to.  The lines are borrowed from the page.
 */
struct pk_pdf_table {
	float		  col[PK_TABLE_COLS];
	float		  river[PK_TABLE_COLS];	/* where the space before
					 * each column starts */
	int		  ncols;
	const fz_stext_line *merged[2];	/* cells merged across columns,
					 * left out of them */
	int		  nmerged;
	fz_stext_line	**line;		/* owned array */
	int		 *row;		/* owned, one a line */
	unsigned	 *above;	/* owned, one a line: the columns
					 * whose piece of it goes on the
					 * cell of the row before (a label
					 * that wrapped beside the first
					 * line of a new row's cells) */
	size_t		  nlines;
	int		  nrows;
	float		  right;	/* the page's text's right edge */
	float		  size;		/* its text's usual size: a line
					 * set larger (a title over the
					 * cells) is one cell */
	int		  padded;	/* space between its rows */
	int		  emitted;	/* for the caller: written out */
};

struct pk_pdf_tables {
	struct pk_pdf_table	*v;
	size_t			 n;
};

/* The page's tables into t (emptied first); 0, or -1 out of memory. */
int	pk_pdf_tables_find(fz_stext_page *, struct pk_pdf_tables *t);
/* The table ln is a line of, or NULL. */
struct pk_pdf_table *pk_pdf_table_of(const struct pk_pdf_tables *,
	    const fz_stext_line *ln);
/*
 * Where ln is a cell merged across columns of t, the columns (bit c for
 * column c) whose space before them it has ink in: it is not cut
 * there.  0 for any other line.
 */
unsigned pk_pdf_table_crossed(const struct pk_pdf_table *t,
	    const fz_stext_line *ln);
void	pk_pdf_tables_free(struct pk_pdf_tables *);

#endif
