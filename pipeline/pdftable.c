/* Tables on a PDF page from where its lines stand: columns from the gaps no row crosses, rows from where cells start anew. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pdftable.h"

/* A page with more lines than this is read without tables. */
#define MAX_LINES	3000
/* Columns are measured in bins of this many points. */
#define BIN		0.5f
/*
 * A river narrower than the 0.4 of the text's size that parts columns
 * does where two lines or more start right after it: a cell's text
 * that fills it to within a wide space of the next column's ("Nguyễn
 * Thị Eriksson Åhlén" then "Hans Le Roux (S)", under which the next
 * rows' cells start).
 */
#define NARROW_RIVER	0.3f

/* A line of the page, with where its ink is. */
struct pl {
	fz_stext_line	*ln;
	fz_stext_block	*block;
	int		 nblock;	/* lines in its block */
	float		 block_h;	/* its block's height */
	float		 x0, x1, y0, y1, h, size;
	float		 baseline;
	int		 seed;		/* another line stands beside it */
	int		 bullet;	/* only a bullet's glyph */
	int		 has_left;	/* a line stands beside it, left */
	int		 taken;		/* a line of a table */
};

/* A run of a line's characters within one column. */
struct piece {
	int	 col;
	float	 x0, x1, y0, y1, first_word;
	int	 hyphen;		/* ends in a hyphen after a letter */
	int	 words;
	int	 upper;			/* starts with a capital */
	int	 lower;			/* a word in lower case first */
	int	 lower1;		/* a letter in lower case first (the
					 * end of a word a cell broke: "r") */
	int	 comma;			/* ends with a comma */
};

static int
ink(int c)
{
	return c != ' ' && c != 0xa0 && c != '\t';
}

static int
letter(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xc0;
}

/* A glyph lists start with (Word's Symbol bullets among them). */
static int
bullet_like(int c)
{
	switch (c) {
	case '-': case '*': case 'o': case 0x2013: case 0x2022: case 0x2023:
	case 0x2043: case 0x25a0: case 0x25aa: case 0x25cf: case 0x25e6:
	case 0x27a2: case 0xf076: case 0xf0a7: case 0xf0b7: case 0xf0d8:
		return 1;
	}
	return 0;
}

/* The line's ink box and size; 0 when it has no ink. */
static int
measure(fz_stext_line *ln, struct pl *l)
{
	fz_stext_char	*ch;
	int		 any = 0;

	for (ch = ln->first_char; ch != NULL; ch = ch->next) {
		if (!ink(ch->c))
			continue;
		l->bullet = !any && bullet_like(ch->c);
		if (!any || ch->quad.ll.x < l->x0)
			l->x0 = ch->quad.ll.x;
		if (!any || ch->quad.lr.x > l->x1)
			l->x1 = ch->quad.lr.x;
		if (!any || ch->size > l->size)
			l->size = ch->size;
		if (!any)
			l->baseline = ch->origin.y;
		any = 1;
	}
	l->y0 = ln->bbox.y0;
	l->y1 = ln->bbox.y1;
	l->h = l->y1 - l->y0;
	return any && l->h > 0;
}

static float
ymid(const struct pl *l)
{
	return (l->y0 + l->y1) / 2;
}

/*
 * Whether a and b stand side by side: on one baseline, apart by more
 * than a word space.  Two long lines of blocks of text beside each
 * other are text in columns, not cells.
 */
static int
beside(const struct pl *a, const struct pl *b, float text_width)
{
	float	 over = fminf(a->y1, b->y1) - fmaxf(a->y0, b->y0);
	float	 h = fminf(a->h, b->h), gap;

	/* Cells of a row share their baseline; a note in the margin
	 * beside a paragraph keeps a pitch of its own. */
	if (over < 0.5f * h || fabsf(a->baseline - b->baseline) > 0.15f * h)
		return 0;
	gap = a->x1 < b->x0 ? b->x0 - a->x1 : a->x0 - b->x1;
	if (gap < 0.25f * h)
		return 0;
	if (a->nblock >= 3 && b->nblock >= 3 &&
	    a->x1 - a->x0 > 0.3f * text_width &&
	    b->x1 - b->x0 > 0.3f * text_width)
		return 0;
	return 1;
}

static int
by_y0(const void *pa, const void *pb)
{
	const struct pl *a = *(struct pl *const *)pa;
	const struct pl *b = *(struct pl *const *)pb;

	return (a->y0 > b->y0) - (a->y0 < b->y0);
}

static int
by_top(const void *pa, const void *pb)
{
	const struct pl *a = *(struct pl *const *)pa;
	const struct pl *b = *(struct pl *const *)pb;

	/* (A strict order: qsort needs one.) */
	if (ymid(a) != ymid(b))
		return (ymid(a) > ymid(b)) - (ymid(a) < ymid(b));
	return (a->x0 > b->x0) - (a->x0 < b->x0);
}

/* The column x falls in. */
static int
col_of(const struct pk_pdf_table *t, float x)
{
	int	 c = 0;

	while (c + 1 < t->ncols && t->col[c + 1] <= x + 1.0f)
		c++;
	return c;
}

/* Whether ln is one of t's cells merged across columns already. */
static int
left_out(const struct pk_pdf_table *t, const fz_stext_line *ln)
{
	int	 c;

	for (c = 0; c < t->nmerged; c++)
		if (t->merged[c] == ln)
			return 1;
	return 0;
}

unsigned
pk_pdf_table_crossed(const struct pk_pdf_table *t, const fz_stext_line *ln)
{
	fz_stext_char	*ch;
	unsigned	 crossed = 0;
	int		 c;

	if (!left_out(t, ln))
		return 0;
	for (ch = ln->first_char; ch != NULL; ch = ch->next) {
		if (!ink(ch->c))
			continue;
		for (c = 1; c < t->ncols; c++)
			if (ch->quad.lr.x > t->river[c] + 1.0f &&
			    ch->quad.ll.x < t->col[c] - 1.0f)
				crossed |= 1u << c;
	}
	return crossed;
}

/* Whether the columns after a up to b are all in the set crossed. */
static int
all_crossed(unsigned crossed, int a, int b)
{
	for (a++; a <= b; a++)
		if (!((crossed >> a) & 1))
			return 0;
	return 1;
}

/*
 * The line's pieces, one a column it has ink in; a column's edge cuts
 * only where there is some space, and never where the line's ink
 * crosses the space before that column (a cell merged across columns
 * stays whole at its own start's column).  Returns how many.
 */
