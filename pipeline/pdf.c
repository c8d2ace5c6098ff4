/* PDF to paged text with MuPDF's structured text: blocks to paragraphs, side-by-side cells to rows, fonts to emphasis. */
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <mupdf/fitz.h>
#include <mupdf/pdf.h>
#include <utf8proc.h>

#include "extract.h"
#include "glyphcount.h"
#include "ocrlang.h"
#include "pdfahead.h"
#include "pdflayer.h"
#include "pdfocr.h"
#include "pdfcolumns.h"
#include "pdflist.h"
#include "pdfprep.h"
#include "pdftable.h"
#include "pdfwords.h"

/* A paragraph (or a table cell) assembled from a block's lines. */
#define MAX_CELLS	8
/* A gap wider than this many font sizes separates table cells. */
#define CELL_GAP	0.6f
/* MuPDF splits a line where a gap is wider than spacing: from this many
 * font heights on, the next line on the same baseline is a new cell. */
#define BESIDE_GAP	0.5f
/* The longest label in bold a paragraph of label and value starts with. */
#define BOLD_LABEL_MAX	40

static int	bold_label(const char *, size_t);
static int	wholly_bold(const char *, size_t);

/*
 * A paragraph assembled from a block's lines, or a table row: then each
 * cell has its text, where it starts, and where its last line ended.
 */
struct para {
	struct pk_buf	 text;		/* cell 0, or the paragraph */
	struct pk_buf	 cell[MAX_CELLS];	/* cells 1.. */
	float		 cell_x[MAX_CELLS];
	float		 cell_x1[MAX_CELLS];	/* end of the cell's last line */
	float		 cell_y1[MAX_CELLS];
	int		 ncells;
	float		 x0, x1, y0, y1;
	float		 baseline;	/* of its first line */
	int		 nlines;
	int		 table;		/* text holds a table's rows */
};

static struct pk_buf *
cell_buf(struct para *p, int k)
{
	return k == 0 ? &p->text : &p->cell[k];
}

struct page_paras {
	struct para	*v;
	size_t		 n, cap;
	float		 cols[MAX_CELLS];	/* the last table's columns */
	int		 ncols;
	float		 table_y1;		/* where its last row ends */
	float		 slack;			/* a space's width, where line
						 * ends are only known to the
						 * ink (OCR), else 0 */
	float		 line_gap;		/* the page's usual space
						 * between lines, or -1 */
	struct pk_pdf_tables tables;		/* found from the lines'
						 * places (pdftable.c) */
	float		 page_h;		/* the page's height */
	float		 foot_col[PK_TABLE_COLS];	/* the columns of a
						 * table the page before
						 * ended in, at its foot */
	int		 foot_ncols;		/* (0: none) */
	float		 foot_size;		/* its text's size */
	float		 last_col[PK_TABLE_COLS];	/* this page's last
						 * table so far */
	int		 last_ncols;
	float		 last_y1;		/* where it ends */
	float		 last_size;
	int		 sizes_vary;		/* OCR's text: each word's
						 * size a guess */
	float		 line_size;		/* the size of the last line
						 * laid out (its largest
						 * character's), or 0 where
						 * sizes say nothing (OCR) */
	fz_stext_block	*blocks;		/* the page's first block */
	struct pk_pdf_columns columns;		/* its columns of text
						 * (pdfcolumns.c) */
};

static void
utf8(struct pk_pagedout *po, int c, int bold, int italic)
{
	char	 buf[8];
	int	 n = 0;

	/* A font's map may give what is no Unicode scalar: U+FFFD. */
	if (c < 0 || (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff)
		c = 0xfffd;
	if (c < 0x80)
		buf[n++] = (char)c;
	else if (c < 0x800) {
		buf[n++] = (char)(0xc0 | c >> 6);
		buf[n++] = (char)(0x80 | (c & 0x3f));
	} else if (c < 0x10000) {
		buf[n++] = (char)(0xe0 | c >> 12);
		buf[n++] = (char)(0x80 | (c >> 6 & 0x3f));
		buf[n++] = (char)(0x80 | (c & 0x3f));
	} else {
		buf[n++] = (char)(0xf0 | c >> 18);
		buf[n++] = (char)(0x80 | (c >> 12 & 0x3f));
		buf[n++] = (char)(0x80 | (c >> 6 & 0x3f));
		buf[n++] = (char)(0x80 | (c & 0x3f));
	}
	pk_po_text(po, buf, (size_t)n, bold, italic);
}


/*
 * A list's bullet as word processors set it: Unicode's, or the Symbol
 * and Wingdings fonts' private-use ones (Word's U+F0B7), which no
 * reader knows as a bullet.
 */
static int
bullet_glyph(int c)
{
	return c == 0x2022 || c == 0x2023 || c == 0x2043 || c == 0x25aa ||
	    c == 0x25a0 || c == 0x25cf || c == 0x25e6 || c == 0xf0b7 ||
	    c == 0xf0a7 || c == 0xf0a8 || c == 0xf0d8 || c == 0xf076 ||
	    c == 0xf06e || c == 0xf0fa;
}

/* Whether b holds one bullet and nothing else ("o" counts). */
static int
lone_bullet(const struct pk_buf *b)
{
	const unsigned char *s = (const unsigned char *)b->data;
	int	 c;

	if (b->len == 1)
		return s[0] == 'o';
	if (b->len == 3 && (s[0] & 0xf0) == 0xe0) {
		c = (s[0] & 0x0f) << 12 | (s[1] & 0x3f) << 6 | (s[2] & 0x3f);
		return bullet_glyph(c);
	}
	return 0;
}

/* Whether name ends in word, or in word and then one of also. */
static int
ends_in(const char *name, const char *word, const char *const *also)
{
	size_t	 n = strlen(name), w = strlen(word), a;

	if (n > w && strcmp(name + n - w, word) == 0)
		return 1;
	for (; also != NULL && *also != NULL; also++) {
		a = strlen(*also);
		if (n > w + a && strcmp(name + n - a, *also) == 0 &&
		    strncmp(name + n - a - w, word, w) == 0)
			return 1;
	}
	return 0;
}

/*
 * Bold (what 0) or italic (1): the font's flags, or its name where the
 * flags say nothing (Word embeds Calibri-Italic without the flag).  A
 * style is read after the family ("Arial-BoldMT", "Calibri,Bold"), or
 * glued to its end as LibreOffice names URW's faces ("URWBookmanDemi",
 * "NimbusSansNarrowBold", "C059Italic"); a family's own name
 * ("Blackadder") says nothing.
 */
static int
font_is(fz_context *ctx, fz_font *font, int what)
{
	static const char *const bold[] = { "Bold", "Black", "Heavy", "Demi",
	    NULL };
	static const char *const slant[] = { "Italic", "Oblique", NULL };
	const char *const *words = what == 0 ? bold : slant;
	const char	*name, *style;
	size_t		 i;

	if (font == NULL)
		return 0;
	if (what == 0 ? fz_font_is_bold(ctx, font) :
	    fz_font_is_italic(ctx, font))
		return 1;
	name = fz_font_name(ctx, font);
	if (name == NULL)
		return 0;
	if ((style = strchr(name, '-')) == NULL)
		style = strchr(name, ',');
	for (i = 0; words[i] != NULL; i++)
		/* (Glued: the style last, or bold and then italic.) */
		if (style != NULL ? strstr(style, words[i]) != NULL :
		    ends_in(name, words[i], what == 0 ? slant : NULL))
			return 1;
	return 0;
}

/*
 * A glyph set slanted by the text matrix: a word processor's italic
 * for a font that has none (Word does it with Gisha).  Only on a level
 * line: turned text has turned boxes.
 */
static int
slanted(const fz_stext_char *ch)
{
	float	 h = ch->quad.ll.y - ch->quad.ul.y;

	return h > 0 && (ch->quad.ul.x - ch->quad.ll.x) / h > 0.15f;
}

/* The first character after ch that is not a space, or NULL. */
static fz_stext_char *
next_ink(fz_stext_char *ch)
{
	for (ch = ch->next; ch != NULL && ch->c == ' '; ch = ch->next)
		;
	return ch;
}

static int
is_lower(int c)
{
	return (c >= 'a' && c <= 'z') || c == 0xe5 || c == 0xe4 || c == 0xf6 ||
	    (c >= 0xdf && c <= 0xff && c != 0xf7);
}

static int
is_upper(int c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 0xc0 && c <= 0xde && c != 0xd7);
}

static int
is_letter(int c)
{
	return is_lower(c) || (c >= 'A' && c <= 'Z') ||
	    (c >= 0xc0 && c <= 0xde && c != 0xd7);
}

/* The first word of a line, as code points, up to n. */
static size_t
first_word(fz_stext_line *ln, int *w, size_t n)
{
	fz_stext_char	*ch;
	size_t		 k = 0;

	for (ch = ln->first_char; ch != NULL && k < n; ch = ch->next) {
		if (ch->c == ' ')
			break;
		w[k++] = ch->c;
	}
	return k;
}

/*
 * A line that ends in a hyphen: 1 when it only breaks a word (the word
 * goes on in lower case), 2 when it is the word's own and the word goes
 * on (Olsson-Bergstedt, between digits "2015-05-18"), 0 when a space
 * follows it ("hälso- och").
 */
static int
hyphen_before(int before, const int *w, size_t n)
{
	static const char *const keep_before[] = { "och", "eller", "samt",
	    "resp", "respektive", "som", "and", "or", "und", "oder" };
	size_t		 i, k;

	/* A date or a span of numbers broken at its hyphen: "2015-05-"
	 * over "18", "10.00-" over "13.45". */
	if (before >= '0' && before <= '9' && n > 0 && w[0] >= '0' &&
	    w[0] <= '9')
		return 2;
	if (!is_letter(before) || n == 0 || !is_letter(w[0]))
		return 0;
	if (!is_lower(w[0]))
		return 2;
	for (i = 0; i < sizeof(keep_before) / sizeof(keep_before[0]); i++) {
		const char *s = keep_before[i];

		for (k = 0; k < n && s[k] != '\0' && w[k] == s[k]; k++)
			;
		if (s[k] == '\0' && (k == n || !is_letter(w[k])))
			return 0;
	}
	return 1;
}

static int
hyphen_breaks_word(int before, fz_stext_line *next)
{
	int		 w[16];

	if (next == NULL)
		return 0;
	return hyphen_before(before, w, first_word(next, w, 16));
}

/*
 * Twice the line's median gap between words: a justified line stretches
 * every gap alike, a gap between cells stands out from the others.  Its
 * narrowest gap in *narrowest.
 */
static float
wide_gap(fz_stext_line *ln, size_t *ngaps, float *narrowest)
{
	fz_stext_char	*ch, *last = NULL;
	float		 gaps[128];
	size_t		 n = 0;

	for (ch = ln->first_char; ch != NULL && n < 128; ch = ch->next) {
		if (ch->c == ' ')
			continue;
		if (last != NULL && last->next != ch)
			gaps[n++] = ch->quad.ll.x - last->quad.lr.x;
		last = ch;
	}
	*ngaps = n;
	*narrowest = 0;
	if (n == 0)
		return 0;
	qsort(gaps, n, sizeof(*gaps), pk_pdf_cmpfloat);
	*narrowest = gaps[0];
	return 2.0f * gaps[n / 2];
}

/* The combining mark of a spacing accent (LaTeX sets ö as ¨ over o), or 0. */
static int
combining(int c)
{
	switch (c) {
	case 0xa8:	return 0x308;	/* ¨ */
	case 0xb4:	return 0x301;	/* ´ */
	case 0x60:	return 0x300;	/* ` */
	case 0x2da:	return 0x30a;	/* ˚ */
	case 0x2dc:	return 0x303;	/* ˜ */
	case 0x2c6:	return 0x302;	/* ˆ */
	case 0x5e:	return 0x302;	/* ^ */
	case 0x2c7:	return 0x30c;	/* ˇ */
	case 0xb8:	return 0x327;	/* ¸ */
	case 0x2d9:	return 0x307;	/* ˙ */
	}
	return 0;
}

/*
 * The letter ch with the accent set over it, composed ("o" and "¨"
 * make "ö"), where the accent stands over the letter and the two have
 * one character for them; else 0.
 */
