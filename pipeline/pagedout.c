/* The paged-text writer the extractors share: paragraphs, emphasis, pages, front matter. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "pagedout.h"

void
pk_po_init(struct pk_pagedout *po)
{
	memset(po, 0, sizeof(*po));
	po->page = 1;
}

static void
put(struct pk_pagedout *po, struct pk_buf *b, const char *s, size_t len)
{
	if (pk_buf_put(b, s, len) == -1)
		po->failed = 1;
}

/* Close or open emphasis so that the paragraph's state is bold/italic. */
static void
set_style(struct pk_pagedout *po, int bold, int italic)
{
	if (po->italic && !italic) {
		put(po, &po->para, "*", 1);
		po->italic = 0;
	}
	if (po->bold && !bold) {
		put(po, &po->para, "**", 2);
		po->bold = 0;
	}
	/* White space goes outside the markers, where it stays plain. */
	put(po, &po->para, po->ws.data ? po->ws.data : "", po->ws.len);
	pk_buf_reset(&po->ws);
	if (bold && !po->bold) {
		put(po, &po->para, "**", 2);
		po->bold = 1;
	}
	if (italic && !po->italic) {
		put(po, &po->para, "*", 1);
		po->italic = 1;
	}
}

int
pk_po_plain_char(int c)
{
	if (c == 0xa0 || (c >= 0x2000 && c <= 0x200a) || c == 0x202f ||
	    c == 0x205f || c == 0x3000)
		return ' ';
	if (c == 0x2010 || c == 0x2011)
		return '-';
	return c;
}

/* What odd_char gives a character that is dropped: a control one. */
#define DROPPED	0x01

/*
 * The plain character of the odd one whose UTF-8 starts s[0..len), its
 * length in *n; 0 when s starts no odd character (a no-break space from
 * a DOCX or ODT, as pk_po_plain_char says; the PDF reader maps them
 * itself).  A soft hyphen (U+00AD) is DROPPED: in a DOCX's or ODT's
 * flowing text it is where a word may break, never printed within a
 * line, and kept it split the word for the rules ("repre<U+00AD>sentanter").
 * A PDF's was printed or broke a line, and the PDF reader has made it
 * '-' or joined the line before it comes here.
 */
static int
odd_char(const char *s, size_t len, size_t *n)
{
	const unsigned char	*u = (const unsigned char *)s;
	int			 c;

	if (len >= 2 && u[0] == 0xc2 && (u[1] == 0xa0 || u[1] == 0xad)) {
		*n = 2;
		return u[1] == 0xa0 ? ' ' : DROPPED;
	}
	/* U+FFFE and U+FFFF, which a font's map may give: no characters,
	 * and none XML (or pk-segment) takes. */
	if (len >= 3 && u[0] == 0xef && u[1] == 0xbf && (u[2] == 0xbe ||
	    u[2] == 0xbf)) {
		*n = 3;
		return DROPPED;
	}
	if (len < 3 || (u[0] != 0xe2 && u[0] != 0xe3) || (u[1] & 0xc0) !=
	    0x80 || (u[2] & 0xc0) != 0x80)
		return 0;
	c = ((u[0] & 0x0f) << 12) | ((u[1] & 0x3f) << 6) | (u[2] & 0x3f);
	*n = 3;
	return pk_po_plain_char(c) != c ? pk_po_plain_char(c) : 0;
}

