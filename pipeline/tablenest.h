/* The tables around a DOCX or ODT body walk: frames, grids and grids in a grid's cell (tablenest.c). */
#ifndef PK_TABLENEST_H
#define PK_TABLENEST_H

#include "pagedout.h"

#define PK_TABLES_MAX	64

enum pk_table_kind { PK_TABLE_UNKNOWN, PK_TABLE_FRAME, PK_TABLE_GRID };

/*
 * The tables open around the walk, innermost last.  A table of one
 * column is a frame around its content (a bordered box, a page laid out
 * in a table), which reads as if it were not there; a table nested in
 * a grid's cell continues that cell's row, each of its rows a line of
 * its own in the cell's column, its cells the columns after it.
 */
struct pk_tables {
	int		 open;		/* tables open, frames too */
	unsigned char	 kind[PK_TABLES_MAX];	/* enum pk_table_kind */
	int		 cols;		/* columns of the table just opened */
	int		 depth;		/* grids open */
	int		 cell_para;	/* depth 1: a line of the cell has
					 * ended, the next starts its own */
	int		 nested_row;	/* depth 2: not the grid's first row */
	int		 nested_cell;	/* ... not the row's first cell */
	int		 nested_newline; /* ... the row's place, written at */
	int		 nested_tabs;	/* its first text */
	int		 row_pending;	/* outside tables: a paragraph of
					 * cells ended, its block break held
					 * until the next shows whether it
					 * starts with a tab (the row goes on) */
};

/* A table starts; its columns are counted until its first row. */
void	pk_tables_open(struct pk_tables *);
/* The kind of the innermost table open (PK_TABLE_FRAME outside). */
enum pk_table_kind pk_tables_innermost(const struct pk_tables *);
/* At its first row, the table just opened is a frame or a grid. */
void	pk_tables_first_row(struct pk_tables *, struct pk_pagedout *);
void	pk_tables_close(struct pk_tables *, struct pk_pagedout *);
/* A row, a cell of a grid in a grid's cell (depth 2). */
void	pk_tables_nested_row(struct pk_tables *);
void	pk_tables_nested_cell(struct pk_tables *);
/* Before text in a grid's cell at column col: its line's place. */
void	pk_tables_place(struct pk_tables *, struct pk_pagedout *, int col);
/* Before content outside tables: the held block break, if any. */
void	pk_tables_row_break(struct pk_tables *, struct pk_pagedout *);

#endif