static int
accented(const fz_stext_char *accent, const fz_stext_char *ch)
{
	utf8proc_int32_t	 cps[2];
	utf8proc_ssize_t	 n;
	float			 mid;

	if (ch == NULL || !is_letter(ch->c) || combining(accent->c) == 0)
		return 0;
	mid = (accent->quad.ll.x + accent->quad.lr.x) / 2;
	if (mid < ch->quad.ll.x - 0.5f || mid > ch->quad.lr.x + 0.5f)
		return 0;
	cps[0] = ch->c;
	cps[1] = combining(accent->c);
	n = utf8proc_normalize_utf32(cps, 2, UTF8PROC_COMPOSE |
	    UTF8PROC_STABLE);
	return n == 1 ? cps[0] : 0;
}

/*
 * Whether hy, the hyphen ending ln before a word in lower case, is the
 * word's own all the same: after a single letter or an abbreviation in
 * capitals ("e-" over "post", "HR-" over "avdelningen": hyphenation
 * leaves neither), or where the page prints the word with it elsewhere
 * ("Nej-" over "röst" beside "nej-röster").
 */
static int
hyphen_is_own(fz_stext_block *page, fz_stext_line *ln, fz_stext_char *hy)
{
	fz_stext_char	*ch, *start = ln->first_char;
	int		 w[64];
	size_t		 n = 0, caps = 0;

	for (ch = ln->first_char; ch != hy; ch = ch->next)
		if (ch->c == ' ')
			start = ch->next;
	for (ch = start; ch != hy; ch = ch->next) {
		if (n == 60)
			return 0;
		caps += is_upper(ch->c) != 0;
		w[n++] = ch->c;
	}
	if (n == 1 || (caps >= 2 && caps == n))
		return 1;
	w[n++] = '-';
	for (ch = ln->next->first_char; ch != NULL && is_letter(ch->c) &&
	    n < 64; ch = ch->next)
		w[n++] = ch->c;
	return pk_pdf_word_elsewhere(page, w, n, 0, ln, ln->next);
}

/*
 * One line as paged text (emphasis marked); *broken: it ends mid-word.
 * A wide gap between two characters is a cell boundary (a table MuPDF
 * read as one line): it becomes a TAB, and the cells' x go to cell_x.
 * So does a word past one of cols, a table's columns; carried: those
 * of a row above, which a line of text under it may only seem to fit.
 */
static int
line_text(fz_context *ctx, fz_stext_block *page, fz_stext_line *ln,
    struct pk_buf *out, int *broken, float *cell_x, int *ncells,
    const float *cols, int ncols, int carried)
{
	struct pk_pagedout	 po;
	fz_stext_char		*ch, *prev = NULL;
	fz_font			*font = NULL;
	float			 h = ln->bbox.y1 - ln->bbox.y0, wide, narrowest;
	int			 last_c = 0;	/* the character before */
	size_t			 ngaps;
	int			 rc = 0, bold = 0, italic = 0, next_col = 0;

	*broken = 0;
	*ncells = 1;
	cell_x[0] = ln->bbox.x0;
	wide = wide_gap(ln, &ngaps, &narrowest);
	pk_po_init(&po);
	for (ch = ln->first_char; ch != NULL; ch = ch->next) {
		int c = pk_po_plain_char(ch->c), cut = 0;
		fz_stext_char *after;

		/*
		 * A soft hyphen at the line's end broke the word there: it
		 * goes on the next line, joined.  Inside a line it was
		 * printed (a word processor's hyphen, "E\u00adPKW"), so
		 * it is the document's hyphen.
		 */
		if (c == 0xad) {
			if (next_ink(ch) == NULL && prev != NULL &&
			    ln->next != NULL) {
				*broken = 1;
				break;
			}
			ch->c = '-';
			c = '-';
		}
		/* An accent set over the letter after it: one letter. */
		if (combining(c) != 0 && ch->next != NULL &&
		    (c = accented(ch, ch->next)) != 0) {
			ch = ch->next;
		} else
			c = pk_po_plain_char(ch->c);
		/*
		 * A bullet first, the text a tab further on (Word's lists;
		 * Courier's "o" for the second level): a list entry, "• ",
		 * not a cell of its own.
		 */
		if (prev == NULL && ch == ln->first_char &&
		    (after = next_ink(ch)) != NULL &&
		    (bullet_glyph(c) || (c == 'o' &&
		    after->quad.ll.x - ch->quad.lr.x > CELL_GAP * ch->size))) {
			utf8(&po, 0x2022, 0, 0);
			utf8(&po, ' ', 0, 0);
			ch = after;
			c = pk_po_plain_char(ch->c);
			cell_x[0] = ch->quad.ll.x;
		} else if (prev == NULL && ch == ln->first_char &&
		    c >= 0xf000 && bullet_glyph(c))
			c = 0x2022;	/* a bullet alone: an empty entry */
		/* Inside a table: a word starting past a column's edge. */
		while (next_col < ncols && cols[next_col] <= ln->bbox.x0 + 2.0f)
			next_col++;
		if (prev != NULL && c != ' ' && next_col < ncols &&
		    ch->quad.ll.x >= cols[next_col] - 1.5f &&
		    ch->quad.ll.x - prev->quad.lr.x > 0.15f * ch->size &&
		    (!carried || ngaps < 2 ||
		    (ngaps == 2 && ch->quad.ll.x - prev->quad.lr.x >
		    1.25f * narrowest) ||
		    ch->quad.ll.x - prev->quad.lr.x > 0.75f * wide)) {
			/*
			 * (Never inside a word: a cut needs some space.  At
			 * columns carried down from a row above, on a line of
			 * several words, more than its words' usual space: a
			 * text line under a table, justified or not, is not
			 * cut where the table's columns were; of three words,
			 * more than the other space: "Dnr SRB 2024/346" under
			 * a list's entry whose text starts where "SRB" does.)
			 */
			while (next_col < ncols &&
			    ch->quad.ll.x >= cols[next_col] - 1.5f)
				next_col++;
			pk_po_cell(&po);
			cut = 1;
			if (*ncells < 8)
				cell_x[(*ncells)++] = ch->quad.ll.x;
		} else if (prev != NULL && c != ' ' &&
		    ch->quad.ll.x - prev->quad.lr.x > CELL_GAP * ch->size &&
		    ch->quad.ll.x - prev->quad.lr.x > wide) {
			pk_po_cell(&po);
			cut = 1;
			if (*ncells < 8)
				cell_x[(*ncells)++] = ch->quad.ll.x;
		}
		if (ch->next == NULL && c == '-' && prev != NULL &&
		    ln->next != NULL && ln->next->bbox.y0 - ln->bbox.y1 < h &&
		    (is_letter(prev->c) || (prev->c >= '0' && prev->c <= '9'))) {
			int how = hyphen_breaks_word(prev->c, ln->next);

			if (how == 1 && hyphen_is_own(page, ln, ch))
				how = 2;

			/* 1: a broken word, drop the hyphen; 2: the word's own
			 * hyphen (Olsson-Bergstedt), keep it, no space. */
			if (how == 1) {
				*broken = 1;
				break;
			}
			if (how == 2)
				*broken = 2;
		}
		if (ch->font != font) {	/* asked once a run of one font */
			font = ch->font;
			bold = font_is(ctx, font, 0);
			italic = font_is(ctx, font, 1);
		}
		/*
		 * A label's last letter and its value's first with no space
		 * between them, where the label fills its narrow column or
		 * the value is set at a tab stop just past its end, in
		 * another weight or the same ("ÄrendeSamverkansgrupp",
		 * "Datum2024-09-12"): no word goes on from a letter to a
		 * digit, or from small to capital, across a gap (a word's
		 * own glyphs abut).
		 */
		if (prev != NULL && last_c != ' ' && c != ' ' && !cut &&
		    ch->quad.ll.x - prev->quad.lr.x > 0.015f * ch->size &&
		    ((is_letter(pk_po_plain_char(prev->c)) &&
		    c >= '0' && c <= '9') ||
		    (is_lower(pk_po_plain_char(prev->c)) && is_upper(c))))
			utf8(&po, ' ', 0, 0);
		utf8(&po, c, bold, italic || (ln->dir.x > 0.99f &&
		    slanted(ch)));
		last_c = c;
		if (c != ' ')
			prev = ch;
	}
	pk_po_line(&po);
	pk_buf_reset(out);
	/* The writer ends the line with '\n': leave it off. */
	if (po.body.len > 1 && pk_buf_put(out, po.body.data,
	    po.body.len - 1) == -1)
		rc = -1;
	if (po.failed)
		rc = -1;
	pk_po_free(&po);
	return rc;
}

static void
para_free(struct para *p)
{
	int	 k;

	for (k = 0; k < MAX_CELLS; k++)
		pk_buf_free(cell_buf(p, k));
}

static struct para *
new_para(struct page_paras *pp)
{
	struct para	*p;

	if (pp->n == pp->cap) {
		size_t cap = pp->cap ? pp->cap * 2 : 64;
		struct para *v = realloc(pp->v, cap * sizeof(*v));

		if (v == NULL)
			return NULL;
		pp->v = v;
		pp->cap = cap;
	}
	p = &pp->v[pp->n++];
	memset(p, 0, sizeof(*p));
	return p;
}

/*
 * Whether the first word of ln would have fitted after a line ending at
 * x1, short of right (so that line ended its paragraph rather than
 * wrapped).
 */
static float first_word_width(fz_stext_line *);

static int
would_fit(float x1, fz_stext_line *ln, float right, float slack)
{
	return x1 + first_word_width(ln) + 4.0f + slack < right;
}

/* The first few characters of ln, as UTF-8, into out (size bytes). */
static size_t
line_start(fz_stext_line *ln, char *out, size_t size)
{
	fz_stext_char	*ch;
	size_t		 n = 0;
	int		 k = 0;

	/* (A bullet glyph as line_text writes it.) */
	for (ch = ln->first_char; ch != NULL && k < 6 && n + 4 < size;
	    ch = ch->next, k++)
		n += (size_t)fz_runetochar(out + n, k == 0 &&
		    bullet_glyph(ch->c) ? 0x2022 : ch->c);
	return n;
}

/* The size of ln's type: its largest character's (not a footnote's mark). */
static float
line_size(fz_stext_line *ln)
{
	fz_stext_char	*ch;
	float		 size = 0;

	for (ch = ln->first_char; ch != NULL; ch = ch->next)
		if (ch->size > size)
			size = ch->size;
	return size;
}

/*
 * Whether ln is set in the size of a line of the given size: a
 * paragraph's lines are, a heading 15.5 points high and the 14.5-point
 * label under it are two paragraphs, whatever the width of its line.
 */
static int
same_size(float size, fz_stext_line *ln)
{
	return size <= 0 || fabsf(line_size(ln) - size) < 0.05f * size;
}

/* The code point at s, not read past end; its length (1 at least). */
static size_t
rune_in(const char *s, const char *end, int *c)
{
	char	 tmp[5] = { 0 };
	size_t	 n = (size_t)(end - s) < 4 ? (size_t)(end - s) : 4;

	memcpy(tmp, s, n);
	n = (size_t)fz_chartorune(c, tmp);
	return n > 0 ? n : 1;
}

/* The letter or digit before the hyphen b's text ends in, or 0. */
static int
hyphen_last(const struct pk_buf *b)
{
	size_t	 at;
	int	 c;

	if (b->len < 2 || b->data[b->len - 1] != '-')
		return 0;
	for (at = b->len - 2; at > 0 && (b->data[at] & 0xc0) == 0x80; at--)
		;
	rune_in(b->data + at, b->data + b->len - 1, &c);
	return is_letter(c) || (c >= '0' && c <= '9') ? c : 0;
}

/*
 * Whether a cell's text that ends in a hyphen after a letter or a digit
 * goes on with s[0..len) as hyphen_breaks_word says of lines: 1, the
 * hyphen broke the word; 2, it is the word's own (Wikman-Ulvaeus, a
 * date's "2015-05-18"); 0.  (The
 * cell's next line is in a block of its own: MuPDF's next line is not
 * the cell's.)
 */
