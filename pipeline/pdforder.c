/* The order a PDF page's blocks are read in: a footer drawn between the page's head and its body goes after the body. */
#include <stddef.h>

#include "pdforder.h"

/* Points two blocks may overlap and still be one above the other. */
#define SLACK	2.0f
/* A foot starts in this lower part of the page. */
#define FOOT	0.8f
/* A head ends in this upper part. */
#define HEAD	0.2f
/* A foot has no more blocks than this (a line each, as Word sets it). */
#define MAX_FOOT	16

static int
has_text(const fz_stext_block *b)
{
	const fz_stext_line *ln;
	const fz_stext_char *ch;

	if (b->type != FZ_STEXT_BLOCK_TEXT)
		return 0;
	for (ln = b->u.t.first_line; ln != NULL; ln = ln->next)
		for (ch = ln->first_char; ch != NULL; ch = ch->next)
			if (ch->c != ' ' && ch->c != 0xa0)
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
