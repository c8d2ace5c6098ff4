/* ODT to paged text: paragraphs and spans with ODF styles, lists, tables, changes, notes, furniture. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "odtgrid.h"
#include "ooxml.h"
#include "tablenest.h"
#include "zipin.h"

struct ostyle {
	char	*name;
	char	*parent;
	int	 bold, italic;		/* -1: not set here */
	int	 page_before;		/* fo:break-before="page" */
};

/*
 * One level of a list style, or of the outline that numbers headings
 * (Writer's chapter numbering), and the number of its last entry.
 */
#define LEVELS	10			/* ODF's levels of either */

struct olevel {
	int	 numbered;		/* a number's, not a bullet's */
	char	 format[8];		/* "1", "a", "A", "i", "I"; "": none */
	char	 prefix[16], suffix[16];
	int	 start;
	int	 display;		/* levels shown: "13.2" is 2 */
	int	 count;			/* 0: no entry of it yet */
};

/* A list style that numbers at least one of its levels. */
struct olist {
	char		*name;
	struct olevel	 level[LEVELS];
};

struct odt {
	struct olist		*lists;
	size_t			 nlists;
	struct olevel		 outline[LEVELS];
	struct pk_zip		*zip;
	struct pk_diag		*diag;
	struct pk_pagedout	*po;
	struct ostyle		*styles;
	size_t			 nstyles;
	struct pk_buf		 part;
	char			**notes;	/* bodies for the page end */
	size_t			 nnotes;
	char			**endnotes;	/* for the document's end */
	size_t			 nendnotes;
	struct pk_odt_grid	 grid;		/* the body's table rows */
	size_t			 row;		/* the next of them */
};

/* Read the styles of a part (styles.xml or content.xml's automatic ones). */
static void
copy_attr(xmlTextReaderPtr r, const char *name, char *out, size_t size)
{
	char	*v = pk_part_attr(r, name);

	snprintf(out, size, "%s", v ? v : "");
	free(v);
}

/* A numbered level of a list style or of the outline: how it counts. */
static void
read_level(xmlTextReaderPtr r, struct olevel *levels)
{
	struct olevel	*l;
	char		 v[16];
	int		 level;

	copy_attr(r, "level", v, sizeof(v));
	level = atoi(v);
	if (level < 1 || level > LEVELS)
		return;
	l = &levels[level - 1];
	l->numbered = 1;
	copy_attr(r, "num-format", l->format, sizeof(l->format));
	copy_attr(r, "num-prefix", l->prefix, sizeof(l->prefix));
	copy_attr(r, "num-suffix", l->suffix, sizeof(l->suffix));
	copy_attr(r, "start-value", v, sizeof(v));
	l->start = v[0] ? atoi(v) : 1;
	copy_attr(r, "display-levels", v, sizeof(v));
	l->display = v[0] ? atoi(v) : 1;
}

