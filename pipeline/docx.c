/* DOCX to paged text: paragraphs and runs with Word's style resolution, numbering, tables, changes, furniture. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "ooxml.h"
#include "tablenest.h"
#include "zipin.h"

#define MAX_LEVELS	9

struct style {
	char	*id;
	char	*based_on;
	int	 bold, italic;		/* -1: not set here */
	int	 num_id, ilvl;		/* -1: no numbering */
};

struct level {
	int	 start;
	char	 fmt[24];
	char	 text[64];
};

struct abstract {
	int		 id;
	struct level	 lvl[MAX_LEVELS];
	int		 count[MAX_LEVELS];
	int		 started[MAX_LEVELS];
};

struct num {
	int	 id;
	int	 abstract;
	int	 override_start[MAX_LEVELS];	/* -1: none */
	int	 used;
};

struct footnote {
	char	*id;
	char	*text;
	int	 endnote;		/* else a footnote: ids are per kind */
};

struct docx {
	struct pk_zip		*zip;
	struct pk_diag		*diag;
	struct pk_pagedout	*po;
	const struct pk_extract_opts *opt;
	struct style		*styles;
	size_t			 nstyles;
	int			 def_bold, def_italic;
	struct abstract		*abstracts;
	size_t			 nabstracts;
	struct num		*nums;
	size_t			 nnums;
	struct footnote		*notes;
	size_t			 nnotes;
	char			**pending;	/* footnotes for this page */
	size_t			 npending;
	char			**endnotes;	/* for the document's end */
	size_t			 nendnotes;
	int			 nrefs[2];	/* footnotes, endnotes cited */
	struct pk_buf		 part;
};

static void
grow_fail(struct docx *x)
{
	x->po->failed = 1;
}

static int
atoi_attr(xmlTextReaderPtr r, const char *name, int dflt)
{
	char	*v = pk_part_attr(r, name);
	int	 n = v ? atoi(v) : dflt;

	free(v);
	return n;
}

/* Read styles.xml: per style its bold, italic, parent and numbering. */
static int
read_styles(struct docx *x)
{
	xmlTextReaderPtr	 r;
	struct style		*cur = NULL;
	int			 in_defaults = 0, in_rpr = 0, rc;

	if ((rc = pk_zip_read(x->zip, "word/styles.xml", &x->part)) != 0)
		return rc == 1 ? 0 : -1;
	if ((r = pk_part_reader(&x->part, "word/styles.xml", x->diag)) == NULL)
		return -1;
	while ((rc = pk_part_read(r)) == 1) {
		if (pk_part_is(r, "docDefaults"))
			in_defaults = 1;
		else if (pk_part_ends(r, "docDefaults"))
			in_defaults = 0;
		else if (pk_part_is(r, "style")) {
			struct style *s = realloc(x->styles,
			    (x->nstyles + 1) * sizeof(*s));

			if (s == NULL) {
				grow_fail(x);
				break;
			}
			x->styles = s;
			cur = &x->styles[x->nstyles++];
			memset(cur, 0, sizeof(*cur));
			cur->bold = cur->italic = cur->num_id = cur->ilvl = -1;
			cur->id = pk_part_attr(r, "styleId");
		} else if (pk_part_ends(r, "style"))
			cur = NULL;
		else if (pk_part_is(r, "rPr"))
			in_rpr = !xmlTextReaderIsEmptyElement(r);
		else if (pk_part_ends(r, "rPr"))
			in_rpr = 0;
		else if (cur != NULL && pk_part_is(r, "basedOn"))
			cur->based_on = pk_part_attr(r, "val");
		else if (cur != NULL && pk_part_is(r, "numId"))
			cur->num_id = atoi_attr(r, "val", -1);
		else if (cur != NULL && pk_part_is(r, "ilvl"))
			cur->ilvl = atoi_attr(r, "val", 0);
		else if (in_rpr && (pk_part_is(r, "b") || pk_part_is(r, "i"))) {
			int on = pk_part_onoff(r);
			int bold = pk_part_is(r, "b");

			if (in_defaults && bold)
				x->def_bold = on;
			else if (in_defaults)
				x->def_italic = on;
			else if (cur != NULL && bold)
				cur->bold = on;
			else if (cur != NULL)
				cur->italic = on;
		}
	}
	xmlFreeTextReader(r);
	if (rc == -1) {
		pk_diag(x->diag, PK_E_CORRUPT, 0, "word/styles.xml is not "
		    "well-formed");
		return -1;
	}
	return 0;
}

