/* Columns of text on a PDF page: the gutters no line crosses, the bands they run through, and the columns between them. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pdfcolumns.h"

/* A page with more lines than this is read as one column. */
#define MAX_LINES	3000
/* A gutter is at least this wide, in points (LibreOffice sets 0.8 cm,
 * Word 1.25 cm; the space between a table's cells is narrower). */
#define GUTTER		12.0f
/* The widest a page's text can stand, 200 inches (PDF's largest page). */
#define MAX_WIDTH	14400.0f
/* Each side of a gutter has at least this many lines in its band. */
#define MIN_LINES	3
/* A column of running text has at least this many lines in its band,
 * and is at least 0.3 of the text's width. */
#define TEXT_LINES	8
/* Runs of points with one band considered on a page. */
#define MAX_RUNS	256

struct box {
	float	 x0, x1, y0, y1;
};

/* The lines on one side of x, in one band free of lines across it. */
struct seg {
	float	 y0, y1;
	int	 score;		/* the fewer lines of its two sides */
};

/* A run of points across the page with one band: a gutter. */
struct run {
	float		 x;
	struct seg	 seg;
	int		 band;
};

static int
by_score(const void *a, const void *b)
{
	const struct run *p = a, *q = b;

	return (q->seg.score > p->seg.score) - (q->seg.score < p->seg.score);
}

static int
by_x(const void *a, const void *b)
{
	const struct run *p = a, *q = b;

	return (p->x > q->x) - (p->x < q->x);
}

static int
by_top(const void *a, const void *b)
{
	const struct box *p = a, *q = b;

	return (p->y0 > q->y0) - (p->y0 < q->y0);
}

/*
 * The best band at x: a run of lines, top down, none of which crosses
 * the gutter around x, with lines on both sides of it.  A line across
 * (a heading over the columns, a table) ends a band.
 */
static struct seg
band_at(const struct box *l, size_t n, float x)
{
	struct seg	 best = { 0, 0, 0 }, cur = { 0, 0, 0 };
	int		 left = 0, right = 0;
	size_t		 i;

	for (i = 0; i <= n; i++) {
		int across = i == n || (l[i].x0 < x + GUTTER / 2 &&
		    l[i].x1 > x - GUTTER / 2);

		if (across) {
			int s = left < right ? left : right;

			if (s >= MIN_LINES && s > best.score) {
				best = cur;
				best.score = s;
			}
			left = right = 0;
			continue;
		}
		if (left + right == 0) {
			cur.y0 = l[i].y0;
			cur.y1 = l[i].y1;
		}
		if (l[i].y1 > cur.y1)
			cur.y1 = l[i].y1;
		if (l[i].x1 <= x)
			left++;
		else
			right++;
	}
	return best;
}

/*
 * The points across the page (left + i, i in 0..nx) near which a line
 * of l starts or ends, by band_at's tests (x0 - GUTTER / 2, x1 + GUTTER
 * / 2, x1): elsewhere a point's band is its neighbour's.  Marked two
 * points wide each way, for the floats' rounding.  NULL when out of
 * memory.
 */
static char *
edges(const struct box *l, size_t n, float left, int nx)
{
	char	*edge;
	size_t	 i;
	int	 k, d;

	if ((edge = calloc((size_t)nx + 1, 1)) == NULL)
		return NULL;
	for (i = 0; i < n; i++) {
		float b[3] = { l[i].x0 - GUTTER / 2, l[i].x1 + GUTTER / 2,
		    l[i].x1 };

		for (k = 0; k < 3; k++) {
			float t = b[k] - left;

			/* (A table's box may lie beyond the lines.) */
			if (!(t >= -2.0f && t <= (float)nx + 2.0f))
				continue;
			for (d = -1; d <= 2; d++) {
				int at = (int)floorf(t) + d;

				if (at >= 0 && at <= nx)
					edge[at] = 1;
			}
		}
	}
	return edge;
}

/* How much of the longer of two bands the shorter covers. */
static float
shared(const struct seg *a, const struct seg *b)
{
	float lo = a->y0 > b->y0 ? a->y0 : b->y0;
	float hi = a->y1 < b->y1 ? a->y1 : b->y1;
	float la = a->y1 - a->y0, lb = b->y1 - b->y0;

	return hi <= lo ? 0 : (hi - lo) / (la > lb ? la : lb);
}