void
pk_po_text(struct pk_pagedout *po, const char *s, size_t len, int bold,
    int italic)
{
	size_t	 i, n, odd;
	int	 plain;

	for (i = 0; i < len; i += n) {
		unsigned char c = (unsigned char)s[i];

		n = 1;
		if (c >= 0xc2 && (plain = odd_char(s + i, len - i, &odd)) !=
		    0) {
			n = odd;
			c = (unsigned char)plain;
		}
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		    c == '\f') {
			/* Leading white space is dropped, runs become one. */
			if ((po->para.len > 0 || po->row_open) &&
			    po->ws.len == 0)
				put(po, &po->ws, " ", 1);
			continue;
		}
		if (c < 0x20)
			continue;
		set_style(po, bold, italic);
		if (c == '*') {
			put(po, &po->para, "\\*", 2);
			continue;
		}
		if (c == '-' && n > 1) {
			put(po, &po->para, "-", 1);
			continue;
		}
		/* The rest of the word: one style check, one copy. */
		while (i + n < len && (unsigned char)s[i + n] > ' ' &&
		    s[i + n] != '*' && ((unsigned char)s[i + n] < 0xc2 ||
		    odd_char(s + i + n, len - i - n, &odd) == 0))
			n++;
		put(po, &po->para, s + i, n);
	}
}

static void
end_line(struct pk_pagedout *po)
{
	/* Trailing white space is dropped. */
	pk_buf_reset(&po->ws);
	set_style(po, 0, 0);
	put(po, &po->body, po->para.data ? po->para.data : "", po->para.len);
	put(po, &po->body, "\n", 1);
	pk_buf_reset(&po->para);
}

void
pk_po_para(struct pk_pagedout *po)
{
	if (po->para.len == 0) {
		pk_buf_reset(&po->ws);
		return;
	}
	end_line(po);
	put(po, &po->body, "\n", 1);
}

void
pk_po_line(struct pk_pagedout *po)
{
	if (po->para.len == 0) {
		pk_buf_reset(&po->ws);
		return;
	}
	end_line(po);
	po->row_open = 0;
}

void
pk_po_raw_line(struct pk_pagedout *po, const char *s, size_t len)
{
	pk_po_line(po);
	if (len == 0)
		return;
	put(po, &po->body, s, len);
	put(po, &po->body, "\n", 1);
}

void
pk_po_cell(struct pk_pagedout *po)
{
	/* White space before a cell boundary is dropped. */
	pk_buf_reset(&po->ws);
	set_style(po, 0, 0);
	put(po, &po->para, "\t", 1);
	po->row_open = 1;
}

void
pk_po_cell_line(struct pk_pagedout *po, int col)
{
	int	 c;

	pk_po_line(po);
	for (c = 0; c < col; c++)
		pk_po_cell(po);
}

void
pk_po_block(struct pk_pagedout *po)
{
	pk_po_line(po);
	if (po->body.len > 0 && (po->body.len < 2 ||
	    po->body.data[po->body.len - 2] != '\n'))
		put(po, &po->body, "\n", 1);
}

void
pk_po_page(struct pk_pagedout *po)
{
	pk_po_block(po);
	put(po, &po->body, "\f", 1);
	po->page++;
}

void
pk_po_furniture(struct pk_pagedout *po, const char *type, const char *text,
    size_t len)
{
	struct pk_pagedout	 tmp;
	size_t			 i;

	/* Normalise its white space as content would be. */
	pk_po_init(&tmp);
	pk_po_text(&tmp, text, len, 0, 0);
	if (tmp.para.len > 0) {
		pk_po_line(po);
		put(po, &po->body, "%%fw ", 5);
		put(po, &po->body, type, strlen(type));
		put(po, &po->body, ": ", 2);
		for (i = 0; i < tmp.para.len; i++)
			if (tmp.para.data[i] != '\\')
				put(po, &po->body, tmp.para.data + i, 1);
		put(po, &po->body, "\n", 1);
	}
	pk_po_free(&tmp);
}

void
pk_po_furniture_lines(struct pk_pagedout *po, const char *type,
    const struct pk_buf *body)
{
	const char	*p, *e;

	for (p = body->data; p != NULL && *p != '\0'; p = e + 1) {
		if ((e = strchr(p, '\n')) == NULL)
			break;
		if (e > p)
			pk_po_furniture(po, type, p, (size_t)(e - p));
	}
}