static const struct style *
find_style(const struct docx *x, const char *id)
{
	size_t	 i;

	for (i = 0; id != NULL && i < x->nstyles; i++)
		if (x->styles[i].id != NULL && strcmp(x->styles[i].id, id) == 0)
			return &x->styles[i];
	return NULL;
}

/* Bold or italic through a style's chain of parents, or -1. */
static int
style_prop(const struct docx *x, const char *id, int italic)
{
	const struct style	*s;
	int			 depth;

	for (depth = 0; depth < 16 && (s = find_style(x, id)) != NULL;
	    depth++) {
		int v = italic ? s->italic : s->bold;

		if (v >= 0)
			return v;
		id = s->based_on;
	}
	return -1;
}

static void
style_num(const struct docx *x, const char *id, int *num_id, int *ilvl)
{
	const struct style	*s;
	int			 depth;

	for (depth = 0; depth < 16 && (s = find_style(x, id)) != NULL;
	    depth++) {
		if (s->num_id >= 0) {
			*num_id = s->num_id;
			if (*ilvl < 0)
				*ilvl = s->ilvl >= 0 ? s->ilvl : 0;
			return;
		}
		id = s->based_on;
	}
}

static int
read_numbering(struct docx *x)
{
	xmlTextReaderPtr	 r;
	struct abstract		*a = NULL;
	struct num		*n = NULL;
	int			 lvl = -1, rc;

	if ((rc = pk_zip_read(x->zip, "word/numbering.xml", &x->part)) != 0)
		return rc == 1 ? 0 : -1;
	if ((r = pk_part_reader(&x->part, "word/numbering.xml", x->diag)) ==
	    NULL)
		return -1;
	while ((rc = pk_part_read(r)) == 1) {
		if (pk_part_is(r, "abstractNum")) {
			void *p = realloc(x->abstracts,
			    (x->nabstracts + 1) * sizeof(*a));

			if (p == NULL) {
				grow_fail(x);
				break;
			}
			x->abstracts = p;
			a = &x->abstracts[x->nabstracts++];
			memset(a, 0, sizeof(*a));
			a->id = atoi_attr(r, "abstractNumId", -1);
			n = NULL;
		} else if (pk_part_is(r, "num") &&
		    xmlTextReaderDepth(r) == 1) {
			void *p = realloc(x->nums, (x->nnums + 1) * sizeof(*n));

			if (p == NULL) {
				grow_fail(x);
				break;
			}
			x->nums = p;
			n = &x->nums[x->nnums++];
			memset(n, 0, sizeof(*n));
			memset(n->override_start, -1,
			    sizeof(n->override_start));
			n->id = atoi_attr(r, "numId", -1);
			a = NULL;
		} else if (pk_part_is(r, "lvl") || pk_part_is(r,
		    "lvlOverride")) {
			lvl = atoi_attr(r, "ilvl", -1);
			if (lvl >= MAX_LEVELS)
				lvl = -1;
		} else if (n != NULL && pk_part_is(r, "abstractNumId"))
			n->abstract = atoi_attr(r, "val", -1);
		else if (n != NULL && lvl >= 0 && pk_part_is(r, "startOverride"))
			n->override_start[lvl] = atoi_attr(r, "val", 1);
		else if (a != NULL && lvl >= 0 && pk_part_is(r, "start"))
			a->lvl[lvl].start = atoi_attr(r, "val", 1);
		else if (a != NULL && lvl >= 0 && pk_part_is(r, "numFmt")) {
			char *v = pk_part_attr(r, "val");

			snprintf(a->lvl[lvl].fmt, sizeof(a->lvl[lvl].fmt), "%s",
			    v ? v : "decimal");
			free(v);
		} else if (a != NULL && lvl >= 0 && pk_part_is(r, "lvlText")) {
			char *v = pk_part_attr(r, "val");

			snprintf(a->lvl[lvl].text, sizeof(a->lvl[lvl].text),
			    "%s", v ? v : "");
			free(v);
		}
	}
	xmlFreeTextReader(r);
	return rc == -1 ? -1 : 0;
}

static void
roman(int n, int upper, char *out, size_t size)
{
	static const struct { int v; const char *s; } t[] = {
		{ 1000, "m" }, { 900, "cm" }, { 500, "d" }, { 400, "cd" },
		{ 100, "c" }, { 90, "xc" }, { 50, "l" }, { 40, "xl" },
		{ 10, "x" }, { 9, "ix" }, { 5, "v" }, { 4, "iv" }, { 1, "i" } };
	size_t	 i, j = 0, k;

	for (i = 0; i < sizeof(t) / sizeof(t[0]) && n > 0; i++)
		while (n >= t[i].v && j + 3 < size) {
			for (k = 0; t[i].s[k]; k++)
				out[j++] = upper ? (char)(t[i].s[k] - 32) :
				    t[i].s[k];
			n -= t[i].v;
		}
	out[j] = '\0';
}

