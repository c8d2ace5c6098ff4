/* pk-batch: many documents through the chain, each in a child process of its own. */
#ifndef PK_BATCH_H
#define PK_BATCH_H

#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>
#include <time.h>

#include "chain.h"
#include "diag.h"
#include "manifest.h"
#include "walk.h"

struct pk_pack;

struct pk_batch_opts {
	const char	*outdir;
	unsigned	 jobs;		/* workers at once */
	unsigned	 timeout;	/* wall-clock seconds per document */
	unsigned	 cpu;		/* CPU seconds per document */
	unsigned	 ocr_seconds;	/* more of both for each OCR'd page */
	size_t		 memory;	/* bytes of address space per document */
	size_t		 max_size;	/* largest input read */
	int		 retry;		/* convert failed documents again */
	int		 strict;	/* exit 5 when documents are to review */
	unsigned	 max_failures;	/* stop starting documents after so
					 * many failed in this run; 0: never */
	int		 progress;	/* a bar on stderr */
	FILE		*log;		/* JSON lines, or NULL */
	const char	*password_file;	/* for a plan's pk-extract, or NULL */
	struct pk_pack	*pack;		/* --pack: a package of each
					 * converted document, or NULL */
	int		 pack_zip;	/* as a ZIP */
	time_t		 pack_created;	/* SOURCE_DATE_EPOCH, or now */
};

/* How one document ended; the names are the manifest's. */
enum pk_doc_status {
	PK_DOC_OK,
	PK_DOC_REVIEW,		/* converted, outputs written, but weak: no
				 * item, a profile that does not fit well,
				 * or pages OCR read with low confidence */
	PK_DOC_UNCHANGED,	/* converted before; not run */
	PK_DOC_REJECTED,	/* the input is not convertible */
	PK_DOC_TIMEOUT,		/* killed at the wall-clock limit */
	PK_DOC_CPU,		/* stopped at the CPU limit */
	PK_DOC_MEMORY,		/* stopped at the memory limit */
	PK_DOC_CRASH,		/* died of a signal */
	PK_DOC_SYSTEM,		/* could not write (disk full): not recorded */
	PK_DOC__MAX
};

/* What a run did, for the summary line, the report and the exit status. */
struct pk_batch_stats {
	size_t	 count[PK_DOC__MAX];
	size_t	 skipped_failed;	/* failed before, unchanged, no --retry */
	size_t	 review_before;		/* to review, unchanged since */
	size_t	 review_new;		/* to review, and were not before */
	long	 pages;
	double	 seconds;
	int	 system_error;		/* the batch stopped: exit 3 */
	size_t	 not_tried;		/* left at --max-failures */
	int	 interrupted;		/* SIGTERM, SIGINT or SIGHUP: the
					 * run stopped, to be resumed */
};

struct pk_batch {
	struct pk_batch_opts	 opts;
	struct pk_chain		*chain;		/* borrowed, loaded */
	struct pk_manifest	 manifest;
	char			*tmpdir;	/* OUTDIR/.pk-tmp */
	char			 rules[PK_SHA256_HEX];
	char			 styles[PK_SHA256_HEX];
	struct pk_diag		*diag;		/* borrowed */
	struct pk_batch_stats	 stats;
	long			 last_rss_kb;	/* peak of the last child */
	long			 last_own_kb;	/* of it, not shared at fork */
	unsigned		*ocr_pages;	/* shared with the children: the
						 * pages each slot's has OCR'd */
	size_t			 child_slot;	/* in a child: its slot */
	int			 lock_fd;	/* OUTDIR/.pk-lock, flocked */
	char			 suffix[PK_CHAIN_MAX_FORMATS][96];
						/* of each format's file */
};

const char *pk_doc_status_name(enum pk_doc_status);

/*
 * Prepare OUTDIR (created if missing), lock it (OUTDIR/.pk-lock), clear
 * its temporaries and open its manifest.  rulesdigest, stylesdigest:
 * what the manifest compares to decide that a document must be
 * converted again.  Returns 0, or -1 with a diagnostic: PK_E_BUSY when
 * another run holds OUTDIR, which is then left as it was.  On -1 there
 * is nothing to close.
 */
