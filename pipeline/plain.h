/* A line's text without its emphasis markers, with the way back to it. */
#ifndef PK_PLAIN_H
#define PK_PLAIN_H

#include <stddef.h>

/*
 * Rules are written for what a line says, not for how it was set: a
 * label is a label in bold, in italics, or split over two lines.  The
 * plain form drops the markers of paged text ("**", "*", an escaped
 * star becomes a star), turns a line break between two emphasised runs
 * into a space (a bold label over two lines) and keeps every other
 * byte; map[i] is the offset in the marked text of plain byte i.
 */
struct pk_plain {
	char	*raw;		/* a copy of the marked text it was made of */
	size_t	 rawlen;
	char	*s;		/* the plain text, NUL-terminated */
	size_t	 len;
	long	*map;		/* len + 1 entries; map[len] = rawlen */
	size_t	 cap;
};

/* Make p the plain form of s[0..len); reuses p's memory.  0 or -1. */
int	pk_plain_set(struct pk_plain *p, const char *s, size_t len);
/* The plain offset of marked offset raw: the first byte at or after it. */
size_t	pk_plain_from_raw(const struct pk_plain *p, size_t raw);
/* Marked offsets of the plain span [a, b): markers around it outside. */
void	pk_plain_to_raw(const struct pk_plain *p, long a, long b, long *ra,
	    long *rb);
void	pk_plain_free(struct pk_plain *p);

#endif
