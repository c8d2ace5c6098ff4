/* Reading ZIP containers (DOCX, ODT) as untrusted input, with limits. */
#ifndef PK_ZIPIN_H
#define PK_ZIPIN_H

#include <stddef.h>

#include "buf.h"
#include "diag.h"

/* Each limit is an option of pk-extract; these are the defaults. */
struct pk_zip_limits {
	size_t	 max_entries;		/* 10000 */
	size_t	 max_entry_size;	/* 64 MiB uncompressed */
	size_t	 max_total_size;	/* 256 MiB uncompressed, all read */
	size_t	 max_ratio;		/* 200: uncompressed / compressed */
};

#define PK_ZIP_LIMITS_DEFAULT { 10000, (size_t)64 << 20, (size_t)256 << 20, 200 }

struct pk_zip;

/*
 * Open data[0..len) (borrowed, must outlive the handle) as a ZIP.
 * Returns NULL with PK_E_CORRUPT or PK_E_LIMIT reported.
 */
struct pk_zip *pk_zip_open(const char *data, size_t len,
	    const struct pk_zip_limits *, struct pk_diag *);
/*
 * Read entry name into out.  Names are only ever looked up, never used
 * as file names.  Returns 0, 1 when there is no such entry, or -1 with
 * a diagnostic (corrupt, over a limit, out of memory).
 */
int	pk_zip_read(struct pk_zip *, const char *name, struct pk_buf *out);
/* Entry names matching prefix and suffix, in order, one at a time. */
const char *pk_zip_name(struct pk_zip *, size_t index);
size_t	pk_zip_count(struct pk_zip *);
void	pk_zip_close(struct pk_zip *);
/*
 * Load libzip now, not at the first container: a batch's scheduler
 * does, so that its workers, forked for each document, find it loaded
 * (each one's own load was 3,400 symbol lookups).  -1 when it cannot
 * be loaded; the first document that needs it then says why.
 */
int	pk_zip_preload(void);

#endif