static void
read_styles(struct odt *o, xmlTextReaderPtr r)
{
	struct ostyle	*cur = NULL;
	char		*list_name = NULL;
	struct olist	*l;
	int		 in_list = 0;	/* list_name has an olist yet */

	while (pk_part_read(r) == 1) {
		if (pk_part_is(r, "list-style")) {
			free(list_name);
			list_name = pk_part_attr(r, "name");
			in_list = 0;
		} else if (list_name != NULL &&
		    pk_part_is(r, "list-level-style-number")) {
			/* The style's first numbered level makes its olist. */
			if (!in_list) {
				if ((l = realloc(o->lists, (o->nlists + 1) *
				    sizeof(*l))) == NULL) {
					o->po->failed = 1;
					break;
				}
				o->lists = l;
				l = &o->lists[o->nlists++];
				memset(l, 0, sizeof(*l));
				if ((l->name = strdup(list_name)) == NULL) {
					o->po->failed = 1;
					break;
				}
				in_list = 1;
			}
			read_level(r, o->lists[o->nlists - 1].level);
		} else if (pk_part_is(r, "outline-level-style")) {
			read_level(r, o->outline);
		} else if (pk_part_is(r, "style")) {
			struct ostyle *s = realloc(o->styles,
			    (o->nstyles + 1) * sizeof(*s));

			if (s == NULL) {
				o->po->failed = 1;
				return;
			}
			o->styles = s;
			cur = &o->styles[o->nstyles++];
			cur->name = pk_part_attr(r, "name");
			cur->parent = pk_part_attr(r, "parent-style-name");
			cur->bold = cur->italic = -1;
			cur->page_before = 0;
			if (xmlTextReaderIsEmptyElement(r))
				cur = NULL;
		} else if (pk_part_ends(r, "style"))
			cur = NULL;
		else if (cur != NULL && pk_part_is(r, "paragraph-properties")) {
			char *b = pk_part_attr(r, "break-before");

			cur->page_before = b != NULL && strcmp(b, "page") == 0;
			free(b);
		} else if (cur != NULL && pk_part_is(r, "text-properties")) {
			char *w = pk_part_attr(r, "font-weight");
			char *st = pk_part_attr(r, "font-style");

			if (w != NULL)
				cur->bold = strcmp(w, "bold") == 0 ||
				    atoi(w) >= 600;
			if (st != NULL)
				cur->italic = strcmp(st, "italic") == 0 ||
				    strcmp(st, "oblique") == 0;
			free(w);
			free(st);
		} else if (pk_part_is(r, "body"))
			break;		/* content.xml: the styles are above */
	}
	free(list_name);
}

/* The numbered list style name, or NULL. */
static struct olist *
find_list(struct odt *o, const char *name)
{
	size_t	 i;

	for (i = 0; name != NULL && i < o->nlists; i++)
		if (o->lists[i].name != NULL &&
		    strcmp(o->lists[i].name, name) == 0)
			return &o->lists[i];
	return NULL;
}

/* Number n in an ODF num-format: "12", "b", "xiv". */
static void
num_text(const char *format, int n, char *out, size_t size)
{
	static const char *const roman[] = { "m", "cm", "d", "cd", "c",
	    "xc", "l", "xl", "x", "ix", "v", "iv", "i" };
	static const int value[] = { 1000, 900, 500, 400, 100, 90, 50, 40,
	    10, 9, 5, 4, 1 };
	size_t	 i, len = 0;
	char	*p;

	if ((format[0] == 'a' || format[0] == 'A') && n > 0)
		snprintf(out, size, "%c", format[0] + (n - 1) % 26);
	else if ((format[0] == 'i' || format[0] == 'I') && n > 0 &&
	    n < 4000) {
		out[0] = '\0';
		for (i = 0; i < sizeof(value) / sizeof(value[0]); i++)
			while (n >= value[i] && len + 3 < size) {
				snprintf(out + len, size - len, "%s",
				    roman[i]);
				len = strlen(out);
				n -= value[i];
			}
		if (format[0] == 'I')
			for (p = out; *p != '\0'; p++)
				*p = (char)(*p - 'a' + 'A');
	} else
		snprintf(out, size, "%d", n);
}

/*
 * The label of the next entry or heading at level (from 0) of levels:
 * "5. ", "b) ", "§ 13 ", "13.2) ", "" where the level has no number.
 * Counts it, from start_value where that is above 0, and starts the
 * levels under it again.
 */
static void
level_label(struct olevel *levels, int level, int start_value, char *out,
    size_t size)
{
	struct olevel	*l = &levels[level];
	char		 num[24];
	int		 i, from, sep = 0;
	size_t		 len;

	if (start_value > 0)
		l->count = start_value;
	else
		l->count = l->count > 0 ? l->count + 1 : l->start;
	for (i = level + 1; i < LEVELS; i++)
		levels[i].count = 0;
	from = l->display > 1 ? level - l->display + 1 : level;
	if (from < 0)
		from = 0;
	snprintf(out, size, "%s", l->prefix);
	for (i = from; i <= level; i++) {
		const struct olevel *up = &levels[i];

		if (up->format[0] == '\0')
			continue;
		num_text(up->format, up->count > 0 ? up->count : up->start,
		    num, sizeof(num));
		len = strlen(out);
		snprintf(out + len, size - len, "%s%s", sep ? "." : "", num);
		sep = 1;
	}
	len = strlen(out);
	snprintf(out + len, size - len, "%s", l->suffix);
	len = strlen(out);
	if (len > 0)
		snprintf(out + len, size - len, " ");
}