static int
pieces(const struct pk_pdf_table *t, const struct pl *l, struct piece *out)
{
	fz_stext_char	*ch, *prev = NULL;
	int		 n = 0, in_word = 0, word_done = 0;
	float		 word_x0 = 0;
	unsigned	 crossed = pk_pdf_table_crossed(t, l->ln);

	for (ch = l->ln->first_char; ch != NULL; ch = ch->next) {
		int c;

		if (!ink(ch->c)) {
			if (l->size > 1.3f * t->size)
				continue;	/* one piece */
			if (in_word)
				word_done = 1;
			in_word = 0;
			continue;
		}
		c = prev != NULL && l->size > 1.3f * t->size ? out[n - 1].col :
		    col_of(t, ch->quad.ll.x);
		if (prev != NULL && c > out[n - 1].col &&
		    all_crossed(crossed, out[n - 1].col, c))
			c = out[n - 1].col;
		if (prev == NULL || (c != out[n - 1].col &&
		    ch->quad.ll.x - prev->quad.lr.x > 0.15f * ch->size)) {
			if (n == PK_TABLE_COLS)
				break;
			out[n].col = c;
			out[n].x0 = ch->quad.ll.x;
			out[n].y0 = l->y0;
			out[n].y1 = l->y1;
			out[n].hyphen = 0;
			out[n].words = 0;
			out[n].upper = ch->c < 0x10000 && fz_toupper(ch->c) ==
			    ch->c && fz_tolower(ch->c) != ch->c;
			out[n].lower = ch->c < 0x10000 && fz_tolower(ch->c) ==
			    ch->c && fz_toupper(ch->c) != ch->c &&
			    ch->next != NULL && letter(ch->next->c);
			out[n].lower1 = ch->c < 0x10000 &&
			    fz_tolower(ch->c) == ch->c &&
			    fz_toupper(ch->c) != ch->c;
			word_x0 = ch->quad.ll.x;
			word_done = 0;
			in_word = 0;
			n++;
		}
		if (!in_word)
			out[n - 1].words++;
		in_word = 1;
		out[n - 1].x1 = ch->quad.lr.x;
		if (!word_done)
			out[n - 1].first_word = ch->quad.lr.x - word_x0;
		out[n - 1].hyphen = (ch->c == '-' || ch->c == 0xad) &&
		    prev != NULL && letter(prev->c);
		out[n - 1].comma = ch->c == ',';
		prev = ch;
	}
	return n;
}

/* Where each column's ink ends (for whether a cell's line was full). */
struct colstate {
	float	 end[PK_TABLE_COLS];
	float	 last_y0[PK_TABLE_COLS], last_y1[PK_TABLE_COLS];
	float	 last_x0[PK_TABLE_COLS], last_x1[PK_TABLE_COLS];
	int	 last_hyphen[PK_TABLE_COLS];
	int	 last_words[PK_TABLE_COLS];
	int	 last_comma[PK_TABLE_COLS];
	int	 last_row[PK_TABLE_COLS];	/* -1: none yet */
	int	 nfull[PK_TABLE_COLS];		/* lines that filled it */
};

/*
 * Whether p goes on the text of its column's cell above: right under
 * it, and that cell's line ended in a broken word, or was full: it had
 * words to wrap between (or p goes on in lower case), and p's first
 * word and a space would not have fitted before the next column (a column of single marks is always
 * "full", and never wraps).
 */
static float
col_edge(const struct pk_pdf_table *t, const struct colstate *cs, int c,
    float h)
{
	/* The last column ends where its lines do, where three or more
	 * filled it (a paragraph in a cell); else at the text's edge. */
	if (c + 1 < t->ncols)
		return t->col[c + 1] - 2.0f;
	if (cs->nfull[c] >= 3)
		return cs->end[c] + 0.25f * h;
	return fmaxf(cs->end[c], t->right);
}

static int
goes_on(const struct pk_pdf_table *t, const struct colstate *cs,
    const struct piece *p, float h, int row)
{
	int	 c = p->col;
	float	 edge = col_edge(t, cs, c, h);

	if (cs->last_row[c] != row || p->y0 - cs->last_y1[c] > 0.5f * h ||
	    p->y0 < cs->last_y0[c] + 0.3f * h)
		return 0;
	/* In a table whose rows have space between, words in lower case
	 * right under a cell's line, no space between, are its text
	 * wrapped, however far its column's edge ("… och" over
	 * "infrastruktur"). */
	if (t->padded && p->lower && p->x1 - p->x0 > h &&
	    p->y0 - cs->last_y1[c] < 0.15f * h)
		return 1;
	return cs->last_hyphen[c] || ((cs->last_words[c] >= 2 || p->lower) &&
	    cs->last_x1[c] + p->first_word + 0.25f * h > edge);
}

/*
 * The row whose cell p's text wrapped from, or -1: p stands right under
 * its column's last line, no space between (a cell's own leading), it
 * starts in lower case or that line ended in a hyphen, and that line
 * was full: p's first word and a space would not have fitted before
 * the column's end (or, where rows have space between, p is words in
 * lower case), and it starts where that line did (a cell's lines keep
 * its left edge; a word of a line of text that happens to stand at a
 * column does not).  Whatever rows the other columns started beside it
 * since (a label of two or three lines, "Övriga" over "närvarande",
 * or a word its cell broke, "tjänstepersone" over "r", beside a list
 * of a name a line), a line in lower case right under a full one is
 * not a new row's first line: new rows' cells start in capitals.
 */
static int
wraps_back(const struct pk_pdf_table *t, const struct colstate *cs,
    const struct piece *p, float h)
{
	int	 c = p->col;

	if (cs->last_row[c] < 0 || p->y0 - cs->last_y1[c] > 0.15f * h ||
	    p->y0 < cs->last_y0[c] + 0.3f * h ||
	    fabsf(p->x0 - cs->last_x0[c]) > 0.25f * h ||
	    !(p->lower1 || cs->last_hyphen[c]))
		return -1;
	if (cs->last_hyphen[c] || (t->padded && p->lower) ||
	    cs->last_x1[c] + p->first_word + 0.25f * h > col_edge(t, cs, c, h))
		return cs->last_row[c];
	return -1;
}

/* Whether another column's ink of row reaches down past y. */
static int
row_reaches(const struct colstate *cs, int ncols, int col, int row, float y)
{
	int	 c;

	for (c = 0; c < ncols; c++)
		if (c != col && cs->last_row[c] == row && cs->last_y1[c] > y)
			return 1;
	return 0;
}

static void
record(struct colstate *cs, const struct piece *p, int row)
{
	int	 c = p->col;

	cs->last_row[c] = row;
	cs->last_y0[c] = p->y0;
	cs->last_y1[c] = p->y1;
	cs->last_x0[c] = p->x0;
	cs->last_x1[c] = p->x1;
	cs->last_hyphen[c] = p->hyphen;
	cs->last_words[c] = p->words;
	cs->last_comma[c] = p->comma;
}

/* Whether line l starts at x, where a column's cells start. */
static int
starts_near(const struct pl *l, float x)
{
	return l->x0 > x - 1.0f && l->x0 < x + 0.5f * l->size;
}

/*
 * Whether one of the lines m[0..n) starts at x: where cells are set
 * apart, some line starts at a column (its cell's text, or a wrapped
 * line of it); a gap that no row crosses inside lines only is one
 * between words that happened to fall clear of the others.
 */
static int
line_starts_at(struct pl **m, size_t n, float x)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (starts_near(m[i], x))
			return 1;
	return 0;
}

static int
cmp_size(const void *pa, const void *pb)
{
	float a = (*(struct pl *const *)pa)->size;
	float b = (*(struct pl *const *)pb)->size;

	return (a > b) - (a < b);
}