static void
format_number(const char *fmt, int n, char *out, size_t size)
{
	if (strcmp(fmt, "lowerLetter") == 0 || strcmp(fmt, "upperLetter") == 0)
		snprintf(out, size, "%c", (fmt[0] == 'l' ? 'a' : 'A') +
		    (n - 1) % 26);
	else if (strcmp(fmt, "lowerRoman") == 0)
		roman(n, 0, out, size);
	else if (strcmp(fmt, "upperRoman") == 0)
		roman(n, 1, out, size);
	else if (strcmp(fmt, "none") == 0)
		out[0] = '\0';
	else
		snprintf(out, size, "%d", n);
}

/* The visible label of a numbered paragraph: "1.", "§ 12", "a)". */
static void
number_label(struct docx *x, int num_id, int ilvl, struct pk_buf *label,
    int *bullet)
{
	struct num	*n = NULL;
	struct abstract	*a = NULL;
	size_t		 i;
	int		 l;
	const char	*p;

	*bullet = 0;
	for (i = 0; i < x->nnums; i++)
		if (x->nums[i].id == num_id)
			n = &x->nums[i];
	if (n == NULL || ilvl < 0 || ilvl >= MAX_LEVELS)
		return;
	for (i = 0; i < x->nabstracts; i++)
		if (x->abstracts[i].id == n->abstract)
			a = &x->abstracts[i];
	if (a == NULL)
		return;
	if (strcmp(a->lvl[ilvl].fmt, "bullet") == 0) {
		*bullet = 1;
		return;
	}
	if (!n->used) {
		n->used = 1;
		for (l = 0; l < MAX_LEVELS; l++)
			if (n->override_start[l] >= 0) {
				a->count[l] = n->override_start[l] - 1;
				a->started[l] = 1;
			}
	}
	if (!a->started[ilvl]) {
		a->count[ilvl] = (a->lvl[ilvl].start ? a->lvl[ilvl].start : 1) - 1;
		a->started[ilvl] = 1;
	}
	a->count[ilvl]++;
	for (l = ilvl + 1; l < MAX_LEVELS; l++)
		a->started[l] = 0;
	pk_buf_reset(label);
	for (p = a->lvl[ilvl].text; *p != '\0'; p++) {
		char num[32];

		if (*p == '%' && p[1] >= '1' && p[1] <= '9') {
			l = p[1] - '1';
			format_number(a->lvl[l].fmt[0] ? a->lvl[l].fmt :
			    "decimal", a->count[l] ? a->count[l] : 1, num,
			    sizeof(num));
			pk_buf_puts(label, num);
			p++;
		} else
			pk_buf_putc(label, *p);
	}
}

/* Symbols of the Wingdings and Symbol fonts that minutes use as marks. */
static const char *
symbol(const char *font, const char *code)
{
	static const struct { const char *font, *code, *utf8; } map[] = {
		{ "Wingdings", "F0FC", "\xe2\x9c\x93" },	/* ✓ */
		{ "Wingdings", "F0FB", "\xe2\x9c\x97" },	/* ✗ */
		{ "Wingdings", "F0FE", "\xe2\x98\x91" },	/* ☑ */
		{ "Wingdings", "F0A8", "\xe2\x98\x90" },	/* ☐ */
		{ "Wingdings", "F06F", "\xe2\x98\x90" },	/* ☐ */
		{ "Wingdings", "F0A7", "\xe2\x96\xaa" },	/* ▪ */
		{ "Wingdings", "F0D8", "\xe2\x9e\xa2" },	/* ➢ */
		{ "Symbol", "F0B7", "\xe2\x80\xa2" },		/* • */
		{ "Symbol", "F02D", "-" },
		{ "Symbol", "F0D6", "\xe2\x88\x9a" },		/* √ */
	};
	size_t	 i;

	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (font != NULL && code != NULL &&
		    strncmp(font, map[i].font, strlen(map[i].font)) == 0 &&
		    strcasecmp(code, map[i].code) == 0)
			return map[i].utf8;
	return "\xef\xbf\xbd";	/* U+FFFD: a symbol we cannot name */
}

