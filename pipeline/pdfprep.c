/*
 * The part of a PDF page's layout that reads that page alone: done by
 * whichever thread made the page's structured text (pdfahead.c), so the
 * thread that lays out the pages in order has less to do.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pdforder.h"
#include "pdfprep.h"
#include "pdfsplit.h"

int
pk_pdf_cmpfloat(const void *a, const void *b)
{
	float x = *(const float *)a, y = *(const float *)b;

	return (x > y) - (x < y);
}

/*
 * The page's usual space between one line of a paragraph and the next,
 * lines of one height in one column: from the lines MuPDF put in one
 * block, where it did (their median); where every line is a block of
 * its own (Word's PDFs), the first quarter of the spaces between
 * blocks, since most of those are between the lines of a paragraph and
 * the wider ones between paragraphs.  -1 with fewer than four.
 */
static float
usual_line_gap(fz_stext_page *st)
{
	fz_stext_block	*b;
	fz_stext_line	*ln, *prev = NULL;
	float		 in[256], across[256], g = -1;
	size_t		 nin = 0, nacross = 0;

	for (b = st->first_block; b != NULL; b = b->next) {
		if (b->type != FZ_STEXT_BLOCK_TEXT)
			continue;
		for (ln = b->u.t.first_line; ln != NULL; ln = ln->next) {
			if (prev != NULL) {
				float h = prev->bbox.y1 - prev->bbox.y0;
				float d = ln->bbox.y0 - prev->bbox.y1;

				/* (Lines set solid touch: a rounding's
				 * overlap is no space, not a line left
				 * out.) */
				if (d < 0 && d > -0.05f * h)
					d = 0;
				if (fabsf(ln->bbox.x0 - prev->bbox.x0) < 20.0f &&
				    fabsf(ln->bbox.y1 - ln->bbox.y0 - h) <
				    0.15f * h && d >= 0 && d < 1.2f * h) {
					if (ln != b->u.t.first_line) {
						if (nin < 256)
							in[nin++] = d;
					} else if (nacross < 256)
						across[nacross++] = d;
				}
			}
			prev = ln;
		}
	}
	if (nin >= 4) {
		qsort(in, nin, sizeof(*in), pk_pdf_cmpfloat);
		g = in[nin / 2];
	} else if (nacross >= 4) {
		qsort(across, nacross, sizeof(*across), pk_pdf_cmpfloat);
		g = across[nacross / 4];
	}
	return g;
}

/* How far right b's lines with text reach; 0 where none has text. */
static float
inked_x1(const fz_stext_block *b)
{
	const fz_stext_line	*ln;
	float			 x1 = 0;

	for (ln = b->u.t.first_line; ln != NULL; ln = ln->next)
		if (pk_pdf_line_inked(ln) && ln->bbox.x1 > x1)
			x1 = ln->bbox.x1;
	return x1;
}

/*
 * Whether b is a block of the text: its lines with text are wider than
 * a quarter of it (not a label boxed beside it, nor a page's number
 * whose block blank lines make wide: Riksbank 2013's "6 [25]").
 */
static int
text_block(const fz_stext_block *b, float left, float right)
{
	const fz_stext_line	*ln;
	float			 x0 = 1e9f, x1 = 0;

	if (b->type != FZ_STEXT_BLOCK_TEXT)
		return 0;
	for (ln = b->u.t.first_line; ln != NULL; ln = ln->next)
		if (pk_pdf_line_inked(ln)) {
			if (ln->bbox.x0 < x0)
				x0 = ln->bbox.x0;
			if (ln->bbox.x1 > x1)
				x1 = ln->bbox.x1;
		}
	return x1 - x0 > 0.25f * (right - left);
}

/*
 * Whether ln, of block b, wrapped: another line of its block is under
 * it, or, with next_block, the block's last, the next block's first line
 * is, from the same left edge (Word makes each line of a paragraph a
 * block).
 */
static int
wrapped_line(const fz_stext_block *b, const fz_stext_line *ln,
    int next_block)
{
	float			 h = ln->bbox.y1 - ln->bbox.y0;
	const fz_stext_line	*under = ln->next;

	if (under == NULL && next_block && b->next != NULL &&
	    b->next->type == FZ_STEXT_BLOCK_TEXT) {
		under = b->next->u.t.first_line;
		if (under != NULL && (fabsf(under->bbox.x0 - ln->bbox.x0) >
		    1.0f || under->bbox.y0 > ln->bbox.y1 + h))
			under = NULL;
	}
	return under != NULL && under->bbox.y0 > ln->bbox.y0 + 0.5f * h;
}

/*
 * Of a page's wrapped lines (with across, counting a line a block with
 * the next right under it), how many end within a twentieth of the
 * text's width of x: more than a few say the text's edge is there.
 * Counted across blocks, a third of them at least must (a form's page
 * of short lines has a few ending near its longest).
 */