/* The median text size of the lines m[0..n) (reordered a copy). */
static float
median_size(struct pl **m, size_t n)
{
	struct pl	**v = malloc(n * sizeof(*v));
	float		  size;

	if (v == NULL)
		return m[0]->size;
	memcpy(v, m, n * sizeof(*v));
	qsort(v, n, sizeof(*v), cmp_size);
	size = v[n / 2]->size;
	free(v);
	return size;
}

/* Add delta to count[] at each bin of x that line l has ink in. */
static void
ink_bins(const struct pl *l, float x0, int nbins, int *count, int delta)
{
	fz_stext_char	*ch;
	int		 b, b0, b1, last = -1;

	for (ch = l->ln->first_char; ch != NULL; ch = ch->next) {
		if (!ink(ch->c))
			continue;
		b0 = (int)((ch->quad.ll.x - x0) / BIN);
		b1 = (int)((ch->quad.lr.x - x0) / BIN);
		for (b = b0 > last + 1 ? b0 : last + 1; b <= b1 && b < nbins;
		    b++)
			if (b >= 0)
				count[b] += delta;
		if (b1 > last)
			last = b1;
	}
}

/*
 * How many runs of bins without ink in count[], wide enough to part
 * columns (0.4 of the text's size), start after bin lo and end before
 * bin hi, with a line of m[0..n) starting right after each.
 */
static int
rivers_in(const int *count, int lo, int hi, float x0, float size,
    struct pl **m, size_t n)
{
	int	 b, run = 0, rivers = 0;

	for (b = lo; b < hi; b++) {
		if (count[b] == 0) {
			run++;
			continue;
		}
		if (run * BIN >= 0.4f * size && b - run > lo &&
		    line_starts_at(m, n, x0 + b * BIN))
			rivers++;
		run = 0;
	}
	return rivers;
}

/* Whether line l has ink in [a, b). */
static int
ink_within(const struct pl *l, float a, float b)
{
	fz_stext_char	*ch;

	for (ch = l->ln->first_char; ch != NULL; ch = ch->next)
		if (ink(ch->c) && ch->quad.lr.x > a && ch->quad.ll.x < b)
			return 1;
	return 0;
}

/* How many of the lines m[0..n) start at x. */
static size_t
lines_starting_at(struct pl **m, size_t n, float x)
{
	size_t	 i, k = 0;

	for (i = 0; i < n; i++)
		if (starts_near(m[i], x))
			k++;
	return k;
}

/* Whether line l has ink ending (right) or starting at x. */
static int
ink_edge_at(const struct pl *l, float x, int right)
{
	fz_stext_char	*ch;

	for (ch = l->ln->first_char; ch != NULL; ch = ch->next)
		if (ink(ch->c) && fabsf((right ? ch->quad.lr.x :
		    ch->quad.ll.x) - x) <= 1.0f)
			return 1;
	return 0;
}

/*
 * Whether a row of m[0..n) has ink ending where the run of x from a to
 * b without ink starts and ink starting where it ends, in one line
 * (MuPDF read the two cells as one) or two: two cells of a row the run
 * parts.  (A mark centred under "Ja", clear of it, is no column.)
 */
static int
parted_in_a_row(struct pl **m, size_t n, float a, float b)
{
	size_t	 i, j;

	for (i = 0; i < n; i++) {
		if (!ink_edge_at(m[i], a, 1))
			continue;
		for (j = 0; j < n; j++)
			if (fabsf(ymid(m[j]) - ymid(m[i])) < 0.35f * m[i]->h &&
			    ink_edge_at(m[j], b, 0))
				return 1;
	}
	return 0;
}

/*
 * Two cells merged across columns, one over the other (a header
 * table's long values above the rows of a grid: "Vansbro,
 * Medborgarhuset" over the mark column and the next name's):
 * each crosses the space before a column alone, so neither opens it
 * alone.  Where exactly two lines have ink in the space before a place
 * where three rows or more start cells, and both cross it, they are
 * left out together.
 */
static void
merged_pair(struct pl **m, size_t n, struct pk_pdf_table *t, int merged,
    float x0, int nbins, int *count, float size)
{
	size_t	 i, j, k, found[2];
	float	 x, a;
	int	 b, nf;

	for (i = 0; i < n && t->nmerged + 2 <= merged; i++) {
		x = m[i]->x0;
		a = x - 0.4f * size;
		if (a <= x0 || lines_starting_at(m, n, x) < 3)
			continue;
		for (b = (int)((a - x0) / BIN); b < (int)((x - x0) / BIN) &&
		    b < nbins && count[b] <= 0; b++)
			;
		if (b >= (int)((x - x0) / BIN) || b >= nbins)
			continue;	/* a river already */
		nf = 0;
		for (j = 0; j < n && nf <= 2; j++)
			if (!left_out(t, m[j]->ln) && ink_within(m[j], a, x)) {
				if (nf < 2)
					found[nf] = j;
				nf++;
			}
		if (nf != 2)
			continue;
		for (k = 0; k < 2; k++) {
			const struct pl *l = m[found[k]];

			if (l->size > 1.3f * size || l->x0 >= a || l->x1 <= x)
				break;
		}
		if (k < 2)
			continue;
		for (k = 0; k < 2; k++) {
			ink_bins(m[found[k]], x0, nbins, count, -1);
			t->merged[t->nmerged++] = m[found[k]]->ln;
		}
	}
}

/*
 * Columns of the table whose lines are m[0..n): runs of x that none of
 * its levels has ink in (a line set larger, a title over the cells,
 * left out), wider than 0.4 of the text's size (more than
 * a space between words), part the columns, where a line starts.
 * t->river gets where the run before each column starts.  Returns the
 * number of columns.
 */