static int
cell_hyphen(const struct pk_buf *cell, const char *s, size_t len)
{
	const char	*end = s + len;
	int		 before, w[16], n = 0;

	if ((before = hyphen_last(cell)) == 0)
		return 0;
	while (s < end && *s == '*')
		s++;
	while (s < end && *s != ' ' && n < 16)
		s += rune_in(s, end, &w[n++]);
	return hyphen_before(before, w, (size_t)n);
}

static size_t same_emphasis(const struct pk_buf *, const char *, size_t);

/* Add line piece s[0..len) at x to cell k of p. */
static int
cell_add(struct para *p, int k, const char *s, size_t len, float x1,
    float y1, int no_space)
{
	struct pk_buf *b = cell_buf(p, k);
	size_t marks;
	int hyphen;

	/* A cell's line of another block after a hyphen: the word goes
	 * on as a line of the block would (hyphen_breaks_word).  (Not a
	 * paragraph's: "self- regulating" across blocks keeps its space.) */
	if (k > 0 && !no_space && (hyphen = cell_hyphen(b, s, len)) != 0) {
		if (hyphen == 1)
			b->len--;
		no_space = 1;
	}
	/* A word its cell broke, in one face: "**Tjänstgörand**" over
	 * "**e ersättare**" is "**Tjänstgörande ersättare**". */
	if (b->len > 0 && no_space && (marks = same_emphasis(b, s, len)) > 0) {
		b->len -= marks;
		s += marks;
		len -= marks;
	}
	if (b->len > 0 && !no_space && pk_buf_putc(b, ' ') == -1)
		return -1;
	if (pk_buf_put(b, s, len) == -1)
		return -1;
	p->cell_x1[k] = x1;
	p->cell_y1[k] = y1;
	return 0;
}

/* Whether ln's text starts with a digit, its emphasis aside. */
static int
first_digit(const fz_stext_line *ln)
{
	return ln->first_char != NULL && ln->first_char->c >= '0' &&
	    ln->first_char->c <= '9';
}

/*
 * Whether cell text b ends in a hyphen after a digit, its emphasis
 * aside ("**Diarienummer: RUN 2017-**"): a number broken at its own
 * hyphen.
 */
static int
number_hyphen_end(const struct pk_buf *b)
{
	size_t	 n = b->len;

	while (n > 0 && b->data[n - 1] == '*')
		n--;
	return n >= 2 && b->data[n - 1] == '-' && b->data[n - 2] >= '0' &&
	    b->data[n - 2] <= '9';
}

/*
 * The rest of a number broken at its hyphen, s[0..len), added to cell
 * k with no space and the hyphen kept; where both are set in bold the
 * emphasis goes on ("**RUN 2017-**" and "**00674**" are
 * "**RUN 2017-00674**").
 */
static int
number_add(struct para *p, int k, const char *s, size_t len, float x1,
    float y1)
{
	struct pk_buf	*b = cell_buf(p, k);

	if (b->len >= 2 && memcmp(b->data + b->len - 2, "**", 2) == 0 &&
	    len >= 2 && memcmp(s, "**", 2) == 0) {
		b->len -= 2;
		s += 2;
		len -= 2;
	}
	return cell_add(p, k, s, len, x1, y1, 1);
}

/* The width of the first word of ln. */
static float
first_word_width(fz_stext_line *ln)
{
	fz_stext_char	*ch;
	float		 w = 0;

	for (ch = ln->first_char; ch != NULL && ch->c != ' '; ch = ch->next)
		w = ch->quad.lr.x - ln->first_char->quad.ll.x;
	return w;
}

/*
 * Where the nearest line of the page beside (x1, y1) starts: right of x1,
 * its foot within a third of h of y1; or right.
 */
static float
beside_at(fz_stext_block *page, float x1, float y1, float h, float right)
{
	fz_stext_block	*b;
	fz_stext_line	*l;

	for (b = page; b != NULL; b = b->next) {
		if (b->type != FZ_STEXT_BLOCK_TEXT)
			continue;
		for (l = b->u.t.first_line; l != NULL; l = l->next)
			if (l->bbox.x0 > x1 + 1.0f && l->bbox.x0 < right &&
			    fabsf(l->bbox.y1 - y1) < 0.3f * h)
				right = l->bbox.x0;
	}
	return right;
}

/*
 * Whether cell k's last line was full: the first word of ln would not
 * have fitted after it, so ln's text goes on from there.  The last cell
 * so far is bounded by the text beside it, where the row's next cell is
 * in a block MuPDF gives later ("Anne Thomassen" over "Larsen", then
 * "Mari Halvorsen" beside), else by right.
 */
static int
cell_wrapped(fz_stext_block *page, const struct para *p, int k,
    fz_stext_line *ln, float right)
{
	float bound = k + 1 < p->ncells ? p->cell_x[k + 1] :
	    beside_at(page, p->cell_x1[k], p->cell_y1[k],
	    ln->bbox.y1 - ln->bbox.y0, right);

	return p->cell_x1[k] + first_word_width(ln) + 4.0f > bound;
}

/* The cell of row p starting at x, or -1. */
static int
cell_at(const struct para *p, float x)
{
	int	 k;

	for (k = 0; k < p->ncells; k++)
		if (fabsf(x - p->cell_x[k]) < 4.0f)
			return k;
	return -1;
}

/* A line MuPDF read across cells: one new cell of p for each piece. */
static int
add_cells(struct para *p, const struct pk_buf *line, const float *x, int n,
    float x1, float y1)
{
	const char	*piece = line->data, *end = line->data + line->len, *tab;
	int		 i, rc = 0;

	for (i = 0; i < n && p->ncells < MAX_CELLS; i++) {
		int k = p->ncells++;

		if ((tab = memchr(piece, '\t', (size_t)(end - piece))) == NULL)
			tab = end;
		p->cell_x[k] = x[i];
		rc |= cell_add(p, k, piece, (size_t)(tab - piece),
		    i + 1 < n ? x[i + 1] - 10.0f : x1, y1, 1);
		if (tab == end)
			break;
		piece = tab + 1;
	}
	return rc;
}

/* The fullest row so far gives the columns later lines are cut at. */
static void
table_columns(struct page_paras *pp, const struct para *p)
{
	if (p->ncells >= 2)
		pp->table_y1 = p->y1;
	if (p->ncells < 2 || p->ncells < pp->ncols)
		return;
	memcpy(pp->cols, p->cell_x, sizeof(pp->cols));
	pp->ncols = p->ncells;
}

/* Whether paragraph text ends where a sentence cannot: no . : ? ! */
static int
ends_open(const struct pk_buf *t)
{
	size_t	 n = t->len;

	while (n > 0 && (t->data[n - 1] == ' ' || t->data[n - 1] == '*'))
		n--;
	return n > 0 && strchr(".:?!", t->data[n - 1]) == NULL;
}

/* Whether line b stands right of line a on the same baseline. */
static int
beside(const fz_stext_line *a, const fz_stext_line *b)
{
	float h = a->bbox.y1 - a->bbox.y0;

	return fabsf(b->bbox.y1 - a->bbox.y1) < 0.3f * h &&
	    b->bbox.x0 >= a->bbox.x1 - 1.0f;
}

static int
nlines(fz_stext_block *b)
{
	fz_stext_line	*ln;
	int		 n = 0;

	for (ln = b->u.t.first_line; ln != NULL; ln = ln->next)
		n++;
	return n;
}

/*
 * Whether two or more lines of b start at its left edge and end at its
 * right one: text set justified (lines set left end where they may,
 * lines set right start where they may).  (Short lines may match by
 * chance: the caller asks this of wide blocks only.)  The last line is
 * not counted: justified or not, it ends where its text does, and a
 * heading over a line as long ("2. Genomgång av föregående
 * minnesanteckningar" over "Deltagarna delar sina tankar …") is not
 * two full lines of one paragraph.
 */
static int
justified_block(fz_stext_block *b)
{
	fz_stext_line	*ln;
	int		 n = 0;

	for (ln = b->u.t.first_line; ln != NULL && ln->next != NULL;
	    ln = ln->next)
		if (fabsf(ln->bbox.x0 - b->bbox.x0) < 1.0f &&
		    fabsf(ln->bbox.x1 - b->bbox.x1) < 1.0f)
			n++;
	return n >= 2;
}

static int table_para(fz_context *, struct page_paras *,
    struct pk_pdf_table *);

/*
 * Whether ln, one word, and the word next starts with are one word that
 * its cell broke where no other line of the column shows the cell's
 * edge (a label column's "Närvarand" over "e"): the page prints the
 * word unbroken elsewhere, or a fragment of three letters at most goes
 * on where its first glyph would not have fitted before the cell beside
 * ln starts, less the cells' padding: up to six tenths of a size (a
 * cell's padding is set in points, not in its text's size, and LibreOffice
 * breaks at its own glyph widths: a third of a size missed "Närvaran"
 * over "de" and "Närvarand" over "e" in labels set a point larger, or in
 * columns narrower, than the padding had been measured on).
 */
static int
cell_broke_word(const struct page_paras *pp, fz_stext_line *ln, float size)
{
	fz_stext_line	*next = ln->next;
	fz_stext_char	*ch;
	int		 w[64];
	size_t		 n = 0, nf = 0;
	float		 h = ln->bbox.y1 - ln->bbox.y0, beside, glyph;

	for (ch = ln->first_char; ch != NULL && n < 64; ch = ch->next)
		if (ch->c != ' ')
			w[n++] = ch->c;
	for (ch = next->first_char; ch != NULL && ch->c != ' '; ch = ch->next) {
		if (n < 64)
			w[n++] = ch->c;
		nf++;
	}
	if (n < 64 && ln->bbox.x1 - ln->bbox.x0 < 12.0f * size &&
	    pk_pdf_word_elsewhere(pp->blocks, w, n, 1, ln, next))
		return 1;
	if (nf > 3)
		return 0;
	beside = beside_at(pp->blocks, ln->bbox.x1, ln->bbox.y1, h, 1e9f);
	glyph = next->first_char->quad.lr.x - next->first_char->quad.ll.x;
	return beside < 1e9f && ln->bbox.x1 + glyph > beside - 0.6f * size;
}

/*
 * Whether ln ends inside a word that a narrow column broke with no
 * hyphen ("Samordnin" over "gsgruppen" in a column of who answers for
 * an item): a word too long for its cell goes on where the cell ends.
 * So ln is one word ending in a letter, it ends where the column's
 * lines end at the most, to a tenth of its size (a line that ends
 * short of that edge ended where its text did), the column is narrow
 * (ten of its characters' sizes), and the line right under it, at the
 * same left edge, goes on in lower case (a name starts with a
 * capital).
 */
static int
broken_at_edge(const struct page_paras *pp, fz_stext_line *ln)
{
	fz_stext_block	*b;
	fz_stext_line	*l, *next = ln->next;
	fz_stext_char	*ch, *last = NULL;
	float		 edge = ln->bbox.x1, h = ln->bbox.y1 - ln->bbox.y0;
	float		 size;

	if (next == NULL || next->first_char == NULL ||
	    ln->first_char == NULL || !is_lower(next->first_char->c) ||
	    next->bbox.y0 - ln->bbox.y1 > 0.3f * h ||
	    next->bbox.y0 < ln->bbox.y1 - 0.3f * h ||
	    fabsf(next->bbox.x0 - ln->bbox.x0) > 1.0f)
		return 0;
	for (ch = ln->first_char; ch != NULL; ch = ch->next) {
		if (ch->c == ' ' && ch->next != NULL)
			return 0;	/* words: it wrapped at a space */
		if (ch->c != ' ')
			last = ch;
	}
	if (last == NULL || !is_letter(last->c))
		return 0;
	size = last->size;
	if (cell_broke_word(pp, ln, size))
		return 1;
	for (b = pp->blocks; b != NULL; b = b->next) {
		if (b->type != FZ_STEXT_BLOCK_TEXT)
			continue;
		for (l = b->u.t.first_line; l != NULL; l = l->next)
			if (fabsf(l->bbox.x0 - ln->bbox.x0) < 1.0f &&
			    l->bbox.x1 > edge)
				edge = l->bbox.x1;
	}
	if (edge - ln->bbox.x0 > 10.0f * size ||
	    ln->bbox.x1 < edge - 0.1f * size)
		return 0;
	/* The edge is the cell's where another line of the column, not
	 * this word's, ends there too: a word alone at the column's
	 * widest ("Tjänstgörande" over "ersättare", a label) wrapped. */
	for (b = pp->blocks; b != NULL; b = b->next) {
		if (b->type != FZ_STEXT_BLOCK_TEXT)
			continue;
		for (l = b->u.t.first_line; l != NULL; l = l->next)
			if (l != ln && l != next &&
			    fabsf(l->bbox.x0 - ln->bbox.x0) < 1.0f &&
			    l->bbox.x1 > edge - 0.1f * size)
				return 1;
	}
	return 0;
}

