/*
 * Ink the OCR engine read no word from, and the words read there again
 * put into the page's lines.
 *
 * Tesseract's page layout takes marks that stand apart for specks and
 * drops them: a typewritten protocol's "§ 2." alone in the left margin,
 * a line above its indented text, came out as nothing at all (held-out
 * F scans in Liberation Mono at 11 pt: six headings of a page), and the
 * items were lost.  Such ink is found by what the words do not cover:
 * marks (dark pixels touching) as tall as a letter, MARK_MIN_H to
 * MARK_MAX_H hundredths of an inch and no wider than MARK_MAX_W, outside
 * every word's box grown by a quarter of its height, grouped into lines.
 */
#include <stdlib.h>
#include <string.h>

#include "ocrlost.h"

#define INK_DARK	128
#define MARK_MIN_H	6
#define MARK_MAX_H	40
#define MARK_MAX_W	60
/* More marks than this on a page: a picture, or a page of specks. */
#define MARKS_MAX	2048
/* More runs of dark pixels outside words than this: the same. */
#define RUNS_MAX	(256 * 1024)

/* A run of dark pixels in a row, and the mark it is part of. */
struct run {
	int	 x0, x1, y;
	size_t	 up;			/* union-find parent */
	struct pk_ocr_box box;		/* the mark's, kept at its root */
};

static size_t
root(struct run *r, size_t i)
{
	while (r[i].up != i) {
		r[i].up = r[r[i].up].up;
		i = r[i].up;
	}
	return i;
}

static void
grow(struct pk_ocr_box *a, const struct pk_ocr_box *b)
{
	if (b->x0 < a->x0)
		a->x0 = b->x0;
	if (b->y0 < a->y0)
		a->y0 = b->y0;
	if (b->x1 > a->x1)
		a->x1 = b->x1;
	if (b->y1 > a->y1)
		a->y1 = b->y1;
}

static void
unite(struct run *r, size_t a, size_t b)
{
	a = root(r, a);
	b = root(r, b);
	if (a == b)
		return;
	r[b].up = a;
	grow(&r[a].box, &r[b].box);
}

/* A map of the pixels the page's words cover, each box grown by a
 * quarter of its height; NULL when memory ran out. */
static unsigned char *
covered(const struct pk_ocr_page *page)
{
	unsigned char	*cov;
	size_t		 i;
	int		 y;

	cov = calloc((size_t)page->width * (size_t)page->height, 1);
	if (cov == NULL)
		return NULL;
	for (i = 0; i < page->nwords; i++) {
		const struct pk_ocr_word *w = &page->words[i];
		int pad = (w->y1 - w->y0) / 4;
		int x0 = w->x0 - pad, x1 = w->x1 + pad;
		int y0 = w->y0 - pad, y1 = w->y1 + pad;

		x0 = x0 < 0 ? 0 : x0;
		y0 = y0 < 0 ? 0 : y0;
		x1 = x1 > page->width ? page->width : x1;
		y1 = y1 > page->height ? page->height : y1;
		for (y = y0; y < y1 && x1 > x0; y++)
			memset(cov + (size_t)y * (size_t)page->width + (size_t)x0,
			    1, (size_t)(x1 - x0));
	}
	return cov;
}

/*
 * The runs of dark pixels outside the words, row by row, joined into
 * marks: into *runs (malloc'd), their number into *nruns.  0, 1 when
 * there are more than RUNS_MAX, or -1 when memory ran out.
 */
static int
find_runs(const struct pk_ocr_page *page, const unsigned char *gray,
    int stride, const unsigned char *cov, struct run **runs, size_t *nruns)
{
	struct run	*r = NULL, *v;
	size_t		 n = 0, cap = 0, prev = 0, row, i, j;
	int		 x, y, w = page->width;

	for (y = 0; y < page->height; y++) {
		const unsigned char *g = gray + (size_t)y * (size_t)stride;
		const unsigned char *c = cov + (size_t)y * (size_t)w;

		row = n;
		for (x = 0; x < w; x++) {
			if (g[x] >= INK_DARK || c[x])
				continue;
			if (n == RUNS_MAX) {
				free(r);
				return 1;
			}
			if (n == cap) {
				cap = cap ? cap * 2 : 1024;
				if ((v = realloc(r, cap * sizeof(*r))) == NULL) {
					free(r);
					return -1;
				}
				r = v;
			}
			r[n].x0 = x;
			while (x + 1 < w && g[x + 1] < INK_DARK && !c[x + 1])
				x++;
			r[n].x1 = x;
			r[n].y = y;
			r[n].up = n;
			r[n].box = (struct pk_ocr_box){ r[n].x0, y, x + 1, y + 1 };
			n++;
		}
		/* Joined to the runs of the row above they touch. */
		for (i = prev, j = row; j < n; j++) {
			size_t k;

			while (i < row && r[i].x1 < r[j].x0 - 1)
				i++;
			for (k = i; k < row && r[k].x0 <= r[j].x1 + 1; k++)
				unite(r, k, j);
		}
		prev = row;
	}
	*runs = r;
	*nruns = n;
	return 0;
}