static int
columns(struct pl **m, size_t n, struct pk_pdf_table *t)
{
	float		 x0 = 1e9f, x1 = -1e9f, size = 0;
	int		*count, nbins, b, merged, level = -1, c;
	size_t		 i;

	size = t->size = median_size(m, n);
	for (i = 0; i < n; i++) {
		x0 = fminf(x0, m[i]->x0);
		x1 = fmaxf(x1, m[i]->x1);
	}
	/* (Compared as a float first: a damaged file's width does not
	 * fit an int.) */
	if (!((x1 - x0) / BIN < 4000.0f))
		return 0;
	nbins = (int)((x1 - x0) / BIN) + 2;
	if (nbins > 4000)
		return 0;
	if ((count = calloc((size_t)nbins, sizeof(*count))) == NULL)
		return -1;
	/* (Lines of one level side by side have no ink in common.) */
	for (i = 0; i < n; i++) {
		if (i == 0 || fabsf(ymid(m[i]) - ymid(m[i - 1])) >
		    0.35f * m[i]->h)
			level++;
		/* A title set larger over cells is not one of them. */
		if (m[i]->size <= 1.3f * size)
			ink_bins(m[i], x0, nbins, count, 1);
	}
	/*
	 * A cell merged across columns ("Omröstning" over Ja, Nej and
	 * Avstår) crosses the space between them: a line whose ink alone
	 * fills runs that would part columns inside it is left out, one
	 * line in eight levels of the table and two at most, so that what
	 * parts the columns is many rows, not a few.  (Two cells MuPDF
	 * read as one line part no more columns without it than with.)
	 */
	merged = level + 1 >= 16 ? 2 : (level + 1) / 8;
	t->nmerged = 0;
	for (i = 0; i < n && t->nmerged < merged; i++) {
		int lo = (int)((m[i]->x0 - x0) / BIN);
		int hi = (int)((m[i]->x1 - x0) / BIN);
		int with = rivers_in(count, lo, hi, x0, size, m, n);

		if (m[i]->size > 1.3f * size)
			continue;
		ink_bins(m[i], x0, nbins, count, -1);
		if (rivers_in(count, lo, hi, x0, size, m, n) > with)
			t->merged[t->nmerged++] = m[i]->ln;
		else
			ink_bins(m[i], x0, nbins, count, 1);
	}
	if (t->nmerged + 2 <= merged)
		merged_pair(m, n, t, merged, x0, nbins, count, size);
	t->ncols = 0;
	t->river[t->ncols] = x0;
	t->col[t->ncols++] = x0;
	for (b = 0; b < nbins; b++) {
		int run;

		if (count[b] <= 0)
			continue;
		/* b is ink: was there a river before it? */
		for (run = 0; b - run - 1 >= 0 && count[b - run - 1] <= 0;
		    run++)
			;
		if (run > 0 && b - run > 0 && t->ncols < PK_TABLE_COLS &&
		    ((run * BIN >= 0.4f * size &&
		    line_starts_at(m, n, x0 + b * BIN)) ||
		    (run * BIN >= NARROW_RIVER * size &&
		    lines_starting_at(m, n, x0 + b * BIN) >= 2 &&
		    parted_in_a_row(m, n, x0 + (b - run) * BIN,
		    x0 + b * BIN)))) {
			t->river[t->ncols] = x0 + (b - run) * BIN;
			t->col[t->ncols++] = x0 + b * BIN;
		}
	}
	c = t->ncols;
	free(count);
	return c;
}

/* Where each column's ink ends, from the table's lines. */
static void
column_ends(const struct pk_pdf_table *t, struct pl **m, size_t n,
    struct colstate *cs)
{
	fz_stext_char	*ch;
	size_t		 i;
	int		 c;

	for (c = 0; c < PK_TABLE_COLS; c++) {
		cs->end[c] = 0;
		cs->last_row[c] = -1;
		cs->nfull[c] = 0;
	}
	for (i = 0; i < n; i++)
		for (ch = m[i]->ln->first_char; ch != NULL; ch = ch->next)
			if (ink(ch->c)) {
				c = col_of(t, ch->quad.ll.x);
				cs->end[c] = fmaxf(cs->end[c], ch->quad.lr.x);
			}
	/* Lines of the last column that end near its end: full ones. */
	c = t->ncols - 1;
	for (i = 0; i < n; i++)
		if (col_of(t, m[i]->x0) == c && m[i]->x1 > cs->end[c] -
		    0.1f * (cs->end[c] - t->col[c]))
			cs->nfull[c]++;
}

/*
 * Whether ln starts with a label of three words at most and its colon
 * ("Also present: Councillor …", "Apologies: …"): a paragraph of its
 * own, never a cell's second line.
 */
static int
starts_label(fz_stext_line *ln)
{
	fz_stext_char	*ch;
	int		 n = 0, words = 1;

	if (ln->first_char == NULL || ln->first_char->c < 'A' ||
	    ln->first_char->c > 'Z')
		return 0;
	for (ch = ln->first_char; ch != NULL && n < 30; ch = ch->next, n++) {
		if (ch->c == ':')
			return ch->next != NULL && ch->next->c == ' ';
		if (ch->c == ' ' && ++words > 3)
			return 0;
	}
	return 0;
}

/*
 * Whether the level lv[0..n) is the second line of the row's cells, in
 * a table whose rows have space between them: each piece right under
 * its column's line of the row, closer than rows are apart (a name
 * with its organisation on the line under it; a name as far under the
 * one beside "Chair" as rows are apart is the next member's row),
 * while a column of the row (a mark) has none.  Where
 * rows follow each other tight, a row with an empty cell looks the
 * same, and only a line that wrapped goes on.
 */
static int
second_lines(const struct pk_pdf_table *t, const struct colstate *cs,
    struct pl **lv, size_t n, int row)
{
	struct piece	 pc[PK_TABLE_COLS];
	size_t		 k;
	int		 np, q, under = 0, c, in_row = 0;
	unsigned	 cols = 0;

	for (k = 0; k < n; k++) {
		if (starts_label(lv[k]->ln))
			return 0;
		np = pieces(t, lv[k], pc);
		for (q = 0; q < np; q++) {
			c = pc[q].col;
			if (cs->last_row[c] != row ||
			    pc[q].y0 - cs->last_y1[c] > 0.25f * lv[k]->h ||
			    pc[q].y0 < cs->last_y0[c] + 0.3f * lv[k]->h)
				return 0;
			under++;
			cols |= 1u << c;
		}
	}
	/* A column of the row left empty, not the first (a label column
	 * is empty in every row but the first). */
	for (c = 1; c < t->ncols; c++)
		if (!((cols >> c) & 1) && cs->last_row[c] == row)
			in_row = 1;
	return t->padded && under >= 1 && in_row;
}

/*
 * Whether every piece of the level lv[0..n) stands right under its
 * column's line of the row, with no more space between than a cell's
 * lines have (a font's leading, a tenth of the line or so), in a table
 * whose rows have more space between them: the level is still the
 * row's, whatever its cells say.
 */
static int
tight_under(const struct pk_pdf_table *t, const struct colstate *cs,
    struct pl **lv, size_t n, int row)
{
	struct piece	 pc[PK_TABLE_COLS];
	size_t		 k;
	int		 np, q;

	if (!t->padded)
		return 0;
	for (k = 0; k < n; k++) {
		np = pieces(t, lv[k], pc);
		for (q = 0; q < np; q++)
			if (cs->last_row[pc[q].col] != row ||
			    pc[q].y0 - cs->last_y1[pc[q].col] > 0.15f * lv[k]->h)
				return 0;
	}
	return 1;
}

/*
 * Whether the level lv[0..n) has cells side by side that all start
 * with a capital after lines that did not end in a comma or a broken
 * word: a new row whose first words happen to be too long for the
 * line above (a label under a label), not text that wrapped, which
 * goes on in lower case somewhere.
 */
static int
capitals_beside(const struct pk_pdf_table *t, const struct colstate *cs,
    struct pl **lv, size_t n)
{
	struct piece	 pc[PK_TABLE_COLS];
	size_t		 k;
	int		 np, q, total = 0;

	for (k = 0; k < n; k++) {
		np = pieces(t, lv[k], pc);
		for (q = 0; q < np; q++, total++)
			if (!pc[q].upper || cs->last_comma[pc[q].col] ||
			    cs->last_hyphen[pc[q].col])
				return 0;
	}
	return total >= 2;
}

/*
 * The level lv[0..n) (lines side by side) onto the table: it starts a
 * new row where one of its pieces does not go on its cell above,
 * unless another column's cell of the row reaches down past it (a
 * cell of several lines beside it).  *row is the row it went to.
 */