/*
 * Whether ln is a piece of a justified line MuPDF cut at its stretched
 * spaces: three or more pieces on one baseline, every gap between them
 * alike (a row's cells stand apart by gaps as they fall), the last one
 * ending at the edge full lines end at.  Its pieces are words, not cells.
 */
static int
in_justified(fz_stext_line *ln, float right)
{
	fz_stext_line	*first = ln, *last = ln, *l;
	float		 h = ln->bbox.y1 - ln->bbox.y0, gap = -1;
	int		 npieces = 1;

	while (first->prev != NULL && beside(first->prev, first))
		first = first->prev;
	while (last->next != NULL && beside(last, last->next))
		last = last->next;
	if (last->bbox.x1 < right - 0.2f * h)
		return 0;
	for (l = first; l != last; l = l->next, npieces++) {
		float g = l->next->bbox.x0 - l->bbox.x1;

		if (gap < 0)
			gap = g;
		else if (fabsf(g - gap) > 0.1f * h)
			return 0;
	}
	return npieces >= 3;
}

static int
block_paras(fz_context *ctx, fz_stext_block *b, float page_left,
    float page_right, struct page_paras *pp)
{
	fz_stext_line	*ln;
	struct para	*p = NULL;
	struct pk_pdf_table *t;
	const struct pk_pdf_column *col;
	struct pk_buf	 line = { 0 };
	float		 cell_x[MAX_CELLS];
	int		 broken = 0, rc = 0, ncells, newp, goes_on = 0;
	int		 breakline = 0, hyphen_on = 0, number_on = 0, k, before;
	/*
	 * Where a full line ends: the text's right edge, or the block's
	 * own when the block is a column of text narrower than the page.
	 */
	float		 right = b->bbox.x1 > page_right ? b->bbox.x1 : page_right;

	if (b->bbox.x1 - b->bbox.x0 < 0.6f * (page_right - page_left) &&
	    b->bbox.x1 < page_right - 20.0f && nlines(b) >= 5)
		right = b->bbox.x1;
	/* A justified block: its full lines end at its own edge. */
	if (b->bbox.x1 - b->bbox.x0 > 0.5f * (page_right - page_left) &&
	    justified_block(b) && b->bbox.x1 < right)
		right = b->bbox.x1;
	/* In a column of running text, a full line ends at its edge,
	 * however few lines the block has. */
	if ((col = pk_pdf_column_of(&pp->columns, b->bbox)) != NULL &&
	    col->text)
		right = col->x1;

	/*
	 * A block that starts right under a paragraph whose last line was
	 * full, no further left than it: the paragraph goes on (a list
	 * entry's hanging indent puts its second line in a block of its own).
	 * So does a block that starts in lower case after a paragraph that
	 * ended without a full stop, higher and further right: the text
	 * goes on in the next column (not under a page's number at its foot
	 * drawn before the text: "8 generell inflationsprocess").
	 */
	ln = b->u.t.first_line;
	if (pp->n > 0 && ln != NULL && ln->first_char != NULL) {
		struct para *q = &pp->v[pp->n - 1];
		float h = ln->bbox.y1 - ln->bbox.y0;
		fz_rect qr = fz_make_rect(q->x0, q->y0, q->x1, q->y1);
		const struct pk_pdf_column *qcol =
		    pk_pdf_column_of(&pp->columns, qr);
		/* Where q's last line could have gone on: its column's
		 * edge, not that of the block it may go on in. */
		float qright = right;

		if (col != NULL && col->text && qcol != col)
			qright = b->bbox.x1 > page_right ? b->bbox.x1 :
			    page_right;

		float gap = ln->bbox.y0 - q->y1;

		/* Right under it: no space, or the page's usual space
		 * between lines (Word sets each line of a paragraph
		 * spaced 1.5 as a block of its own). */
		int usual = pp->line_gap >= 0 && gap >= 0.3f * h &&
		    fabsf(gap - pp->line_gap) < 0.1f * h;

		char start[32];
		size_t nstart = line_start(ln, start, sizeof(start));

		if (q->ncells == 1 && (gap < 0.3f * h || usual) &&
		    ln->bbox.y0 >= q->y1 - 0.3f * h &&
		    ln->bbox.x0 >= q->x0 - 1.0f &&
		    !would_fit(q->cell_x1[0], ln, qright, pp->slack) &&
		    !pk_pdf_list_next(q->text.data, q->text.len, start,
		    nstart) && same_size(pp->line_size, ln))
			p = q;
		else if (q->ncells == 1 && usual &&
		    fabsf(ln->bbox.x0 - q->x0) < 1.0f && b->u.t.first_line ==
		    b->u.t.last_line) {
			p = q;
			breakline = 1;
		} else if (q->ncells == 1 && is_lower(ln->first_char->c) &&
		    ends_open(&q->text) && ln->bbox.y0 < q->y0 &&
		    ln->bbox.x0 > q->x0 + h) {
			p = q;
			goes_on = 1;
		} else if (q->ncells == 2 && !q->table &&
		    q->cell_x[1] - q->cell_x[0] < 5.0f * h &&
		    fabsf(ln->bbox.x0 - q->cell_x[0]) < 4.0f &&
		    ln->bbox.x1 > q->cell_x[1] + 2.0f &&
		    fabsf(gap) < 0.3f * h && cell_wrapped(pp->blocks, q, 1, ln, qright))
			/*
			 * A numbered heading's title that wrapped back to
			 * the margin in a block of its own ("24/35<TAB>
			 * Planning application … Land at Home" over
			 * "Farm, The Green, West Bridgford"): it goes on
			 * the title's cell, as within a block (below).
			 */
			p = q;
		else if (q->ncells > 1 && !q->table && fabsf(gap) < 0.3f * h &&
		    (k = cell_at(q, ln->bbox.x0)) >= 1 &&
		    (before = hyphen_last(cell_buf(q, k))) != 0 &&
		    hyphen_breaks_word(before, ln) != 0) {
			/*
			 * A cell's line that ended in a hyphen, MuPDF's line
			 * across the row's cells, goes on in a block of its
			 * own under that cell ("… Ebbe Wikman-" over
			 * "Ulvaeus (V), …"): the cell goes on.
			 */
			p = q;
			hyphen_on = 1;
		} else if (q->ncells > 1 && !q->table && fabsf(gap) < 0.3f * h &&
		    fabsf(ln->bbox.x0 - q->cell_x[0]) < 4.0f &&
		    b->u.t.first_line == b->u.t.last_line &&
		    first_digit(ln) && number_hyphen_end(cell_buf(q,
		    q->ncells - 1))) {
			/*
			 * A number in a heading's last cell broken at its
			 * hyphen, the rest wrapped back to the margin in a
			 * block of its own ("§12 Tertialrapport<TAB>
			 * Diarienummer: RUN 2017-" over "00674"): the number
			 * goes on.  (Not after a space: a page header's date
			 * under its row is a line of its own.)
			 */
			p = q;
			number_on = 1;
		}
	}

	for (ln = b->u.t.first_line; ln != NULL && rc == 0; ln = ln->next) {
		float	 h = ln->bbox.y1 - ln->bbox.y0;
		int	 was_broken = broken, cell_on = hyphen_on;
		int	 number = number_on;

		hyphen_on = number_on = 0;

		if (ln->first_char == NULL || ln->wmode != 0)
			continue;
		/* A table goes where its first line is; text after it
		 * starts a paragraph. */
		if ((t = pk_pdf_table_of(&pp->tables, ln)) != NULL) {
			if (!t->emitted)
				rc = table_para(ctx, pp, t);
			p = NULL;
			goes_on = breakline = 0;
			continue;
		}
		/* Rows follow each other tight: space above ends the table. */
		if (pp->ncols > 0 && ln->bbox.y0 - pp->table_y1 > 0.3f * h)
			pp->ncols = 0;
		if (line_text(ctx, pp->blocks, ln, &line, &broken, cell_x,
		    &ncells, pp->cols, pp->ncols, pp->slack == 0) == -1) {
			rc = -1;
			break;
		}
		if (!broken && pp->slack == 0 && broken_at_edge(pp, ln))
			broken = 1;
		if (line.len == 0)
			continue;
		/* The paragraph from the column before goes on here. */
		if (goes_on) {
			goes_on = 0;
			rc = cell_add(p, 0, line.data, line.len, ln->bbox.x1,
			    ln->bbox.y1, 0);
			p->x0 = ln->bbox.x0;
			p->x1 = ln->bbox.x1;
			p->y1 = ln->bbox.y1;
			p->nlines++;
			continue;
		}
		/* The line under a short one, at the page's line spacing:
		 * a line break of the paragraph, as within a block. */
		if (breakline) {
			breakline = 0;
			if (pk_buf_putc(&p->text, '\n') == -1 ||
			    pk_buf_put(&p->text, line.data, line.len) == -1)
				rc = -1;
			p->cell_x1[0] = ln->bbox.x1;
			p->cell_y1[0] = ln->bbox.y1;
			p->y1 = ln->bbox.y1;
			p->nlines++;
			continue;
		}
		/* Beside the line before: a superscript, or the next cell. */
		if (p != NULL && ln->prev != NULL && ncells == 1 &&
		    ln->bbox.y0 < ln->prev->bbox.y1 - 0.3f * h &&
		    ln->bbox.y1 > ln->prev->bbox.y0 + 0.3f * h &&
		    ln->bbox.x0 >= ln->prev->bbox.x1 - 1.0f &&
		    cell_at(p, ln->bbox.x0) < 0) {
			float gap = ln->bbox.x0 - ln->prev->bbox.x1;

			if (p->ncells == 1 && p->nlines == 1 &&
			    lone_bullet(&p->text)) {
				/* The text of a bullet MuPDF set apart. */
				pk_buf_reset(&p->text);
				if (pk_buf_puts(&p->text, "\u2022 ") == -1 ||
				    pk_buf_put(&p->text, line.data, line.len) ==
				    -1)
					rc = -1;
				p->cell_x1[0] = ln->bbox.x1;
			} else if (gap > BESIDE_GAP * h &&
			    p->ncells < MAX_CELLS && !in_justified(ln, right)) {
				rc = add_cells(p, &line, cell_x, ncells,
				    ln->bbox.x1, ln->bbox.y1);
			} else
				rc = cell_add(p, p->ncells - 1, line.data,
				    line.len, ln->bbox.x1, ln->bbox.y1,
				    gap <= 0.25f * h);
			if (ln->bbox.x1 > p->x1)
				p->x1 = ln->bbox.x1;
			if (ln->bbox.y1 > p->y1)
				p->y1 = ln->bbox.y1;
			table_columns(pp, p);
			continue;
		}
		/*
		 * From the first cell's edge across the cells after it,
		 * under a row of a label and a cell that wrapped: that cell
		 * goes on at the margin (a hanging indent, "(05-010)
		 * Recommendation to …" and then "Unified School District
		 * …"; not a table's row, whose first cell is wider).
		 */
		if (p != NULL && p->ncells == 2 && ncells == 1 &&
		    p->cell_x1[0] - p->cell_x[0] < 5.0f * h &&
		    cell_at(p, ln->bbox.x0) == 0 &&
		    ln->bbox.x1 > p->cell_x[1] + 2.0f &&
		    ln->bbox.y0 - p->cell_y1[p->ncells - 1] < 0.6f * h &&
		    (was_broken || cell_wrapped(pp->blocks, p, p->ncells - 1, ln, right))) {
			rc = cell_add(p, p->ncells - 1, line.data, line.len,
			    ln->bbox.x1, ln->bbox.y1, was_broken);
			if (ln->bbox.y1 > p->y1)
				p->y1 = ln->bbox.y1;
			continue;
		}
		if (number && p != NULL && p->ncells > 1 && ncells == 1) {
			rc = number_add(p, p->ncells - 1, line.data, line.len,
			    ln->bbox.x1, ln->bbox.y1);
			if (ln->bbox.y1 > p->y1)
				p->y1 = ln->bbox.y1;
			continue;
		}
		/* Under a cell of the row whose text wrapped: it goes on. */
		if (p != NULL && p->ncells > 1 && ncells == 1 &&
		    (k = cell_at(p, ln->bbox.x0)) >= 0 &&
		    ln->bbox.y0 - p->cell_y1[k] < 0.6f * h && (was_broken ||
		    cell_on || cell_wrapped(pp->blocks, p, k, ln, right))) {
			rc = cell_add(p, k, line.data, line.len, ln->bbox.x1,
			    ln->bbox.y1, was_broken);
			if (ln->bbox.y1 > p->y1)
				p->y1 = ln->bbox.y1;
			continue;
		}
		if (p == NULL || ncells > 1 || p->ncells > 1)
			newp = 1;
		/* "**Apologies:** …" under "**Officers:** …" whose last
		 * line was full: a label's paragraph after another's, not
		 * its wrapped line. */
		else if (!was_broken && bold_label(line.data, line.len) &&
		    bold_label(p->text.data, p->text.len))
			newp = 1;
		else if (was_broken || ln->bbox.y0 - p->y1 > 0.6f * h)
			newp = !was_broken;
		else if (ln->prev != NULL && (would_fit(ln->prev->bbox.x1, ln,
		    right, pp->slack) || pk_pdf_list_next(p->text.data,
		    p->text.len, line.data, line.len))) {
			/*
			 * The line ended early.  With no space above, a line
			 * break within the block; else a new paragraph.
			 */
			newp = ln->bbox.y0 - p->y1 > 0.15f * h;
			if (!newp) {
				if (pk_buf_putc(&p->text, '\n') == -1 ||
				    pk_buf_put(&p->text, line.data, line.len) ==
				    -1)
					rc = -1;
				/* (Where its last line ends, for a block
				 * that may go on with it; OCR's line ends
				 * are only where its ink ends.) */
				if (pp->slack == 0) {
					p->cell_x1[0] = ln->bbox.x1;
					p->cell_y1[0] = ln->bbox.y1;
				}
				p->y1 = ln->bbox.y1;
				p->nlines++;
				continue;
			}
		} else
			/* A heading wholly bold that filled its line, the
			 * text under it in another weight ("**2 Genomgång
			 * av …**" over "Protokollet från …"): not one
			 * paragraph. */
			newp = wholly_bold(p->text.data, p->text.len) &&
			    !(line.len > 2 && line.data[0] == '*');
		if (newp) {
			if ((p = new_para(pp)) == NULL) {
				rc = -1;
				break;
			}
			p->x0 = ln->bbox.x0;
			p->x1 = ln->bbox.x1;
			p->y0 = ln->bbox.y0;
			p->baseline = ln->first_char->origin.y;
			rc = add_cells(p, &line, cell_x, ncells, ln->bbox.x1,
			    ln->bbox.y1);
		} else
			rc = cell_add(p, 0, line.data, line.len, ln->bbox.x1,
			    ln->bbox.y1, was_broken);
		if (ln->bbox.x0 < p->x0)
			p->x0 = ln->bbox.x0;
		if (ln->bbox.x1 > p->x1)
			p->x1 = ln->bbox.x1;
		p->y1 = ln->bbox.y1;
		p->nlines++;
		table_columns(pp, p);
	}
	if (b->u.t.last_line != NULL)
		pp->line_size = pp->sizes_vary ? 0 :
		    line_size(b->u.t.last_line);
	pk_buf_free(&line);
	return rc;
}