/* Finish the columns of band b, cut at the gutters gx[0..ng). */
static void
band_columns(const struct box *l, size_t n, const float *gx, int ng,
    float y0, float y1, int band, float width, struct pk_pdf_columns *c)
{
	int	 k, first = c->n;

	for (k = 0; k <= ng && c->n < PK_COLUMNS_MAX; k++) {
		float lo = k == 0 ? -1e9f : gx[k - 1];
		float hi = k == ng ? 1e9f : gx[k];
		struct pk_pdf_column *col = &c->v[c->n];
		int nlines = 0, full = 0;
		size_t i;

		col->x0 = 1e9f;
		col->x1 = -1e9f;
		for (i = 0; i < n; i++)
			if (l[i].y0 >= y0 && l[i].y1 <= y1 &&
			    l[i].x0 >= lo && l[i].x1 <= hi) {
				if (l[i].x0 < col->x0)
					col->x0 = l[i].x0;
				if (l[i].x1 > col->x1)
					col->x1 = l[i].x1;
				nlines++;
			}
		if (nlines == 0)
			continue;
		for (i = 0; i < n; i++)
			if (l[i].y0 >= y0 && l[i].y1 <= y1 &&
			    l[i].x0 >= lo && l[i].x1 <= hi &&
			    l[i].x1 >= col->x1 - 0.25f * (col->x1 - col->x0))
				full++;
		col->y0 = y0;
		col->y1 = y1;
		col->nlines = nlines;
		col->band = band;
		col->index = c->n - first;
		/* Running text: most of its lines fill it (a column of
		 * labels or of names ends where each of them does). */
		col->text = nlines >= TEXT_LINES && 2 * full >= nlines &&
		    col->x1 - col->x0 >= 0.3f * width;
		col->even = 0;
		c->n++;
	}
	for (k = first; k < c->n; k++)
		c->v[k].ncols = c->n - first;
	/* A word processor's section of columns: equal steps. */
	if (c->n - first >= 3) {
		float step = c->v[first + 1].x0 - c->v[first].x0;
		int even = 1;

		for (k = first + 2; k < c->n; k++)
			if (fabsf(c->v[k].x0 - c->v[k - 1].x0 - step) > 3.0f)
				even = 0;
		/* (A table's heading over its cells is no column.) */
		for (k = first; k < c->n; k++)
			if (c->v[k].nlines < MIN_LINES)
				even = 0;
		for (k = first; k < c->n; k++)
			c->v[k].even = even;
	}
}

void
pk_pdf_columns_find(fz_stext_page *st, const struct pk_pdf_tables *tables,
    struct pk_pdf_columns *c)
{
	fz_stext_block	*b;
	fz_stext_line	*ln;
	struct box	*l;
	struct seg	*at = NULL;
	char		*edge = NULL;
	float		 left = 1e9f, right = -1e9f;
	float		 bx[PK_COLUMNS_MAX];
	struct run	 run[MAX_RUNS], gut[PK_COLUMNS_MAX];
	int		 nx, i, j, k, prev, nrun = 0, ngut = 0, nbands = 0;
	size_t		 n = 0;