static void
take_level(struct pk_pdf_table *t, struct colstate *cs, struct pl **lv,
    size_t n, int *row)
{
	struct piece	 pc[PK_TABLE_COLS];
	struct pl	*own[64];
	int		 back[64];
	size_t		 k, nown = 0;
	int		 start = *row < 0, np, q, wraps = 0, r0, here = 0;
	int		 mincol = PK_TABLE_COLS;

	/* Lines whose every piece wraps from a cell above (wraps_back)
	 * go on that cell's row; the others make the level's. */
	for (k = 0; k < n; k++) {
		back[k < 64 ? k : 63] = -1;
		if (k >= 64 || *row < 0 || (np = pieces(t, lv[k], pc)) == 0)
			continue;
		r0 = wraps_back(t, cs, &pc[0], lv[k]->h);
		for (q = 1; q < np && r0 >= 0; q++)
			if (wraps_back(t, cs, &pc[q], lv[k]->h) != r0)
				r0 = -1;
		back[k] = r0;
	}
	/* Rows are the first column's: a line that wraps on beside a
	 * cell further left that starts a row is that row's. */
	for (k = 0; k < n; k++)
		if (k < 64 && back[k] < 0 && (np = pieces(t, lv[k], pc)) > 0 &&
		    pc[0].col < mincol)
			mincol = pc[0].col;
	for (k = 0; k < n && k < 64; k++)
		if (back[k] >= 0 && pieces(t, lv[k], pc) > 0 &&
		    pc[0].col > mincol)
			back[k] = -1;
	for (k = 0; k < n; k++)
		if (k >= 64 || back[k] < 0)
			own[nown++ < 64 ? nown - 1 : 63] = lv[k];
		else if (back[k] == *row)
			here = 1;
	if (nown > 64)
		nown = 64;
	/* (A cell left empty in the row, beside a line that wraps on
	 * in it, is that row's too: a number beside a title's last
	 * line.) */
	for (k = 0; k < nown && *row >= 0; k++) {
		np = pieces(t, own[k], pc);
		for (q = 0; q < np; q++)
			if (goes_on(t, cs, &pc[q], own[k]->h, *row))
				wraps |= pc[q].lower ||
				    cs->last_hyphen[pc[q].col];
			else if (!row_reaches(cs, t->ncols, pc[q].col, *row,
			    ymid(own[k])) && !(here &&
			    cs->last_row[pc[q].col] != *row))
				start = 1;
	}
	if (!start && *row >= 0 && capitals_beside(t, cs, own, nown))
		start = 1;
	if (start && *row >= 0 && second_lines(t, cs, own, nown, *row))
		start = 0;
	/*
	 * Cells of a new row beside a cell that plainly wraps (on in
	 * lower case, or after a broken word), right under the row with
	 * no space between (a label of two lines, "Närvarande" over
	 * "tjänstepersoner", beside a list a name a line): the wrapped
	 * text goes on its cell, the others start the row.  ("TOP 5.1"
	 * under "TOP 5" in a narrow column is the next row's.)
	 */
	if (start && wraps && !tight_under(t, cs, own, nown, *row))
		wraps = 0;
	if (start)
		(*row)++;
	for (k = 0; k < n; k++) {
		unsigned above = 0;
		int to = *row;

		if (k < 64 && back[k] >= 0)
			to = back[k];
		np = pieces(t, lv[k], pc);
		for (q = 0; q < np; q++) {
			/* A cell's text that wrapped beside a new row's
			 * cells goes on its own row's cell. */
			if (to == *row && start && wraps &&
			    goes_on(t, cs, &pc[q], lv[k]->h, *row - 1) &&
			    (pc[q].lower || cs->last_hyphen[pc[q].col]))
				above |= 1u << pc[q].col;
			record(cs, &pc[q], above >> pc[q].col & 1 ? *row - 1 :
			    to);
		}
		lv[k]->taken = 1;
		t->line[t->nlines] = lv[k]->ln;
		t->above[t->nlines] = above;
		t->row[t->nlines++] = to;
	}
}

/* The end of the level that starts at m[i]. */
static size_t
level_end(struct pl **m, size_t n, size_t i)
{
	size_t	 j;

	for (j = i + 1; j < n && fabsf(ymid(m[j]) - ymid(m[i])) <=
	    0.35f * m[i]->h; j++)
		;
	return j;
}

/* Rows of the table's lines m[0..n), top down. */
static int
rows(struct pk_pdf_table *t, struct pl **m, size_t n, struct colstate *cs)
{
	size_t	 i, j;
	int	 row = -1;

	for (i = 0; i < n; i = j) {
		j = level_end(m, n, i);
		take_level(t, cs, m + i, j - i, &row);
	}
	t->nrows = row + 1;
	return t->nrows;
}

/* Whether a piece of the line runs on into the next column. */
static int
straddles(const struct pk_pdf_table *t, const struct piece *pc, int np)
{
	int	 q;

	for (q = 0; q < np; q++)
		if (pc[q].col + 1 < t->ncols &&
		    pc[q].x1 > t->col[pc[q].col + 1] - 0.5f)
			return 1;
	return 0;
}

/*
 * Whether the line's pieces part where only a space between words is
 * (less than the 0.4 of the text's size a river of the columns has):
 * a word of the line happens to start at a column ("Councillor Tariq
 * Dunmore" under a "Date:" and its value), the line is not cells.
 */
static int
parts_at_word(const struct pk_pdf_table *t, const struct piece *pc, int np)
{
	int	 q;

	for (q = 1; q < np; q++)
		if (pc[q].x0 - pc[q - 1].x1 < 0.4f * t->size - BIN)
			return 1;
	return 0;
}

/*
 * Whether line b, under rows up to y1 set in type of size, starts
 * another table: set a fifth larger or smaller, with space between (a
 * page header's table in small type right over a table of the body,
 * LibreOffice's header spacing less than a line of the body's larger
 * type).
 */
static int
other_type_apart(float size, const struct pl *b, float y1)
{
	float	 big = fmaxf(size, b->size), small = fminf(size, b->size);

	return small > 0 && big > 1.2f * small &&
	    b->y0 > y1 + 0.4f * b->h;
}

/*
 * Levels right under the table whose lines keep to its columns are
 * its: a cell's line that wrapped goes on that cell; with no more
 * space above than a row's padding, a level is a row of its own (a row whose only cell is a later
 * column: a second signature under the first).  sorted: the page's
 * lines top down.
 */
static void
extend(struct pk_pdf_table *t, struct pl **sorted, size_t nall,
    struct colstate *cs)
{
	struct piece	 pc[PK_TABLE_COLS];
	struct pl	*lv[PK_TABLE_COLS * 2];
	float		 bottom = -1e9f;
	size_t		 i, j, k, n;
	int		 row = t->nrows - 1, np;

