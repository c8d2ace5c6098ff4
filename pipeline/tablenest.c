/* The tables around a DOCX or ODT body walk, shared by docx.c and odt.c. */
#include "tablenest.h"

void
pk_tables_open(struct pk_tables *t)
{
	if (t->open < PK_TABLES_MAX)
		t->kind[t->open] = PK_TABLE_UNKNOWN;
	t->open++;
	t->cols = 0;
}

enum pk_table_kind
pk_tables_innermost(const struct pk_tables *t)
{
	if (t->open == 0)
		return PK_TABLE_FRAME;
	if (t->open > PK_TABLES_MAX)
		return PK_TABLE_GRID;
	return t->kind[t->open - 1];
}

void
pk_tables_first_row(struct pk_tables *t, struct pk_pagedout *po)
{
	int	 grid = t->cols != 1;

	if (t->open <= PK_TABLES_MAX)
		t->kind[t->open - 1] = grid ? PK_TABLE_GRID : PK_TABLE_FRAME;
	if (!grid)
		return;
	if (t->depth == 0) {
		t->row_pending = 0;
		pk_po_block(po);
	} else if (t->depth == 1) {
		/* Its first row goes on the cell's line, or under the
		 * cell's text before it. */
		t->nested_newline = t->cell_para;
		t->cell_para = 0;
		t->nested_tabs = 0;
		t->nested_row = 0;
	}
	t->depth++;
}

void
pk_tables_close(struct pk_tables *t, struct pk_pagedout *po)
{
	enum pk_table_kind	 k = pk_tables_innermost(t);

	t->open--;
	if (k != PK_TABLE_GRID)
		return;
	if (--t->depth == 0)
		pk_po_block(po);
	else if (t->depth == 1)
		t->cell_para = 1;	/* the cell's text after it: below */
}

void
pk_tables_nested_row(struct pk_tables *t)
{
	if (t->nested_row) {
		t->nested_newline = 1;
		t->nested_tabs = 0;
	}
	t->nested_row = 1;
	t->nested_cell = 0;
}

void
pk_tables_nested_cell(struct pk_tables *t)
{
	if (t->nested_cell)
		t->nested_tabs++;
	t->nested_cell = 1;
}

void
pk_tables_place(struct pk_tables *t, struct pk_pagedout *po, int col)
{
	if (t->depth == 1 && t->cell_para) {
		pk_po_cell_line(po, col);
		t->cell_para = 0;
	} else if (t->depth == 2) {
		/* None for a nested row or cell with no text. */
		if (t->nested_newline)
			pk_po_cell_line(po, col);
		for (; t->nested_tabs > 0; t->nested_tabs--)
			pk_po_cell(po);
		t->nested_newline = 0;
	}
}

void
pk_tables_row_break(struct pk_tables *t, struct pk_pagedout *po)
{
	if (!t->row_pending)
		return;
	t->row_pending = 0;
	pk_po_block(po);
}
