/* Lines MuPDF ran across two table cells, cut where the second cell's column starts. */
#include <math.h>
#include <stdlib.h>

#include "pdfsplit.h"

/* A page with more lines than this is left as it is. */
#define MAX_LINES	3000
/* Rows with cells at both edges make them a table's columns. */
#define EDGE_ROWS	2
/* Those rows are within this many lines of it, above or below. */
#define NEAR_ROWS	3.0f
/* How near, in points, a line's start is to the edge. */
#define EDGE_NEAR	0.75f

static int
ink(int c)
{
	return c != ' ' && c != 0xa0 && c != '\t';
}

/* Where ln's ink starts, or a huge number for none. */
static float
ink_x0(const fz_stext_line *ln)
{
	const fz_stext_char *ch;

	for (ch = ln->first_char; ch != NULL; ch = ch->next)
		if (ink(ch->c))
			return ch->quad.ll.x;
	return 1e9f;
}

/* A line's start and baseline. */
struct start {
	float	 x0, x1, base;
};

static int
by_base(const void *a, const void *b)
{
	const struct start *p = a, *q = b;

	if (p->base != q->base)
		return (p->base > q->base) - (p->base < q->base);
	return (p->x0 > q->x0) - (p->x0 < q->x0);
}

/*
 * How many rows near the baseline base (within NEAR_ROWS lines of
 * height h) have a line starting at x0 and another beside it, further
 * right on its baseline, starting at x: cells of the table around it,
 * with columns at both.  (Far from it, such rows are another table:
 * an agenda whose rows are set as the items' headings are.)
 */
static size_t
rows_with(const struct start *v, size_t n, float x0, float x, float base,
    float h, float *nearest)
{
	size_t	 i, j, rows = 0;

	*nearest = 1e9f;
	for (i = 0; i < n; i++) {
		if (fabsf(v[i].x0 - x0) > EDGE_NEAR || v[i].base == base ||
		    fabsf(v[i].base - base) > NEAR_ROWS * h)
			continue;
		for (j = i + 1; j < n && v[j].base - v[i].base < 1.0f; j++)
			if (fabsf(v[j].x0 - x) <= EDGE_NEAR &&
			    v[j].x0 > v[i].x1) {
				rows++;
				*nearest = fminf(*nearest,
				    fabsf(v[i].base - base));
				break;
			}
	}
	return rows;
}

static fz_rect
chars_box(const fz_stext_char *first, const fz_stext_char *last)
{
	fz_rect	 r = fz_empty_rect;
	const fz_stext_char *ch;

	for (ch = first; ch != NULL; ch = ch->next) {
		r = fz_union_rect(r, fz_rect_from_quad(ch->quad));
		if (ch == last)
			break;
	}
	return r;
}

/*
 * The character of ln its second cell starts with, or NULL, and the
 * last ink before it in *end: the space before it at least twice as
 * wide as any other of the line's (so not a justified line's, whose
 * spaces are all alike) and more than half its size, and EDGE_ROWS
 * rows of cells near it starting where ln and the character do (or
 * one, right above or under it).
 */
static fz_stext_char *
cut_at(const fz_stext_line *ln, const struct start *v, size_t n,
    fz_stext_char **end)
{
	fz_stext_char	*ch, *prev = NULL, *at = NULL, *at_end = NULL;
	float		 widest = 0, second = 0, h, nearest;
	size_t		 rows;

	for (ch = ln->first_char; ch != NULL; ch = ch->next) {
		float gap;

		if (!ink(ch->c))
			continue;
		if (prev != NULL && prev->next != ch) {	/* a space */
			gap = ch->quad.ll.x - prev->quad.lr.x;
			if (gap > widest) {
				second = widest;
				widest = gap;
				at = ch;
				at_end = prev;
			} else if (gap > second)
				second = gap;
		}
		prev = ch;
	}
	if (at == NULL || widest < 0.5f * at->size || widest < 2 * second)
		return NULL;
	h = ln->bbox.y1 - ln->bbox.y0;
	rows = rows_with(v, n, ink_x0(ln), at->quad.ll.x, at->origin.y, h,
	    &nearest);
	/* (One row will do where it is the next or the one before: a
	 * table of two rows, "Plats Digitalt via Teams" over "Tid" and
	 * "08.30–15.10" as cells apart.) */
	if (rows < EDGE_ROWS && !(rows == 1 && nearest < 1.5f * h))
		return NULL;
	*end = at_end;
	return at;
}

int
pk_pdf_split_cells(fz_context *ctx, fz_stext_page *st)
{
	fz_stext_block	*b;
	fz_stext_line	*ln;
	struct start	*v;
	size_t		 n = 0;
	int		 ncut = 0;

	for (b = st->first_block; b != NULL; b = b->next)
		if (b->type == FZ_STEXT_BLOCK_TEXT)
			for (ln = b->u.t.first_line; ln != NULL; ln = ln->next)
				n++;
	if (n == 0 || n > MAX_LINES)
		return 0;
	if ((v = calloc(n, sizeof(*v))) == NULL)
		fz_throw(ctx, FZ_ERROR_MEMORY, "memory");
	n = 0;
	for (b = st->first_block; b != NULL; b = b->next)
		if (b->type == FZ_STEXT_BLOCK_TEXT)
			for (ln = b->u.t.first_line; ln != NULL; ln = ln->next)
				if (ln->wmode == 0 && ln->dir.x > 0.99f &&
				    ln->first_char != NULL) {
					v[n].x0 = ink_x0(ln);
					v[n].x1 = ln->bbox.x1;
					v[n++].base = ln->first_char->origin.y;
				}
	qsort(v, n, sizeof(*v), by_base);
	for (b = st->first_block; b != NULL; b = b->next) {
		if (b->type != FZ_STEXT_BLOCK_TEXT)
			continue;
		for (ln = b->u.t.first_line; ln != NULL; ln = ln->next) {
			fz_stext_char	*at, *end, *sp;
			fz_stext_line	*nl;

			if (ln->wmode != 0 || ln->dir.x < 0.99f ||
			    (at = cut_at(ln, v, n, &end)) == NULL)
				continue;
			nl = fz_pool_alloc(ctx, st->pool, sizeof(*nl));
			*nl = *ln;
			nl->first_char = at;
			nl->bbox = chars_box(at, nl->last_char);
			/*
			 * The space stays at the end of ln, out of its box:
			 * the page drops each character's font when it is
			 * dropped, so no character may leave the lines.
			 */
			for (sp = end; sp->next != at; sp = sp->next)
				;
			ln->last_char = sp;
			sp->next = NULL;
			ln->bbox = chars_box(ln->first_char, end);
			nl->prev = ln;
			if (ln->next != NULL)
				ln->next->prev = nl;
			else
				b->u.t.last_line = nl;
			ln->next = nl;
			ln = nl;	/* (a line is cut once) */
			ncut++;
		}
	}
	free(v);
	return ncut;
}