void
pk_po_notes(struct pk_pagedout *po, char **notes, size_t *n)
{
	size_t	 i;

	pk_po_para(po);
	for (i = 0; i < *n; i++) {
		/* Paged text already (pk_po_take_para): as it is. */
		if (notes[i][0] != '\0') {
			put(po, &po->body, notes[i], strlen(notes[i]));
			put(po, &po->body, "\n\n", 2);
		}
		free(notes[i]);
	}
	*n = 0;
}

char *
pk_po_take_para(struct pk_pagedout *po)
{
	char	*s;

	pk_buf_reset(&po->ws);
	set_style(po, 0, 0);
	s = strndup(po->para.data ? po->para.data : "", po->para.len);
	if (s == NULL)
		po->failed = 1;
	pk_buf_reset(&po->para);
	return s;
}

/*
 * A metadata value as paged text takes it: one line (control characters
 * are spaces), valid UTF-8 (a byte that starts no character, and a
 * surrogate's encoding, is U+FFFD).  A PDF's title with a lone UTF-16
 * surrogate, a file name in Latin-1, garbage from a damaged encrypted
 * PDF: each made the whole paged text one pk-segment refused.  Returns
 * a copy, or NULL when out of memory.
 */
static char *
meta_text(const char *value)
{
	const utf8proc_uint8_t	*u = (const utf8proc_uint8_t *)value;
	utf8proc_int32_t	 cp;
	utf8proc_ssize_t	 n;
	size_t			 i, len = strlen(value);
	struct pk_buf		 b = { 0 };
	int			 rc = 0;

	for (i = 0; i < len; i += (size_t)n) {
		if (u[i] < 0x80) {
			n = 1;
			rc |= pk_buf_putc(&b, u[i] < 0x20 || u[i] == 0x7f ?
			    ' ' : (char)u[i]);
			continue;
		}
		n = utf8proc_iterate(u + i, (utf8proc_ssize_t)(len - i), &cp);
		if (n < 0) {
			n = 1;
			rc |= pk_buf_put(&b, "\xef\xbf\xbd", 3);
		} else
			rc |= pk_buf_put(&b, value + i, (size_t)n);
	}
	if (rc != 0 || pk_buf_putc(&b, '\0') == -1) {
		pk_buf_free(&b);
		return NULL;
	}
	return b.data;
}

void
pk_po_meta(struct pk_pagedout *po, const char *key, const char *value)
{
	char	*v;

	if (value == NULL || *value == '\0' ||
	    po->nmeta == sizeof(po->meta) / sizeof(po->meta[0]))
		return;
	if ((v = meta_text(value)) == NULL) {
		po->failed = 1;
		return;
	}
	po->meta[po->nmeta].key = key;
	po->meta[po->nmeta].value = v;
	po->nmeta++;
}

int
pk_po_finish(struct pk_pagedout *po, struct pk_buf *out)
{
	size_t	 i;
	char	 pages[24];

	pk_po_block(po);
	snprintf(pages, sizeof(pages), "%d", po->page);
	pk_po_meta(po, "pages", pages);
	pk_buf_reset(out);
	put(po, out, "---\n", 4);
	for (i = 0; i < po->nmeta; i++) {
		put(po, out, po->meta[i].key, strlen(po->meta[i].key));
		put(po, out, ": ", 2);
		put(po, out, po->meta[i].value, strlen(po->meta[i].value));
		put(po, out, "\n", 1);
	}
	put(po, out, "---\n", 4);
	put(po, out, po->body.data ? po->body.data : "", po->body.len);
	return po->failed ? -1 : 0;
}

void
pk_po_free(struct pk_pagedout *po)
{
	size_t	 i;

	pk_buf_free(&po->body);
	pk_buf_free(&po->para);
	pk_buf_free(&po->ws);
	for (i = 0; i < po->nmeta; i++)
		free(po->meta[i].value);
	po->nmeta = 0;
}
