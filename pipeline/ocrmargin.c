/* Margin numbers read as a column of their own, put back (see ocrmargin.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ocrmargin.h"

/* Lines a column has at most (a page of a typewriter has about 60). */
#define COLUMN_MAX	64
/* Words a line of the column has at most ("Justeras:", a name). */
#define COLUMN_WORDS	3

/* A line of the page: its words [s, e) and the box around them. */
struct line {
	size_t	 s, e;
	int	 x0, y0, x1, y1;
};

static size_t
line_at(const struct pk_ocr_page *page, size_t s, struct line *ln)
{
	size_t	 i;

	ln->s = s;
	ln->x0 = page->words[s].x0;
	ln->y0 = page->words[s].y0;
	ln->x1 = page->words[s].x1;
	ln->y1 = page->words[s].y1;
	for (i = s + 1; i < page->nwords && !page->words[i].line_start; i++) {
		const struct pk_ocr_word *w = &page->words[i];

		ln->x0 = w->x0 < ln->x0 ? w->x0 : ln->x0;
		ln->y0 = w->y0 < ln->y0 ? w->y0 : ln->y0;
		ln->x1 = w->x1 > ln->x1 ? w->x1 : ln->x1;
		ln->y1 = w->y1 > ln->y1 ? w->y1 : ln->y1;
	}
	ln->e = i;
	return i;
}

/*
 * Whether a line's words say a number and nothing else: "7." "12)"
 * "§ 7." "§7:", the sign perhaps read as S or $ (the sign is read again
 * later, ocr.c).
 */
static int
number_line(const struct pk_ocr_page *page, const struct line *ln)
{
	char		 buf[32];
	const char	*p;
	size_t		 i, len = 0, digits;

	if (ln->e - ln->s > 2)
		return 0;
	for (i = ln->s; i < ln->e; i++) {
		size_t n = strlen(page->words[i].text);

		if (len + n >= sizeof(buf))
			return 0;
		memcpy(buf + len, page->words[i].text, n);
		len += n;
	}
	buf[len] = '\0';
	p = buf;
	if (strncmp(p, "\302\247", 2) == 0)
		p += 2;
	else if (*p == 'S' || *p == '$')
		p++;
	for (digits = 0; p[digits] >= '0' && p[digits] <= '9'; digits++)
		;
	if (digits == 0 || digits > 3)
		return 0;
	p += digits;
	if (*p == '.' || *p == ':' || *p == ')')
		p++;
	return *p == '\0';
}

/*
 * Whether a line of page outside the words [s, e) shares a height with
 * ln (a number in a row with its title, "§ 7. Meddelanden.", which the
 * layout after OCR reads as a table's row, pdfocr.c).  Where right is
 * not NULL, the start of the nearest such line that starts right of ln
 * by half its height or more (its title beside it) into *right, else
 * -1.
 */
static int
beside(const struct pk_ocr_page *page, size_t s, size_t e,
    const struct line *ln, int *right)
{
	struct line	 o;
	size_t		 at;
	int		 found = 0;

	if (right != NULL)
		*right = -1;
	for (at = 0; at < page->nwords; ) {
		size_t after = line_at(page, at, &o);

		if ((at < s || at >= e) &&
		    pk_ocr_same_height(ln->y0, ln->y1, o.y0, o.y1)) {
			found = 1;
			if (right != NULL &&
			    o.x0 >= ln->x1 + (ln->y1 - ln->y0) / 2 &&
			    (*right < 0 || o.x0 < *right))
				*right = o.x0;
		}
		at = after;
	}
	return found;
}

/*
 * Whether a word of [s, e) overlaps a word of page outside it, as
 * pk_ocr_insert_line would find it read before and drop it: such a
 * column stays where it was read, whole.
 */
static int
overlaps_other(const struct pk_ocr_page *page, size_t s, size_t e)
{
	size_t	 i, j;

	for (i = s; i < e; i++)
		for (j = 0; j < page->nwords; j++)
			if ((j < s || j >= e) &&
			    pk_ocr_same_place(&page->words[i], &page->words[j]))
				return 1;
	return 0;
}

