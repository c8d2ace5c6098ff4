/* Diagnostics: one catalogue of message texts, one output format. */
#ifndef PK_DIAG_H
#define PK_DIAG_H

#include <stdio.h>

/*
 * New PK_E_/PK_W_ code: add its text in diag.c, in the same order.
 */
enum pk_diag_code {
	PK_E_NOMEM,
	PK_E_READ,
	PK_E_WRITE,
	PK_E_TOOBIG,
	PK_E_LINE_TOOLONG,
	PK_E_EMPTY,
	PK_E_UTF8,
	PK_E_BINARY,
	PK_E_FRONTMATTER,
	PK_E_RULES_SYNTAX,
	PK_E_RULES_PATTERN,
	PK_E_RULES_FIELD,
	PK_E_RULES_NONE,
	PK_E_PROFILE_UNKNOWN,
	PK_E_NO_CONTENT,
	PK_E_MATCH_LIMIT,
	PK_E_XML,
	PK_E_SCHEMA,
	PK_E_INVALID,
	PK_E_DATE,
	PK_E_ITEM_DUP,
	PK_E_TIME_ORDER,
	PK_E_XSLT,
	PK_E_FORMAT_UNKNOWN,
	PK_E_DATADIR,
	PK_E_CORRUPT,
	PK_E_LIMIT,
	PK_E_ENCRYPTED,
	PK_E_FORMAT,
	PK_E_OCR,
	PK_E_LIBRARY,
	PK_E_BUSY,
	PK_E_NOT_TEXT,
	PK_E_CONFIG,
	PK_E_PACK_CHECKSUM,
	PK_E_PACK_SIZE,
	PK_E_PACK_MISSING,
	PK_E_PACK_EXTRA,
	PK_E_PACK_TRUNCATED,
	PK_E_PACK_STRUCTURE,
	PK_E_EMBEDDED,
	PK_E_PACK_ID,
	PK_E_IN_OUTDIR,
	PK_W_LOW_SCORE,
	PK_W_NO_LANG_PROFILE,
	PK_W_EMBEDDED,
	PK_W_REPAIRED,
	PK_DIAG__MAX
};

enum pk_severity {
	PK_SEV_ERROR,
	PK_SEV_WARNING
};

/*
 * Where diagnostics go.  The program owns it and sets prog and sink;
 * library code reports through pk_diag() and never prints by itself.
 */
struct pk_diag {
	const char	*prog;		/* "pk-segment" */
	const char	*file;		/* current input name, "<stdin>" */
	FILE		*sink;		/* NULL: count only */
	int		 quiet_warnings;
	int		 nerrors;
	int		 nwarnings;
	enum pk_diag_code last;		/* code of the last error */
};

void	 pk_diag_init(struct pk_diag *, const char *prog, FILE *sink);
/* Report code at line (0: no line); fmt adds detail after the text. */
void	 pk_diag(struct pk_diag *, enum pk_diag_code, long line,
	    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* Same, naming another file than d->file (rule files, schemas). */
void	 pk_diag_at(struct pk_diag *, enum pk_diag_code, const char *file,
	    long line, const char *fmt, ...)
	    __attribute__((format(printf, 5, 6)));
const char *pk_diag_text(enum pk_diag_code);
enum pk_severity pk_diag_severity(enum pk_diag_code);

#endif