/* How far the spans a0..a1 and b0..b1 overlap (negative: apart). */
static int
overlap(int a0, int a1, int b0, int b1)
{
	return (a1 < b1 ? a1 : b1) - (a0 > b0 ? a0 : b0);
}

/*
 * The marks of runs r[0..n) as tall as letters into lines, out[0..max):
 * a mark joins a line it shares half its height with, no further from
 * it than twice their height.  Their number, or 0 when there are more
 * than max lines or MARKS_MAX marks.
 */
static int
lines_of(struct run *r, size_t n, int dpi, struct pk_ocr_box *out,
    size_t max)
{
	size_t	 i, k, nl = 0, marks = 0;
	int	 min_h = dpi * MARK_MIN_H / 100, max_h = dpi * MARK_MAX_H / 100;
	int	 max_w = dpi * MARK_MAX_W / 100;

	for (i = 0; i < n; i++) {
		const struct pk_ocr_box *m = &r[i].box;
		int h = m->y1 - m->y0;

		if (root(r, i) != i || h < min_h || h > max_h ||
		    m->x1 - m->x0 > max_w)
			continue;
		if (++marks > MARKS_MAX)
			return 0;
		for (k = 0; k < nl; k++) {
			struct pk_ocr_box *l = &out[k];
			int lh = l->y1 - l->y0, least = h < lh ? h : lh;
			int most = h > lh ? h : lh;

			if (2 * overlap(m->y0, m->y1, l->y0, l->y1) >= least &&
			    -overlap(m->x0, m->x1, l->x0, l->x1) <= 2 * most)
				break;
		}
		if (k < nl)
			grow(&out[k], m);
		else if (nl == max)
			return 0;
		else
			out[nl++] = *m;
	}
	return (int)nl;
}

int
pk_ocr_lost_ink(const struct pk_ocr_page *page, const unsigned char *gray,
    int stride, int dpi, struct pk_ocr_box *out, size_t max)
{
	unsigned char	*cov;
	struct run	*runs = NULL;
	size_t		 nruns = 0;
	int		 rc, i, n;

	if (page->width <= 0 || page->height <= 0 || dpi <= 0)
		return 0;
	if ((cov = covered(page)) == NULL)
		return -1;
	rc = find_runs(page, gray, stride, cov, &runs, &nruns);
	free(cov);
	if (rc != 0)
		return rc == 1 ? 0 : -1;
	n = lines_of(runs, nruns, dpi, out, max);
	free(runs);
	/* A margin of a third of its height above and below, and of its
	 * height before and after it, for the stop a line may end in and
	 * the dashes around a page's number ("- 3 -"). */
	for (i = 0; i < n; i++) {
		struct pk_ocr_box *b = &out[i];
		int h = b->y1 - b->y0, pad = h / 3;

		b->x0 = b->x0 - h > 0 ? b->x0 - h : 0;
		b->y0 = b->y0 - pad > 0 ? b->y0 - pad : 0;
		b->x1 = b->x1 + h < page->width ? b->x1 + h : page->width;
		b->y1 = b->y1 + pad < page->height ? b->y1 + pad :
		    page->height;
	}
	return n;
}

unsigned char *
pk_ocr_lost_crop(const unsigned char *gray, int stride,
    const struct pk_ocr_box *b, int border, int *w, int *h)
{
	unsigned char	*out;
	int		 x, y;

	*w = b->x1 - b->x0 + 2 * border;
	*h = b->y1 - b->y0 + 2 * border;
	if ((out = malloc((size_t)*w * (size_t)*h)) == NULL)
		return NULL;
	memset(out, 255, (size_t)*w * (size_t)*h);
	for (y = b->y0; y < b->y1; y++)
		for (x = b->x0; x < b->x1; x++)
			if (gray[(size_t)y * (size_t)stride + (size_t)x] <
			    INK_DARK)
				out[(size_t)(y - b->y0 + border) * (size_t)*w +
				    (size_t)(x - b->x0 + border)] = 0;
	return out;
}

int
pk_ocr_same_height(int a0, int a1, int b0, int b1)
{
	int least = a1 - a0 < b1 - b0 ? a1 - a0 : b1 - b0;

	return 2 * overlap(a0, a1, b0, b1) >= least;
}