static int
edge_at(fz_stext_page *st, float left, float right, float x, int across)
{
	fz_stext_block	*b;
	fz_stext_line	*ln;
	int		 near = 0, all = 0;

	for (b = st->first_block; b != NULL; b = b->next)
		if (text_block(b, left, right))
			for (ln = b->u.t.first_line; ln != NULL; ln = ln->next)
				if (wrapped_line(b, ln, across)) {
					all++;
					near += ln->bbox.x1 >=
					    x - 0.05f * (x - left);
				}
	return near >= 3 && (!across || 3 * near >= all);
}

/*
 * Where the page's full lines end: the furthest a line that wrapped
 * reaches (one with another line of its block under it), where that is
 * a little short of the blocks' extent right.  A part of a line set at
 * a tab stop beyond the text's margin ("AGC/15/87 <tab> Apologies" in a
 * narrower text) reaches further than any line of running text, and
 * would make every line short enough to have ended its paragraph; so
 * would a label wrapped in a narrow box beside the text, a quarter of
 * its width or less ("Samordningsgr" over "uppen"), whose lines are
 * not counted.  Where only the narrow boxes reach further, well
 * beyond, and three wrapped lines and more end near the furthest, the
 * right margin is wider than the left and the edge is there.  Where
 * each line is a block of its own (Word's), a line with the next
 * block's right under it wrapped, and a page's number in the margin is
 * narrow box enough to be passed however near (Riksbank 2013's "6
 * [25]"; blank lines made its block wide).  Else, where the left
 * margin mirrored reaches further, that is the edge.
 */
static float
full_right(fz_stext_page *st, float left, float right)
{
	float		 mirror = st->mediabox.x1 - (left - st->mediabox.x0);
	fz_stext_block	*b;
	fz_stext_line	*ln;
	float		 wrapped = 0, across = 0, wide = 0;
	int		 nwrapped = 0;

	for (b = st->first_block; b != NULL; b = b->next) {
		if (!text_block(b, left, right))
			continue;
		if (inked_x1(b) > wide)
			wide = inked_x1(b);
		for (ln = b->u.t.first_line; ln != NULL; ln = ln->next) {
			if (wrapped_line(b, ln, 0)) {
				nwrapped++;
				if (ln->bbox.x1 > wrapped)
					wrapped = ln->bbox.x1;
			}
			if (wrapped_line(b, ln, 1) && ln->bbox.x1 > across)
				across = ln->bbox.x1;
		}
	}
	/* (Only the narrow boxes reach further: no wider block does.) */
	if (nwrapped >= 3 && wrapped < right - 0.15f * (right - left) &&
	    wide <= wrapped + 1 && edge_at(st, left, right, wrapped, 0))
		return wrapped;
	if (nwrapped < 3 && across > 0 && across < right &&
	    wide <= across + 1 && edge_at(st, left, right, across, 1))
		return across;
	/* Margins alike on both sides say as much where no wrapped line
	 * came that close. */
	if (mirror > wrapped)
		wrapped = mirror;
	if (wrapped < right &&
	    wrapped > right - 0.15f * (right - left))
		return wrapped;
	return right;
}

void
pk_pdf_prep(fz_context *ctx, fz_stext_page *st, int text_layer,
    struct pk_pdf_prep *p)
{
	fz_stext_block	*b;

	memset(p, 0, sizeof(*p));
	/* (Before the blocks move: the gaps are MuPDF's lines'.) */
	p->line_gap = usual_line_gap(st);
	if (text_layer) {
		pk_pdf_order_foot(st);
		pk_pdf_order_figures(st);
		pk_pdf_split_cells(ctx, st);
	}
	p->right = 0;
	p->left = 1e9f;
	for (b = st->first_block; b != NULL; b = b->next)
		if (b->type == FZ_STEXT_BLOCK_TEXT) {
			if (b->bbox.x1 > p->right)
				p->right = b->bbox.x1;
			if (b->bbox.x0 < p->left)
				p->left = b->bbox.x0;
		}
	p->short_page = p->right - p->left < 0.5f * (st->mediabox.x1 -
	    st->mediabox.x0);
	p->right = full_right(st, p->left, p->right);
	if (text_layer && pk_pdf_tables_find(st, &p->tables) == -1) {
		pk_pdf_tables_free(&p->tables);
		fz_throw(ctx, FZ_ERROR_MEMORY, "memory");
	}
	/* A page of short lines has no columns of running text either:
	 * its lines keep the edge above, not one of their own (Riksbank
	 * 2013's colophon, an address a line). */
	if (text_layer && !p->short_page) {
		pk_pdf_columns_find(st, NULL, &p->columns);
		pk_pdf_columns_untable(&p->columns, &p->tables);
		pk_pdf_columns_find(st, &p->tables, &p->columns);
	}
	p->done = 1;
}

void
pk_pdf_prep_free(struct pk_pdf_prep *p)
{
	pk_pdf_tables_free(&p->tables);
	p->done = 0;
}
