/* Writing paged text (docs/paged-text.md): what every extractor produces. */
#ifndef PK_PAGEDOUT_H
#define PK_PAGEDOUT_H

#include <stddef.h>

#include "buf.h"

/* The metadata an extractor knows, written as front matter. */
struct pk_po_meta {
	const char	*key;
	char		*value;		/* owned */
};

struct pk_pagedout {
	struct pk_buf	 body;
	struct pk_buf	 para;		/* the paragraph being built */
	struct pk_buf	 ws;		/* white space held back */
	int		 bold, italic;	/* emphasis open in para */
	int		 page;		/* 1-based */
	int		 row_open;	/* a table row is being built */
	struct pk_po_meta meta[24];
	size_t		 nmeta;
	int		 failed;	/* out of memory somewhere */
};

void	pk_po_init(struct pk_pagedout *);
/*
 * The plain character an odd one stands for in paged text: a space for
 * a no-break or typographic space, '-' for Unicode's hyphens (U+2010,
 * U+2011); else c.  pk_po_text makes them so in every format's text.
 */
int	pk_po_plain_char(int c);
/* Append text with the given emphasis to the current paragraph. */
void	pk_po_text(struct pk_pagedout *, const char *s, size_t len, int bold,
	    int italic);
/* End the paragraph: one line, then a blank line (a block of its own). */
void	pk_po_para(struct pk_pagedout *);
/* End the paragraph as a line of the current block (table rows, lists). */
void	pk_po_line(struct pk_pagedout *);
/* A table cell ends: the next text goes into the next cell. */
void	pk_po_cell(struct pk_pagedout *);
/*
 * A table cell's next line: ends the row's line and starts one with the
 * cells before column col empty (docs/paged-text.md), for DOCX and ODT.
 */
void	pk_po_cell_line(struct pk_pagedout *, int col);
/* A line already in paged text (emphasis marked, escaped), as is. */
void	pk_po_raw_line(struct pk_pagedout *, const char *s, size_t len);
/* A blank line, ending the current block. */
void	pk_po_block(struct pk_pagedout *);
/* A page break. */
void	pk_po_page(struct pk_pagedout *);
/* A line the extractor knows is page furniture (header, footer, mark). */
void	pk_po_furniture(struct pk_pagedout *, const char *type,
	    const char *text, size_t len);
/* Each line of the paged text in body as a %%fw line of this type. */
void	pk_po_furniture_lines(struct pk_pagedout *, const char *type,
	    const struct pk_buf *body);
/* Write notes[0..*n) as paragraphs (a page's footnotes), free them. */
void	pk_po_notes(struct pk_pagedout *, char **notes, size_t *n);
/*
 * The paragraph so far as paged text (emphasis closed), taken out of po:
 * a note's body, for pk_po_notes.  NULL when out of memory.
 */
char	*pk_po_take_para(struct pk_pagedout *);
/* Record metadata (copied); empty values are left out. */
void	pk_po_meta(struct pk_pagedout *, const char *key, const char *value);
/*
 * The finished paged text, front matter first, into out.  Returns 0,
 * or -1 when memory ran out at any point.
 */
int	pk_po_finish(struct pk_pagedout *, struct pk_buf *out);
void	pk_po_free(struct pk_pagedout *);

#endif