int
pk_ocr_same_place(const struct pk_ocr_word *a, const struct pk_ocr_word *b)
{
	return overlap(a->x0, a->x1, b->x0, b->x1) > 0 &&
	    pk_ocr_same_height(a->y0, a->y1, b->y0, b->y1);
}

/*
 * Whether word w overlaps a word of page in a line they share: read
 * twice, once in its line and again from the lost ink beside it, or
 * the rest of a word the engine read short ("Henning" as "Npglr").
 */
static int
read_before(const struct pk_ocr_page *page, const struct pk_ocr_word *w)
{
	size_t	 i;

	for (i = 0; i < page->nwords; i++)
		if (pk_ocr_same_place(w, &page->words[i]))
			return 1;
	return 0;
}

int
pk_ocr_insert_word(struct pk_ocr_page *page, size_t at,
    const struct pk_ocr_word *w)
{
	if (page->nwords == page->cap) {
		size_t cap = page->cap ? page->cap * 2 : 256;
		struct pk_ocr_word *v = realloc(page->words, cap * sizeof(*v));

		if (v == NULL)
			return -1;
		page->words = v;
		page->cap = cap;
	}
	memmove(page->words + at + 1, page->words + at,
	    (page->nwords - at) * sizeof(*w));
	page->words[at] = *w;
	page->nwords++;
	return 0;
}

/* The end of the line that starts at word s. */
static size_t
line_end(const struct pk_ocr_page *page, size_t s)
{
	size_t	 e;

	for (e = s + 1; e < page->nwords && !page->words[e].line_start; e++)
		;
	return e;
}

/* Where the page's line that shares half the height y0..y1 starts, or
 * the page's word count when none does. */
static size_t
line_beside(const struct pk_ocr_page *page, int y0, int y1)
{
	size_t	 s, e, i;

	for (s = 0; s < page->nwords; s = e) {
		int ly0 = page->words[s].y0, ly1 = page->words[s].y1;

		e = line_end(page, s);
		for (i = s; i < e; i++) {
			ly0 = page->words[i].y0 < ly0 ? page->words[i].y0 : ly0;
			ly1 = page->words[i].y1 > ly1 ? page->words[i].y1 : ly1;
		}
		if (pk_ocr_same_height(y0, y1, ly0, ly1))
			return s;
	}
	return page->nwords;
}

/* Where a line whose top is y0 goes: before the first line that starts
 * below it. */
static size_t
line_below(const struct pk_ocr_page *page, int y0)
{
	size_t	 s;

	for (s = 0; s < page->nwords; s = line_end(page, s))
		if (page->words[s].y0 > y0)
			return s;
	return page->nwords;
}

int
pk_ocr_insert_line(struct pk_ocr_page *page, struct pk_ocr_word *w,
    size_t n)
{
	size_t	 i, k, s, e, at;
	int	 y0 = 0, y1 = 0, first = 1;

	/* Words read before are not taken twice. */
	for (i = k = 0; i < n; i++)
		if (read_before(page, &w[i]))
			free(w[i].text);
		else
			w[k++] = w[i];
	if ((n = k) == 0)
		return 0;
	for (i = 0; i < n; i++) {
		y0 = i == 0 || w[i].y0 < y0 ? w[i].y0 : y0;
		y1 = i == 0 || w[i].y1 > y1 ? w[i].y1 : y1;
	}
	s = line_beside(page, y0, y1);
	if (s < page->nwords) {
		for (i = 0; i < n; i++) {
			e = line_end(page, s);
			for (at = s; at < e && page->words[at].x0 <= w[i].x0;
			    at++)
				;
			w[i].baseline = page->words[s].baseline;
			w[i].line_start = w[i].para_start = 0;
			if (at == s) {
				/* Before the line's first word: it starts
				 * the line now. */
				w[i].line_start = 1;
				w[i].para_start = page->words[s].para_start;
				page->words[s].line_start = 0;
				page->words[s].para_start = 0;
			}
			if (pk_ocr_insert_word(page, at, &w[i]) == -1)
				goto fail;
			w[i].text = NULL;
		}
		return 0;
	}
	at = line_below(page, y0);
	if (at < page->nwords)
		page->words[at].para_start = 1;
	for (i = 0; i < n; i++, first = 0) {
		w[i].line_start = w[i].para_start = first;
		if (pk_ocr_insert_word(page, at + i, &w[i]) == -1)
			goto fail;
		w[i].text = NULL;
	}
	return 0;
fail:
	for (i = 0; i < n; i++)
		free(w[i].text);
	return -1;
}