/*
 * Whether s starts with a label in bold that ends in a colon, as a
 * paragraph of label and value does ("**Present:** Councillors …").
 */
static int
bold_label(const char *s, size_t len)
{
	size_t	 i;

	if (s == NULL || len < 6 || s[0] != '*' || s[1] != '*' || s[2] == '*')
		return 0;
	for (i = 2; i + 1 < len && i < 2 + BOLD_LABEL_MAX; i++) {
		if (s[i] == '\n' || s[i] == '\t')
			return 0;
		if (s[i] == '*')
			return i > 3 && s[i - 1] == ':' && s[i + 1] == '*';
	}
	return 0;
}

/*
 * Whether s is a heading wholly bold on one line ("**…**"): numbered
 * ("**2 Genomgång …**", "**§ 12 …**") or a label ("**Møtende
 * medlemmer:**"); not a bold lead-in that goes on ("**Persaud, A.D
 * (2009),**", "**De som deltog var**").
 */
static int
wholly_bold(const char *s, size_t len)
{
	if (s == NULL || len <= 4 || s[0] != '*' || s[1] != '*' ||
	    s[2] == '*' || s[len - 1] != '*' || s[len - 2] != '*' ||
	    s[len - 3] == '*' || memchr(s, '\n', len) != NULL)
		return 0;
	return (s[2] >= '0' && s[2] <= '9') ||
	    memcmp(s + 2, "\302\247", 2) == 0 || s[len - 3] == ':';
}

/* Whether b ends in a run of asterisks that s starts with, as many. */
static size_t
same_emphasis(const struct pk_buf *b, const char *s, size_t len)
{
	size_t	 end = 0, start = 0;

	while (end < b->len && b->data[b->len - 1 - end] == '*')
		end++;
	while (start < len && s[start] == '*')
		start++;
	if (end == 0 || end != start || end == b->len ||
	    b->data[b->len - 1 - end] == '\\')
		return 0;
	return end;
}

/*
 * Line piece s[0..len) onto a table cell: after a space, or none after
 * a broken word; "*a* *b*" as "*a b*" (a cell's lines in one face).
 */
static int
cell_append(struct pk_buf *cell, const char *s, size_t len, int no_space)
{
	size_t	 marks;
	int	 hyphen;

	if (cell->len > 0 && (marks = same_emphasis(cell, s, len)) > 0) {
		cell->len -= marks;
		s += marks;
		len -= marks;
	}
	if (!no_space && (hyphen = cell_hyphen(cell, s, len)) != 0) {
		if (hyphen == 1)
			cell->len--;
		no_space = 1;
	}
	if (cell->len > 0 && !no_space && pk_buf_putc(cell, ' ') == -1)
		return -1;
	return pk_buf_put(cell, s, len);
}

/* The column of col[0..ncols) that x falls in. */
static int
table_col(const float *col, int ncols, float x)
{
	int	 c = 0;

	while (c + 1 < ncols && col[c + 1] <= x + 2.0f)
		c++;
	return c;
}

/* Whether the first row of t has a word (two letters) in each column:
 * a header of its own. */
static int
own_header(const struct pk_pdf_table *t)
{
	fz_stext_char	*ch;
	unsigned	 words = 0;
	size_t		 i;
	int		 run;

	for (i = 0; i < t->nlines && t->row[i] == t->row[0]; i++) {
		run = 0;
		for (ch = t->line[i]->first_char; ch != NULL; ch = ch->next) {
			run = is_letter(ch->c) ? run + 1 : 0;
			if (run == 2)
				words |= 1u << table_col(t->col, t->ncols,
				    ch->quad.ll.x);
		}
	}
	return words == (1u << t->ncols) - 1;
}

/*
 * Whether table t, at the top of its page, goes on the table the page
 * before ended in, with fewer columns and no header of its own: four
 * rows or more in the same size of text, the same first column, each
 * of its columns in the first half of one of that table's, in order (a
 * running header set as a table is not; it has a column of its own
 * somewhere).  A list that goes on without its header has no column
 * where no row of this page has a mark (no one voted Ja), and its
 * marks belong under the columns of the page before; a list that
 * repeats its header has the columns that header gives.
 */
static int
goes_on_from_before(const struct page_paras *pp, const struct pk_pdf_table *t)
{
	int	 c, at, prev = 0;
	float	 width;

	if (pp->foot_ncols <= t->ncols || t->nrows < 4 || t->nlines == 0 ||
	    t->line[0]->bbox.y0 > 0.25f * pp->page_h ||
	    fabsf(t->size - pp->foot_size) > 0.05f * t->size ||
	    fabsf(t->col[0] - pp->foot_col[0]) > 3.0f)
		return 0;
	for (c = 1; c < t->ncols; c++) {
		at = table_col(pp->foot_col, pp->foot_ncols, t->col[c]);
		width = at + 1 < pp->foot_ncols ? pp->foot_col[at + 1] -
		    pp->foot_col[at] : 4.0f * t->size;
		if (at <= prev || t->col[c] - pp->foot_col[at] > 0.5f * width)
			return 0;
		prev = at;
	}
	return !own_header(t);
}

/* Cells[0..n) as a row of paged text on out, without the empty last. */
static int
put_row(struct pk_buf *out, struct pk_buf *cells, int n)
{
	int	 c, rc = 0;

	while (n > 0 && cells[n - 1].len == 0)
		n--;
	for (c = 0; c < n; c++) {
		if (c > 0)
			rc |= pk_buf_putc(out, '\t');
		rc |= pk_buf_put(out, cells[c].data ? cells[c].data : "",
		    cells[c].len);
	}
	for (c = 0; c < PK_TABLE_COLS; c++)
		pk_buf_reset(&cells[c]);
	return rc | pk_buf_putc(out, '\n');
}

/*
 * Table t as one paragraph of pp whose text is its rows, each cell's
 * lines joined (pdftable.c found where its columns and rows are).
 */
