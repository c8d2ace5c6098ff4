/* Reading inputs ("-" and files) and writing results whole or not at all. */
#ifndef PK_IO_H
#define PK_IO_H

#include <stddef.h>

#include "buf.h"
#include "diag.h"

/* The default limit on one input, overridable with --max-size. */
#define PK_IO_MAX_INPUT	((size_t)256 << 20)

/*
 * Read all of path ("-" or NULL: standard input) into out, at most max
 * bytes.  Returns 0, or -1 with a diagnostic (PK_E_READ, PK_E_TOOBIG,
 * PK_E_NOMEM).
 */
int	pk_io_read(const char *path, size_t max, struct pk_buf *out,
	    struct pk_diag *);
/*
 * As pk_io_read, of a regular file only: a FIFO would block the reader
 * for ever and a device (/dev/zero) give bytes without end, so either
 * is refused ("not a regular file") before a byte is read.  For
 * pk-batch, whose documents are files.
 */
int	pk_io_read_file(const char *path, size_t max, struct pk_buf *out,
	    struct pk_diag *);

/*
 * Write buf to path (NULL or "-": standard output).  A file is written
 * to a temporary beside it and renamed, so a failed run leaves nothing;
 * through a symbolic link, the file it names.  A device or a FIFO
 * (/dev/null) is written into, never replaced.
 * Returns 0, or -1 with PK_E_WRITE reported.
 */
int	pk_io_write(const char *path, const char *data, size_t len,
	    struct pk_diag *);

/*
 * The same in two steps, for results that are all written or none
 * (pk-transform's formats): pk_io_stage writes data to a temporary
 * beside path (or, for a device or FIFO, only remembers it; a directory
 * is refused at once), pk_io_commit renames it into place (or writes
 * into the device), pk_io_unstage drops what was staged and not
 * committed.  data must live until committed.  Each returns 0, or -1
 * with PK_E_WRITE reported; a failed call leaves nothing staged.
 */
struct pk_io_staged {
	char		*tmp;		/* the temporary, or NULL: in place */
	char		*path;		/* where it goes, links resolved */
	const char	*data;
	size_t		 len;
};

int	pk_io_stage(const char *path, const char *data, size_t len,
	    struct pk_io_staged *, struct pk_diag *);
int	pk_io_commit(struct pk_io_staged *, struct pk_diag *);
void	pk_io_unstage(struct pk_io_staged *);

/*
 * Give fd, a temporary mkstemp made (0600), the mode a result gets: 0666
 * less the umask, as open(2) would.  Returns 0, or -1 with errno.
 */
int	pk_io_result_mode(int fd);

/* Flush and close stdout; -1 (with PK_E_WRITE) when anything was lost. */
int	pk_io_close_stdout(struct pk_diag *);

/* The name diagnostics use for path: "<stdin>" for "-" and NULL. */
const char *pk_io_name(const char *path);

#endif