	for (i = 0; i < t->nlines; i++)
		bottom = fmaxf(bottom, t->line[i]->bbox.y1);
	for (i = 0; i < nall; i = j) {
		int ok = 1, before = row;

		j = level_end(sorted, nall, i);
		for (n = 0, k = i; k < j; k++)
			if (!sorted[k]->taken && n < PK_TABLE_COLS * 2)
				lv[n++] = sorted[k];
		if (n == 0 || ymid(lv[0]) < bottom)
			continue;
		for (k = 0; k < n && ok; k++) {
			np = pieces(t, lv[k], pc);
			/* (A page's footer right under the last row is set
			 * smaller; a heading under a header's cells, much
			 * larger.) */
			ok = lv[k]->y0 - bottom < 0.8f * lv[k]->h &&
			    lv[k]->size >= 0.92f * t->size &&
			    lv[k]->size <= 1.5f * t->size &&
			    !other_type_apart(t->size, lv[k], bottom) &&
			    lv[k]->x0 > t->col[0] - 2.0f &&
			    lv[k]->x1 < t->right + 2.0f && np > 0 &&
			    !straddles(t, pc, np) && !parts_at_word(t, pc, np);
		}
		if (!ok)
			break;
		if (lv[0]->y0 - bottom > 0.25f * lv[0]->h)
			t->padded = 1;
		take_level(t, cs, lv, n, &row);
		/* A new row needs the rows' tight spacing. */
		if (row != before && lv[0]->y0 - bottom > 0.8f * lv[0]->h) {
			t->nlines -= n;
			row = before;
			for (k = 0; k < n; k++)
				lv[k]->taken = 0;
			break;
		}
		for (k = 0; k < n; k++)
			bottom = fmaxf(bottom, lv[k]->y1);
	}
	t->nrows = row + 1;
}

/*
 * Whether the lines m[0..n) are only blocks of lines stacked each in a
 * column of its own, no more blocks than columns (a contact's lines
 * beside the document's date and type): text side by side, not cells
 * in rows.
 */
static int
stacks_only(const struct pk_pdf_table *t, struct pl **m, size_t n)
{
	fz_stext_block	*seen[PK_TABLE_COLS];
	int		 col[PK_TABLE_COLS], nseen = 0, k;
	size_t		 i;

	for (i = 0; i < n; i++) {
		int c = col_of(t, m[i]->x0);

		if (col_of(t, m[i]->x1 - 0.5f) != c)
			return 0;	/* a line across columns */
		for (k = 0; k < nseen && seen[k] != m[i]->block; k++)
			;
		if (k == nseen) {
			if (nseen == t->ncols)
				return 0;
			seen[nseen] = m[i]->block;
			col[nseen++] = c;
		} else if (col[k] != c)
			return 0;	/* a block across columns */
	}
	return 1;
}

/* The space between the level that starts at m[i] and the next, m[j]. */
static float
level_gap(struct pl **m, size_t i, size_t j)
{
	float	 bottom = -1e9f;

	for (; i < j; i++)
		bottom = fmaxf(bottom, m[i]->y1);
	return m[j]->y0 - bottom;
}

/*
 * Whether levels of the lines m[0..n) (top down) have space between:
 * a quarter of a line, or, where the type is set large and a cell's
 * padding is a smaller part of a line, levels as close as the closest
 * (within a tenth of a line: the lines of one cell) and levels more
 * than a fifth of a line further apart (the rows), each twice or more,
 * and none between.  A chart's labels are spaced as they fall.
 */
static int
padded(struct pl **m, size_t n)
{
	size_t	 i, j, nleast = 0, nmost = 0;
	float	 gap, least = 1e9f, h = 0;

	for (i = 0; i < n; i = j) {
		if ((j = level_end(m, n, i)) == n)
			break;
		gap = level_gap(m, i, j);
		if (gap > 0.25f * m[j]->h)
			return 1;
		if (gap < least) {
			least = gap;
			h = m[j]->h;
		}
	}
	for (i = 0; i < n; i = j) {
		if ((j = level_end(m, n, i)) == n)
			break;
		gap = level_gap(m, i, j);
		if (gap < least + 0.1f * h)
			nleast++;
		else if (gap > least + 0.2f * h)
			nmost++;
		else
			return 0;
	}
	return nleast >= 2 && nmost >= 2;
}

/*
 * Cells of the first column merged over several rows and centred in
 * them, as Word and LibreOffice can set a table (a party's name beside
 * its members): such a cell's line stands beside the middle row of its
 * rows (an odd number of them) or across the two middle ones (an even
 * number, then a row of its own), and the first rows have that column
 * empty.  Where the table's first row has its first cell empty, a
 * first-column line alone in its column with as many rows with that
 * column empty above as below it, to the middle of which it is set,
 * goes to the first of them: a cell merged over rows is its first
 * row's.  (A table whose first row has a first cell sets them at the
 * top, and is left as it is.)  m[0..n) are t's lines, in its order.
 */
static int
centred_cells(struct pk_pdf_table *t, struct pl **m, size_t n,
    struct colstate *cs)
{
	struct piece	 pc[PK_TABLE_COLS];
	float		*top = NULL, *bot = NULL;
	unsigned	*cols = NULL, *above = NULL;
	int		*to = NULL, *renum = NULL;
	size_t		 i, j, k;
	int		 r, q, np, nrows = t->nrows, moved = 0, rc = 0;

	if (nrows < 3 || (size_t)t->nlines != n)
		return 0;
	top = calloc((size_t)nrows, sizeof(*top));
	bot = calloc((size_t)nrows, sizeof(*bot));
	cols = calloc((size_t)nrows, sizeof(*cols));
	to = calloc(n, sizeof(*to));
	renum = calloc((size_t)nrows, sizeof(*renum));
	above = calloc(n, sizeof(*above));
	if (top == NULL || bot == NULL || cols == NULL || to == NULL ||
	    renum == NULL || above == NULL) {
		rc = -1;
		goto out;
	}
	for (r = 0; r < nrows; r++) {
		top[r] = 1e9f;
		bot[r] = -1e9f;
	}
	for (i = 0; i < n; i++) {
		r = t->row[i];
		to[i] = r;
		top[r] = fminf(top[r], m[i]->y0);
		bot[r] = fmaxf(bot[r], m[i]->y1);
		np = pieces(t, m[i], pc);
		for (q = 0; q < np; q++)
			cols[r] |= 1u << pc[q].col;
	}
	if (cols[0] & 1u)
		goto out;
	for (i = 0; i < n; i++) {
		r = t->row[i];
		np = pieces(t, m[i], pc);
		if (np != 1 || pc[0].col != 0 || r == 0 || r + 1 == nrows)
			continue;
		for (k = 1; (int)k <= r && r + (int)k < nrows; k++) {
			float mid = (top[r - k] + bot[r + k]) / 2;

			if ((cols[r - k] & 1u) || (cols[r + k] & 1u))
				break;
			if (fabsf(ymid(m[i]) - mid) < 0.3f * m[i]->h) {
				to[i] = r - (int)k;
				moved = 1;
				break;
			}
		}
	}
	if (!moved)
		goto out;
	/* Rows left empty go; the lines keep their order within a row. */
	memset(cols, 0, (size_t)nrows * sizeof(*cols));
	for (i = 0; i < n; i++)
		cols[to[i]] = 1;
	for (r = 0, q = 0; r < nrows; r++) {
		renum[r] = q;
		if (cols[r])
			q++;
	}
	for (k = 0; k < PK_TABLE_COLS; k++)
		if (cs->last_row[k] >= 0)
			cs->last_row[k] = renum[cs->last_row[k]];
	t->nrows = q;
	for (j = 0; j < n; j++)
		above[j] = to[j] == t->row[j] ? t->above[j] : 0;
	for (i = 0, k = 0; k < (size_t)nrows; k++)
		for (j = 0; j < n; j++)
			if (to[j] == (int)k) {
				struct pl *l = m[j];

				t->line[i] = l->ln;
				t->row[i] = renum[k];
				t->above[i] = above[j];
				i++;
			}
out:
	free(top);
	free(bot);
	free(cols);
	free(to);
	free(renum);
	free(above);
	return rc;
}