/* The state of the body walk. */
struct walk {
	int	 in_del, in_ins, in_rpr, in_ppr;
	int	 in_mark_rpr;			/* the paragraph mark's rPr */
	int	 mark_bold;			/* its bold, -1 unset */
	int	 para_tab;			/* the paragraph has a tab */
	int	 skip_depth;			/* > 0: inside skipped subtree */
	int	 run_bold, run_italic;		/* direct, -1 unset */
	char	*run_style, *para_style;
	int	 num_id, ilvl;
	int	 para_started;
	struct pk_tables tab;			/* the tables around */
	int	 first_cell;
	int	 span;				/* columns the cell spans */
	int	 col;				/* the cell's column, from 0 */
	int	 para_text;			/* the paragraph has text */
	int	 text_since_page;
	struct pk_buf label;
};

static void
flush_notes(struct docx *x)
{
	pk_po_notes(x->po, x->pending, &x->npending);
}

static void
page_break(struct docx *x, struct walk *w)
{
	if (!w->text_since_page)
		return;
	w->tab.row_pending = 0;	/* the page's end ends the block */
	flush_notes(x);
	pk_po_page(x->po);
	w->text_since_page = 0;
}

/*
 * Before a cell's next paragraph that has text: a line of its own, in the
 * cell's column, after the tabs of the cells before it (paged-text.md).
 */
static void
cell_line(struct docx *x, struct walk *w)
{
	pk_tables_place(&w->tab, x->po, w->col);
}

/*
 * Whether the paragraph's mark is bold: its own rPr, else its style's,
 * else the document's default.
 */
static int
mark_prop(struct docx *x, const struct walk *w)
{
	int	 v = w->mark_bold;

	if (v < 0)
		v = style_prop(x, w->para_style, 0);
	if (v < 0)
		v = x->def_bold;
	return v > 0;
}

/*
 * A label and its value set with a tab, paragraph by paragraph, the
 * value's next lines in paragraphs that start with a tab ("Ersättare
 * <TAB>A (S)", "<TAB>B (KD)"): one block, each a line, as a table's row
 * and its cell's lines are (pk_tables row_pending).
 */
static void
row_break(struct docx *x, struct walk *w)
{
	pk_tables_row_break(&w->tab, x->po);
}

/* Before the first text of a paragraph: its number, if it has one. */
static void
start_para(struct docx *x, struct walk *w)
{
	int	 bullet = 0, num_id = w->num_id, ilvl = w->ilvl;

	if (w->para_started)
		return;
	w->para_started = 1;
	if (num_id < 0)
		style_num(x, w->para_style, &num_id, &ilvl);
	if (num_id <= 0)
		return;
	row_break(x, w);
	cell_line(x, w);
	w->para_text = 1;
	pk_buf_reset(&w->label);
	number_label(x, num_id, ilvl < 0 ? 0 : ilvl, &w->label, &bullet);
	if (bullet)
		pk_po_text(x->po, "- ", 2, 0, 0);
	else if (w->label.len > 0) {
		/* Word sets the number as the paragraph's mark: a heading
		 * bold by its style has its number bold too. */
		int	 bold = mark_prop(x, w);

		pk_po_text(x->po, w->label.data, w->label.len, bold, 0);
		pk_po_text(x->po, " ", 1, bold, 0);
	}
}

static int
run_prop(struct docx *x, struct walk *w, int italic)
{
	int v = italic ? w->run_italic : w->run_bold;

	if (v < 0)
		v = style_prop(x, w->run_style, italic);
	if (v < 0)
		v = style_prop(x, w->para_style, italic);
	if (v < 0)
		v = italic ? x->def_italic : x->def_bold;
	return v > 0;
}

static void
text(struct docx *x, struct walk *w, const char *s)
{
	start_para(x, w);
	if (*s != '\0') {
		row_break(x, w);
		cell_line(x, w);
		w->para_text = 1;
	}
	pk_po_text(x->po, s, strlen(s), run_prop(x, w, 0), run_prop(x, w, 1));
	w->text_since_page = 1;
}

/*
 * A reference to note id: its mark in the text, as Word numbers them
 * (footnotes 1, 2, 3 and endnotes i, ii, iii, in the order cited), and
 * the note, with the same mark, for the end of the page (a footnote) or
 * of the document (an endnote).  Footnote 1 and endnote 1 are not the
 * same note.
 */
