/*
 * Writer joins tables that follow each other with nothing between them
 * when it opens a DOCX, and saves them as one table on a common grid:
 * each former table's cells span columns of it, the rest covered cells.
 * Read as one table, a letterhead, a field table and an attendance
 * table become one block and their rows gain empty cells; read as the
 * tables they were, they give what the DOCX gives.  Found before the
 * body is walked (odt.c), since a row's cells say it only at its end.
 */
#include <stdlib.h>
#include <string.h>

#include "odtgrid.h"
#include "ooxml.h"

#define MAX_COLS	64

int
pk_odt_not_content(xmlTextReaderPtr r)
{
	return (pk_part_is(r, "tracked-changes") ||
	    pk_part_is(r, "note-citation") || pk_part_is(r, "annotation") ||
	    pk_part_is(r, "sequence-decls")) &&
	    !xmlTextReaderIsEmptyElement(r);
}

/* Whether one row's cell edges are within the other's. */
static int
lined_up(uint64_t a, uint64_t b)
{
	return (a & b) == a || (a & b) == b;
}

/*
 * The rows [first, end) of one table: decide its groups.  A table with
 * a cell spanning rows is one table (Writer's joining leaves none: each
 * DOCX table's merged rows are its own), and so is one too wide to say.
 */
static void
decide(struct pk_odt_grid *g, size_t first, size_t end, int one)
{
	size_t		 i, j, start;
	uint64_t	 all;
	int		 joined = 0;

	for (i = first + 1; !one && i < end; i++)
		if (!lined_up(g->rows[i].kept, g->rows[i - 1].kept))
			joined = 1;
	if (!joined) {
		for (i = first; i < end; i++) {
			g->rows[i].kept = ~(uint64_t)0;
			g->rows[i].new_block = 0;
		}
		return;
	}
	for (start = first; start < end; start = i) {
		all = g->rows[start].kept;
		for (i = start + 1; i < end &&
		    lined_up(g->rows[i].kept, g->rows[i - 1].kept); i++)
			all |= g->rows[i].kept;
		for (j = start; j < i; j++) {
			g->rows[j].kept = all;
			g->rows[j].new_block = j == start && start > first;
		}
	}
}

int
pk_odt_grid_read(xmlTextReaderPtr r, struct pk_odt_grid *g)
{
	size_t		 cap = 0, first = 0;
	int		 rc, depth = 0, skip = 0, in_note = 0, col = 0;
	int		 too_wide = 0, in_body = 0, rows_spanned = 0;

	memset(g, 0, sizeof(*g));
	while ((rc = pk_part_read(r)) == 1) {
		/* The body, as odt.c walks it: after <office:text>. */
		if (!in_body) {
			in_body = pk_part_is(r, "text") &&
			    xmlTextReaderDepth(r) == 2;
			continue;
		}
		if (skip > 0) {
			if (xmlTextReaderNodeType(r) ==
			    XML_READER_TYPE_END_ELEMENT &&
			    xmlTextReaderDepth(r) == skip - 1)
				skip = 0;
			continue;
		}
		if (pk_odt_not_content(r)) {
			skip = xmlTextReaderDepth(r) + 1;
			continue;
		}
		/* (A note's tables are not laid out as tables: odt.c.) */
		if (pk_part_is(r, "note-body"))
			in_note = 1;
		else if (pk_part_ends(r, "note-body"))
			in_note = 0;
		else if (in_note)
			;
		else if (pk_part_is(r, "table") &&
		    !xmlTextReaderIsEmptyElement(r)) {
			if (depth++ == 0) {
				first = g->n;
				too_wide = rows_spanned = 0;
			}
		} else if (pk_part_ends(r, "table")) {
			if (--depth == 0)
				decide(g, first, g->n, too_wide ||
				    rows_spanned);
		} else if (pk_part_is(r, "table-row") && depth == 1) {
			if (g->n == cap) {
				size_t		 ncap = cap ? 2 * cap : 64;
				struct pk_odt_row *p = realloc(g->rows,
				    ncap * sizeof(*p));

				if (p == NULL) {
					pk_odt_grid_free(g);
					return -1;
				}
				g->rows = p;
				cap = ncap;
			}
			g->rows[g->n].kept = 0;
			g->rows[g->n].new_block = 0;
			g->n++;
			col = 0;
		} else if ((pk_part_is(r, "table-cell") ||
		    pk_part_is(r, "covered-table-cell")) && depth == 1 &&
		    g->n > 0) {
			if (col >= MAX_COLS)
				too_wide = 1;
			else if (pk_part_is(r, "table-cell")) {
				char *rows = pk_part_attr(r,
				    "number-rows-spanned");

				g->rows[g->n - 1].kept |= (uint64_t)1 << col;
				rows_spanned |= rows != NULL &&
				    strtol(rows, NULL, 10) > 1;
				free(rows);
			}
			col++;
		}
	}
	if (rc == -1) {
		pk_odt_grid_free(g);
		return -1;
	}
	/* A table left open (not well-formed): as it was. */
	if (depth > 0)
		decide(g, first, g->n, 1);
	return 0;
}

void
pk_odt_grid_free(struct pk_odt_grid *g)
{
	free(g->rows);
	memset(g, 0, sizeof(*g));
}