/*
 * Whether the k lines col, the words [s, e) of page, are a column the
 * engine read before the text beside it: the line after them starts
 * higher up than their last, and right of where each of them starts
 * and of where each number ends; no number shares a height with a line
 * outside them, and no word of theirs overlaps a word outside them.
 */
static int
column(const struct pk_ocr_page *page, size_t s, size_t e,
    const struct line *col, size_t k)
{
	struct line	 next;
	size_t		 i;

	line_at(page, e, &next);
	if (next.y0 >= col[k - 1].y0 || overlaps_other(page, s, e))
		return 0;
	for (i = 0; i < k; i++) {
		int number = number_line(page, &col[i]);

		if (col[i].x0 >= next.x0 || (number && (col[i].x1 >= next.x0 ||
		    beside(page, s, e, &col[i], NULL))))
			return 0;
	}
	return 1;
}

/* Take the words [s, e) out of page into a new array of e - s. */
static struct pk_ocr_word *
take_out(struct pk_ocr_page *page, size_t s, size_t e)
{
	struct pk_ocr_word	*w;

	if ((w = malloc((e - s) * sizeof(*w))) == NULL)
		return NULL;
	memcpy(w, page->words + s, (e - s) * sizeof(*w));
	memmove(page->words + s, page->words + e,
	    (page->nwords - e) * sizeof(*w));
	page->nwords -= e - s;
	/* What followed the taken line starts a line, as it did. */
	if (s < page->nwords)
		page->words[s].line_start = 1;
	return w;
}

/*
 * Whether ln, read between prev and next, which follow each other down
 * the page, is a margin's line the engine read out of its place: short,
 * lower than next and left of where next starts, at a typewriter's
 * indent (a second column starts further right), beside no other line
 * and overlapping none.  "Justeras:" at the foot of the page, in the
 * margin with the item's heading above it, read as one block with the
 * heading and so before the item's text.
 */
static int
strayed(const struct pk_ocr_page *page, const struct line *prev,
    const struct line *ln, const struct line *next)
{
	return ln->e - ln->s <= COLUMN_WORDS && prev->y0 < next->y0 &&
	    next->y1 <= ln->y0 && ln->x1 < next->x0 &&
	    next->x0 < page->width * 2 / 5 &&
	    !beside(page, ln->s, ln->e, ln, NULL) &&
	    !overlaps_other(page, ln->s, ln->e);
}

/* The line ln taken out of page and put back by its height: 0, or -1
 * when memory ran out (its words then gone with it). */
static int
put_back(struct pk_ocr_page *page, const struct line *ln)
{
	struct pk_ocr_word	*w;
	int			 rc;

	if ((w = take_out(page, ln->s, ln->e)) == NULL)
		return -1;
	rc = pk_ocr_insert_line(page, w, ln->e - ln->s);
	free(w);
	return rc;
}

int
pk_ocr_margin_column(struct pk_ocr_page *page)
{
	struct line		 col[COLUMN_MAX], next, prev, ln;
	struct pk_ocr_word	*taken[COLUMN_MAX] = { NULL };
	size_t			 s, e, k = 0, i, lines = 0, numbers, after;
	int			 moved = 0, have_prev = 0;

	memset(&prev, 0, sizeof(prev));

	/* Each column moved goes below where it stood: a page's lines
	 * bound how often that can be. */
	for (s = 0; s < page->nwords; lines++)
		s = line_at(page, s, &next);

	for (s = 0; s < page->nwords && (size_t)moved < lines; ) {
		/* The lines from s one below the other, short, the first a
		 * number. */
		for (k = numbers = 0, e = s; e < page->nwords &&
		    k < COLUMN_MAX; k++) {
			struct line ln;
			size_t after = line_at(page, e, &ln);
			int number = number_line(page, &ln);

			if ((k > 0 && ln.y0 < col[k - 1].y1) ||
			    ln.e - ln.s > COLUMN_WORDS || (k == 0 && !number))
				break;
			col[k] = ln;
			numbers += number;
			e = after;
		}
		if (numbers < 2 || e >= page->nwords || !column(page, s, e,
		    col, k)) {
			/* Not a column: a line astray, or on from the next. */
			after = line_at(page, s, &ln);
			if (after < page->nwords)
				line_at(page, after, &next);
			if (have_prev && after < page->nwords &&
			    strayed(page, &prev, &ln, &next)) {
				if (put_back(page, &ln) == -1)
					return -1;
				moved++;
				continue;
			}
			prev = ln;
			have_prev = 1;
			s = after;
			continue;
		}
		/* The column's lines out (the last first, so that the
		 * others stay where they are), then each back by its
		 * height. */
		for (i = k; i-- > 0; )
			if ((taken[i] = take_out(page, col[i].s,
			    col[i].e)) == NULL)
				goto fail;
		for (i = 0; i < k; i++) {
			int rc = pk_ocr_insert_line(page, taken[i],
			    col[i].e - col[i].s);

			free(taken[i]);
			taken[i] = NULL;
			if (rc == -1)
				goto fail;
			moved++;
		}
		/* On from where the column stood, which the text after it
		 * now fills (the lines put back are not looked at again
		 * there: they went below where they stood, or beside). */
		have_prev = 0;
		if (s < page->nwords)
			s = line_at(page, s, &next);
	}
	return moved;
fail:
	/* The lines not put back: their words go with them. */
	for (i = 0; i < k; i++) {
		size_t j;

		for (j = 0; taken[i] != NULL && j < col[i].e - col[i].s; j++)
			free(taken[i][j].text);
		free(taken[i]);
	}
	return -1;
}

