/* Extraction: PDF, DOCX, ODT and text to paged text (docs/paged-text.md). */
#ifndef PK_EXTRACT_H
#define PK_EXTRACT_H

#include <stddef.h>

#include "buf.h"
#include "diag.h"
#include "ocr.h"
#include "pagedout.h"
#include "zipin.h"

enum pk_format {
	PK_FMT_UNKNOWN,
	PK_FMT_TXT,
	PK_FMT_PDF,
	PK_FMT_DOCX,
	PK_FMT_ODT,
	PK_FMT_TIFF,		/* page images, read by OCR */
	PK_FMT_PNG,
	PK_FMT_JPEG
};

struct pk_extract_opts {
	struct pk_zip_limits	 zip;
	int			 keep_original;	/* tracked changes: as before */
	size_t			 max_pages;
	const char		*sha256;	/* of the input if known, or NULL */
	struct pk_ocr_opts	 ocr;		/* zeros: auto, swe+eng, 300 dpi */
	/* Passwords an encrypted PDF is tried with, after the empty one
	 * (--password, --password-file); never written anywhere. */
	const char *const	*passwords;
	size_t			 npasswords;
	/* Of a PDF or TIFF only pages first..last (from 1; 0: no bound)
	 * are read (--pages); the others stay, empty, so that every page
	 * keeps its number. */
	long			 first_page, last_page;
	/* A PDF of at least this many pages to read is read on two
	 * threads (pdfahead.c); 0: on one.  pk-extract's own: pk-batch's
	 * workers keep the cores busy already. */
	int			 read_ahead;
};

/* pk-extract's read_ahead: on fewer pages, opening the document a
 * second time costs more than the thread saves. */
#define PK_EXTRACT_READ_AHEAD	8

/* pk-extract's options when none are given. */
#define PK_EXTRACT_MAX_PAGES	5000
#define PK_EXTRACT_OPTS_DEFAULT { PK_ZIP_LIMITS_DEFAULT, 0, \
	PK_EXTRACT_MAX_PAGES, NULL, { PK_OCR_AUTO, NULL, 0, 0, NULL, NULL }, \
	NULL, 0, 0, 0, 0 }

/* The format of data, from its bytes (never from a file name). */
enum pk_format	pk_extract_detect(const char *data, size_t len);
const char	*pk_format_name(enum pk_format);
enum pk_format	pk_format_from_name(const char *);

/*
 * Extract data[0..len) of format fmt into out as paged text with front
 * matter (file, format, sha256, pages, metadata, extractor).  Returns 0,
 * or -1 with diagnostics.
 */
int	pk_extract_run(const char *data, size_t len, enum pk_format fmt,
	    const char *file, const struct pk_extract_opts *, struct pk_buf *out,
	    struct pk_diag *);

/* The readers, each filling po. */
int	pk_extract_docx(const char *, size_t, const struct pk_extract_opts *,
	    struct pk_pagedout *, struct pk_diag *);
int	pk_extract_odt(const char *, size_t, const struct pk_extract_opts *,
	    struct pk_pagedout *, struct pk_diag *);
int	pk_extract_pdf(const char *, size_t, const struct pk_extract_opts *,
	    struct pk_pagedout *, struct pk_diag *);
int	pk_extract_image(const char *, size_t, enum pk_format,
	    const struct pk_extract_opts *, struct pk_pagedout *,
	    struct pk_diag *);
int	pk_extract_txt(const char *, size_t, const struct pk_extract_opts *,
	    struct pk_pagedout *, struct pk_diag *);

#endif
