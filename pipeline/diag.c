/* The catalogue of diagnostic texts and the one function that prints them. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "diag.h"

static const char *const texts[PK_DIAG__MAX] = {
	"out of memory",				/* PK_E_NOMEM */
	"cannot read",					/* PK_E_READ */
	"cannot write",					/* PK_E_WRITE */
	"input larger than the limit",			/* PK_E_TOOBIG */
	"line longer than the limit",			/* PK_E_LINE_TOOLONG */
	"empty input",					/* PK_E_EMPTY */
	"invalid UTF-8",				/* PK_E_UTF8 */
	"binary data in text input",			/* PK_E_BINARY */
	"malformed front matter",			/* PK_E_FRONTMATTER */
	"rule syntax",					/* PK_E_RULES_SYNTAX */
	"bad pattern",					/* PK_E_RULES_PATTERN */
	"unknown field",				/* PK_E_RULES_FIELD */
	"no rule profiles found",			/* PK_E_RULES_NONE */
	"unknown profile",				/* PK_E_PROFILE_UNKNOWN */
	"no content to segment",			/* PK_E_NO_CONTENT */
	"pattern match limit reached",			/* PK_E_MATCH_LIMIT */
	"not well-formed XML",				/* PK_E_XML */
	"schema",					/* PK_E_SCHEMA */
	"invalid",					/* PK_E_INVALID */
	"date does not exist",				/* PK_E_DATE */
	"item number used twice",			/* PK_E_ITEM_DUP */
	"times out of order",				/* PK_E_TIME_ORDER */
	"transformation failed",			/* PK_E_XSLT */
	"unknown output format",			/* PK_E_FORMAT_UNKNOWN */
	"data directory not found",			/* PK_E_DATADIR */
	"corrupt document",				/* PK_E_CORRUPT */
	"over a limit",					/* PK_E_LIMIT */
	"encrypted document",				/* PK_E_ENCRYPTED */
	"not a format pk-extract reads",		/* PK_E_FORMAT */
	"OCR failed",					/* PK_E_OCR */
	"a library is missing",				/* PK_E_LIBRARY */
	"another pk-batch run holds this directory",	/* PK_E_BUSY */
	"not paged text",				/* PK_E_NOT_TEXT */
	"configuration",				/* PK_E_CONFIG */
	"checksum does not match",			/* PK_E_PACK_CHECKSUM */
	"size does not match",				/* PK_E_PACK_SIZE */
	"listed but missing",				/* PK_E_PACK_MISSING */
	"present but listed in no METS",		/* PK_E_PACK_EXTRA */
	"truncated or damaged ZIP",			/* PK_E_PACK_TRUNCATED */
	"not a package",				/* PK_E_PACK_STRUCTURE */
	"embedded document not extracted",		/* PK_E_EMBEDDED */
	"the package id of another document",		/* PK_E_PACK_ID */
	"the output directory, or inside it",		/* PK_E_IN_OUTDIR */
	"no profile fits well",				/* PK_W_LOW_SCORE */
	"no profile of the document's language",	/* PK_W_NO_LANG_PROFILE */
	"left out",					/* PK_W_EMBEDDED */
	"damaged document: its text may be incomplete",
							/* PK_W_REPAIRED */
};

void
pk_diag_init(struct pk_diag *d, const char *prog, FILE *sink)
{
	memset(d, 0, sizeof(*d));
	d->prog = prog;
	d->file = "<stdin>";
	d->sink = sink;
	d->last = PK_DIAG__MAX;		/* no error yet: not PK_E_NOMEM */
}

const char *
pk_diag_text(enum pk_diag_code code)
{
	return code < PK_DIAG__MAX ? texts[code] : "unknown diagnostic";
}

enum pk_severity
pk_diag_severity(enum pk_diag_code code)
{
	return code >= PK_W_LOW_SCORE ? PK_SEV_WARNING : PK_SEV_ERROR;
}

/*
 * s with its control characters as C escapes ("\n", "\x1b"): a file
 * name with a line break or a terminal's escape sequence in it makes
 * neither a second line nor a red screen of the message.
 */
static void
put_escaped(FILE *fp, const char *s)
{
	for (; *s != '\0'; s++) {
		unsigned char	 c = (unsigned char)*s;

		if (c == '\n')
			fputs("\\n", fp);
		else if (c == '\t')
			fputs("\\t", fp);
		else if (c < 0x20 || c == 0x7f)
			fprintf(fp, "\\x%02x", c);
		else
			fputc(c, fp);
	}
}

static void
vreport(struct pk_diag *d, enum pk_diag_code code, const char *file,
    long line, const char *fmt, va_list ap)
{
	enum pk_severity sev = pk_diag_severity(code);

	if (sev == PK_SEV_ERROR) {
		d->nerrors++;
		d->last = code;
	} else
		d->nwarnings++;
	if (d->sink == NULL || (sev == PK_SEV_WARNING && d->quiet_warnings))
		return;
	fprintf(d->sink, "%s: ", d->prog ? d->prog : "protokoll");
	if (file != NULL) {
		put_escaped(d->sink, file);
		if (line > 0)
			fprintf(d->sink, ":%ld", line);
		fputs(": ", d->sink);
	}
	fprintf(d->sink, "%s: %s",
	    sev == PK_SEV_ERROR ? "error" : "warning", pk_diag_text(code));
	if (fmt != NULL && *fmt != '\0') {
		char	 detail[2048];

		fputs(": ", d->sink);
		vsnprintf(detail, sizeof(detail), fmt, ap);
		put_escaped(d->sink, detail);
	}
	fputc('\n', d->sink);
}

void
pk_diag(struct pk_diag *d, enum pk_diag_code code, long line,
    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(d, code, d->file, line, fmt, ap);
	va_end(ap);
}

void
pk_diag_at(struct pk_diag *d, enum pk_diag_code code, const char *file,
    long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(d, code, file, line, fmt, ap);
	va_end(ap);
}