/*
 * The label of heading r by the outline ("§ 13 ", "13.2) "), or "" where
 * its level has no number or it is unnumbered (is-list-header); counts
 * the heading and starts the levels under it again.
 */
static void
outline_label(struct odt *o, xmlTextReaderPtr r, char *out, size_t size)
{
	char		*v;
	int		 level = 1, header, start_value = 0;

	out[0] = '\0';
	if ((v = pk_part_attr(r, "outline-level")) != NULL)
		level = atoi(v);
	free(v);
	if (level < 1 || level > LEVELS)
		return;
	v = pk_part_attr(r, "is-list-header");
	header = v != NULL && strcmp(v, "true") == 0;
	free(v);
	if (header)
		return;
	v = pk_part_attr(r, "restart-numbering");
	if (v != NULL && strcmp(v, "true") == 0) {
		free(v);
		v = pk_part_attr(r, "start-value");
		start_value = v != NULL ? atoi(v) : o->outline[level - 1].start;
	}
	free(v);
	level_label(o->outline, level - 1, start_value, out, size);
}

static int
style_prop(const struct odt *o, const char *name, int italic)
{
	size_t	 i;
	int	 depth;

	for (depth = 0; depth < 16 && name != NULL; depth++) {
		const struct ostyle *s = NULL;

		for (i = o->nstyles; i > 0; i--)
			if (o->styles[i - 1].name != NULL &&
			    strcmp(o->styles[i - 1].name, name) == 0) {
				s = &o->styles[i - 1];
				break;
			}
		if (s == NULL)
			return -1;
		if ((italic ? s->italic : s->bold) >= 0)
			return italic ? s->italic : s->bold;
		name = s->parent;
	}
	return -1;
}

struct owalk {
	char	*pstyle;
	char	*spans[16];		/* span styles, innermost last */
	int	 nspans;
	int	 para_tab;		/* the paragraph has a tab */
	struct pk_tables tab;		/* the tables around (tablenest.h) */
	int	 first_cell;
	int	 col;			/* the cell's column, from 0 */
	int	 ecol;			/* ... among the cells written */
	const struct pk_odt_row *row;	/* the row's, or NULL */
	int	 para_text;		/* the paragraph has text */
	int	 list_depth;
	struct olist *list;		/* the numbered list entries belong to */
	char	 label[48];		/* in a cell, until its text */
	int	 entry_first;		/* an entry's first paragraph is next */
	int	 entry_start;		/* the number it sets, or 0 */
	int	 labelled;		/* the paragraph has a label of ours */
	int	 skip_depth;
	int	 text_since_page;
	int	 in_note_body;
	int	 endnote;		/* the note is an endnote */
	struct pk_pagedout note;
};

static int
page_before(const struct odt *o, const char *name)
{
	size_t	 i;

	for (i = o->nstyles; name != NULL && i > 0; i--)
		if (o->styles[i - 1].name != NULL &&
		    strcmp(o->styles[i - 1].name, name) == 0)
			return o->styles[i - 1].page_before;
	return 0;
}

static int
prop(struct odt *o, struct owalk *w, int italic)
{
	int	 i, v;

	for (i = w->nspans - 1; i >= 0; i--)
		if ((v = style_prop(o, w->spans[i], italic)) >= 0)
			return v;
	v = style_prop(o, w->pstyle, italic);
	return v > 0;
}

/* The held break after a paragraph of cells, where no row goes on. */
static void
row_break(struct odt *o, struct owalk *w)
{
	pk_tables_row_break(&w->tab, o->po);
}

