/* The order a PDF page's blocks are read in: a footer drawn between the page's head and its body goes after the body, a figure's text drawn after the page's text goes where the figure stands. */
#include <math.h>
#include <stddef.h>
#include <stdlib.h>

#include "pdforder.h"

/* Points two blocks may overlap and still be one above the other. */
#define SLACK	2.0f
/* A foot starts in this lower part of the page. */
#define FOOT	0.8f
/* A head ends in this upper part. */
#define HEAD	0.2f
/* A hole in the text a figure's text is put in is this many of its
 * lines high at least; the figure has at least MIN_FIGURE blocks of
 * text, at most MAX_FIGURE are moved. */
#define HOLE		3.0f
#define MIN_FIGURE	3
#define MAX_FIGURE	256
/* A page of more blocks of text than this is not searched for figures. */
#define MAX_BLOCKS	400
/* A foot has no more blocks than this (a line each, as Word sets it). */
#define MAX_FOOT	16

int
pk_pdf_line_inked(const fz_stext_line *ln)
{
	const fz_stext_char	*ch;

	for (ch = ln->first_char; ch != NULL; ch = ch->next)
		if (ch->c != ' ' && ch->c != 0xa0)
			return 1;
	return 0;
}

static int
has_text(const fz_stext_block *b)
{
	const fz_stext_line *ln;

	if (b->type != FZ_STEXT_BLOCK_TEXT)
		return 0;
	for (ln = b->u.t.first_line; ln != NULL; ln = ln->next)
		if (pk_pdf_line_inked(ln))
			return 1;
	return 0;
}

/*
 * Whether b, a block at the page's foot, comes between the page's head
 * and its body: every block with text before it lies in the page's top
 * fifth (its head) and above the body, and the blocks after it either
 * lie above it (the body) or are at the foot beside or under it (the
 * rest of the foot), some of them the body.  (Where text before it
 * goes further down, b is the page's last text, as signatures are.)  Word draws each page's header, then its
 * footer, then the text (Chicago's SSA #21): read as drawn, the
 * footer's address splits the page's head from its first line.  A
 * footer drawn before all else (Acrobat's PDFMaker: Alameda's "Regular
 * Meeting / Alameda City Council") splits nothing and keeps its place:
 * there segmentation reads the council's name in the page's first
 * lines.
 */
static int
between_head_and_body(const fz_stext_page *st, const fz_stext_block *b)
{
	const fz_stext_block *o;
	float	 head_y1 = -1, body_y0 = 1e9f;
	int	 body = 0;

	float	 foot_y0 = st->mediabox.y0 + FOOT *
	    (st->mediabox.y1 - st->mediabox.y0);

	if (b->bbox.y0 < foot_y0)
		return 0;
	/* (The foot's lines before b are not the head.) */
	for (o = st->first_block; o != b; o = o->next)
		if (has_text(o) && o->bbox.y0 < foot_y0 &&
		    o->bbox.y1 > head_y1)
			head_y1 = o->bbox.y1;
	if (head_y1 < 0 || head_y1 > st->mediabox.y0 + HEAD *
	    (st->mediabox.y1 - st->mediabox.y0))
		return 0;
	for (o = b->next; o != NULL; o = o->next) {
		if (!has_text(o))
			continue;
		if (o->bbox.y0 >= b->bbox.y0 - SLACK)
			continue;	/* the foot's next line */
		if (o->bbox.y1 > b->bbox.y0 + SLACK)
			return 0;	/* beside it, going on above */
		body = 1;
		if (o->bbox.y0 < body_y0)
			body_y0 = o->bbox.y0;
	}
	return body && head_y1 <= body_y0 + SLACK;
}

static void
unlink_block(fz_stext_page *st, fz_stext_block *b)
{
	if (b->prev != NULL)
		b->prev->next = b->next;
	else
		st->first_block = b->next;
	if (b->next != NULL)
		b->next->prev = b->prev;
	else
		st->last_block = b->prev;
	b->prev = b->next = NULL;
}

int
pk_pdf_order_foot(fz_stext_page *st)
{
	fz_stext_block	*b, *foot[MAX_FOOT];
	int		 i, n = 0;

	/* Judged on the page as drawn, then moved together, in order. */
	for (b = st->first_block; b != NULL && n < MAX_FOOT; b = b->next)
		if (has_text(b) && between_head_and_body(st, b))
			foot[n++] = b;
	for (i = 0; i < n; i++) {
		unlink_block(st, foot[i]);
		foot[i]->prev = st->last_block;
		if (st->last_block != NULL)
			st->last_block->next = foot[i];
		else
			st->first_block = foot[i];
		st->last_block = foot[i];
	}
	return n;
}