static void
add_note_ref(struct docx *x, struct walk *w, const char *id, int endnote)
{
	char	 num[32], mark[40], *line;
	size_t	 i;
	int	 n = ++x->nrefs[endnote];

	if (endnote)
		roman(n, 0, num, sizeof(num));
	else
		snprintf(num, sizeof(num), "%d", n);
	snprintf(mark, sizeof(mark), "[%s]", num);
	text(x, w, mark);
	for (i = 0; i < x->nnotes; i++)
		if (x->notes[i].endnote == endnote &&
		    strcmp(x->notes[i].id, id) == 0) {
			char ***list = endnote ? &x->endnotes : &x->pending;
			size_t *nlist = endnote ? &x->nendnotes : &x->npending;
			char **p = realloc(*list, (*nlist + 1) * sizeof(*p));

			if (p != NULL)
				*list = p;
			line = malloc(strlen(mark) + strlen(x->notes[i].text) +
			    2);
			if (p == NULL || line == NULL) {
				free(line);
				grow_fail(x);
				return;
			}
			sprintf(line, "%s %s", mark, x->notes[i].text);
			(*list)[(*nlist)++] = line;
			break;
		}
}

/* The elements walk_part acts on: a node's name is looked up once. */
enum wel {
	W_NONE,
	W_FALLBACK,
	W_B,
	W_BR,
	W_COMMENTREFERENCE,
	W_DELTEXT,
	W_ENDNOTEREFERENCE,
	W_FOOTNOTEREFERENCE,
	W_GRIDCOL,
	W_GRIDSPAN,
	W_I,
	W_ILVL,
	W_INS,
	W_INSTRTEXT,
	W_LASTRENDEREDPAGEBREAK,
	W_NOBREAKHYPHEN,
	W_NUMID,
	W_P,
	W_PPR,
	W_PSTYLE,
	W_R,
	W_RPR,
	W_RSTYLE,
	W_SYM,
	W_T,
	W_TAB,
	W_TBL,
	W_TC,
	W_TR
};

static const struct wel_name {
	const char	*name;
	enum wel	 el;
} wel_names[] = {	/* sorted, for bsearch */
	{ "Fallback", W_FALLBACK },
	{ "b", W_B },
	{ "br", W_BR },
	{ "commentReference", W_COMMENTREFERENCE },
	{ "delText", W_DELTEXT },
	{ "endnoteReference", W_ENDNOTEREFERENCE },
	{ "footnoteReference", W_FOOTNOTEREFERENCE },
	{ "gridCol", W_GRIDCOL },
	{ "gridSpan", W_GRIDSPAN },
	{ "i", W_I },
	{ "ilvl", W_ILVL },
	{ "ins", W_INS },
	{ "instrText", W_INSTRTEXT },
	{ "lastRenderedPageBreak", W_LASTRENDEREDPAGEBREAK },
	{ "noBreakHyphen", W_NOBREAKHYPHEN },
	{ "numId", W_NUMID },
	{ "p", W_P },
	{ "pPr", W_PPR },
	{ "pStyle", W_PSTYLE },
	{ "r", W_R },
	{ "rPr", W_RPR },
	{ "rStyle", W_RSTYLE },
	{ "sym", W_SYM },
	{ "t", W_T },
	{ "tab", W_TAB },
	{ "tbl", W_TBL },
	{ "tc", W_TC },
	{ "tr", W_TR },
};

static int
wel_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct wel_name *)elem)->name);
}

static enum wel
wel_of(const char *local)
{
	const struct wel_name	*w;

	if (local == NULL)
		return W_NONE;
	w = bsearch(local, wel_names, sizeof(wel_names) / sizeof(*wel_names),
	    sizeof(*wel_names), wel_cmp);
	return w != NULL ? w->el : W_NONE;
}

#define IS(e)	(start && el == (e))
#define ENDS(e)	(end && el == (e))

/*
 * Walk one body part (document.xml, a header, a footnote part).  With
 * furniture set, each paragraph becomes a %%fw line of that type.
 */
