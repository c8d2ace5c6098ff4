/* The whole chain in one process: extract, segment, validate, transform (pk-batch). */
#ifndef PK_CHAIN_H
#define PK_CHAIN_H

#include <stddef.h>

#include "buf.h"
#include "diag.h"
#include "extract.h"

#define PK_CHAIN_MAX_FORMATS	16

struct pk_chain_opts {
	struct pk_extract_opts	 extract;
	unsigned long		 match_limit;
	size_t			 max_line;
	const char		*profile;	/* NULL: the best-scoring */
};

/*
 * Everything compiled once before the first document: rule profiles,
 * the schema, one stylesheet per format.  Owned by the chain.
 */
struct pk_chain {
	struct pk_chain_opts	 opts;
	struct pk_rules		*rules;
	struct pk_segment	*seg;
	struct pk_validate	*val;
	struct pk_transform	*tr[PK_CHAIN_MAX_FORMATS];
	char			*format[PK_CHAIN_MAX_FORMATS];
	size_t			 nformats;
	struct pk_diag		*diag;		/* borrowed */
};

/* One document's results, each owned by the result. */
struct pk_chain_result {
	struct pk_buf	 xml;				/* minutes XML */
	struct pk_buf	 out[PK_CHAIN_MAX_FORMATS];	/* per format */
	int		 pages;
	/* What a person deciding whether to look needs (pk-batch's
	 * review): the segmented XML's source/@profile and @score, how
	 * many items, persons and decisions it found, and the pages OCR
	 * read with low confidence ("2,5"). */
	char		 profile[64];
	int		 score;
	int		 items, persons, decisions;
	char		 ocr_low[256];
};

/*
 * Load rules from rulesdir and then, when not NULL, userdir (-R: its
 * profiles added, or replacing those of their names), the schema at
 * xsd, and xslt/<format>.xsl for each of formats[0..n).  Returns 0, or
 * -1 with diagnostics.
 */
int	pk_chain_init(struct pk_chain *, const struct pk_chain_opts *,
	    const char *rulesdir, const char *userdir, const char *xsd,
	    const char *xsltdir,
	    const char *const *formats, size_t n, struct pk_diag *);
/*
 * Run data[0..len), named file, through the chain into res (zeroed by
 * the caller).  The results are what `pk-extract | pk-segment |
 * pk-validate | pk-transform` would write, byte for byte.  Returns 0,
 * or -1 with a diagnostic (d->last tells which).
 */
int	pk_chain_run(struct pk_chain *, const char *file, const char *data,
	    size_t len, struct pk_chain_result *res);
/*
 * Make only the formats k with bit k of mask set from xml[0..len), a
 * minutes XML the chain made before (pk-batch when -f changed: no
 * extraction, no OCR again), into res->out[k]; res->xml stays empty and
 * the facts (pages, profile, score, counts, low OCR pages) are read off
 * the XML.  It is validated first.  Returns 0, or -1 with a diagnostic.
 */
int	pk_chain_reformat(struct pk_chain *, const char *file,
	    const char *xml, size_t len, unsigned mask,
	    struct pk_chain_result *res);
void	pk_chain_result_free(struct pk_chain_result *);
void	pk_chain_free(struct pk_chain *);

#endif
