/* Paged text (docs/paged-text.md): the interface from extraction to segmentation. */
#ifndef PK_TEXT_H
#define PK_TEXT_H

#include <stddef.h>

#include "diag.h"

/* Default limit on one line (paragraph), overridable with --max-line. */
#define PK_TEXT_MAX_LINE	((size_t)1 << 20)

struct pk_meta {
	char	*key;
	char	*value;
};

struct pk_line {
	const char	*s;		/* into pk_text.body, not terminated */
	size_t		 len;
	long		 src_line;	/* 1-based line in the input */
	int		 page;		/* 1-based, counted by form feeds */
	const char	*fw_type;	/* non-NULL: a %%fw furniture record */
};

struct pk_text {
	char		*body;		/* NFC, LF line ends, markup as ** and * */
	size_t		 body_len;
	struct pk_line	*lines;
	size_t		 nlines;
	struct pk_meta	*meta;		/* front matter, in input order */
	size_t		 nmeta;
	int		 npages;
	int		 has_formfeed;
};

/*
 * Parse len bytes of paged text.  On success fills *out (free it with
 * pk_text_free) and returns 0; on bad input reports with the input line
 * and returns -1 (PK_E_EMPTY, PK_E_UTF8, PK_E_BINARY, PK_E_FRONTMATTER,
 * PK_E_LINE_TOOLONG, PK_E_NOMEM).  The input is borrowed.
 */
int	pk_text_parse(const char *data, size_t len, size_t max_line,
	    struct pk_text *out, struct pk_diag *);
void	pk_text_free(struct pk_text *);
/* The front-matter value of key, or NULL. */
const char *pk_text_meta(const struct pk_text *, const char *key);

#endif