static void
text(struct odt *o, struct owalk *w, const char *s, size_t len)
{
	struct pk_pagedout *po = w->in_note_body ? &w->note : o->po;
	int	 content = len > 0 && !(len == 1 && s[0] == ' ');

	if (content && !w->in_note_body)
		row_break(o, w);
	/*
	 * A cell's next paragraph or line is a line of its own, in the
	 * cell's column (docs/paged-text.md), as DOCX and PDF tables are.
	 */
	if (!w->in_note_body && content)
		pk_tables_place(&w->tab, o->po, w->ecol);
	/* A list entry's label in a cell goes on the line of its text. */
	if (w->label[0] != '\0' && !w->in_note_body && len > 0 &&
	    !(len == 1 && s[0] == ' ')) {
		pk_po_text(po, w->label, strlen(w->label), 0, 0);
		w->label[0] = '\0';
	}
	if (len > 0)
		w->para_text = 1;
	pk_po_text(po, s, len, prop(o, w, 0), prop(o, w, 1));
	w->text_since_page = 1;
}

static void
flush_notes(struct odt *o)
{
	pk_po_notes(o->po, o->notes, &o->nnotes);
}

/*
 * A master page's header or footer, also those of left pages and of the
 * first page (ODF 1.3's header-first): at its start (or end, if ends),
 * "header" or "footer"; NULL elsewhere, and at the start of one empty
 * or not displayed.
 */
static const char *
furniture_part(xmlTextReaderPtr r, int ends)
{
	static const char *const parts[] = { "header", "header-left",
	    "header-first", "footer", "footer-left", "footer-first" };
	size_t	 i;
	char	*display;
	int	 hidden;

	for (i = 0; i < sizeof(parts) / sizeof(parts[0]); i++) {
		if (ends) {
			if (pk_part_ends(r, parts[i]))
				return i < 3 ? "header" : "footer";
			continue;
		}
		if (!pk_part_is(r, parts[i]))
			continue;
		if (xmlTextReaderIsEmptyElement(r))
			return NULL;
		display = pk_part_attr(r, "display");
		hidden = display != NULL && strcmp(display, "false") == 0;
		free(display);
		return hidden ? NULL : i < 3 ? "header" : "footer";
	}
	return NULL;
}

