/* A growable byte buffer; the one way stages hand text to each other. */
#ifndef PK_BUF_H
#define PK_BUF_H

#include <stddef.h>

struct pk_buf {
	char	*data;		/* NUL-terminated when len > 0 or after put */
	size_t	 len;
	size_t	 cap;
};

/* Each returns 0, or -1 when memory ran out (the buffer is unchanged). */
int	pk_buf_put(struct pk_buf *, const void *, size_t);
int	pk_buf_puts(struct pk_buf *, const char *);
int	pk_buf_putc(struct pk_buf *, int);
/* A formatted line of at most 511 bytes (longer is cut). */
int	pk_buf_printf(struct pk_buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
int	pk_buf_reserve(struct pk_buf *, size_t extra);
void	pk_buf_reset(struct pk_buf *);
/* Frees the data; the struct itself is the caller's. */
void	pk_buf_free(struct pk_buf *);

#endif
