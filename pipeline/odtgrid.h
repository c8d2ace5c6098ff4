/* The rows of an ODT's tables where Writer merged several tables into one grid (odtgrid.c). */
#ifndef PK_ODTGRID_H
#define PK_ODTGRID_H

#include <stddef.h>
#include <stdint.h>

#include <libxml/xmlreader.h>

/* A row of a table of the body (not inside another table), in order. */
struct pk_odt_row {
	uint64_t	 kept;		/* bit c: a covered cell at column c
					 * is written, an empty cell */
	int		 new_block;	/* the row starts a block */
};

struct pk_odt_grid {
	struct pk_odt_row	*rows;
	size_t			 n;
};

/*
 * Whether the element r is on holds no content of the document (tracked
 * deletions, annotations, a note's citation, sequence declarations):
 * its subtree is skipped by every pass over the body.
 */
int	pk_odt_not_content(xmlTextReaderPtr r);

/*
 * The rows of content.xml's tables, read with r from the start.  A table
 * whose rows fall into groups with column boundaries that do not line
 * up (neither a group's cell edges a subset of the next's nor the other
 * way round) is several tables Writer joined, a DOCX's adjacent tables
 * saved as ODT: each group starts a block, and a covered cell is kept
 * only at a column where some row of its group starts a cell.  Every
 * other table keeps every covered cell, aligned as before.  0, or -1
 * when memory ran out or the part is not well-formed.
 */
int	pk_odt_grid_read(xmlTextReaderPtr r, struct pk_odt_grid *g);
void	pk_odt_grid_free(struct pk_odt_grid *g);

#endif