static int
walk_body(struct odt *o, xmlTextReaderPtr r, const char *furniture)
{
	struct owalk	 w;
	int		 rc, i, in_body = furniture != NULL;

	memset(&w, 0, sizeof(w));
	pk_po_init(&w.note);
	while ((rc = pk_part_read(r)) == 1) {
		int type = xmlTextReaderNodeType(r);

		if (w.skip_depth > 0) {
			if (type == XML_READER_TYPE_END_ELEMENT &&
			    xmlTextReaderDepth(r) == w.skip_depth - 1)
				w.skip_depth = 0;
			continue;
		}
		if (!in_body) {
			in_body = pk_part_is(r, "text") &&
			    xmlTextReaderDepth(r) == 2;
			continue;
		}
		if (furniture != NULL && furniture_part(r, 1) != NULL)
			break;
		/*
		 * A number a writer kept in the text for readers without
		 * numbering (ODF's text:number) where ours is there already.
		 */
		if (w.labelled && pk_part_is(r, "number") &&
		    !xmlTextReaderIsEmptyElement(r)) {
			w.skip_depth = xmlTextReaderDepth(r) + 1;
			continue;
		}
		/* Deleted text kept for change tracking is not content. */
		if (pk_odt_not_content(r)) {
			if (pk_part_is(r, "note-citation")) {
				xmlChar *s = xmlTextReaderReadString(r);
				char mark[32];

				snprintf(mark, sizeof(mark), "[%s]",
				    s ? (char *)s : "");
				text(o, &w, mark, strlen(mark));
				pk_po_text(&w.note, mark, strlen(mark), 0, 0);
				pk_po_text(&w.note, " ", 1, 0, 0);
				xmlFree(s);
			}
			w.skip_depth = xmlTextReaderDepth(r) + 1;
			continue;
		}
		if (type == XML_READER_TYPE_TEXT ||
		    type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE) {
			const xmlChar *s = xmlTextReaderConstValue(r);

			if (s != NULL)
				text(o, &w, (const char *)s,
				    strlen((const char *)s));
			continue;
		}
		if (pk_part_is(r, "note")) {
			char *cls = pk_part_attr(r, "note-class");

			w.endnote = cls != NULL && strcmp(cls, "endnote") == 0;
			free(cls);
		}
		/* A table is a frame or a grid from its first row on. */
		if (pk_part_is(r, "table-row") && !w.in_note_body &&
		    pk_tables_innermost(&w.tab) == PK_TABLE_UNKNOWN)
			pk_tables_first_row(&w.tab, o->po);
		if (pk_part_is(r, "note-body")) {
			w.in_note_body = 1;
		} else if (pk_part_ends(r, "note-body")) {
			/* A footnote ends its page, an endnote the text. */
			char ***list = w.endnote ? &o->endnotes : &o->notes;
			size_t *n = w.endnote ? &o->nendnotes : &o->nnotes;
			char **p = realloc(*list, (*n + 1) * sizeof(*p));

			w.in_note_body = 0;
			if (p == NULL) {
				o->po->failed = 1;
				break;
			}
			*list = p;
			if ((p[*n] = pk_po_take_para(&w.note)) == NULL) {
				o->po->failed = 1;
				break;
			}
			(*n)++;
		} else if (w.in_note_body)
			;	/* a note's paragraphs run together */
		else if (pk_part_is(r, "p") || pk_part_is(r, "h")) {
			char label[48];

			w.para_text = 0;
			w.para_tab = 0;
			free(w.pstyle);
			w.pstyle = pk_part_attr(r, "style-name");
			if (furniture == NULL && w.tab.depth == 0 &&
			    pk_tables_innermost(&w.tab) != PK_TABLE_UNKNOWN &&
			    w.text_since_page && page_before(o, w.pstyle)) {
				w.tab.row_pending = 0;
				flush_notes(o);
				pk_po_page(o->po);
				w.text_since_page = 0;
			}
			w.label[0] = '\0';
			label[0] = '\0';
			/* A heading's outline number is not in the text. */
			if (w.list_depth == 0 && furniture == NULL &&
			    pk_part_is(r, "h"))
				outline_label(o, r, label, sizeof(label));
			/*
			 * Only an entry's first paragraph has its label; the
			 * rest, and a list header's, go on under it.
			 */
			else if (w.list_depth > 0 && w.entry_first &&
			    (w.tab.depth > 0 || o->po->para.len == 0)) {
				int lvl = (w.list_depth < LEVELS ?
				    w.list_depth : LEVELS) - 1;

				/* Nor is a numbered list's label. */
				if (w.list != NULL &&
				    w.list->level[lvl].numbered)
					level_label(w.list->level, lvl,
					    w.entry_start, label,
					    sizeof(label));
				else
					snprintf(label, sizeof(label), "- ");
			}
			if (label[0] != '\0' && (w.tab.depth > 0 ||
			    o->po->para.len == 0)) {
				/*
				 * In a cell, the entry's text may start a
				 * line of the cell's column (text()): the
				 * label waits for it, as DOCX's does.
				 */
				if (w.tab.depth > 0)
					memcpy(w.label, label, sizeof(w.label));
				else {
					/* Set as the paragraph: a bold
					 * heading's number is bold too. */
					int bold = style_prop(o, w.pstyle,
					    0) > 0;

					row_break(o, &w);
					pk_po_text(o->po, label, strlen(label),
					    bold, 0);
				}
			}
			w.labelled = label[0] != '\0';
			w.entry_first = 0;
			if (xmlTextReaderIsEmptyElement(r) &&
			    w.tab.depth == 0 && furniture == NULL) {
				row_break(o, &w);
				pk_po_para(o->po);
			}
		} else if (pk_part_ends(r, "p") || pk_part_ends(r, "h")) {
			if (furniture != NULL)
				pk_po_line(o->po);
			else if (w.tab.depth == 1)
				w.tab.cell_para |= w.para_text;
			else if (w.tab.depth > 0) {
				/* A nested table's paragraphs: one line. */
				if (w.para_text)
					pk_po_text(o->po, " ", 1, 0, 0);
			} else if (w.list_depth > 0)
				pk_po_line(o->po);
			else if (w.para_tab && w.para_text &&
			    !w.in_note_body) {
				pk_po_line(o->po);
				w.tab.row_pending = 1;
			} else {
				row_break(o, &w);
				pk_po_para(o->po);
			}
		} else if (pk_part_is(r, "span") &&
		    !xmlTextReaderIsEmptyElement(r)) {
			if (w.nspans < 16)
				w.spans[w.nspans] = pk_part_attr(r,
				    "style-name");
			w.nspans++;
		} else if (pk_part_ends(r, "span") && w.nspans > 0) {
			if (--w.nspans < 16)
				free(w.spans[w.nspans]);
		} else if (pk_part_is(r, "s")) {
			char *c = pk_part_attr(r, "c");
			int n = c ? atoi(c) : 1;

			while (n-- > 0 && n < 1000)
				text(o, &w, " ", 1);
			free(c);
		} else if (pk_part_is(r, "tab")) {
			/* A paragraph of cells' next line, or its cell. */
			if (!w.para_text && w.tab.row_pending)
				w.tab.row_pending = 0;
			w.para_tab = 1;
			pk_po_cell(o->po);
		}
		else if (pk_part_is(r, "line-break")) {
			if (w.tab.depth == 1 && furniture == NULL &&
			    !w.in_note_body)
				w.tab.cell_para |= w.para_text;
			else if (w.tab.depth > 0 || furniture != NULL ||
			    w.in_note_body)
				text(o, &w, " ", 1);
			else	/* a line of the same block */
				pk_po_line(o->po);
		}
		else if (pk_part_is(r, "soft-page-break") && furniture == NULL &&
		    w.tab.depth == 0 && pk_tables_innermost(&w.tab) != PK_TABLE_UNKNOWN &&
		    w.text_since_page) {
			char	 label[48] = "";
			size_t	 n = o->po->para.len;

			/*
			 * In a list entry before its text, the page breaks
			 * before its label: else "3." stood alone on one page
			 * and its clause on the next.
			 */
			if (w.list_depth > 0 && !w.para_text && n > 0 &&
			    n < sizeof(label)) {
				memcpy(label, o->po->para.data, n);
				label[n] = '\0';
				pk_buf_reset(&o->po->para);
				pk_buf_reset(&o->po->ws);
			}
			pk_po_line(o->po);
			w.tab.row_pending = 0;
			flush_notes(o);
			pk_po_page(o->po);
			w.text_since_page = 0;
			if (label[0] != '\0') {
				pk_po_text(o->po, label, strlen(label), 0, 0);
				pk_po_text(o->po, " ", 1, 0, 0);
			}
		} else if (pk_part_is(r, "list") &&
		    !xmlTextReaderIsEmptyElement(r)) {
			if (w.list_depth++ == 0) {
				char *st = pk_part_attr(r, "style-name");
				char *cont = pk_part_attr(r, "continue-list");
				char *cn = pk_part_attr(r, "continue-numbering");

				w.list = find_list(o, st);
				/* A new list starts again unless it goes on. */
				if (w.list != NULL && cont == NULL &&
				    (cn == NULL || strcmp(cn, "true") != 0))
					for (i = 0; i < LEVELS; i++)
						w.list->level[i].count = 0;
				free(st);
				free(cont);
				free(cn);
				/* In a cell, a list goes on in the row. */
				if (w.tab.depth == 0) {
					w.tab.row_pending = 0;
					pk_po_block(o->po);
				}
			}
		} else if (pk_part_is(r, "list-item") ||
		    pk_part_is(r, "list-header")) {
			w.entry_first = pk_part_is(r, "list-item") &&
			    !xmlTextReaderIsEmptyElement(r);
			/* An entry may set its number; the next count on. */
			w.entry_start = 0;
			if (w.entry_first) {
				char *sv = pk_part_attr(r, "start-value");

				if (sv != NULL)
					w.entry_start = atoi(sv);
				free(sv);
			}
		} else if (pk_part_ends(r, "list")) {
			if (--w.list_depth == 0 && w.tab.depth == 0)
				pk_po_block(o->po);
		} else if (pk_part_is(r, "table") &&
		    !xmlTextReaderIsEmptyElement(r)) {
			pk_tables_open(&w.tab);
		} else if (pk_part_ends(r, "table") && w.tab.open > 0) {
			pk_tables_close(&w.tab, o->po);
		} else if (pk_part_is(r, "table-column") &&
		    pk_tables_innermost(&w.tab) == PK_TABLE_UNKNOWN) {
			char *rep = pk_part_attr(r, "number-columns-repeated");
			long n = rep != NULL ? strtol(rep, NULL, 10) : 1;

			w.tab.cols += n > 0 && n < 1024 ? (int)n : 2;
			free(rep);
		} else if (pk_part_is(r, "table-row") &&
		    pk_tables_innermost(&w.tab) != PK_TABLE_GRID) {
			/* A frame's row: its place in the grid's rows
			 * (odtgrid.c counts the outermost table's). */
			if (w.tab.open == 1 && furniture == NULL &&
			    o->row < o->grid.n)
				o->row++;
		} else if (pk_part_is(r, "table-row") && w.tab.depth == 2) {
			pk_tables_nested_row(&w.tab);
		} else if ((pk_part_is(r, "table-cell") ||
		    pk_part_is(r, "covered-table-cell")) &&
		    w.tab.depth == 2 &&
		    pk_tables_innermost(&w.tab) == PK_TABLE_GRID) {
			pk_tables_nested_cell(&w.tab);
		} else if (pk_part_is(r, "table-row") && w.tab.depth == 1) {
			/* The grid's rows are the outermost table's. */
			w.row = furniture == NULL && w.tab.open == 1 &&
			    o->row < o->grid.n ? &o->grid.rows[o->row++] :
			    NULL;
			/* One of the tables Writer joined into this one. */
			if (w.row != NULL && w.row->new_block)
				pk_po_block(o->po);
			w.first_cell = 1;
			w.col = w.ecol = -1;
		}
		else if (pk_part_ends(r, "table-row") && w.tab.depth == 1 &&
		    pk_tables_innermost(&w.tab) == PK_TABLE_GRID)
			pk_po_line(o->po);
		else if ((pk_part_is(r, "table-cell") ||
		    pk_part_is(r, "covered-table-cell")) && w.tab.depth == 1 &&
		    pk_tables_innermost(&w.tab) == PK_TABLE_GRID) {
			w.col++;
			/* A column only the joining of tables made: none. */
			if (pk_part_is(r, "covered-table-cell") &&
			    w.row != NULL && w.col < 64 &&
			    !(w.row->kept >> w.col & 1))
				continue;
			if (!w.first_cell)
				pk_po_cell(o->po);
			w.first_cell = 0;
			w.ecol++;
			w.tab.cell_para = 0;
		}
	}
	free(w.pstyle);
	while (w.nspans > 0)
		if (--w.nspans < 16)
			free(w.spans[w.nspans]);
	pk_po_free(&w.note);
	return rc == -1 ? -1 : 0;
}

