/* Between MuPDF and OCR: pages to gray images, recognised words to structured text. */
#include <stdlib.h>
#include <string.h>

#include "pdfocr.h"

/* Fewer characters than this on a page: no usable text layer. */
#define MIN_TEXT_CHARS	8
/* A page image larger than this many pixels is refused (memory). */
#define MAX_PIXELS	(200L * 1000 * 1000)

int
pk_pdfocr_has_text(fz_stext_page *st)
{
	fz_stext_block	*b;
	fz_stext_line	*ln;
	fz_stext_char	*ch;
	int		 n = 0;

	for (b = st->first_block; b != NULL; b = b->next) {
		if (b->type != FZ_STEXT_BLOCK_TEXT)
			continue;
		for (ln = b->u.t.first_line; ln != NULL; ln = ln->next)
			for (ch = ln->first_char; ch != NULL; ch = ch->next)
				if (ch->c > ' ' && ++n >= MIN_TEXT_CHARS)
					return 1;
	}
	return 0;
}

void
pk_pdfocr_job_from_pixmap(fz_context *ctx, fz_pixmap *pix, int dpi,
    struct pk_ocr_job *job)
{
	fz_pixmap	*gray = NULL;
	unsigned char	*buf;
	int		 y;

	if ((long)pix->w * pix->h > MAX_PIXELS || pix->w <= 0 || pix->h <= 0)
		fz_throw(ctx, FZ_ERROR_GENERIC, PK_TOO_LARGE "a page image of "
		    "%d x %d pixels",
		    pix->w, pix->h);
	fz_var(gray);
	fz_try(ctx) {
		if (pix->n != 1 || pix->alpha)
			gray = fz_convert_pixmap(ctx, pix, fz_device_gray(ctx),
			    NULL, NULL, fz_default_color_params, 0);
		else
			gray = fz_keep_pixmap(ctx, pix);
		if ((buf = malloc((size_t)gray->w * (size_t)gray->h)) == NULL)
			fz_throw(ctx, FZ_ERROR_MEMORY, "out of memory");
		/* Copied: the worker threads must not touch MuPDF's objects. */
		for (y = 0; y < gray->h; y++)
			memcpy(buf + (size_t)y * (size_t)gray->w,
			    gray->samples + (size_t)y * (size_t)gray->stride,
			    (size_t)gray->w);
		memset(job, 0, sizeof(*job));
		job->gray = buf;
		job->w = gray->w;
		job->h = gray->h;
		job->stride = gray->w;
		job->dpi = dpi;
	}
	fz_always(ctx)
		fz_drop_pixmap(ctx, gray);
	fz_catch(ctx)
		fz_rethrow(ctx);
}

void
pk_pdfocr_render(fz_context *ctx, fz_document *doc, int i, int dpi,
    struct pk_ocr_job *job)
{
	fz_pixmap	*pix;
	fz_page		*page;
	fz_rect		 r;
	float		 s = (float)dpi / 72.0f;

	page = fz_load_page(ctx, doc, i);
	fz_try(ctx) {
		r = fz_bound_page(ctx, page);
		if ((double)(r.x1 - r.x0) * s * (double)(r.y1 - r.y0) * s >
		    (double)MAX_PIXELS)
			fz_throw(ctx, FZ_ERROR_GENERIC, PK_TOO_LARGE "page %d at "
			    "%d dpi", i + 1, dpi);
		pix = fz_new_pixmap_from_page(ctx, page, fz_scale(s, s),
		    fz_device_gray(ctx), 0);
		fz_try(ctx)
			pk_pdfocr_job_from_pixmap(ctx, pix, dpi, job);
		fz_always(ctx)
			fz_drop_pixmap(ctx, pix);
		fz_catch(ctx)
			fz_rethrow(ctx);
	}
	fz_always(ctx)
		fz_drop_page(ctx, page);
	fz_catch(ctx)
		fz_rethrow(ctx);
}

/* The next code point of s, advancing it; bad bytes as U+FFFD. */
static int
next_cp(const char **s)
{
	const unsigned char *p = (const unsigned char *)*s;
	int	 c, n, i;

	if (p[0] < 0x80) {
		*s += 1;
		return p[0];
	}
	n = p[0] >= 0xf0 ? 3 : p[0] >= 0xe0 ? 2 : p[0] >= 0xc0 ? 1 : 0;
	c = n == 3 ? p[0] & 7 : n == 2 ? p[0] & 15 : p[0] & 31;
	for (i = 1; i <= n; i++) {
		if ((p[i] & 0xc0) != 0x80) {
			*s += i;
			return 0xfffd;
		}
		c = c << 6 | (p[i] & 0x3f);
	}
	*s += n + 1;
	return n == 0 ? 0xfffd : c;
}

