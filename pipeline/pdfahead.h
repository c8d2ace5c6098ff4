/* A PDF's later pages made structured text on a second thread. */
#ifndef PK_PDFAHEAD_H
#define PK_PDFAHEAD_H

#include <mupdf/fitz.h>

#include "glyphcount.h"
#include "pdfprep.h"

struct pk_ahead;

/*
 * A thread that opens data[0..len) again, with password (borrowed:
 * "" for none), in a MuPDF context of its own, and makes the
 * structured text of pages from the last of [first, last] down, while
 * the caller takes them from first up (pk_ahead_take): they meet where
 * each has done half the work.  NULL when it cannot start; the caller
 * then reads every page itself.  data is borrowed until pk_ahead_free.
 */
struct pk_ahead	*pk_ahead_new(const char *data, size_t len,
		    const char *password, int first, int last);

/*
 * Page i, taken in order: NULL when the caller is to make it itself
 * (not read ahead, or the thread failed on it: the caller's own
 * attempt then reports what failed), else its structured text, its
 * glyphs into *g and what its layout finds on it alone into *prep (the
 * caller's to free; the page's blocks are in reading order already).
 * The page holds the thread's fonts: it goes back through
 * pk_ahead_drop, never fz_drop_stext_page.
 */
fz_stext_page	*pk_ahead_take(struct pk_ahead *, int i, struct pk_glyphs *g,
		    struct pk_pdf_prep *prep);

/* st dropped: by the thread when it made it, else with ctx.  a may be
 * NULL. */
void		 pk_ahead_drop(struct pk_ahead *a, fz_context *ctx,
		    fz_stext_page *st);

/*
 * Whether a core stands idle (the load average of the last minute half
 * a core short of the cores at least): a second thread pays only then.
 * On a busy machine it costs a tenth more CPU time and the pipe gains
 * nothing (docs/benchmarks.md).
 */
int		 pk_ahead_core_free(void);

/* Stops the thread and drops what it made; NULL is a no-op. */
void		 pk_ahead_free(struct pk_ahead *);

#endif
