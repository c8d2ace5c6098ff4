/* The files embedded in a PDF: a portfolio's documents, attachments. */
#ifndef PK_PDFEMBED_H
#define PK_PDFEMBED_H

#include <stddef.h>

#include "diag.h"
#include "extract.h"

/* One embedded file, its bytes copied out of the PDF. */
struct pk_embedded {
	char		*name;		/* as the PDF names it, with '/' and
					 * '\\' made '_' (a file name); owned */
	char		*data;		/* owned */
	size_t		 len;
	enum pk_format	 fmt;		/* from its bytes */
};

struct pk_embedded_list {
	struct pk_embedded	*v;
	size_t			 n;
	int			 portfolio;	/* a /Collection: the pages
						 * are only a cover */
};

/* The most embedded files read from one PDF. */
#define PK_EMBED_MAX_FILES	1000

/*
 * The files embedded in the PDF data[0..len) into out (the caller
 * frees it with pk_pdfembed_free): the EmbeddedFiles name tree, then
 * the pages' file attachment annotations, each once.  A file larger
 * than max_size is listed with no data (len 0) and fmt
 * PK_FMT_UNKNOWN.  Passwords as for extraction.  Returns 0 (also with
 * none), or -1 with a diagnostic when the PDF cannot be opened.
 */
int	pk_pdfembed_list(const char *data, size_t len,
	    const struct pk_extract_opts *, size_t max_size,
	    struct pk_embedded_list *out, struct pk_diag *);
/* Whether e is a document pk-extract reads as minutes: PDF, DOCX, ODT. */
int	pk_pdfembed_is_document(const struct pk_embedded *e);
void	pk_pdfembed_free(struct pk_embedded_list *);

#endif