/* Whether a and b share some of the page's width. */
static int
x_overlap(fz_rect a, fz_rect b)
{
	return a.x0 < b.x1 && b.x0 < a.x1;
}

/* A block's place for ordering a figure's text: its row, then x. */
static int
by_row(const void *pa, const void *pb)
{
	const fz_stext_block *a = *(fz_stext_block *const *)pa;
	const fz_stext_block *b = *(fz_stext_block *const *)pb;

	if (fabsf(a->bbox.y0 - b->bbox.y0) > SLACK)
		return (a->bbox.y0 > b->bbox.y0) - (a->bbox.y0 < b->bbox.y0);
	return (a->bbox.x0 > b->bbox.x0) - (a->bbox.x0 < b->bbox.x0);
}

/*
 * The block of text before which b lies in a hole of the page's text
 * drawn so far (the blocks from first up to b): p and n, one after the
 * other there, p above b and n under it, no other block reaching into
 * the space between them, which is at least HOLE of b's lines high.
 * *prev is p.  NULL when there is none.
 */
static fz_stext_block *
hole_for(fz_stext_page *st, fz_stext_block *b, fz_stext_block **prev)
{
	fz_stext_block	*p, *n, *o;
	fz_rect		 r = b->bbox;

	for (p = st->first_block; p != NULL && p != b; p = p->next) {
		if (!has_text(p))
			continue;
		for (n = p->next; n != NULL && n != b && !has_text(n);
		    n = n->next)
			;
		if (n == NULL || n == b)
			break;
		if (p->bbox.y1 > r.y0 + SLACK || n->bbox.y0 < r.y1 - SLACK ||
		    n->bbox.y0 - p->bbox.y1 < HOLE * (b->bbox.y1 - b->bbox.y0))
			continue;
		for (o = st->first_block; o != b; o = o->next)
			if (has_text(o) && o != p && o != n &&
			    o->bbox.y1 > p->bbox.y1 + SLACK &&
			    o->bbox.y0 < n->bbox.y0 - SLACK)
				break;
		if (o != b)
			continue;
		*prev = p;
		return n;
	}
	return NULL;
}

int
pk_pdf_order_figures(fz_stext_page *st)
{
	fz_stext_block	*b, *p, *n, *after, *last, *run[MAX_FIGURE];
	int		 moved = 0, nrun, i, nblocks = 0;

	/* Each block is tried against each pair of blocks before it: a
	 * damaged page of thousands of blocks took seconds (fuzzing); a
	 * page of minutes, charts and all, has far fewer. */
	for (b = st->first_block; b != NULL; b = b->next)
		if (has_text(b) && ++nblocks > MAX_BLOCKS)
			return 0;

	for (b = st->first_block; b != NULL; b = after) {
		fz_rect r;

		after = b->next;
		if (!has_text(b) || b->prev == NULL)
			continue;
		/* Text that goes back up the page, into a hole above. */
		for (last = b->prev; last != NULL && !has_text(last);
		    last = last->prev)
			;
		if (last == NULL || b->bbox.y1 > last->bbox.y0)
			continue;
		if ((n = hole_for(st, b, &p)) == NULL)
			continue;
		/* The run of blocks drawn next that keep to that hole. */
		nrun = 0;
		for (after = b; after != NULL && nrun < MAX_FIGURE;
		    after = after->next) {
			if (!has_text(after))
				continue;
			if (after->bbox.y0 < p->bbox.y1 - SLACK ||
			    after->bbox.y1 > n->bbox.y0 + SLACK)
				break;
			run[nrun++] = after;
		}
		/* (The figure stands where the text around it does.) */
		for (i = 0, r = fz_empty_rect; i < nrun; i++)
			r = fz_union_rect(r, run[i]->bbox);
		if (nrun < MIN_FIGURE || !x_overlap(p->bbox, r) ||
		    !x_overlap(n->bbox, r))
			continue;
		qsort(run, (size_t)nrun, sizeof(*run), by_row);
		for (i = 0; i < nrun; i++)
			unlink_block(st, run[i]);
		/* (What was drawn between them, empty, stays.) */
		for (i = 0; i < nrun; i++) {
			fz_stext_block *at = i == 0 ? p : run[i - 1];

			run[i]->prev = at;
			run[i]->next = at->next;
			at->next->prev = run[i];
			at->next = run[i];
		}
		moved += nrun;
		/* (after: the first block past the run, still linked.) */
	}
	return moved;
}
