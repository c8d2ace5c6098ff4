/* Growable byte buffer with explicit out-of-memory returns. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

int
pk_buf_reserve(struct pk_buf *b, size_t extra)
{
	size_t	 want, cap;
	char	*data;

	if (extra > SIZE_MAX - b->len - 1)
		return -1;
	want = b->len + extra + 1;
	if (want <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 256;
	while (cap < want)
		cap = cap > SIZE_MAX / 2 ? want : cap * 2;
	if ((data = realloc(b->data, cap)) == NULL)
		return -1;
	b->data = data;
	b->cap = cap;
	return 0;
}

int
pk_buf_put(struct pk_buf *b, const void *src, size_t len)
{
	if (pk_buf_reserve(b, len) == -1)
		return -1;
	if (len > 0)
		memcpy(b->data + b->len, src, len);
	b->len += len;
	b->data[b->len] = '\0';
	return 0;
}

int
pk_buf_puts(struct pk_buf *b, const char *s)
{
	return pk_buf_put(b, s, strlen(s));
}

int
pk_buf_putc(struct pk_buf *b, int c)
{
	char ch = (char)c;

	return pk_buf_put(b, &ch, 1);
}

void
pk_buf_reset(struct pk_buf *b)
{
	b->len = 0;
	if (b->data != NULL)
		b->data[0] = '\0';
}

void
pk_buf_free(struct pk_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

int
pk_buf_printf(struct pk_buf *b, const char *fmt, ...)
{
	char	 line[512];
	va_list	 ap;
	int	 n;

	va_start(ap, fmt);
	n = vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	if (n <= 0)
		return 0;
	return pk_buf_put(b, line, (size_t)n < sizeof(line) ? (size_t)n :
	    sizeof(line) - 1);
}
