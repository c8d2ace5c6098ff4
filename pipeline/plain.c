/* The plain form of marked text (emphasis markers dropped) and its offset map. */
#include <stdlib.h>
#include <string.h>

#include "plain.h"

static int
isws(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static int
reserve(struct pk_plain *p, size_t len)
{
	char	*s, *raw;
	long	*map;

	if (len + 1 <= p->cap)
		return 0;
	if ((s = realloc(p->s, len + 1)) == NULL)
		return -1;
	p->s = s;
	if ((raw = realloc(p->raw, len + 1)) == NULL)
		return -1;
	p->raw = raw;
	if ((map = realloc(p->map, (len + 1) * sizeof(*map))) == NULL)
		return -1;
	p->map = map;
	p->cap = len + 1;
	return 0;
}

int
pk_plain_set(struct pk_plain *p, const char *s, size_t len)
{
	size_t	 i, r, j = 0;

	/* The same text again (rules are tried in turn on one line). */
	if (p->s != NULL && p->rawlen == len && memcmp(p->raw, s, len) == 0)
		return 0;
	if (reserve(p, len) == -1)
		return -1;
	memcpy(p->raw, s, len);
	p->rawlen = len;
	for (i = 0; i < len; i++) {
		if (s[i] == '\\' && i + 1 < len && s[i + 1] == '*') {
			p->map[j] = (long)i + 1;
			p->s[j++] = '*';
			i++;
			continue;
		}
		if (s[i] == '*') {
			/* A run between spaces is an asterisk (inline.c). */
			for (r = i; r < len && s[r] == '*'; r++)
				;
			if ((i == 0 || isws(s[i - 1])) &&
			    (r == len || isws(s[r]))) {
				for (; i < r; i++) {
					p->map[j] = (long)i;
					p->s[j++] = '*';
				}
			}
			i = r - 1;
			continue;
		}
		p->map[j] = (long)i;
		/* A label set in bold over two lines reads as one. */
		p->s[j++] = s[i] == '\n' && i > 0 && s[i - 1] == '*' &&
		    i + 1 < len && s[i + 1] == '*' ? ' ' : s[i];
	}
	p->s[j] = '\0';
	p->map[j] = (long)len;
	p->len = j;
	return 0;
}

size_t
pk_plain_from_raw(const struct pk_plain *p, size_t raw)
{
	size_t	 lo = 0, hi = p->len;

	/* The first plain byte whose marked offset is at or after raw. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if ((size_t)p->map[mid] < raw)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void
pk_plain_to_raw(const struct pk_plain *p, long a, long b, long *ra, long *rb)
{
	if (a < 0) {
		*ra = *rb = -1;
		return;
	}
	*ra = p->map[a];
	*rb = b > a ? p->map[b - 1] + 1 : *ra;
	/*
	 * A span that holds a marker holds its partner too: a field that
	 * opens emphasis and ends before it closes would split it.
	 */
	if (*rb - *ra > b - a) {
		while (*ra > 0 && p->raw[*ra - 1] == '*')
			(*ra)--;
		while ((size_t)*rb < p->rawlen && p->raw[*rb] == '*')
			(*rb)++;
	}
}

void
pk_plain_free(struct pk_plain *p)
{
	free(p->s);
	free(p->raw);
	free(p->map);
	memset(p, 0, sizeof(*p));
}
