/* The extraction stage: detecting the format from the bytes and writing the front matter. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "digest.h"
#include "extract.h"
#include "lines.h"
#include "rules.h"
#include "text.h"
#include "version.h"

static const char *const names[] = { "unknown", "txt", "pdf", "docx", "odt",
    "tiff", "png", "jpeg" };

const char *
pk_format_name(enum pk_format f)
{
	return f <= PK_FMT_JPEG ? names[f] : "unknown";
}

enum pk_format
pk_format_from_name(const char *s)
{
	int	 f;

	for (f = PK_FMT_TXT; f <= PK_FMT_JPEG; f++)
		if (strcmp(s, names[f]) == 0)
			return f;
	return PK_FMT_UNKNOWN;
}

static int
has(const char *data, size_t len, const char *what)
{
	size_t	 n = strlen(what), i;

	for (i = 0; n <= len && i <= len - n; i++)
		if (memcmp(data + i, what, n) == 0)
			return 1;
	return 0;
}

enum pk_format
pk_extract_detect(const char *data, size_t len)
{
	size_t	 head = len < 1024 ? len : 1024;

	if (len >= 5 && has(data, head, "%PDF-"))
		return PK_FMT_PDF;
	if (len >= 4 && memcmp(data, "PK\x03\x04", 4) == 0) {
		/* ODF puts its mimetype first and stored, so it is in the clear. */
		if (has(data, len < 256 ? len : 256,
		    "application/vnd.oasis.opendocument.text"))
			return PK_FMT_ODT;
		if (has(data, len < (1 << 16) ? len : (1 << 16), "word/"))
			return PK_FMT_DOCX;
		return PK_FMT_UNKNOWN;
	}
	/* Page images, scanned: TIFF either way round, PNG, JPEG. */
	if (len >= 4 && (memcmp(data, "II*\0", 4) == 0 ||
	    memcmp(data, "MM\0*", 4) == 0))
		return PK_FMT_TIFF;
	if (len >= 8 && memcmp(data, "\x89PNG\r\n\x1a\n", 8) == 0)
		return PK_FMT_PNG;
	if (len >= 3 && memcmp(data, "\xff\xd8\xff", 3) == 0)
		return PK_FMT_JPEG;
	if (memchr(data, '\0', head) == NULL)
		return PK_FMT_TXT;
	return PK_FMT_UNKNOWN;
}

int
pk_extract_txt(const char *data, size_t len, const struct pk_extract_opts *opt,
    struct pk_pagedout *po, struct pk_diag *d)
{
	struct pk_text	 t;
	size_t		 i;
	int		 page = 1;

	(void)opt;
	if (pk_text_parse(data, len, PK_TEXT_MAX_LINE, &t, d) == -1)
		return -1;
	for (i = 0; i < t.nlines; i++) {
		const struct pk_line *l = &t.lines[i];

		while (page < l->page) {
			pk_buf_put(&po->body, "\f", 1);
			page++;
			po->page++;
		}
		if (l->fw_type != NULL) {
			const char *sp = strchr(l->fw_type, ':');

			pk_buf_puts(&po->body, "%%fw ");
			pk_buf_put(&po->body, l->fw_type,
			    (size_t)(sp ? sp - l->fw_type : 0));
			pk_buf_puts(&po->body, ": ");
		}
		if (pk_buf_put(&po->body, l->s, l->len) == -1 ||
		    pk_buf_putc(&po->body, '\n') == -1)
			po->failed = 1;
	}
	if (t.nmeta > 0)
		for (i = 0; i < t.nmeta; i++)
			if (strcmp(t.meta[i].key, "title") == 0 ||
			    strcmp(t.meta[i].key, "author") == 0)
				pk_po_meta(po, strcmp(t.meta[i].key, "title") ==
				    0 ? "title" : "author", t.meta[i].value);
	pk_text_free(&t);
	return po->failed ? -1 : 0;
}

/*
 * Running headers and footers of a PDF: found by recurrence, as
 * pk-segment would (furniture.c), and marked as %%fw lines so that
 * they are recorded, never content.
 */