static const struct pk_meta_map meta_map[] = {
	{ "title", "title" }, { "initial-creator", "author" },
	{ "creation-date", "created" }, { "date", "modified" } };

/* The master pages' headers and footers: furniture, recorded at the top. */
static int
read_furniture(struct odt *o)
{
	xmlTextReaderPtr	 r;
	struct pk_pagedout	 saved, part;
	int			 rc;

	if ((rc = pk_zip_read(o->zip, "styles.xml", &o->part)) != 0)
		return rc == 1 ? 0 : -1;
	if ((r = pk_part_reader(&o->part, "styles.xml", o->diag)) == NULL)
		return -1;
	read_styles(o, r);
	xmlFreeTextReader(r);
	if ((r = pk_part_reader(&o->part, "styles.xml", o->diag)) == NULL)
		return -1;
	while ((rc = pk_part_read(r)) == 1) {
		const char *type = furniture_part(r, 0);

		if (type == NULL)
			continue;
		saved = *o->po;
		pk_po_init(&part);
		*o->po = part;
		rc = walk_body(o, r, type);
		part = *o->po;
		*o->po = saved;
		pk_po_line(&part);
		pk_po_furniture_lines(o->po, type, &part.body);
		pk_po_free(&part);
		if (rc == -1)
			break;
	}
	xmlFreeTextReader(r);
	return rc == -1 ? -1 : 0;
}

