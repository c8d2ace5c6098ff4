/* The documents of a batch: files, directory trees and lists of paths. */
#ifndef PK_WALK_H
#define PK_WALK_H

#include <sys/types.h>

#include <stddef.h>
#include <stdio.h>

#include "diag.h"

struct pk_doc {
	char	*path;		/* to open */
	char	*rel;		/* under OUTDIR: the tree mirrored */
	char	*embedded;	/* a document embedded in path's PDF, by
				 * its name (pdfembed.h), or NULL */
	int	 cover;		/* a portfolio's cover: not converted */
};

struct pk_doclist {
	struct pk_doc	*v;
	size_t		 n, cap;
	size_t		 nunreadable;	/* directories of a tree not read */
	/* A directory a tree's walk never enters (pk-batch's outdir, in
	 * its source: its results are no documents), or none. */
	int		 skip_set;
	dev_t		 skip_dev;
	ino_t		 skip_ino;
};

/*
 * Add src: a file (rel: its name), or a directory tree (rel: the path
 * below it), walked in sorted order.  In a tree only files named .pdf,
 * .docx, .odt or .txt are taken, and symbolic links are never followed
 * (nor FIFOs and devices taken); src itself must be a directory or a
 * regular file (a link to one is followed).  A directory below src
 * that cannot be read is reported and counted in nunreadable, and the
 * rest of the tree walked.
 * Returns 0, or -1 with a diagnostic.
 */
int	pk_walk_add(struct pk_doclist *, const char *src, struct pk_diag *);
/*
 * Add the paths read from fp, one per line (sep '\n') or NUL-separated
 * (sep '\0').  With root (pk-batch --root DIR), rel is the path below
 * root, as a directory argument root would give it (`find DIR -print0`
 * and DIR itself write the same tree), and a path not below root is
 * refused; root and the paths are compared as written, after leading
 * "./" (so both absolute, or both relative to the same directory).
 * Without root, rel is the path without leading "/" and "./".  A path
 * with a ".." component is refused.  Returns 0 or -1.
 */
int	pk_walk_list(struct pk_doclist *, FILE *fp, int sep, const char *root,
	    struct pk_diag *);
/*
 * Add the document embedded in document i's PDF under name: the same
 * path, rel "REL#NAME".  Returns 0, or -1 when out of memory.
 */
int	pk_doclist_add_embedded(struct pk_doclist *, size_t i,
	    const char *name);
void	pk_doclist_free(struct pk_doclist *);

#endif