static int
table_para(fz_context *ctx, struct page_paras *pp, struct pk_pdf_table *t)
{
	struct pk_buf	*cells, line = { 0 };
	int		*broken_in;
	float		 cell_x[MAX_CELLS];
	struct para	*p;
	size_t		 i, nrows = 1, r;
	int		 c, rc = 0, ncols_of = t->ncols;
	const float	*col_of = t->col;

	t->emitted = 1;
	if ((p = new_para(pp)) == NULL)
		return -1;
	if (goes_on_from_before(pp, t)) {
		col_of = pp->foot_col;
		ncols_of = pp->foot_ncols;
	}
	/*
	 * Every row's cells are kept until the table ends: a line's
	 * pieces go on the cells of its row, or of the row before (those
	 * of pdftable.h: above), wherever the line stands among the
	 * table's lines (a label that wrapped beside a new row's first
	 * cell, a word its cell broke beside the row after).
	 */
	for (i = 0; i < t->nlines; i++)
		if (t->row[i] >= 0 && (size_t)t->row[i] + 1 > nrows)
			nrows = (size_t)t->row[i] + 1;
	cells = calloc(nrows * PK_TABLE_COLS, sizeof(*cells));
	broken_in = calloc(nrows * PK_TABLE_COLS, sizeof(*broken_in));
	if (cells == NULL || broken_in == NULL) {
		free(cells);
		free(broken_in);
		return -1;
	}
	p->table = 1;
	p->ncells = 2;		/* nothing goes on it */
	p->nlines = (int)t->nlines;
	p->x0 = p->y0 = 1e9f;
	for (i = 0; i < t->nlines && rc == 0; i++) {
		fz_stext_line *ln = t->line[i];
		const char *piece, *end, *tab;
		int broken, ncells, k, col, ncols;
		float cols[PK_TABLE_COLS];
		unsigned crossed;
		size_t at_row;

		p->x0 = fminf(p->x0, ln->bbox.x0);
		p->x1 = fmaxf(p->x1, ln->bbox.x1);
		p->y0 = fminf(p->y0, ln->bbox.y0);
		p->y1 = fmaxf(p->y1, ln->bbox.y1);
		if (i == 0 && ln->first_char != NULL)
			p->baseline = ln->first_char->origin.y;
		/* A line set larger than the cells is one cell; a cell
		 * merged across columns is not cut at them. */
		crossed = pk_pdf_table_crossed(t, ln);
		for (c = ncols = 0; c < t->ncols; c++)
			if (!((crossed >> c) & 1))
				cols[ncols++] = t->col[c];
		if (line_text(ctx, pp->blocks, ln, &line, &broken, cell_x,
		    &ncells, cols,
		    ln->first_char != NULL && ln->first_char->size >
		    1.3f * t->size ? 0 : ncols, 0) == -1) {
			rc = -1;
			break;
		}
		if (!broken && broken_at_edge(pp, ln))
			broken = 1;
		piece = line.data;
		end = line.data + line.len;
		for (k = 0, col = -1; piece != NULL && piece <= end; k++) {
			int at;

			if ((tab = memchr(piece, '\t', (size_t)(end - piece))) ==
			    NULL)
				tab = end;
			/* Pieces past the eighth go on to the next column. */
			at = k < ncells ? table_col(col_of, ncols_of,
			    cell_x[k]) : col + 1;
			col = at > col ? at : col;
			if (col >= ncols_of)
				col = ncols_of - 1;
			at_row = t->row[i] < 0 ? 0 : (size_t)t->row[i];
			if ((t->above[i] >> col & 1) && at_row > 0)
				at_row--;
			at_row = at_row * PK_TABLE_COLS + (size_t)col;
			if (tab > piece) {
				rc |= cell_append(&cells[at_row], piece,
				    (size_t)(tab - piece), broken_in[at_row]);
				broken_in[at_row] = 0;
			}
			if (tab == end) {
				broken_in[at_row] = broken != 0;
				break;
			}
			piece = tab + 1;
		}
	}
	for (r = 0; r < nrows && rc == 0; r++)
		rc |= put_row(&p->text, cells + r * PK_TABLE_COLS, ncols_of);
	memcpy(pp->last_col, col_of, sizeof(pp->last_col));
	pp->last_ncols = ncols_of;
	pp->last_y1 = p->y1;
	pp->last_size = t->size;
	/* Leave the last row's newline off: emit_page writes lines. */
	if (p->text.len > 0)
		p->text.len--;
	for (r = 0; r < nrows * PK_TABLE_COLS; r++)
		pk_buf_free(&cells[r]);
	free(cells);
	free(broken_in);
	pk_buf_free(&line);
	return rc == 0 ? 0 : -1;
}

/*
 * A row with fewer cells than the table's columns: put each cell in the
 * column it starts in, so that empty cells (a blank mark, an empty
 * first column) keep their place as empty cells.
 */
static int
realign(struct pk_buf *line, const float *x, size_t n, const float *col,
    size_t ncol)
{
	struct pk_buf	 out = { 0 };
	const char	*p = line->data, *end = line->data + line->len, *tab;
	size_t		 i, c, at = 0;

	for (i = 0; i < n && i < 16; i++) {
		float best = 1e9f;
		size_t want = at;

		for (c = at; c < ncol; c++)
			if (fabsf(x[i] - col[c]) < best) {
				best = fabsf(x[i] - col[c]);
				want = c;
			}
		for (; at < want; at++)
			pk_buf_putc(&out, '\t');
		if ((tab = memchr(p, '\t', (size_t)(end - p))) == NULL)
			tab = end;
		pk_buf_put(&out, p, (size_t)(tab - p));
		if (tab == end)
			break;
		pk_buf_putc(&out, '\t');
		at++;
		p = tab + 1;
	}
	pk_buf_free(line);
	*line = out;
	return out.data == NULL ? -1 : 0;
}

/*
 * A page's paragraphs as paged text.  A paragraph whose first baseline
 * is that of an earlier one, to its right, is the next cell of that
 * row (a table laid out as cells side by side), unless both are long
 * (then they are columns of text, read one after the other).  A lone
 * paragraph under a row's later cell continues that row: it is written
 * after as many tabs.
 */
/* The column of a word processor's section (three or more) p is in. */
static const struct pk_pdf_column *
section_column(const struct page_paras *pp, const struct para *p)
{
	const struct pk_pdf_column *col;

	col = pk_pdf_column_of(&pp->columns,
	    fz_make_rect(p->x0, p->y0, p->x1, p->y1));
	return col != NULL && col->even && !p->table ? col : NULL;
}

/*
 * The paragraphs of a section of columns in reading order: down the
 * first column, then the next (MuPDF may give them row by row).  They
 * keep the places in pp->v the band's paragraphs had.
 */
static void
section_order(struct page_paras *pp)
{
	const struct pk_pdf_column *ci, *cj;
	size_t	 i, j;

	/* (A handful of paragraphs a band: an insertion sort.) */
	for (i = 0; i < pp->n; i++) {
		if ((ci = section_column(pp, &pp->v[i])) == NULL)
			continue;
		for (j = i + 1; j < pp->n; j++) {
			struct para tmp;

			if ((cj = section_column(pp, &pp->v[j])) == NULL ||
			    cj->band != ci->band)
				continue;
			if (cj->index > ci->index || (cj->index == ci->index &&
			    pp->v[j].y0 >= pp->v[i].y0))
				continue;
			tmp = pp->v[i];
			pp->v[i] = pp->v[j];
			pp->v[j] = tmp;
			ci = cj;
		}
	}
}

static void
emit_page(struct page_paras *pp, struct pk_pagedout *po)
{
	size_t	*row = calloc(pp->n + 1, sizeof(*row));	/* row of each */
	size_t	*ncell = calloc(pp->n + 1, sizeof(*ncell));
	float	 cell_x[16], prev_x[16];
	size_t	 i, j, k, ncells_last = 0;
	int	 in_table = 0, columns = 0;
	float	 band0 = 0, band1 = 0;
	struct pk_buf line = { 0 };

	if (row == NULL || ncell == NULL) {
		po->failed = 1;
		goto out;
	}
	/*
	 * Where text is set in columns (long paragraphs side by side),
	 * paragraphs side by side are not cells: the band they share.
	 */
	for (i = 0; i < pp->n; i++)
		for (j = 0; j < pp->n; j++)
			if (pp->v[i].nlines >= 3 && pp->v[j].nlines >= 3 &&
			    pp->v[i].x1 < pp->v[j].x0 &&
			    pp->v[j].y0 < pp->v[i].y1 &&
			    pp->v[i].y0 < pp->v[j].y1) {
				float a = pp->v[i].y0 < pp->v[j].y0 ?
				    pp->v[i].y0 : pp->v[j].y0;
				float z = pp->v[i].y1 > pp->v[j].y1 ?
				    pp->v[i].y1 : pp->v[j].y1;

				if (!columns || a < band0)
					band0 = a;
				if (!columns || z > band1)
					band1 = z;
				columns = 1;
			}
	section_order(pp);
	for (i = 0; i < pp->n; i++) {
		row[i] = i;
		/* In a section of columns, side by side is not a row. */
		if (section_column(pp, &pp->v[i]) != NULL)
			continue;
		if (pp->v[i].table ||
		    (columns && pp->v[i].y0 < band1 && pp->v[i].y1 > band0))
			continue;
		for (j = i; j-- > 0 && i - j < 64;) {
			struct para *p = &pp->v[i], *q = &pp->v[j];

			if (row[j] != j || q->table ||
			    fabsf(p->baseline - q->baseline) > 2.5f)
				continue;
			if (p->nlines >= 2 && q->nlines >= 2)
				break;	/* columns of text */
			if (p->x0 > q->x1) {
				row[i] = j;
				break;
			}
		}
	}
	for (i = 0; i < pp->n; i++) {
		if (row[i] != i)
			continue;
		if (pp->v[i].table) {
			const char *t = pp->v[i].text.data, *nl;
			const char *end = t + pp->v[i].text.len;

			/* (A paragraph before ended its block; rows of cells
			 * before go on into it.) */
			in_table = 0;
			for (; t != NULL && t < end; t = nl + 1) {
				if ((nl = memchr(t, '\n', (size_t)(end - t))) ==
				    NULL)
					nl = end;
				pk_po_raw_line(po, t, (size_t)(nl - t));
			}
			if (i + 1 == pp->n || !pp->v[i + 1].table)
				pk_po_block(po);
			continue;
		}
		pk_buf_reset(&line);
		for (k = 0, j = i; j < pp->n; j++) {
			int c;

			if (row[j] != i)
				continue;
			for (c = 0; c < pp->v[j].ncells; c++, k++) {
				struct pk_buf *cb = cell_buf(&pp->v[j], c);

				if (k > 0)
					pk_buf_putc(&line, '\t');
				if (k < 16)
					cell_x[k] = pp->v[j].cell_x[c];
				pk_buf_put(&line, cb->data ? cb->data : "",
				    cb->len);
			}
		}
		if (k > 1) {
			if (!in_table)
				pk_po_block(po);
			if (!in_table || k >= ncells_last) {
				/* The fullest row gives the table's columns. */
				ncells_last = k < 16 ? k : 16;
				memcpy(prev_x, cell_x, sizeof(prev_x));
			} else if (realign(&line, cell_x, k, prev_x,
			    ncells_last) == -1)
				po->failed = 1;
			in_table = 1;
			pk_po_raw_line(po, line.data, line.len);
			continue;
		}
		/* A lone paragraph under a later cell of the row above. */
		if (in_table) {
			size_t c;

			for (c = 1; c < ncells_last; c++)
				if (fabsf(pp->v[i].x0 - prev_x[c]) < 4.0f)
					break;
			if (c < ncells_last) {
				struct pk_buf tabbed = { 0 };
				size_t t;

				for (k = 0; k < c; k++)
					pk_buf_putc(&tabbed, '\t');
				/* Every line of it continues the same column. */
				for (t = 0; t < line.len; t++) {
					pk_buf_putc(&tabbed, line.data[t]);
					for (k = 0; line.data[t] == '\n' && k < c;
					    k++)
						pk_buf_putc(&tabbed, '\t');
				}
				pk_po_raw_line(po, tabbed.data, tabbed.len);
				pk_buf_free(&tabbed);
				continue;
			}
			pk_po_block(po);
			in_table = 0;
		}
		pk_po_raw_line(po, line.data, line.len);
		pk_po_block(po);
	}
	if (in_table)
		pk_po_block(po);
out:
	pk_buf_free(&line);
	free(row);
	free(ncell);
}

static void
meta(fz_context *ctx, fz_document *doc, struct pk_pagedout *po,
    const char *key, const char *name)
{
	char	 buf[512], iso[32];
	int	 y, mo, d, h = 0, mi = 0, s = 0;

	if (fz_lookup_metadata(ctx, doc, key, buf, sizeof(buf)) <= 0)
		return;
	/* PDF dates, D:20201030205316Z'00', as ISO 8601. */
	if (strncmp(buf, "D:", 2) == 0 && sscanf(buf + 2, "%4d%2d%2d%2d%2d%2d",
	    &y, &mo, &d, &h, &mi, &s) >= 3) {
		snprintf(iso, sizeof(iso), "%04d-%02d-%02dT%02d:%02d:%02d",
		    y % 10000, mo % 100, d % 100, h % 100, mi % 100, s % 100);
		pk_po_meta(po, name, iso);
	} else
		pk_po_meta(po, name, buf);
}

/* Pages waiting to be laid out in page order, while OCR reads ahead. */
struct slot {
	int			 page;		/* 0-based */
	fz_stext_page		*st;		/* its text layer, or NULL */
	struct pk_ocr_job	*job;		/* its OCR, or NULL */
	struct pk_pdf_prep	 prep;		/* found on st by the thread
						 * that made it, if done */
};

struct reader {
	fz_context		*ctx;
	const struct pk_extract_opts *opt;
	struct pk_pagedout	*po;
	struct page_paras	 pp;
	struct pk_buf		 empty;		/* pages without text */
	int			 nempty;
	int			 damaged_image;	/* its decoder said so */
	struct pk_buf		 ocr_pages, ocr_conf, ocr_turned, ocr_low;
	struct pk_ocr_pool	*pool;
	char			 ocr_lang[64];	/* the pool's, kept past it */
	struct slot		*win;		/* a ring of nwin */
	int			 nwin, head, count;
	int			 dpi;		/* PDF pages are rendered at */
	int			 read_dpi;	/* what OCR read at: an image's
						 * own resolution, or dpi */
	char			 ocr_err[160];
	struct pk_pdflayer	 layer;		/* text layers judged */
	float			 text_right;	/* where full lines ended on
						 * the last page of wide text,
						 * or 0 */
	struct pk_ahead		*ahead;		/* the later pages read on a
						 * second thread, or NULL */
};