int
pk_extract_odt(const char *data, size_t len, const struct pk_extract_opts *opt,
    struct pk_pagedout *po, struct pk_diag *d)
{
	struct odt		 o;
	xmlTextReaderPtr	 r = NULL;
	size_t			 i;
	int			 rc = -1;

	memset(&o, 0, sizeof(o));
	o.diag = d;
	o.po = po;
	if ((o.zip = pk_zip_open(data, len, &opt->zip, d)) == NULL)
		return -1;
	/* ODF encrypts the parts themselves; the manifest says so. */
	if (pk_zip_read(o.zip, "META-INF/manifest.xml", &o.part) == 0 &&
	    o.part.data != NULL && strstr(o.part.data, "encryption-data")) {
		pk_diag(d, PK_E_ENCRYPTED, 0, "a password is needed");
		goto out;
	}
	pk_part_meta(o.zip, "meta.xml", meta_map,
	    sizeof(meta_map) / sizeof(meta_map[0]), &o.part, po, d);
	if (read_furniture(&o) == -1)
		goto out;
	if (pk_zip_read(o.zip, "content.xml", &o.part) != 0) {
		if (d->nerrors == 0)
			pk_diag(d, PK_E_CORRUPT, 0, "no content.xml in the "
			    "container");
		goto out;
	}
	/* Automatic styles first, then the body, in two passes. */
	if ((r = pk_part_reader(&o.part, "content.xml", d)) == NULL)
		goto out;
	read_styles(&o, r);
	xmlFreeTextReader(r);
	/* (A part that fails here fails the walk below, where it says so.) */
	if ((r = pk_part_reader(&o.part, "content.xml", d)) == NULL)
		goto out;
	(void)pk_odt_grid_read(r, &o.grid);
	xmlFreeTextReader(r);
	if ((r = pk_part_reader(&o.part, "content.xml", d)) == NULL)
		goto out;
	if (walk_body(&o, r, NULL) == -1) {
		pk_diag(d, PK_E_CORRUPT, 0, "content.xml is not well-formed");
		goto out;
	}
	flush_notes(&o);
	pk_po_notes(po, o.endnotes, &o.nendnotes);
	rc = po->failed ? -1 : 0;
	if (po->failed)
		pk_diag(d, PK_E_NOMEM, 0, NULL);
out:
	xmlFreeTextReader(r);
	for (i = 0; i < o.nstyles; i++) {
		free(o.styles[i].name);
		free(o.styles[i].parent);
	}
	for (i = 0; i < o.nnotes; i++)
		free(o.notes[i]);
	free(o.notes);
	for (i = 0; i < o.nendnotes; i++)
		free(o.endnotes[i]);
	free(o.endnotes);
	for (i = 0; i < o.nlists; i++)
		free(o.lists[i].name);
	free(o.lists);
	free(o.styles);
	pk_odt_grid_free(&o.grid);
	pk_buf_free(&o.part);
	pk_zip_close(o.zip);
	return rc;
}
