/* The batch manifest: per document, what went in, what came out, and how it ended. */
#ifndef PK_MANIFEST_H
#define PK_MANIFEST_H

#include <stddef.h>
#include <stdio.h>

#include "diag.h"
#include "digest.h"

/* One document's record; every string owned by the record. */
struct pk_mrec {
	char	*rel;			/* path under OUTDIR, the key */
	char	 sha256[PK_SHA256_HEX];	/* of the input */
	char	*version;		/* of the programs */
	char	 rules[PK_SHA256_HEX];	/* digest of the rule profiles */
	char	 styles[PK_SHA256_HEX];	/* of schema and stylesheets */
	char	*status;		/* "ok", "rejected", "timeout", ... */
	int	 pages;
	char	*profile;
	double	 seconds;
	char	*outputs;		/* "name=sha256 name=sha256" */
	char	*error;			/* the first diagnostic, or "" */
	/* Of a converted document ("ok" or "review"); -1 and "" else. */
	int	 score;			/* the profile's (source/@score) */
	int	 items, persons, decisions;
	char	*ocr_low;		/* OCR pages of low confidence, "2,5" */
	char	*warnings;		/* pk-segment's, joined by "; " */
	char	*review;		/* why it is to review, or "" */
};

/*
 * OUTDIR/manifest.tsv: a header line naming the fields, then one
 * tab-separated line per record with as many fields (tab, newline and
 * backslash escaped as \t, \n and \\; nothing quoted).  Records are
 * appended as documents finish; the last record of a path wins.  A line
 * cut off by a kill is ignored when the manifest is opened again.  A
 * record of the eleven fields before the review columns is read too.
 */
struct pk_manifest {
	struct pk_mrec	*v;		/* v[0..nsorted) sorted by rel */
	size_t		 n, nsorted, cap;
	char		*path;
	char		*tmpdir;	/* for the atomic rewrite */
	FILE		*append;
};

/*
 * Read OUTDIR/manifest.tsv if it exists, rewrite it compacted (one
 * line per path, sorted) and open it for appending.  Returns 0, or -1
 * with a diagnostic.
 */
int	pk_manifest_open(struct pk_manifest *, const char *outdir,
	    const char *tmpdir, struct pk_diag *);
/* The record of rel when the manifest was opened, or NULL. */
const struct pk_mrec *pk_manifest_find(const struct pk_manifest *,
	    const char *rel);
/*
 * Append rec (copied) and flush it to the file.  Returns 0, or -1 with
 * errno set when it could not be written (disk full).
 */
int	pk_manifest_add(struct pk_manifest *, const struct pk_mrec *rec);
/* Rewrite compacted; 0 or -1 (errno). */
int	pk_manifest_compact(struct pk_manifest *);
void	pk_manifest_close(struct pk_manifest *);
void	pk_mrec_free(struct pk_mrec *);

#endif