/* Page a onto a front-matter list ("3,7"), with ":c" when c >= 0. */
static void
list_add(struct pk_buf *b, int a, int c)
{
	char	 num[40];

	if (c >= 0)
		snprintf(num, sizeof(num), "%s%d:%d", b->len ? "," : "", a, c);
	else
		snprintf(num, sizeof(num), "%s%d", b->len ? "," : "", a);
	pk_buf_puts(b, num);
}

/*
 * One page's structured text as paged text.  prep is what the thread
 * that made st found on it (pdfprep.c), or NULL: found here then.
 */
static void
lay_out(struct reader *r, fz_stext_page *st, int i, float slack,
    struct pk_pdf_prep *prep)
{
	fz_context		*ctx = r->ctx;
	fz_stext_block		*b;
	struct pk_pdf_prep	 own;
	float			 right;
	size_t			 k;

	if (prep == NULL || !prep->done) {
		prep = &own;
		/* (OCR's blocks come in the page's order already.) */
		pk_pdf_prep(ctx, st, slack == 0, prep);
	}
	if (i > 0)
		pk_po_page(r->po);
	r->pp.slack = slack;
	r->pp.sizes_vary = slack != 0 || prep->invisible;
	r->pp.line_gap = prep->line_gap;
	r->pp.page_h = st->mediabox.y1 - st->mediabox.y0;
	r->pp.last_ncols = 0;
	/*
	 * A page of short lines only (a signature block on a page of its
	 * own) has no full line to say where lines end: its right edge is
	 * that of the last page of wide text, or mirrors its left margin,
	 * else each short line seems full and runs into the next.
	 */
	right = prep->right;
	if (prep->short_page) {
		float edge = r->text_right > 0 ? r->text_right :
		    st->mediabox.x1 - (prep->left - st->mediabox.x0);

		if (edge > right)
			right = edge;
	} else
		r->text_right = right;
	/* (OCR's lines are laid out by pdfocr.c, cells by baseline.) */
	pk_pdf_tables_free(&r->pp.tables);
	r->pp.tables = prep->tables;
	memset(&prep->tables, 0, sizeof(prep->tables));
	r->pp.columns = prep->columns;
	r->pp.blocks = st->first_block;
	prep->done = 0;
	for (b = st->first_block; b != NULL; b = b->next) {
		if (b->type != FZ_STEXT_BLOCK_TEXT)
			continue;
		if (block_paras(ctx, b, prep->left, right, &r->pp) == -1)
			fz_throw(ctx, FZ_ERROR_MEMORY, "memory");
	}
	pk_pdf_tables_free(&r->pp.tables);
	r->pp.ncols = 0;
	/* A table that ran to the page's foot may go on on the next. */
	r->pp.foot_ncols = 0;
	if (r->pp.last_ncols > 0 && r->pp.last_y1 > 0.75f * r->pp.page_h) {
		memcpy(r->pp.foot_col, r->pp.last_col,
		    sizeof(r->pp.foot_col));
		r->pp.foot_ncols = r->pp.last_ncols;
		r->pp.foot_size = r->pp.last_size;
	}
	if (r->pp.n == 0) {
		list_add(&r->empty, i + 1, -1);
		r->nempty++;
	}
	emit_page(&r->pp, r->po);
	for (k = 0; k < r->pp.n; k++)
		para_free(&r->pp.v[k]);
	r->pp.n = 0;
}

/* The oldest waiting page: its OCR awaited, then laid out. */
static void
flush_one(struct reader *r)
{
	fz_context	*ctx = r->ctx;
	struct slot	*s = &r->win[r->head];
	fz_stext_page	*st = NULL;
	float		 slack = 0;

	fz_var(st);
	fz_var(slack);
	r->head = (r->head + 1) % r->nwin;
	r->count--;
	/* Outside --pages: the page, with nothing on it. */
	if (s->job == NULL && s->st == NULL) {
		if (s->page > 0)
			pk_po_page(r->po);
		return;
	}
	if (s->job != NULL) {
		struct pk_ocr_job *j = s->job;

		s->job = NULL;
		pk_ocr_pool_wait(r->pool, j);
		if (j->rc == -1) {
			snprintf(r->ocr_err, sizeof(r->ocr_err), "%s", j->err);
			pk_ocr_page_free(&j->page);
			free(j);
			fz_throw(ctx, FZ_ERROR_GENERIC, "ocr");
		}
		list_add(&r->ocr_pages, s->page + 1, -1);
		r->read_dpi = j->dpi;
		/* A blank page has no words to be sure of: no confidence. */
		if (j->page.nwords > 0)
			list_add(&r->ocr_conf, s->page + 1,
			    (int)(j->page.mean_conf + 0.5f));
		if (j->page.nwords > 0 && j->page.mean_conf < PK_OCR_LOW_CONF)
			list_add(&r->ocr_low, s->page + 1, -1);
		if (j->page.rotated != 0)
			list_add(&r->ocr_turned, s->page + 1,
			    j->page.rotated);
		slack = pk_pdfocr_char_width(&j->page, j->dpi);
		fz_try(ctx)
			st = pk_pdfocr_stext(ctx, &j->page, j->dpi);
		fz_always(ctx) {
			pk_ocr_page_free(&j->page);
			free(j);
		}
		fz_catch(ctx)
			fz_rethrow(ctx);
	} else {
		st = s->st;
		s->st = NULL;
	}
	fz_try(ctx)
		lay_out(r, st, s->page, slack, &s->prep);
	fz_always(ctx) {
		pk_pdf_prep_free(&s->prep);
		pk_ahead_drop(r->ahead, ctx, st);
	}
	fz_catch(ctx)
		fz_rethrow(ctx);
}

/* Page i waits its turn: with its text layer, or with its OCR job. */
static void
queue_page(struct reader *r, int i, fz_stext_page *st, struct pk_ocr_job *job,
    struct pk_pdf_prep *prep)
{
	struct slot	*s;

	if (r->count == r->nwin) {
		/* The oldest page goes first; if it fails, so does this one. */
		fz_try(r->ctx)
			flush_one(r);
		fz_catch(r->ctx) {
			if (prep != NULL)
				pk_pdf_prep_free(prep);
			pk_ahead_drop(r->ahead, r->ctx, st);
			if (job != NULL) {
				free(job->gray);
				free(job);
			}
			fz_rethrow(r->ctx);
		}
	}
	s = &r->win[(r->head + r->count) % r->nwin];
	s->page = i;
	s->st = st;
	s->job = job;
	memset(&s->prep, 0, sizeof(s->prep));
	if (prep != NULL) {
		s->prep = *prep;
		memset(prep, 0, sizeof(*prep));
	}
	r->count++;
	if (job != NULL)
		pk_ocr_pool_submit(r->pool, job);
	/* Pages with a text layer go out as soon as nothing is before them. */
	while (r->count > 0 && r->win[r->head].job == NULL)
		flush_one(r);
}

static struct pk_ocr_job *
new_job(struct reader *r)
{
	struct pk_ocr_job *j;

	if (r->pool == NULL && (r->pool = pk_ocr_pool_new(r->layer.lang[0] ?
	    r->layer.lang : r->opt->ocr.lang, r->opt->ocr.jobs)) == NULL)
		fz_throw(r->ctx, FZ_ERROR_MEMORY, "out of memory");
	if ((j = calloc(1, sizeof(*j))) == NULL)
		fz_throw(r->ctx, FZ_ERROR_MEMORY, "out of memory");
	if (r->opt->ocr.on_page != NULL)
		r->opt->ocr.on_page(r->opt->ocr.on_page_arg);
	return j;
}

/* Page i of a PDF: its text layer, or its image read by OCR. */
static void
read_pdf_page(struct reader *r, fz_document *doc, int i)
{
	fz_context		*ctx = r->ctx;
	fz_stext_options	 so;
	fz_stext_page		*st = NULL;
	struct pk_ocr_job	*job = NULL;
	struct pk_glyphs	 glyphs;
	struct pk_pdf_prep	 prep;
	enum pk_ocr_mode	 mode = r->opt->ocr.mode;

	memset(&so, 0, sizeof(so));
	memset(&prep, 0, sizeof(prep));
	/* Glyphs counted on the way: no second run to judge the layer. */
	if (mode != PK_OCR_ALWAYS &&
	    (st = pk_ahead_take(r->ahead, i, &glyphs, &prep)) == NULL)
		st = pk_glyphcount_stext(ctx, doc, i, &so, &glyphs);
	if (mode == PK_OCR_NEVER || (st != NULL && pk_pdfocr_has_text(st) &&
	    (mode != PK_OCR_AUTO ||
	    !pk_pdflayer_poor(&r->layer, ctx, doc, i, &glyphs)))) {
		prep.invisible = pk_glyphs_mostly_invisible(&glyphs);
		queue_page(r, i, st, NULL, &prep);
		return;
	}
	pk_pdf_prep_free(&prep);
	pk_ahead_drop(r->ahead, ctx, st);
	/* A mixed PDF: OCR in the language of its text pages (pdflayer.c). */
	if (r->pool == NULL && pk_ocr_lang_is_auto(r->opt->ocr.lang))
		pk_pdflayer_doc_lang(&r->layer, ctx, doc);
	job = new_job(r);
	fz_try(ctx)
		pk_pdfocr_render(ctx, doc, i, r->dpi, job);
	fz_catch(ctx) {
		free(job);
		fz_rethrow(ctx);
	}
	queue_page(r, i, NULL, job, NULL);
}

/*
 * A second thread for the later pages of a PDF of enough pages to read
 * as text (not --ocr always).  Without it, every page is read here.
 */
static void
start_ahead(struct reader *r, const char *data, size_t len,
    const char *password, int npages)
{
	long	 first = 0, last = npages - 1;

	if (r->opt->read_ahead <= 0 || r->opt->ocr.mode == PK_OCR_ALWAYS)
		return;
	if (r->opt->first_page > 0 && r->opt->first_page - 1 > first)
		first = r->opt->first_page - 1;
	if (r->opt->last_page > 0 && r->opt->last_page - 1 < last)
		last = r->opt->last_page - 1;
	if (last - first + 1 >= r->opt->read_ahead)
		r->ahead = pk_ahead_new(data, len, password, (int)first,
		    (int)last);
}

/*
 * Standard error into a temporary file (*said), to be read for whether
 * anything was said; returns the saved descriptor, or -1.
 */
static int
stderr_off(FILE **said)
{
	int	 saved, null;

	*said = NULL;
	fflush(stderr);
	if ((saved = dup(STDERR_FILENO)) == -1)
		return -1;
	/* No temporary (a read-only /tmp): to /dev/null, unheard. */
	if ((*said = tmpfile()) != NULL)
		dup2(fileno(*said), STDERR_FILENO);
	else if ((null = open("/dev/null", O_WRONLY | O_CLOEXEC)) != -1) {
		dup2(null, STDERR_FILENO);
		close(null);
	} else {
		close(saved);
		return -1;
	}
	return saved;
}

/* Standard error back; 1 when something was said to the temporary. */
static int
stderr_on(int saved, FILE **said)
{
	int	 spoke = 0;

	if (saved < 0)
		return 0;
	fflush(stderr);
	dup2(saved, STDERR_FILENO);
	close(saved);
	if (*said != NULL) {
		spoke = lseek(fileno(*said), 0, SEEK_END) > 0;
		fclose(*said);
		*said = NULL;
	}
	return spoke;
}