static int
walk_part(struct docx *x, const char *name, const char *furniture)
{
	xmlTextReaderPtr	 r;
	struct walk		 w;
	struct pk_pagedout	 saved, fw;
	int			 rc;

	memset(&w, 0, sizeof(w));
	w.run_bold = w.run_italic = w.num_id = w.ilvl = w.mark_bold = -1;
	if ((r = pk_part_reader(&x->part, name, x->diag)) == NULL)
		return -1;
	if (furniture != NULL) {
		saved = *x->po;
		pk_po_init(&fw);
		*x->po = fw;
	}
	while ((rc = pk_part_read(r)) == 1) {
		struct pk_part_node	 node = pk_part_here;
		int			 type = node.type;
		int			 start = type == XML_READER_TYPE_ELEMENT;
		int			 end = type == XML_READER_TYPE_END_ELEMENT ||
		    (start && node.empty);
		enum wel		 el = start || end ? wel_of(node.ln) :
		    W_NONE;

		if (w.skip_depth > 0) {
			if (type == XML_READER_TYPE_END_ELEMENT &&
			    xmlTextReaderDepth(r) == w.skip_depth - 1)
				w.skip_depth = 0;
			continue;
		}
		/* Text that is not content, or content twice over. */
		if ((IS(W_INSTRTEXT) || IS(W_FALLBACK) ||
		    IS(W_COMMENTREFERENCE) ||
		    (IS(W_DELTEXT) && !x->opt->keep_original) ||
		    (IS(W_INS) && x->opt->keep_original)) &&
		    !node.empty) {
			w.skip_depth = xmlTextReaderDepth(r) + 1;
			continue;
		}
		if (IS(W_P)) {
			w.num_id = w.ilvl = -1;
			free(w.para_style);
			w.para_style = NULL;
			w.para_started = 0;
			w.para_text = 0;
			w.para_tab = 0;
			w.mark_bold = -1;
			if (!node.empty)
				continue;
		}
		if (ENDS(W_P)) {
			start_para(x, &w);
			if (furniture != NULL)
				pk_po_line(x->po);
			else if (w.tab.depth == 1)
				w.tab.cell_para |= w.para_text;
			else if (w.tab.depth > 0) {
				/* A nested table's paragraphs: one line. */
				if (w.para_text)
					pk_po_text(x->po, " ", 1, 0, 0);
			} else if (w.para_tab && w.para_text) {
				pk_po_line(x->po);
				w.tab.row_pending = 1;
			} else {
				row_break(x, &w);
				pk_po_para(x->po);
			}
			continue;
		}
		if (IS(W_PPR))
			w.in_ppr = !node.empty;
		else if (ENDS(W_PPR))
			w.in_ppr = 0;
		else if (IS(W_RPR) && !w.in_ppr)
			w.in_rpr = !node.empty;
		else if (IS(W_RPR))
			w.in_mark_rpr = !node.empty;
		else if (ENDS(W_RPR))
			w.in_rpr = w.in_mark_rpr = 0;
		else if (w.in_mark_rpr && IS(W_B))
			w.mark_bold = pk_part_onoff(r);
		else if (IS(W_R)) {
			w.run_bold = w.run_italic = -1;
			free(w.run_style);
			w.run_style = NULL;
		} else if (w.in_ppr && IS(W_PSTYLE)) {
			free(w.para_style);
			w.para_style = pk_part_attr(r, "val");
		} else if (w.in_ppr && IS(W_NUMID))
			w.num_id = atoi_attr(r, "val", -1);
		else if (w.in_ppr && IS(W_ILVL))
			w.ilvl = atoi_attr(r, "val", 0);
		else if (w.in_rpr && IS(W_RSTYLE)) {
			free(w.run_style);
			w.run_style = pk_part_attr(r, "val");
		} else if (w.in_rpr && IS(W_B))
			w.run_bold = pk_part_onoff(r);
		else if (w.in_rpr && IS(W_I))
			w.run_italic = pk_part_onoff(r);
		else if (IS(W_T) || IS(W_DELTEXT)) {
			xmlChar *s = xmlTextReaderReadString(r);

			if (s != NULL)
				text(x, &w, (const char *)s);
			xmlFree(s);
		} else if (IS(W_TAB) && !w.in_ppr) {
			start_para(x, &w);
			if (!w.para_text && w.tab.row_pending)
				w.tab.row_pending = 0;	/* the row's next line */
			w.para_tab = 1;
			pk_po_cell(x->po);
		} else if (IS(W_NOBREAKHYPHEN))
			text(x, &w, "-");
		else if (IS(W_SYM)) {
			char *font = pk_part_attr(r, "font");
			char *code = pk_part_attr(r, "char");

			text(x, &w, symbol(font, code));
			free(font);
			free(code);
		} else if (IS(W_BR)) {
			char *t = pk_part_attr(r, "type");

			if (t != NULL && strcmp(t, "page") == 0 &&
			    furniture == NULL) {
				pk_po_line(x->po);
				page_break(x, &w);
			} else if (w.tab.depth == 1 && furniture == NULL) {
				/* A line break in a cell: its next line. */
				w.tab.cell_para |= w.para_text;
			} else if (w.tab.depth > 0 || furniture != NULL)
				text(x, &w, " ");
			else	/* a line of the same block */
				pk_po_line(x->po);
			free(t);
		} else if (IS(W_LASTRENDEREDPAGEBREAK) &&
		    furniture == NULL && w.tab.depth == 0) {
			pk_po_line(x->po);
			page_break(x, &w);
		} else if (IS(W_FOOTNOTEREFERENCE) ||
		    IS(W_ENDNOTEREFERENCE)) {
			char *id = pk_part_attr(r, "id");

			if (id != NULL)
				add_note_ref(x, &w, id,
				    el == W_ENDNOTEREFERENCE);
			free(id);
		} else if (IS(W_TBL) && !node.empty)
			pk_tables_open(&w.tab);
		else if (ENDS(W_TBL) && w.tab.open > 0)
			pk_tables_close(&w.tab, x->po);
		else if (IS(W_GRIDCOL))
			w.tab.cols++;
		else if (IS(W_TR) &&
		    pk_tables_innermost(&w.tab) == PK_TABLE_UNKNOWN)
			pk_tables_first_row(&w.tab, x->po);
		if (pk_tables_innermost(&w.tab) != PK_TABLE_GRID)
			;	/* a frame's rows and cells are not there */
		else if (IS(W_TR) && w.tab.depth == 2)
			pk_tables_nested_row(&w.tab);
		else if (IS(W_TC) && w.tab.depth == 2)
			pk_tables_nested_cell(&w.tab);
		else if (IS(W_TR) && w.tab.depth == 1) {
			w.first_cell = 1;
			w.col = -1;
		}
		else if (ENDS(W_TR) && w.tab.depth == 1)
			pk_po_line(x->po);
		else if (IS(W_TC) && w.tab.depth == 1) {
			if (!w.first_cell)
				pk_po_cell(x->po);
			w.first_cell = 0;
			w.span = 1;
			w.col++;
			w.tab.cell_para = 0;
		} else if (IS(W_GRIDSPAN) && w.tab.depth == 1) {
			w.span = atoi_attr(r, "val", 1);
			if (w.span < 1 || w.span > 64)
				w.span = 1;
		} else if (ENDS(W_TC) && w.tab.depth == 1) {
			/* The columns a merged cell covers stay, empty (as
			 * ODT's covered cells and a PDF's table do). */
			for (; w.span > 1; w.span--) {
				pk_po_cell(x->po);
				w.col++;
			}
			w.tab.cell_para = 0;
		}
	}
	xmlFreeTextReader(r);
	free(w.run_style);
	free(w.para_style);
	pk_buf_free(&w.label);
	if (furniture != NULL) {
		struct pk_pagedout	 part = *x->po;

		*x->po = saved;
		pk_po_line(&part);
		pk_po_furniture_lines(x->po, furniture, &part.body);
		if (part.failed)
			grow_fail(x);
		pk_po_free(&part);
	}
	if (rc == -1) {
		pk_diag(x->diag, PK_E_CORRUPT, 0, "%s is not well-formed", name);
		return -1;
	}
	return 0;
}