/* Whether line l starts with a digit (a minute's number). */
static int
numbered(const struct pl *l)
{
	fz_stext_char	*ch = l->ln->first_char;

	return ch != NULL && ch->c >= '0' && ch->c <= '9';
}

/* The table of the lines m[0..n) into t; 1 if it is one, 0, -1. */
static int
make_table(struct pl **m, size_t n, struct pl **sorted, size_t nall,
    float right, struct pk_pdf_table *t)
{
	struct colstate	 cs;
	size_t		 i, cap = nall;
	int		 nlevels = 0;
	float		 size[2] = { 0, 0 };
	struct pl	*first = NULL;

	qsort(m, n, sizeof(*m), by_top);
	for (i = 0; i < n; i++) {
		if (i == 0 || fabsf(ymid(m[i]) - ymid(m[i - 1])) >
		    0.35f * m[i]->h) {
			nlevels++;
			size[nlevels - 1 < 2 ? nlevels - 1 : 1] = m[i]->size;
		}
		/* (The second level's first line, leftmost.) */
		if (nlevels == 2 && (first == NULL || m[i]->x0 < first->x0))
			first = m[i];
	}
	if (nlevels < 2)
		return 0;
	/* Two levels, the lower set a third larger and starting with a
	 * number: a running header over a heading of a number and its
	 * title ("Cabinet  18th February 2025" over "24/35  Planning
	 * application …"), not rows. */
	if (nlevels == 2 && size[1] > 1.3f * size[0] && numbered(first))
		return 0;
	memset(t, 0, sizeof(*t));
	t->right = right;
	switch (columns(m, n, t)) {
	case -1:
		return -1;
	case 0:
	case 1:
		return 0;
	}
	t->line = calloc(cap, sizeof(*t->line));
	t->row = calloc(cap, sizeof(*t->row));
	t->above = calloc(cap, sizeof(*t->above));
	if (t->line == NULL || t->row == NULL || t->above == NULL) {
		free(t->line);
		free(t->row);
		free(t->above);
		return -1;
	}
	if (stacks_only(t, m, n))
		goto none;
	t->padded = padded(m, n);
	column_ends(t, m, n, &cs);
	if (rows(t, m, n, &cs) < 2)
		goto none;
	if (centred_cells(t, m, n, &cs) == -1) {
		free(t->line);
		free(t->row);
		free(t->above);
		return -1;
	}
	for (i = 0; i < n; i++)
		m[i]->taken = 1;
	extend(t, sorted, nall, &cs);
	return 1;
none:
	free(t->line);
	free(t->row);
	free(t->above);
	t->line = NULL;
	t->row = NULL;
	t->above = NULL;
	return 0;
}

static int
in_table(const struct pk_pdf_table *t, const fz_stext_line *ln)
{
	size_t	 i;

	for (i = 0; i < t->nlines; i++)
		if (t->line[i] == ln)
			return 1;
	return 0;
}

/*
 * Whether the text of a block that has lines in table t goes on under
 * them, or over them in a later column, outside it: lines beside a
 * paragraph (a note in the margin, a contact's name beside the date)
 * rather than cells, as a table's lines end their block or the block
 * is the cell.
 */
static int
spills(const struct pk_pdf_table *t)
{
	fz_stext_line	*ln, *x;
	fz_stext_char	*ch;
	size_t		 i;

	for (i = 0; i < t->nlines; i++) {
		ln = t->line[i];
		for (x = ln->next; x != NULL; x = x->next) {
			for (ch = x->first_char; ch != NULL && !ink(ch->c);
			    ch = ch->next)
				;
			if (ch != NULL && !in_table(t, x) &&
			    x->bbox.y0 > ln->bbox.y1 - 0.3f *
			    (ln->bbox.y1 - ln->bbox.y0))
				return 1;
		}
		/* Above: a heading over the first column may share the
		 * table's block, text over a later one is its column's. */
		for (x = ln->prev; x != NULL && ln->bbox.x0 > t->col[1] - 2.0f;
		    x = x->prev)
			if (!in_table(t, x) && x->bbox.x0 > t->col[1] - 2.0f)
				return 1;
	}
	return 0;
}

/* Lines of all[0..n) that t took are free again. */
static void
untake(const struct pk_pdf_table *t, struct pl *all, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (in_table(t, all[i].ln))
			all[i].taken = 0;
}

static int
add_table(struct pk_pdf_tables *ts, const struct pk_pdf_table *t)
{
	struct pk_pdf_table *v = realloc(ts->v, (ts->n + 1) * sizeof(*v));

	if (v == NULL)
		return -1;
	ts->v = v;
	ts->v[ts->n++] = *t;
	return 0;
}

/*
 * Where the page's text is set in columns: the gutter [*g0, *g1] that
 * three pairs of long lines side by side or more leave between them,
 * one of each pair in a block three lines high (paragraphs in columns,
 * read one after the other; a table's cells are rarely that long).  Lines on either
 * side of it are not cells of one row.  An empty gutter (*g0 > *g1)
 * where there is none.
 */
static void
gutter(const struct pl *all, size_t n, float text_width, float *g0,
    float *g1)
{
	size_t	 i, j, pairs = 0;
	float	 lo = -1e9f, hi = 1e9f;

	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++) {
			const struct pl *l = &all[i], *r = &all[j];
			float over = fminf(l->y1, r->y1) - fmaxf(l->y0, r->y0);

			if (l->x1 >= r->x0 || over < 0.5f * fminf(l->h, r->h) ||
			    l->x1 - l->x0 < 0.3f * text_width ||
			    r->x1 - r->x0 < 0.3f * text_width ||
			    (l->block_h < 2.5f * l->h &&
			    r->block_h < 2.5f * r->h))
				continue;
			lo = fmaxf(lo, l->x1);
			hi = fminf(hi, r->x0);
			pairs++;
		}
	*g0 = 1e9f;
	*g1 = -1e9f;
	if (pairs >= 3 && lo < hi) {
		*g0 = lo;
		*g1 = hi;
	}
}

/*
 * The bottom of the rows from y1 on, with the lines right under them
 * that stand in from their left edge x0 (a later cell's lines that
 * wrapped, beside nothing): lines standing alone between rows of cells
 * side by side do not end the table.
 */