/* Page i of an image file (TIFF's pages, or one PNG or JPEG). */
static void
read_image_page(struct reader *r, const char *data, size_t len, int tiff,
    int i)
{
	fz_context		*ctx = r->ctx;
	fz_pixmap		*pix = NULL;
	fz_image		*img = NULL;
	fz_buffer		*buf = NULL;
	struct pk_ocr_job	*job = NULL;
	FILE			*said = NULL;
	int			 dpi, quiet = -1;

	if (r->opt->ocr.mode == PK_OCR_NEVER) {
		queue_page(r, i, fz_new_stext_page(ctx, fz_empty_rect), NULL,
		    NULL);
		return;
	}
	fz_var(pix);
	fz_var(img);
	fz_var(buf);
	fz_var(job);
	fz_var(quiet);
	fz_var(said);
	fz_try(ctx) {
		if (tiff) {
			int w = 0, h = 0, xres, yres;
			fz_colorspace *cs = NULL;

			/* Sized first: decoding a 30000 x 30000 frame would
			 * take gigabytes before any limit saw it. */
			fz_load_tiff_info_subimage(ctx,
			    (const unsigned char *)data, len, &w, &h, &xres,
			    &yres, &cs, i);
			fz_drop_colorspace(ctx, cs);
			if ((long)w * h > 200L * 1000 * 1000)
				fz_throw(ctx, FZ_ERROR_GENERIC, PK_TOO_LARGE
				    "a page image of %d x %d pixels", w, h);
			pix = fz_load_tiff_subimage(ctx,
			    (const unsigned char *)data, len, i);
		} else {
			buf = fz_new_buffer_from_shared_data(ctx,
			    (const unsigned char *)data, len);
			/*
			 * MuPDF leaves libjpeg's warnings ("Corrupt JPEG
			 * data", "Premature end of JPEG file") on stderr:
			 * kept while it decodes, so that a bad file gets our
			 * one line, and what they say is that it is damaged.
			 */
			quiet = stderr_off(&said);
			img = fz_new_image_from_buffer(ctx, buf);
			if ((long)img->w * img->h > 200L * 1000 * 1000)
				fz_throw(ctx, FZ_ERROR_GENERIC, PK_TOO_LARGE
				    "an image of %d x %d pixels", img->w,
				    img->h);
			pix = fz_get_pixmap_from_image(ctx, img, NULL, NULL,
			    NULL, NULL);
			if (stderr_on(quiet, &said))
				r->damaged_image = 1;
			quiet = -1;
		}
		/* The scan's own resolution, when it states a likely one. */
		dpi = pix->xres >= 100 && pix->xres <= 1200 ? pix->xres :
		    r->dpi;
		job = new_job(r);
		pk_pdfocr_job_from_pixmap(ctx, pix, dpi, job);
	}
	fz_always(ctx) {
		(void)stderr_on(quiet, &said);
		fz_drop_pixmap(ctx, pix);
		fz_drop_image(ctx, img);
		fz_drop_buffer(ctx, buf);
	}
	fz_catch(ctx) {
		free(job);
		fz_rethrow(ctx);
	}
	queue_page(r, i, NULL, job, NULL);
}

/* Front matter: which pages OCR read, how sure it was, what it turned,
 * which text layers were judged. */
static void
ocr_meta(struct reader *r)
{
	char	 dpi[16];

	pk_pdflayer_meta(&r->layer, r->po);
	if (r->ocr_pages.len == 0)
		return;
	snprintf(dpi, sizeof(dpi), "%d", r->read_dpi);
	pk_po_meta(r->po, "ocr-engine", pk_ocr_version());
	pk_po_meta(r->po, "ocr-lang", r->ocr_lang);
	pk_po_meta(r->po, "ocr-dpi", dpi);
	pk_po_meta(r->po, "ocr-pages", r->ocr_pages.data);
	if (r->ocr_conf.len > 0)
		pk_po_meta(r->po, "ocr-confidence", r->ocr_conf.data);
	if (r->ocr_low.len > 0)
		pk_po_meta(r->po, "ocr-low-confidence", r->ocr_low.data);
	if (r->ocr_turned.len > 0)
		pk_po_meta(r->po, "ocr-turned", r->ocr_turned.data);
}

static int
extract_fitz(const char *data, size_t len, enum pk_format fmt,
    const struct pk_extract_opts *opt, struct pk_pagedout *po,
    struct pk_diag *d)
{
	fz_context		*ctx;
	fz_document		*doc = NULL;
	fz_stream		*stm = NULL;
	struct reader		 r;
	const char		*password = "";
	int			 npages = 0, i, rc = -1, encrypted = 0;
	int			 too_many = 0, ocr_failed = 0, repaired = 0;
	size_t			 k;

	if ((ctx = fz_new_context(NULL, NULL, FZ_STORE_DEFAULT)) == NULL) {
		pk_diag(d, PK_E_NOMEM, 0, NULL);
		return -1;
	}
	memset(&r, 0, sizeof(r));
	r.ctx = ctx;
	r.opt = opt;
	r.po = po;
	r.dpi = opt->ocr.dpi > 0 ? opt->ocr.dpi : PK_OCR_DPI;
	/* OCR reads ahead of the page being laid out, two pages a thread. */
	r.nwin = opt->ocr.jobs > 1 ? 2 * opt->ocr.jobs : 1;
	if ((r.win = calloc((size_t)r.nwin, sizeof(*r.win))) == NULL) {
		fz_drop_context(ctx);
		pk_diag(d, PK_E_NOMEM, 0, NULL);
		return -1;
	}
	/* MuPDF's own messages would go to stderr: ours say it once. */
	fz_set_error_callback(ctx, NULL, NULL);
	fz_set_warning_callback(ctx, NULL, NULL);
	fz_var(doc);
	fz_var(stm);
	fz_var(encrypted);
	fz_var(too_many);
	fz_var(rc);
	fz_var(npages);
	fz_var(password);
	fz_var(repaired);
	fz_try(ctx) {
		if (fmt == PK_FMT_PDF) {
			/* Only the PDF handler: no other format's set-up. */
			stm = fz_open_memory(ctx, (const unsigned char *)data,
			    len);
			doc = (fz_document *)pdf_open_document_with_stream(ctx,
			    stm);
			if (fz_needs_password(ctx, doc) &&
			    !fz_authenticate_password(ctx, doc, "")) {
				size_t k;

				for (k = 0; k < opt->npasswords; k++)
					if (fz_authenticate_password(ctx, doc,
					    opt->passwords[k])) {
						password = opt->passwords[k];
						break;
					}
				if (k == opt->npasswords) {
					encrypted = 1;
					fz_throw(ctx, FZ_ERROR_GENERIC,
					    "encrypted");
				}
			}
			npages = fz_count_pages(ctx, doc);
		} else if (fmt == PK_FMT_TIFF)
			npages = fz_load_tiff_subimage_count(ctx,
			    (const unsigned char *)data, len);
		else
			npages = 1;
		if (npages <= 0)
			fz_throw(ctx, FZ_ERROR_GENERIC, "no pages");
		if ((size_t)npages > opt->max_pages) {
			too_many = 1;
			fz_throw(ctx, FZ_ERROR_GENERIC, "pages");
		}
		if (doc != NULL) {
			meta(ctx, doc, po, FZ_META_INFO_TITLE, "title");
			meta(ctx, doc, po, FZ_META_INFO_AUTHOR, "author");
			meta(ctx, doc, po, FZ_META_INFO_CREATIONDATE,
			    "created");
			meta(ctx, doc, po, FZ_META_INFO_MODIFICATIONDATE,
			    "modified");
		}
		if (doc != NULL)
			start_ahead(&r, data, len, password, npages);
		for (i = 0; i < npages; i++)
			if ((opt->first_page > 0 && i + 1 < opt->first_page) ||
			    (opt->last_page > 0 && i + 1 > opt->last_page))
				queue_page(&r, i, NULL, NULL, NULL);
			else if (doc != NULL)
				read_pdf_page(&r, doc, i);
			else
				read_image_page(&r, data, len,
				    fmt == PK_FMT_TIFF, i);
		while (r.count > 0)
			flush_one(&r);
		/*
		 * A damaged PDF MuPDF rebuilt by scanning it (a truncated
		 * file, a broken cross-reference table): where no page gave
		 * any text, what was lost is the whole document, not blank
		 * pages (a truncated encrypted PDF lost its encryption and
		 * read as garbage, its pages as empty); else it is said.
		 */
		if ((doc != NULL && pdf_was_repaired(ctx,
		    (pdf_document *)doc)) || r.damaged_image) {
			if (r.nempty >= npages)
				fz_throw(ctx, FZ_ERROR_GENERIC, "damaged beyond "
				    "repair: no page has any text");
			repaired = 1;
		}
		rc = 0;
	}
	fz_always(ctx) {
		fz_drop_document(ctx, doc);
		fz_drop_stream(ctx, stm);
	}
	fz_catch(ctx) {
		if (encrypted && opt->npasswords == 0)
			pk_diag(d, PK_E_ENCRYPTED, 0, "a password is needed "
			    "(--password, --password-file)");
		else if (encrypted && opt->npasswords == 1)
			pk_diag(d, PK_E_ENCRYPTED, 0, "the password given does "
			    "not open it");
		else if (encrypted)
			pk_diag(d, PK_E_ENCRYPTED, 0, "none of the %zu "
			    "passwords given opens it", opt->npasswords);
		else if (too_many)
			pk_diag(d, PK_E_LIMIT, 0, "%d pages, limit %zu", npages,
			    opt->max_pages);
		else if (r.ocr_err[0] != '\0') {
			pk_diag(d, PK_E_OCR, 0, "%s", r.ocr_err);
			ocr_failed = 1;
		} else if (strncmp(fz_caught_message(ctx), PK_TOO_LARGE,
		    strlen(PK_TOO_LARGE)) == 0)
			pk_diag(d, PK_E_LIMIT, 0, "%s", fz_caught_message(ctx) +
			    strlen(PK_TOO_LARGE));
		else
			pk_diag(d, PK_E_CORRUPT, 0, "%s", fz_caught_message(ctx));
		rc = -1;
	}
	(void)ocr_failed;
	/* Pages still waiting after a failure: their jobs finish, then go. */
	if (r.pool != NULL)
		snprintf(r.ocr_lang, sizeof(r.ocr_lang), "%s",
		    pk_ocr_pool_lang(r.pool));
	pk_ocr_pool_free(r.pool);
	while (r.count > 0) {
		struct slot *s = &r.win[r.head];

		pk_pdf_prep_free(&s->prep);
		pk_ahead_drop(r.ahead, ctx, s->st);
		if (s->job != NULL) {
			pk_ocr_page_free(&s->job->page);
			free(s->job->gray);
			free(s->job);
		}
		r.head = (r.head + 1) % r.nwin;
		r.count--;
	}
	if (rc == 0 && r.empty.len > 0)
		pk_po_meta(po, "empty-pages", r.empty.data);
	if (rc == 0 && repaired)
		pk_diag(d, PK_W_REPAIRED, 0, NULL);
	if (rc == 0 && (opt->first_page > 0 || opt->last_page > 0)) {
		char	 range[48];

		snprintf(range, sizeof(range), "%ld-%ld", opt->first_page > 0 ?
		    opt->first_page : 1L, opt->last_page > 0 &&
		    opt->last_page < npages ? opt->last_page : (long)npages);
		pk_po_meta(po, "pages-read", range);
	}
	if (rc == 0)
		ocr_meta(&r);
	for (k = 0; k < r.pp.n; k++)
		para_free(&r.pp.v[k]);
	free(r.pp.v);
	free(r.win);
	pk_buf_free(&r.empty);
	pk_buf_free(&r.ocr_pages);
	pk_buf_free(&r.ocr_conf);
	pk_buf_free(&r.ocr_turned);
	pk_buf_free(&r.ocr_low);
	pk_pdflayer_free(&r.layer);
	pk_ahead_free(r.ahead);
	fz_drop_context(ctx);
	return rc;
}

int
pk_extract_pdf(const char *data, size_t len, const struct pk_extract_opts *opt,
    struct pk_pagedout *po, struct pk_diag *d)
{
	return extract_fitz(data, len, PK_FMT_PDF, opt, po, d);
}

int
pk_extract_image(const char *data, size_t len, enum pk_format fmt,
    const struct pk_extract_opts *opt, struct pk_pagedout *po,
    struct pk_diag *d)
{
	return extract_fitz(data, len, fmt, opt, po, d);
}