int	pk_batch_open(struct pk_batch *, const struct pk_batch_opts *,
	    struct pk_chain *, const char *rulesdigest,
	    const char *stylesdigest, struct pk_diag *);
/* Convert docs; fills b->stats.  Returns 0, or -1 when it stopped. */
int	pk_batch_run(struct pk_batch *, const struct pk_doclist *docs);
void	pk_batch_close(struct pk_batch *);

/*
 * The child's part: convert data (whose SHA-256 is sha256) as doc,
 * write its results under tmpdir as <tag>.<k> and <tag>.result, and
 * return the exit code the child ends with.  With formats (bit k for
 * format k) not 0, only those formats are made, from the minutes XML
 * in OUTDIR, and "-" stands in the result for the digests of what was
 * not made (the whole chain runs if that XML cannot be used).  Never
 * returns to the scheduler's code.
 */
/*
 * Each PDF, DOCX or ODT embedded in a PDF of docs added to docs as a
 * document of its own (pk_doclist_add_embedded, "FILE#NAME"), each PDF
 * read in a child process; a portfolio whose pages are only a cover is
 * replaced by its documents.  Returns 0, or -1 when out of memory.
 */
int	pk_batch_embedded(struct pk_doclist *docs,
	    const struct pk_extract_opts *, size_t max_size);
/* The bytes of doc->embedded out of its PDF data into out; 0 or -1. */
int	pk_batch_embedded_data(const struct pk_doc *doc, const char *data,
	    size_t len, const struct pk_extract_opts *, size_t max_size,
	    struct pk_buf *out);
int	pk_batch_child(struct pk_batch *, const struct pk_doc *,
	    const char *data, size_t len, const char *sha256, const char *tag,
	    unsigned formats);

/*
 * Print one sh command per document that is not up to date: the same
 * chain through the programs, for a distributed runner (GNU Parallel,
 * Slurm).  segment_opts: " -p name" and the like, or "".  0 or -1.
 */
int	pk_batch_plan(struct pk_batch *, const struct pk_doclist *docs,
	    const char *segment_opts, FILE *);

/* SHA-256 over the names (without directory) and contents of paths. */
int	pk_digest_files(const char *const *paths, size_t n,
	    char out[PK_SHA256_HEX]);

/*
 * The length of the UTF-8 sequence s begins with (1 to 4), or 0 when
 * it is not one: file names are bytes, and the log and the report must
 * be UTF-8 (issue 13: a Latin-1 name made both invalid).
 */
size_t	pk_batch_utf8_len(const char *s);

/*
 * The end of the name of output name's file (after REL.): "xml" for the
 * minutes XML, "tei.xml", "html", "text.txt" for the formats as
 * pk-transform -o names them; a format not of this run: name.
 */
const char *pk_batch_suffix(const struct pk_batch *, const char *name);

/*
 * --pack (pipeline/batchpack.c): the package of doc, converted, into
 * OUTDIR/packages/ID (or ID.zip), ID its rel with "/" as "-", from the
 * original and the outputs in OUTDIR; with if_missing, only when there
 * is none yet.  Returns 0, or -1 with a diagnostic.
 */
int	pk_batch_pack(struct pk_batch *, const struct pk_doc *doc,
	    int if_missing);
/*
 * Whether two of docs would make one package (a.pdf and a.docx are
 * both "a"; x/y.odt and x-y.odt both "x-y"): each such pair said
 * (PK_E_PACK_ID, at the later path), and 1; 0 when every id is a
 * document's own; -1 out of memory.  (Before, the one
 * packaged last replaced the other's package, and nothing said so.)
 */
int	pk_batch_pack_clashes(const struct pk_doclist *docs,
	    struct pk_diag *);

/* Write OUTDIR/report.html from the manifest and this run's stats. */
int	pk_batch_report(struct pk_batch *);

#endif