int
pk_ocr_margin_head(const char *s)
{
	size_t	 digits;

	if (strncmp(s, "\302\247", 2) != 0)
		return 0;
	s += 2;
	if (*s == ' ')
		s++;
	for (digits = 0; s[digits] >= '0' && s[digits] <= '9'; digits++)
		;
	if (digits == 0 || digits > 3)
		return 0;
	s += digits;
	if (*s == '.' || *s == ':')
		s++;
	return *s == '\0';
}

/* A guess's words: how many, and their bytes at most. */
#define GUESS_WORDS	2
#define GUESS_BYTES	10

size_t
pk_ocr_margin_guesses(const struct pk_ocr_page *page, size_t *first,
    struct pk_ocr_box *box, size_t max)
{
	struct line	 ln, next;
	char		 text[GUESS_BYTES + 2];
	size_t		 s, e, i, len, n = 0;
	int		 title, alone;

	for (s = 0; s < page->nwords && n < max; s = e) {
		e = line_at(page, s, &ln);
		if (ln.e - ln.s > GUESS_WORDS)
			continue;
		for (i = s, len = 0; i < e; i++)
			len += strlen(page->words[i].text) + 1;
		if (len > GUESS_BYTES + 1)
			continue;
		for (i = s, len = 0; i < e; i++)
			len += (size_t)snprintf(text + len, sizeof(text) - len,
			    "%s%s", i > s ? " " : "", page->words[i].text);
		if (pk_ocr_margin_head(text))
			continue;
		/* A title right of it; else nothing beside it, and the text
		 * after it indented past it by half a letter's height or
		 * more (a number at the foot of a page has its text on the
		 * next). */
		if (e < page->nwords)
			line_at(page, e, &next);
		else
			next.x0 = ln.x1 + 2 * (ln.y1 - ln.y0);
		alone = !beside(page, s, e, &ln, &title);
		if (title >= 0)
			next.x0 = title;
		else if (!alone || next.x0 < ln.x1 + (ln.y1 - ln.y0) / 2)
			continue;
		first[n] = s;
		box[n].x0 = ln.x0 - (ln.y1 - ln.y0) / 4;
		box[n].y0 = ln.y0 - (ln.y1 - ln.y0) / 4;
		box[n].x1 = next.x0 - (ln.y1 - ln.y0) / 2;
		box[n].y1 = ln.y1 + (ln.y1 - ln.y0) / 4;
		if (box[n].x0 < 0)
			box[n].x0 = 0;
		if (box[n].y0 < 0)
			box[n].y0 = 0;
		if (box[n].x1 > page->width)
			box[n].x1 = page->width;
		if (box[n].y1 > page->height)
			box[n].y1 = page->height;
		if (box[n].x1 > box[n].x0 && box[n].y1 > box[n].y0)
			n++;
	}
	return n;
}