static float
indented_below(struct pl **sorted, size_t n, float x0, float x1, float y1)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		struct pl *l = sorted[i];

		if (ymid(l) <= y1)
			continue;
		if (l->y0 > y1 + 0.3f * l->h || l->x0 < x0 + l->h ||
		    l->x1 > x1 + 2.0f)
			break;
		y1 = fmaxf(y1, l->y1);
	}
	return y1;
}

int
pk_pdf_tables_find(fz_stext_page *st, struct pk_pdf_tables *ts)
{
	fz_stext_block	*b;
	fz_stext_line	*ln;
	struct pl	*all = NULL, **seed = NULL, **m = NULL, **sorted = NULL;
	struct pl	**bytop = NULL;
	size_t		 n = 0, nseed = 0, cap = 0, i, j;
	float		 left = 1e9f, right = -1e9f, g0, g1;
	int		 rc = 0;

	pk_pdf_tables_free(ts);
	/*
	 * As many entries as the page has lines, up to MAX_LINES: zeroing
	 * MAX_LINES of them for every page (216 kB, mapped and unmapped
	 * each time) was 4% of pk-extract's instructions.
	 */
	for (b = st->first_block; b != NULL; b = b->next)
		if (b->type == FZ_STEXT_BLOCK_TEXT)
			for (ln = b->u.t.first_line; ln != NULL &&
			    cap < MAX_LINES; ln = ln->next)
				cap++;
	all = calloc(cap + 1, sizeof(*all));
	seed = calloc(cap + 1, sizeof(*seed));
	m = calloc(cap + 1, sizeof(*m));
	sorted = calloc(cap + 1, sizeof(*sorted));
	bytop = calloc(cap + 1, sizeof(*bytop));
	if (all == NULL || seed == NULL || m == NULL || sorted == NULL ||
	    bytop == NULL) {
		rc = -1;
		goto out;
	}
	for (b = st->first_block; b != NULL; b = b->next) {
		int nb = 0;

		if (b->type != FZ_STEXT_BLOCK_TEXT)
			continue;
		for (ln = b->u.t.first_line; ln != NULL; ln = ln->next)
			nb++;
		for (ln = b->u.t.first_line; ln != NULL; ln = ln->next) {
			if (n == MAX_LINES)
				goto out;	/* too many: no tables */
			if (ln->wmode != 0 || ln->dir.x < 0.99f)
				continue;
			memset(&all[n], 0, sizeof(all[n]));
			all[n].ln = ln;
			all[n].nblock = nb;
			all[n].block = b;
			all[n].block_h = b->bbox.y1 - b->bbox.y0;
			if (!measure(ln, &all[n]))
				continue;
			left = fminf(left, all[n].x0);
			right = fmaxf(right, all[n].x1);
			n++;
		}
	}
	/*
	 * Lines beside each other overlap in height (beside), so each
	 * line is paired only with those that start above its bottom, in
	 * order of their tops: every pair of all lines cost 6% of
	 * pk-extract.  beside is symmetric, and both passes only set
	 * flags, so the order of the pairs does not matter.
	 */
	for (i = 0; i < n; i++)
		bytop[i] = &all[i];
	qsort(bytop, n, sizeof(*bytop), by_y0);
	/*
	 * A bullet with its text beside it and nothing on its left is a
	 * list entry, not a row (a mark in a table has its row's name on
	 * its left).
	 */
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n && bytop[j]->y0 < bytop[i]->y1; j++) {
			struct pl *a = bytop[i], *b = bytop[j];

			if (!beside(a, b, right - left))
				continue;
			if (b->x1 < a->x0)
				a->has_left = 1;
			if (a->x1 < b->x0)
				b->has_left = 1;
		}
	gutter(all, n, right - left, &g0, &g1);
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n && bytop[j]->y0 < bytop[i]->y1; j++) {
			struct pl *l = bytop[i]->x0 < bytop[j]->x0 ? bytop[i] :
			    bytop[j];
			struct pl *r = l == bytop[i] ? bytop[j] : bytop[i];

			if (l->bullet && !l->has_left && l->x1 - l->x0 <
			    l->size)
				continue;
			if (g0 <= g1 && l->x1 < g1 && r->x0 > g1 - 2.0f)
				continue;	/* text in columns */
			if (beside(bytop[i], bytop[j], right - left))
				bytop[i]->seed = bytop[j]->seed = 1;
		}
	for (i = 0; i < n; i++) {
		sorted[i] = &all[i];
		if (all[i].seed)
			seed[nseed++] = &all[i];
	}
	qsort(seed, nseed, sizeof(*seed), by_top);
	qsort(sorted, n, sizeof(*sorted), by_top);
	/*
	 * A table: lines beside others, one under the next; with the
	 * lines standing alone inside their height.
	 */
	for (i = 0; i < nseed; i = j) {
		struct pk_pdf_table t;
		float y0, y1, x0, x1;
		size_t nm = 0, k;

		if (seed[i]->taken) {	/* by a table above */
			j = i + 1;
			continue;
		}
		y0 = seed[i]->y0;
		y1 = seed[i]->y1;
		x0 = seed[i]->x0;
		x1 = seed[i]->x1;

		for (j = i + 1; j < nseed; j++) {
			if (seed[j]->y0 >= y1 + 0.8f * seed[j]->h)
				y1 = indented_below(sorted, n, x0, x1, y1);
			if (seed[j]->y0 >= y1 + 0.8f * seed[j]->h ||
			    other_type_apart(seed[j - 1]->size, seed[j], y1))
				break;
			y1 = fmaxf(y1, seed[j]->y1);
			x0 = fminf(x0, seed[j]->x0);
			x1 = fmaxf(x1, seed[j]->x1);
		}
		for (k = 0; k < n; k++)
			if (!all[k].taken && ymid(&all[k]) > y0 &&
			    ymid(&all[k]) < y1 && all[k].x1 > x0 &&
			    all[k].x0 < x1)
				m[nm++] = &all[k];
		switch (make_table(m, nm, sorted, n, right, &t)) {
		case -1:
			rc = -1;
			goto out;
		case 1:
			if (spills(&t)) {
				untake(&t, all, n);
				free(t.line);
				free(t.row);
				free(t.above);
				break;
			}
			if (add_table(ts, &t) == -1) {
				free(t.line);
				free(t.row);
				free(t.above);
				rc = -1;
				goto out;
			}
		}
	}
out:
	free(all);
	free(seed);
	free(m);
	free(sorted);
	free(bytop);
	if (rc == -1)
		pk_pdf_tables_free(ts);
	return rc;
}

struct pk_pdf_table *
pk_pdf_table_of(const struct pk_pdf_tables *ts, const fz_stext_line *ln)
{
	size_t	 i;

	for (i = 0; i < ts->n; i++)
		if (in_table(&ts->v[i], ln))
			return &ts->v[i];
	return NULL;
}

void
pk_pdf_tables_free(struct pk_pdf_tables *ts)
{
	size_t	 i;

	for (i = 0; i < ts->n; i++) {
		free(ts->v[i].line);
		free(ts->v[i].row);
		free(ts->v[i].above);
	}
	free(ts->v);
	ts->v = NULL;
	ts->n = 0;
}