static fz_stext_char *
add_char(fz_context *ctx, fz_stext_page *st, fz_stext_line *ln, int c,
    float x0, float x1, float y0, float y1, float base, float size)
{
	fz_stext_char	*ch = fz_pool_alloc(ctx, st->pool, sizeof(*ch));

	memset(ch, 0, sizeof(*ch));
	ch->c = c;
	ch->size = size;
	ch->origin = fz_make_point(x0, base);
	ch->quad.ul = fz_make_point(x0, y0);
	ch->quad.ur = fz_make_point(x1, y0);
	ch->quad.ll = fz_make_point(x0, y1);
	ch->quad.lr = fz_make_point(x1, y1);
	if (ln->last_char != NULL)
		ln->last_char->next = ch;
	else
		ln->first_char = ch;
	ln->last_char = ch;
	return ch;
}

/*
 * The font size of the line starting at word k: from how far its
 * letters reach above the baseline (capitals and ascenders, about 0.72
 * of the size), in pixels.
 */
static float
line_size(const struct pk_ocr_page *p, size_t k)
{
	size_t	 i;
	int	 rise = 0;

	for (i = k; i < p->nwords && (i == k || !p->words[i].line_start);
	    i++)
		if (p->words[i].baseline - p->words[i].y0 > rise)
			rise = p->words[i].baseline - p->words[i].y0;
	return rise > 0 ? (float)rise / 0.72f : 10.0f;
}

float
pk_pdfocr_char_width(const struct pk_ocr_page *p, int dpi)
{
	const char	*t;
	double		 w = 0;
	size_t		 k, n = 0;

	for (k = 0; k < p->nwords; k++) {
		for (t = p->words[k].text; *t != '\0'; t++)
			if ((*t & 0xc0) != 0x80)
				n++;
		w += p->words[k].x1 - p->words[k].x0;
	}
	return n > 0 ? (float)(w / (double)n) * 72.0f / (float)dpi : 0;
}

/* A text line as OCR found it, in pixels. */
struct ocr_line {
	size_t	 first;		/* its first word */
	int	 base, x0, x1, para;
	int	 beside;	/* shares its baseline with a line of another
				 * paragraph: a cell of a table row */
	int	 table;		/* its paragraph has such a line */
	int	 gap_above;	/* more space above than the line pitch */
};

static int	line_pitch(const struct ocr_line *, size_t);

/*
 * The page's lines, each marked when it stands beside another: OCR puts
 * a table's columns in paragraphs of their own, where the row is what
 * matters; such a line starts a block, as a cell does in a PDF.
 */
static struct ocr_line *
ocr_lines(const struct pk_ocr_page *p, size_t *n)
{
	struct ocr_line	*v;
	size_t		 k, i, j;
	int		 para = -1, pitch;

	*n = 0;
	if ((v = calloc(p->nwords + 1, sizeof(*v))) == NULL)
		return NULL;
	for (k = 0; k < p->nwords; k++) {
		const struct pk_ocr_word *w = &p->words[k];

		if (w->para_start || k == 0)
			para++;
		if (k == 0 || w->line_start || w->para_start) {
			i = (*n)++;
			v[i].first = k;
			v[i].base = w->baseline;
			v[i].x0 = w->x0;
			v[i].para = para;
		}
		v[*n - 1].x1 = w->x1;
	}
	for (i = 0; i < *n; i++)
		for (j = 0; j < *n; j++) {
			int tol = (p->words[v[i].first].y1 -
			    p->words[v[i].first].y0) / 2;

			if (v[i].para != v[j].para &&
			    abs(v[i].base - v[j].base) <= tol &&
			    (v[j].x0 > v[i].x1 || v[j].x1 < v[i].x0))
				v[i].beside = 1;
		}
	/* Space between lines of one paragraph: two paragraphs, really
	 * (a typewriter's blank line, a printer's spacing). */
	if ((pitch = line_pitch(v, *n)) > 0)
		for (i = 1; i < *n; i++)
			if (v[i].base - v[i - 1].base > pitch + pitch / 4)
				v[i].gap_above = 1;
	for (i = 0; i < *n; i++)
		for (j = 0; j < *n && !v[i].table; j++)
			if (v[j].para == v[i].para && v[j].beside)
				v[i].table = 1;
	return v;
}