static int
mark_furniture(struct pk_buf *paged, struct pk_diag *d)
{
	struct pk_profile	 none;
	struct pk_text		 t;
	struct pk_seg_line	*lines = NULL;
	struct pk_fw_list	 fw = { 0 };
	struct pk_matcher	*m = NULL;
	struct pk_buf		 out = { 0 };
	const char		*end_fm;
	size_t			 i;
	int			 page = 1, rc = -1;

	memset(&none, 0, sizeof(none));
	none.running_header = 1;
	if (pk_text_parse(paged->data, paged->len, (size_t)1 << 30, &t, d) ==
	    -1)
		return -1;
	lines = pk_seg_lines_new(&t);
	m = pk_matcher_new(1, PK_RULES_MATCH_LIMIT);
	if (lines == NULL || m == NULL)
		goto out;
	if (pk_furniture_strip(&none, m, &t, lines, &fw, d) == -1)
		goto out;
	/* The front matter as it was, then the lines, marked. */
	end_fm = strstr(paged->data + 4, "\n---\n");
	if (end_fm == NULL || pk_buf_put(&out, paged->data,
	    (size_t)(end_fm + 5 - paged->data)) == -1)
		goto out;
	for (i = 0; i < t.nlines; i++) {
		for (; page < t.lines[i].page; page++)
			pk_buf_putc(&out, '\f');
		if (lines[i].dropped && t.lines[i].fw_type == NULL) {
			size_t k;
			const char *type = "header";

			for (k = 0; k < fw.n; k++)
				if (fw.v[k].line_index == i)
					type = fw.v[k].type;
			pk_buf_puts(&out, "%%fw ");
			pk_buf_puts(&out, type);
			pk_buf_puts(&out, ": ");
		} else if (t.lines[i].fw_type != NULL)
			pk_buf_puts(&out, "%%fw header: ");
		pk_buf_put(&out, t.lines[i].s, t.lines[i].len);
		if (pk_buf_putc(&out, '\n') == -1)
			goto out;
	}
	pk_buf_free(paged);
	*paged = out;
	memset(&out, 0, sizeof(out));
	rc = 0;
out:
	if (rc == -1 && d->nerrors == 0)
		pk_diag(d, PK_E_NOMEM, 0, NULL);
	pk_buf_free(&out);
	pk_fw_list_free(&fw);
	pk_matcher_free(m);
	pk_seg_lines_free(lines, t.nlines);
	pk_text_free(&t);
	return rc;
}

int
pk_extract_run(const char *data, size_t len, enum pk_format fmt,
    const char *file, const struct pk_extract_opts *opt, struct pk_buf *out,
    struct pk_diag *d)
{
	struct pk_pagedout	 po;
	char			 digest[PK_SHA256_HEX];
	const char		*base;
	int			 rc, before;

	if (len == 0) {
		pk_diag(d, PK_E_EMPTY, 0, NULL);
		return -1;
	}
	before = d->nerrors;
	if (fmt == PK_FMT_UNKNOWN)
		fmt = pk_extract_detect(data, len);
	if (fmt == PK_FMT_UNKNOWN && len >= 8 &&
	    memcmp(data, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8) == 0) {
		pk_diag(d, PK_E_FORMAT, 0, "an OLE compound file: a legacy .doc, "
		    "or a DOCX encrypted with a password");
		return -1;
	}
	pk_po_init(&po);
	base = file != NULL ? strrchr(file, '/') : NULL;
	pk_po_meta(&po, "file", base != NULL ? base + 1 : file);
	pk_po_meta(&po, "format", pk_format_name(fmt));
	if (opt->sha256 != NULL)
		pk_po_meta(&po, "sha256", opt->sha256);
	else if (pk_sha256_hex(data, len, digest) == 0)
		pk_po_meta(&po, "sha256", digest);
	pk_po_meta(&po, "extractor", "pk-extract");
	pk_po_meta(&po, "extractor-version", PK_VERSION);
	switch (fmt) {
	case PK_FMT_TXT:
		rc = pk_extract_txt(data, len, opt, &po, d);
		break;
	case PK_FMT_DOCX:
		rc = pk_extract_docx(data, len, opt, &po, d);
		break;
	case PK_FMT_ODT:
		rc = pk_extract_odt(data, len, opt, &po, d);
		break;
	case PK_FMT_PDF:
		rc = pk_extract_pdf(data, len, opt, &po, d);
		break;
	case PK_FMT_TIFF:
	case PK_FMT_PNG:
	case PK_FMT_JPEG:
		rc = pk_extract_image(data, len, fmt, opt, &po, d);
		break;
	default:
		pk_diag(d, PK_E_FORMAT, 0, "neither PDF, DOCX, ODT, a page "
		    "image nor text");
		rc = -1;
		break;
	}
	if (rc == 0 && pk_po_finish(&po, out) == -1) {
		pk_diag(d, PK_E_NOMEM, 0, NULL);
		rc = -1;
	}
	if (rc == 0 && fmt >= PK_FMT_PDF && fmt != PK_FMT_DOCX &&
	    fmt != PK_FMT_ODT)
		rc = mark_furniture(out, d);
	/* Every failure is said: a reader that gave up quietly, here. */
	if (rc == -1 && d->nerrors == before)
		pk_diag(d, PK_E_CORRUPT, 0, "unreadable %s",
		    pk_format_name(fmt));
	pk_po_free(&po);
	return rc;
}