#undef IS
#undef ENDS

/* Footnotes and endnotes: their text by id, read before the body. */
static int
read_notes(struct docx *x, const char *name)
{
	xmlTextReaderPtr	 r;
	struct pk_pagedout	 po;
	char			*id = NULL;
	int			 rc, endnote = 0;

	if ((rc = pk_zip_read(x->zip, name, &x->part)) != 0)
		return rc == 1 ? 0 : -1;
	if ((r = pk_part_reader(&x->part, name, x->diag)) == NULL)
		return -1;
	pk_po_init(&po);
	while ((rc = pk_part_read(r)) == 1) {
		if (pk_part_is(r, "footnote") || pk_part_is(r, "endnote")) {
			free(id);
			id = pk_part_attr(r, "id");
			endnote = pk_part_is(r, "endnote");
			pk_buf_reset(&po.para);
		} else if (pk_part_is(r, "t")) {
			xmlChar *s = xmlTextReaderReadString(r);

			if (s != NULL)
				pk_po_text(&po, (const char *)s,
				    strlen((const char *)s), 0, 0);
			xmlFree(s);
		} else if ((pk_part_ends(r, "footnote") ||
		    pk_part_ends(r, "endnote")) && id != NULL &&
		    po.para.len > 0) {
			struct footnote *f = realloc(x->notes,
			    (x->nnotes + 1) * sizeof(*f));

			if (f == NULL) {
				grow_fail(x);
				break;
			}
			x->notes = f;
			f = &x->notes[x->nnotes++];
			f->id = id;
			f->text = pk_po_take_para(&po);
			f->endnote = endnote;
			id = NULL;
			if (f->text == NULL) {
				x->nnotes--;
				free(f->id);
				grow_fail(x);
				break;
			}
		}
	}
	free(id);
	pk_po_free(&po);
	xmlFreeTextReader(r);
	return rc == -1 ? -1 : 0;
}