	c->n = 0;
	if ((l = malloc(MAX_LINES * sizeof(*l))) == NULL)
		return;
	for (b = st->first_block; b != NULL; b = b->next) {
		if (b->type != FZ_STEXT_BLOCK_TEXT)
			continue;
		for (ln = b->u.t.first_line; ln != NULL; ln = ln->next) {
			if (ln->first_char == NULL || ln->wmode != 0 ||
			    ln->dir.x < 0.99f || (tables != NULL &&
			    pk_pdf_table_of(tables, ln) != NULL))
				continue;
			if (n == MAX_LINES)
				goto out;
			l[n].x0 = ln->bbox.x0;
			l[n].x1 = ln->bbox.x1;
			l[n].y0 = ln->bbox.y0;
			l[n].y1 = ln->bbox.y1;
			if (l[n].x0 < left)
				left = l[n].x0;
			if (l[n].x1 > right)
				right = l[n].x1;
			n++;
		}
	}
	/* A table is one box across whatever gutter it stands over: the
	 * text above it is not in the columns below it. */
	for (k = 0; tables != NULL && k < (int)tables->n && n < MAX_LINES;
	    k++) {
		const struct pk_pdf_table *t = &tables->v[k];
		size_t m;

		if (t->nlines == 0)
			continue;
		l[n].x0 = l[n].y0 = 1e9f;
		l[n].x1 = l[n].y1 = -1e9f;
		for (m = 0; m < t->nlines; m++) {
			fz_rect r = t->line[m]->bbox;

			l[n].x0 = fminf(l[n].x0, r.x0);
			l[n].y0 = fminf(l[n].y0, r.y0);
			l[n].x1 = fmaxf(l[n].x1, r.x1);
			l[n].y1 = fmaxf(l[n].y1, r.y1);
		}
		n++;
	}
	/* (Not wider than a PDF page can be, 200 inches: a damaged
	 * file's coordinates would ask for gigabytes, point by point.) */
	if (n < 2 * MIN_LINES || !(right - left >= 6 * GUTTER &&
	    right - left <= MAX_WIDTH))
		goto out;
	qsort(l, n, sizeof(*l), by_top);
	/* The band at each point across the page, margins left out. */
	nx = (int)(right - left);
	if ((at = calloc((size_t)nx + 1, sizeof(*at))) == NULL ||
	    (edge = edges(l, n, left, nx)) == NULL)
		goto out;
	for (i = 0, prev = 0; i <= nx; i++) {
		float x = left + (float)i;

		if (!(x > left + 2 * GUTTER && x < right - 2 * GUTTER)) {
			prev = 0;
			continue;
		}
		/* Between two edges the band is the one of the point
		 * before: band_at, per point across a page per line, was
		 * a tenth of pk-extract's time (issue 15). */
		at[i] = prev && !edge[i] ? at[i - 1] : band_at(l, n, x);
		prev = 1;
	}
	/*
	 * A gutter is a run of points with the same band (the same lines
	 * on either side); its middle is where it is.  The runs with the
	 * most lines beside them are taken first; one that overlaps a
	 * taken band is only taken as a further gutter of that band.
	 */
	for (i = 0; i <= nx && nrun < MAX_RUNS; i++) {
		int end = i;

		if (at[i].score == 0)
			continue;
		while (end + 1 <= nx && at[end + 1].score == at[i].score &&
		    at[end + 1].y0 == at[i].y0 && at[end + 1].y1 == at[i].y1)
			end++;
		run[nrun].x = left + (float)(i + end) / 2;
		run[nrun].seg = at[i];
		run[nrun++].band = -1;
		i = end;
	}
	qsort(run, (size_t)nrun, sizeof(*run), by_score);
	for (i = 0; i < nrun && ngut < PK_COLUMNS_MAX; i++) {
		struct seg *sg = &run[i].seg;
		int ok = 1;

		for (j = 0; j < ngut && ok; j++) {
			struct seg *t = &gut[j].seg;

			if (sg->y0 >= t->y1 || sg->y1 <= t->y0)
				continue;
			/* Beside a taken gutter, over much the same lines:
			 * the next gutter of its band (a third column). */
			if (fabsf(run[i].x - gut[j].x) > 4 * GUTTER &&
			    shared(sg, t) >= 0.6f &&
			    (run[i].band < 0 || run[i].band == gut[j].band))
				run[i].band = gut[j].band;
			else
				ok = 0;
		}
		if (!ok)
			continue;
		if (run[i].band < 0)
			run[i].band = nbands++;
		gut[ngut++] = run[i];
	}
	qsort(gut, (size_t)ngut, sizeof(*gut), by_x);
	for (k = 0; k < nbands; k++) {
		float y0 = -1e9f, y1 = 1e9f;
		int nb = 0;

		/* The band: where all its gutters have lines beside. */
		for (j = 0; j < ngut; j++)
			if (gut[j].band == k) {
				bx[nb++] = gut[j].x;
				if (gut[j].seg.y0 > y0)
					y0 = gut[j].seg.y0;
				if (gut[j].seg.y1 < y1)
					y1 = gut[j].seg.y1;
			}
		band_columns(l, n, bx, nb, y0, y1, k, right - left, c);
	}
out:
	free(at);
	free(edge);
	free(l);
}

const struct pk_pdf_column *
pk_pdf_column_of(const struct pk_pdf_columns *c, fz_rect r)
{
	float	 ymid = (r.y0 + r.y1) / 2;
	int	 k;

	for (k = 0; k < c->n; k++)
		if (r.x0 >= c->v[k].x0 - 2.0f && r.x1 <= c->v[k].x1 + 2.0f &&
		    ymid >= c->v[k].y0 && ymid <= c->v[k].y1)
			return &c->v[k];
	return NULL;
}

/*
 * Whether all of table t's lines stand in the columns of one band of a
 * word processor's section (three or more columns at even steps): a
 * list set in columns, read column by column, not a table.
 */
static int
in_section(const struct pk_pdf_columns *c, const struct pk_pdf_table *t)
{
	const struct pk_pdf_column *col, *first = NULL;
	unsigned int	 seen = 0;
	size_t		 i;

	for (i = 0; i < t->nlines; i++) {
		col = pk_pdf_column_of(c, t->line[i]->bbox);
		if (col == NULL || !col->even ||
		    (first != NULL && col->band != first->band))
			return 0;
		first = col;
		if (col->index < 32)
			seen |= 1u << col->index;
	}
	return first != NULL && (int)__builtin_popcount(seen) >= 3;
}

void
pk_pdf_columns_untable(const struct pk_pdf_columns *c,
    struct pk_pdf_tables *ts)
{
	size_t	 i, kept = 0;

	for (i = 0; i < ts->n; i++) {
		if (in_section(c, &ts->v[i])) {
			free(ts->v[i].line);
			free(ts->v[i].row);
			free(ts->v[i].above);
			continue;
		}
		ts->v[kept++] = ts->v[i];
	}
	ts->n = kept;
}