/* A block made, and whether its paragraph holds cells of a table. */
struct ocr_block {
	fz_stext_block	*b;
	int		 table;
};

/*
 * OCR reads a table column by column; a PDF's text layer, and the
 * layout after it, go row by row.  The blocks from the first table
 * paragraph to the last are put in the order of their rows, top down,
 * left to right within a row.
 */
static void
table_order(struct ocr_block *bl, size_t n)
{
	size_t	 first = n, last = 0, i, j;

	for (i = 0; i < n; i++)
		if (bl[i].table) {
			if (first == n)
				first = i;
			last = i;
		}
	if (first == n)
		return;
	/* Insertion sort: stable, and n is a page's blocks. */
	for (i = first + 1; i <= last; i++) {
		struct ocr_block x = bl[i];
		fz_stext_line *lx = x.b->u.t.first_line;
		float h = lx->bbox.y1 - lx->bbox.y0;

		for (j = i; j > first; j--) {
			fz_stext_line *ly = bl[j - 1].b->u.t.first_line;
			float dy = lx->first_char->origin.y -
			    ly->first_char->origin.y;

			if (dy > 0.4f * h || (dy > -0.4f * h &&
			    lx->bbox.x0 >= ly->bbox.x0))
				break;
			bl[j] = bl[j - 1];
		}
		bl[j] = x;
	}
}

/* Link the page's blocks again in the order of bl. */
static void
relink(fz_stext_page *st, struct ocr_block *bl, size_t n)
{
	size_t	 i;

	st->first_block = st->last_block = NULL;
	for (i = 0; i < n; i++) {
		bl[i].b->prev = st->last_block;
		bl[i].b->next = NULL;
		if (st->last_block != NULL)
			st->last_block->next = bl[i].b;
		else
			st->first_block = bl[i].b;
		st->last_block = bl[i].b;
	}
}

/* Whether blocks a and b stand side by side: apart across, level down. */
static int
side_by_side(const fz_stext_block *a, const fz_stext_block *b)
{
	float	 top = a->bbox.y0 > b->bbox.y0 ? a->bbox.y0 : b->bbox.y0;
	float	 bottom = a->bbox.y1 < b->bbox.y1 ? a->bbox.y1 : b->bbox.y1;
	float	 ha = a->bbox.y1 - a->bbox.y0, hb = b->bbox.y1 - b->bbox.y0;

	if (a->bbox.x0 < b->bbox.x1 && b->bbox.x0 < a->bbox.x1)
		return 0;
	return bottom - top > 0.5f * (ha < hb ? ha : hb);
}

/*
 * OCR takes headings set in a margin ("§ 1." over an indented text, a
 * typewriter's layout) for a column of their own, and reads all of them
 * before the texts under them.  On a page where no two blocks stand
 * side by side, one column of text however indented, the blocks are
 * read top down.  Pages with columns or tables keep the engine's order.
 */
static void
margin_order(struct ocr_block *bl, size_t n)
{
	size_t	 i, j;

	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			if (side_by_side(bl[i].b, bl[j].b))
				return;
	/* Insertion sort: stable, and n is a page's blocks. */
	for (i = 1; i < n; i++) {
		struct ocr_block x = bl[i];

		for (j = i; j > 0 && bl[j - 1].b->bbox.y0 > x.b->bbox.y0; j--)
			bl[j] = bl[j - 1];
		bl[j] = x;
	}
}