/* The main document's part name, from the package relationships. */
static char *
main_part(struct docx *x)
{
	xmlTextReaderPtr	 r;
	char			*target = NULL;

	if (pk_zip_read(x->zip, "_rels/.rels", &x->part) != 0 ||
	    (r = pk_part_reader(&x->part, "_rels/.rels", x->diag)) == NULL)
		return strdup("word/document.xml");
	while (target == NULL && pk_part_read(r) == 1) {
		char *type;

		if (!pk_part_is(r, "Relationship"))
			continue;
		type = pk_part_attr(r, "Type");
		if (type != NULL && strlen(type) > 15 &&
		    strcmp(type + strlen(type) - 15, "/officeDocument") == 0)
			target = pk_part_attr(r, "Target");
		free(type);
	}
	xmlFreeTextReader(r);
	if (target == NULL)
		return strdup("word/document.xml");
	if (target[0] == '/')
		memmove(target, target + 1, strlen(target));
	return target;
}

static const struct pk_meta_map core_map[] = {
	{ "title", "title" }, { "creator", "author" },
	{ "created", "created" }, { "modified", "modified" } };

int
pk_extract_docx(const char *data, size_t len, const struct pk_extract_opts *opt,
    struct pk_pagedout *po, struct pk_diag *d)
{
	struct docx	 x;
	char		*doc = NULL;
	size_t		 i, n;
	int		 rc = -1;

	memset(&x, 0, sizeof(x));
	x.diag = d;
	x.po = po;
	x.opt = opt;
	if ((x.zip = pk_zip_open(data, len, &opt->zip, d)) == NULL)
		return -1;
	pk_part_meta(x.zip, "docProps/core.xml", core_map,
	    sizeof(core_map) / sizeof(core_map[0]), &x.part, po, d);
	if (read_styles(&x) == -1 || read_numbering(&x) == -1 ||
	    read_notes(&x, "word/footnotes.xml") == -1 ||
	    read_notes(&x, "word/endnotes.xml") == -1)
		goto out;
	/* Headers and footers: furniture, recorded once at the top. */
	n = pk_zip_count(x.zip);
	for (i = 0; i < n; i++) {
		const char *name = pk_zip_name(x.zip, i);
		int footer;

		if (name == NULL || strncmp(name, "word/", 5) != 0 ||
		    strchr(name + 5, '/') != NULL)
			continue;
		footer = strncmp(name + 5, "footer", 6) == 0;
		if (!footer && strncmp(name + 5, "header", 6) != 0)
			continue;
		if (pk_zip_read(x.zip, name, &x.part) != 0 ||
		    walk_part(&x, name, footer ? "footer" : "header") == -1)
			goto out;
	}
	if ((doc = main_part(&x)) == NULL) {
		pk_diag(d, PK_E_NOMEM, 0, NULL);
		goto out;
	}
	if (pk_zip_read(x.zip, doc, &x.part) != 0) {
		if (d->nerrors == 0)
			pk_diag(d, PK_E_CORRUPT, 0, "no %s in the container",
			    doc);
		goto out;
	}
	if (walk_part(&x, doc, NULL) == -1)
		goto out;
	flush_notes(&x);
	pk_po_notes(po, x.endnotes, &x.nendnotes);
	rc = po->failed ? -1 : 0;
	if (po->failed)
		pk_diag(d, PK_E_NOMEM, 0, NULL);
out:
	free(doc);
	for (i = 0; i < x.nstyles; i++) {
		free(x.styles[i].id);
		free(x.styles[i].based_on);
	}
	for (i = 0; i < x.nnotes; i++) {
		free(x.notes[i].id);
		free(x.notes[i].text);
	}
	for (i = 0; i < x.npending; i++)
		free(x.pending[i]);
	free(x.pending);
	for (i = 0; i < x.nendnotes; i++)
		free(x.endnotes[i]);
	free(x.endnotes);
	free(x.notes);
	free(x.styles);
	free(x.abstracts);
	free(x.nums);
	pk_buf_free(&x.part);
	pk_zip_close(x.zip);
	return rc;
}