static int
cmpint(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

/*
 * The page's line pitch in pixels: the median distance between the
 * baselines of lines in one paragraph, or 0 when no paragraph has two.
 * Lines are given boxes of that height, as a font's would be, so that
 * space between paragraphs stands out as it does in a text layer.
 */
static int
line_pitch(const struct ocr_line *v, size_t n)
{
	int	*d, pitch = 0;
	size_t	 i, k = 0;

	if (n < 2 || (d = calloc(n, sizeof(*d))) == NULL)
		return 0;
	for (i = 1; i < n; i++)
		if (v[i].para == v[i - 1].para && v[i].base > v[i - 1].base)
			d[k++] = v[i].base - v[i - 1].base;
	if (k > 0) {
		qsort(d, k, sizeof(*d), cmpint);
		pitch = d[k / 2];
	}
	free(d);
	return pitch;
}

/* The words of p into st, scaled from pixels at dpi to points. */
static void
fill(fz_context *ctx, fz_stext_page *st, const struct pk_ocr_page *p, int dpi,
    const struct ocr_line *lines, size_t nlines, struct ocr_block *bl)
{
	size_t		 li = 0, nb = 0;
	int		 pitch = line_pitch(lines, nlines);
	fz_stext_block	*b = NULL;
	fz_stext_line	*ln = NULL;
	float		 s = 72.0f / (float)dpi;
	size_t		 k;
	float		 size = 10, base = 0, top = 0, bottom = 0;

	for (k = 0; k < p->nwords; k++) {
		const struct pk_ocr_word *w = &p->words[k];
		const char *t = w->text;
		size_t n = 0, i;
		float x0 = (float)w->x0 * s, x1 = (float)w->x1 * s, wd;

		int new_line = ln == NULL || w->line_start || w->para_start;
		int cell = 0;

		if (new_line && li < nlines && lines[li].first == k) {
			/* A cell, or the line after one, starts a block. */
			cell = lines[li].beside || lines[li].gap_above ||
			    (li > 0 && lines[li - 1].beside);
			li++;
		}
		if (b == NULL || w->para_start || cell) {
			b = fz_pool_alloc(ctx, st->pool, sizeof(*b));
			bl[nb].b = b;
			bl[nb].table = li > 0 && lines[li - 1].table;
			nb++;
			memset(b, 0, sizeof(*b));
			b->type = FZ_STEXT_BLOCK_TEXT;
			b->bbox = fz_empty_rect;
			b->prev = st->last_block;
			if (st->last_block != NULL)
				st->last_block->next = b;
			else
				st->first_block = b;
			st->last_block = b;
			ln = NULL;
		}
		if (new_line) {
			size = line_size(p, k) * s;
			base = (float)w->baseline * s;
			/* As a font would set it: ascender, descender. */
			if (pitch > 0 && (float)pitch * s < 2.0f * size &&
			    (float)pitch * s > 0.9f * size) {
				top = base - 0.78f * (float)pitch * s;
				bottom = base + 0.22f * (float)pitch * s;
			} else {
				top = base - 0.9f * size;
				bottom = base + 0.25f * size;
			}
			ln = fz_pool_alloc(ctx, st->pool, sizeof(*ln));
			memset(ln, 0, sizeof(*ln));
			ln->dir = fz_make_point(1, 0);
			ln->bbox = fz_empty_rect;
			ln->prev = b->u.t.last_line;
			if (b->u.t.last_line != NULL)
				b->u.t.last_line->next = ln;
			else
				b->u.t.first_line = ln;
			b->u.t.last_line = ln;
		} else if (ln->last_char != NULL)
			add_char(ctx, st, ln, ' ', ln->bbox.x1, x0, top, bottom,
			    base, size);
		while (*t != '\0') {
			next_cp(&t);
			n++;
		}
		/* The word's letters share its width evenly. */
		wd = n > 0 ? (x1 - x0) / (float)n : 0;
		for (t = w->text, i = 0; *t != '\0'; i++)
			add_char(ctx, st, ln, next_cp(&t), x0 + wd * (float)i,
			    x0 + wd * (float)(i + 1), top, bottom, base, size);
		ln->bbox = fz_union_rect(ln->bbox,
		    fz_make_rect(x0, top, x1, bottom));
		b->bbox = fz_union_rect(b->bbox, ln->bbox);
	}
	margin_order(bl, nb);
	table_order(bl, nb);
	relink(st, bl, nb);
}

fz_stext_page *
pk_pdfocr_stext(fz_context *ctx, const struct pk_ocr_page *p, int dpi)
{
	fz_stext_page	*st = NULL;
	struct ocr_line	*lines;
	struct ocr_block *bl;
	size_t		 n;
	float		 s = 72.0f / (float)dpi;

	if ((lines = ocr_lines(p, &n)) == NULL)
		fz_throw(ctx, FZ_ERROR_MEMORY, "out of memory");
	if ((bl = calloc(p->nwords + 1, sizeof(*bl))) == NULL) {
		free(lines);
		fz_throw(ctx, FZ_ERROR_MEMORY, "out of memory");
	}
	fz_var(st);
	fz_var(n);
	fz_try(ctx) {
		st = fz_new_stext_page(ctx, fz_make_rect(0, 0,
		    (float)p->width * s, (float)p->height * s));
		fz_try(ctx)
			fill(ctx, st, p, dpi, lines, n, bl);
		fz_catch(ctx) {
			fz_drop_stext_page(ctx, st);
			fz_rethrow(ctx);
		}
	}
	fz_always(ctx) {
		free(lines);
		free(bl);
	}
	fz_catch(ctx)
		fz_rethrow(ctx);
	return st;
}
